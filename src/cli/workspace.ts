// Glue between the CLI and the pipeline: read the repo from disk, run the stages.

import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { error, hasErrors, sortDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { outputExclude, readConfigFile, readRepoFiles } from '../adapters/fs-repo.ts';
import { parseConfig, type Layout } from '../load/config.ts';
import { loadStockDefinitions } from '../render/definition.ts';
import { runPipeline, type PipelineResult } from '../pipeline.ts';
import { readRepoHistory } from './history.ts';

export interface WorkspaceOptions {
  repo: string;
  out?: string;
  layout?: Layout;
  inventory?: string;
  emit?: boolean;
  /** Read revisions from git history (default); false: each object's current content is its only revision. */
  history?: boolean;
}

export function runWorkspace(opts: WorkspaceOptions): PipelineResult {
  const repoDir = resolve(opts.repo);
  if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) {
    return failed([error('repo-not-found', `repository folder ${opts.repo} does not exist`, undefined, 'pass --repo DIR pointing at your spec repository')]);
  }
  const { config, diagnostics: configDiags } = parseConfig(readConfigFile(repoDir));
  if (configDiags.some((d) => d.severity === 'error')) return failed(configDiags);
  const files = readRepoFiles(repoDir, config, outputExclude(repoDir, opts.out));
  const hist = opts.history === false ? { diagnostics: [] } : readRepoHistory(repoDir, config, outputExclude(repoDir, opts.out), files);
  if (opts.inventory) {
    const invDir = resolve(opts.inventory);
    const inv = readRepoFiles(invDir, { ...config, include: ['**/*.yaml', '**/*.yml', '**/*.json'], exclude: [] });
    files.push(...inv.map((f) => ({ ...f, path: `${opts.inventory!.replace(/\/$/, '')}/${f.path}` })));
  }
  const stock = loadStockDefinitions(config.systemNamespace);
  const result = runPipeline({
    files,
    config,
    stockDefinitions: stock.definitions,
    layout: opts.layout,
    emit: opts.emit,
    history: hist.history,
    sourceCommit: hist.sourceCommit,
  });
  const edges = [...configDiags, ...hist.diagnostics, ...stock.diagnostics];
  return { ...result, diagnostics: sortDiagnostics([...edges, ...result.diagnostics]), ok: result.ok && !hasErrors(edges) };
}

function failed(diagnostics: Diagnostic[]): PipelineResult {
  return { diagnostics, ok: false, layout: 'replicaset' };
}
