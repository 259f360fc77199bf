// Glue between the CLI and the pipeline: read the repo from disk, run the stages.

import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { error, sortDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { outputExclude, readConfigFile, readRepoFiles } from '../adapters/fs-repo.ts';
import { parseConfig, type HubcastConfig, type Layout } from '../load/config.ts';
import type { SourceFile } from '../load/yaml-source.ts';
import { loadStockDefinitions } from '../render/definition.ts';
import { runPipeline, type PipelineResult } from '../pipeline.ts';

export interface WorkspaceOptions {
  repo: string;
  out?: string;
  layout?: Layout;
  inventory?: string;
  emit?: boolean;
}

/** Where a side's spec files come from: a folder on disk, or a commit (see review-sources.ts). */
export interface SpecSource {
  configFile(): SourceFile | undefined;
  files(config: HubcastConfig): SourceFile[];
}

export function runWorkspace(opts: WorkspaceOptions): PipelineResult {
  const repoDir = resolve(opts.repo);
  if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) {
    return failed([error('repo-not-found', `repository folder ${opts.repo} does not exist`, undefined, 'pass --repo DIR pointing at your spec repository')]);
  }
  return runSource({ configFile: () => readConfigFile(repoDir), files: (config) => readRepoFiles(repoDir, config, outputExclude(repoDir, opts.out)) }, opts);
}

export function runSource(source: SpecSource, opts: Omit<WorkspaceOptions, 'repo' | 'out'>): PipelineResult {
  const { config, diagnostics: configDiags } = parseConfig(source.configFile());
  if (configDiags.some((d) => d.severity === 'error')) return failed(configDiags);
  const files = source.files(config);
  if (opts.inventory) {
    const invDir = resolve(opts.inventory);
    const inv = readRepoFiles(invDir, { ...config, include: ['**/*.yaml', '**/*.yml', '**/*.json'], exclude: [] });
    files.push(...inv.map((f) => ({ ...f, path: `${opts.inventory!.replace(/\/$/, '')}/${f.path}` })));
  }
  const stock = loadStockDefinitions(config.systemNamespace);
  const result = runPipeline({ files, config, stockDefinitions: stock.definitions, layout: opts.layout, emit: opts.emit });
  return { ...result, diagnostics: sortDiagnostics([...configDiags, ...stock.diagnostics, ...result.diagnostics]), ok: result.ok && !stock.diagnostics.some((d) => d.severity === 'error') };
}

function failed(diagnostics: Diagnostic[]): PipelineResult {
  return { diagnostics, ok: false, layout: 'replicaset' };
}
