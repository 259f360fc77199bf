// Glue between the CLI and the pipeline: read the repo from disk, run the stages.

import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { error, sortDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { outputExclude, readConfigFile, readRepoFiles } from '../adapters/fs-repo.ts';
import { parseConfig, type Layout } from '../load/config.ts';
import { loadStockDefinitions } from '../render/definition.ts';
import { runPipeline, type PipelineResult } from '../pipeline.ts';

export interface WorkspaceOptions {
  repo: string;
  out?: string;
  layout?: Layout;
  inventory?: string;
  emit?: boolean;
  /** Recorded in the lock file (publish renders a commit). */
  sourceCommit?: string;
}

export function runWorkspace(opts: WorkspaceOptions): PipelineResult {
  const repoDir = resolve(opts.repo);
  if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) {
    return failed([error('repo-not-found', `repository folder ${opts.repo} does not exist`, undefined, 'pass --repo DIR pointing at your spec repository')]);
  }
  const { config, diagnostics: configDiags } = parseConfig(readConfigFile(repoDir));
  if (configDiags.some((d) => d.severity === 'error')) return failed(configDiags);
  const files = readRepoFiles(repoDir, config, outputExclude(repoDir, opts.out));
  if (opts.inventory) {
    const invDir = resolve(opts.inventory);
    const inv = readRepoFiles(invDir, { ...config, include: ['**/*.yaml', '**/*.yml', '**/*.json'], exclude: [] });
    files.push(...inv.map((f) => ({ ...f, path: `${opts.inventory!.replace(/\/$/, '')}/${f.path}` })));
  }
  const stock = loadStockDefinitions(config.systemNamespace);
  const result = runPipeline({ files, config, stockDefinitions: stock.definitions, layout: opts.layout, emit: opts.emit, sourceCommit: opts.sourceCommit });
  return { ...result, diagnostics: sortDiagnostics([...configDiags, ...stock.diagnostics, ...result.diagnostics]), ok: result.ok && !stock.diagnostics.some((d) => d.severity === 'error') };
}

function failed(diagnostics: Diagnostic[]): PipelineResult {
  return { diagnostics, ok: false, layout: 'replicaset' };
}
