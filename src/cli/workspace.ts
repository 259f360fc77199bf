// Glue between the CLI and the pipeline: read the repo from disk, run the stages, resolve sources.

import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { error, sortDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { outputExclude, readConfigFile, readRepoFiles } from '../adapters/fs-repo.ts';
import { parseConfig, type Layout } from '../load/config.ts';
import { loadStockDefinitions } from '../render/definition.ts';
import { finishPipeline, startPipeline, type PipelineResult } from '../pipeline.ts';
import { resolveWorkspaceSources, sourceSettings, type SourceOptions } from './source-resolution.ts';

export interface WorkspaceOptions extends Omit<SourceOptions, 'now'> {
  repo: string;
  out?: string;
  layout?: Layout;
  inventory?: string;
  emit?: boolean;
  /** Evaluation time for Placements and the source cache's TTL (epoch ms or a Date); default now. */
  now?: number | Date;
}

export async function runWorkspace(opts: WorkspaceOptions): Promise<PipelineResult> {
  const repoDir = resolve(opts.repo);
  if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) {
    return failed([error('repo-not-found', `repository folder ${opts.repo} does not exist`, undefined, 'pass --repo DIR pointing at your spec repository')]);
  }
  const { config, diagnostics: configDiags } = parseConfig(readConfigFile(repoDir));
  if (configDiags.some((d) => d.severity === 'error')) return failed(configDiags);
  const cacheDir = sourceSettings(config, repoDir, opts.cacheDir).cacheDir;
  const files = readRepoFiles(repoDir, config, [...outputExclude(repoDir, opts.out), ...outputExclude(repoDir, cacheDir)]);
  if (opts.inventory) {
    const invDir = resolve(opts.inventory);
    const inv = readRepoFiles(invDir, { ...config, include: ['**/*.yaml', '**/*.yml', '**/*.json'], exclude: [] });
    files.push(...inv.map((f) => ({ ...f, path: `${opts.inventory!.replace(/\/$/, '')}/${f.path}` })));
  }
  const stock = loadStockDefinitions(config.systemNamespace);
  const now = opts.now instanceof Date ? opts.now.getTime() : opts.now;
  const start = startPipeline({ files, config, stockDefinitions: stock.definitions, layout: opts.layout, emit: opts.emit, now });
  // Helm charts and git refs are resolved here, at the edge, between the pure stages.
  const sources = await resolveWorkspaceSources(start, repoDir, opts.out, { ...opts, now: now === undefined ? undefined : new Date(now) });
  const result = finishPipeline(start, sources.resolutions, sources.diagnostics);
  return { ...result, diagnostics: sortDiagnostics([...configDiags, ...stock.diagnostics, ...result.diagnostics]), ok: result.ok && !stock.diagnostics.some((d) => d.severity === 'error') };
}

function failed(diagnostics: Diagnostic[]): PipelineResult {
  return { diagnostics, ok: false, layout: 'replicaset' };
}
