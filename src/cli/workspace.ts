// Glue between the CLI and the pipeline: read the repo from disk, run the stages, resolve sources.

import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { error, hasErrors, sortDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { outputExclude, readConfigFile, readRepoFiles } from '../adapters/fs-repo.ts';
import { parseConfig, type Layout } from '../load/config.ts';
import { loadStockDefinitions } from '../render/definition.ts';
import { finishPipeline, startPipeline, type PipelineResult } from '../pipeline.ts';
import { resolveWorkspaceSources, sourceSettings, type SourceOptions } from './source-resolution.ts';
import { readRepoHistory } from './history.ts';

export interface WorkspaceOptions extends Omit<SourceOptions, 'now'> {
  repo: string;
  out?: string;
  layout?: Layout;
  inventory?: string;
  emit?: boolean;
  /** Evaluation time for Placements and the source cache's TTL (epoch ms or a Date); default now. */
  now?: number | Date;
  /** Read revisions from git history (default); false: each object's current content is its only revision. */
  history?: boolean;
  /** Recorded in the lock file (publish renders a commit). */
  sourceCommit?: string;
}

export async function runWorkspace(opts: WorkspaceOptions): Promise<PipelineResult> {
  const repoDir = resolve(opts.repo);
  if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) {
    return failed([error('repo-not-found', `repository folder ${opts.repo} does not exist`, undefined, 'pass --repo DIR pointing at your spec repository')]);
  }
  const { config, diagnostics: configDiags } = parseConfig(readConfigFile(repoDir));
  if (configDiags.some((d) => d.severity === 'error')) return failed(configDiags);
  const cacheDir = sourceSettings(config, repoDir, opts.cacheDir).cacheDir;
  const excluded = [...outputExclude(repoDir, opts.out), ...outputExclude(repoDir, cacheDir)];
  const files = readRepoFiles(repoDir, config, excluded);
  const hist = opts.history === false ? { diagnostics: [] } : readRepoHistory(repoDir, config, excluded, files);
  if (opts.inventory) {
    const invDir = resolve(opts.inventory);
    const inv = readRepoFiles(invDir, { ...config, include: ['**/*.yaml', '**/*.yml', '**/*.json'], exclude: [] });
    files.push(...inv.map((f) => ({ ...f, path: `${opts.inventory!.replace(/\/$/, '')}/${f.path}` })));
  }
  const stock = loadStockDefinitions(config.systemNamespace);
  const now = opts.now instanceof Date ? opts.now.getTime() : opts.now;
  const start = startPipeline({
    files,
    config,
    stockDefinitions: stock.definitions,
    layout: opts.layout,
    emit: opts.emit,
    now,
    history: hist.history,
    sourceCommit: opts.sourceCommit ?? hist.sourceCommit,
  });
  // Helm charts and git refs are resolved here, at the edge, between the pure stages.
  const sources = await resolveWorkspaceSources(start, repoDir, opts.out, { ...opts, now: now === undefined ? undefined : new Date(now) });
  const result = finishPipeline(start, sources.resolutions, sources.diagnostics);
  const edges = [...configDiags, ...hist.diagnostics, ...stock.diagnostics];
  return { ...result, diagnostics: sortDiagnostics([...edges, ...result.diagnostics]), ok: result.ok && !hasErrors(edges) };
}

function failed(diagnostics: Diagnostic[]): PipelineResult {
  return { diagnostics, ok: false, layout: 'replicaset' };
}
