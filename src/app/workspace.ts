// Glue between the CLI and the pipeline: read the specs (a folder, or a commit for `diff`), read
// their history, run the stages, resolve sources.

import { isAbsolute, relative, resolve, sep } from 'node:path';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { error, hasErrors, info, sortDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { findRenderRoots, outputExclude, readConfigFile, readRepoFiles, type DiskFile } from '../adapters/fs-repo.ts';
import { RENDER_MARKER, renderRootExclude } from '../load/render-roots.ts';
import { parseConfig, type HubcastConfig, type Layout } from '../load/config.ts';
import type { SourceFile } from '../load/yaml-source.ts';
import { loadStockDefinitions } from '../definitions/stock-definitions.ts';
import {
  compilesTemplates,
  definitionsUsed,
  finishPipeline,
  loadPipeline,
  placementsUseCel,
  planPipeline,
  resolvePipeline,
  type PipelineResult,
  type PipelineStage,
} from '../pipeline/pipeline.ts';
import { preloadDefinitions } from '../definitions/definition.ts';
import { loadTemplateCompiler } from '../definitions/template-engine.ts';
import { loadCel } from '../placement/cel.ts';
import type { PipelineMemo } from '../pipeline/pipeline-memo.ts';
import type { TreeBuilder } from '../emit/tree.ts';
import { resolveWorkspaceSources, sourceSettings, type SourceOptions } from './source-resolution.ts';
import { readRepoHistory, type HistoryCache } from './history.ts';
import { lockPath, readLockFile } from './lock-file.ts';

export interface WorkspaceOptions extends Omit<SourceOptions, 'now'> {
  repo: string;
  out?: string;
  layout?: Layout;
  inventory?: string;
  emit?: boolean;
  /** Evaluation time for Placements and the source cache's TTL (epoch ms or a Date); default now. */
  now?: number | Date;
  /** `--require-ready`: an Environment that is not Ready is an error. */
  requireReady?: boolean;
  /** Read revisions from git history (default); false: each object's current content is its only revision. */
  history?: boolean;
  /** Recorded in the lock file (publish renders a commit). */
  sourceCommit?: string;
  /** Shared by the renders of one command (diff's two sides), which read mostly the same history. */
  historyCache?: HistoryCache;
  /** Told when each stage starts. */
  onStage?: (stage: PipelineStage | 'history' | 'write') => void;
  /** Changed-only rendering across runs (the two sides of a diff): see src/pipeline/pipeline-memo.ts. */
  memo?: PipelineMemo;
  /** Stream the tree into this (render --out) instead of returning it. */
  into?: TreeBuilder;
  /** A folder without any spec is a result, not an error (one side of a review: a commit from before the specs). */
  specsOptional?: boolean;
}

/** Where the spec files come from: a folder on disk, or a commit (see review-sources.ts). */
export interface SpecSource {
  /** The spec folder (git history, source cache and output paths are relative to it). */
  dir: string;
  configFile(): SourceFile | undefined;
  files(config: HubcastConfig, excluded: string[]): SourceFile[];
  /** Folders (spec-folder-relative) that hold a hubcast render: never read as specs. Asked before files(). */
  renderRoots?(): string[];
  /** The commit whose history holds the revisions; default HEAD with the working tree on top. */
  rev?: string;
}

export async function runWorkspace(opts: WorkspaceOptions): Promise<PipelineResult> {
  const repoDir = resolve(opts.repo);
  if (!existsSync(repoDir) || !statSync(repoDir).isDirectory()) {
    return failed([error('repo-not-found', `repository folder ${opts.repo} does not exist`, undefined, 'pass --repo DIR pointing at your spec repository')]);
  }
  let roots: string[] = [];
  const result = await runSource(
    {
      dir: repoDir,
      configFile: () => readConfigFile(repoDir),
      renderRoots: () => (roots = findRenderRoots(repoDir)),
      files: (config, excluded) => readRepoFiles(repoDir, config, excluded, new Set(roots)),
    },
    opts,
  );
  if (opts.specsOptional || specCount(result) !== 0) return result;
  // No spec at all is a wrong folder, not an empty fleet: its render, published, would have Flux prune everything.
  const none = error(
    'no-specs',
    `no specs found in ${opts.repo}: no file holds a spectrocloud.com/v1beta1 object`,
    undefined,
    'point --repo (the Action: the repo input) at the folder of your spec YAML files; to remove everything hubcast delivered, delete the generated branch',
  );
  return { ...result, ok: false, diagnostics: sortDiagnostics([...result.diagnostics, none]) };
}

/** Spec objects of every kind a cleanly loaded result holds; undefined when its loading failed. */
export function specCount(r: PipelineResult): number | undefined {
  if (!r.repo || hasErrors(r.diagnostics)) return undefined;
  return Object.values(r.repo.specs).reduce((n, list) => n + list.length, 0);
}

export async function runSource(source: SpecSource, opts: Omit<WorkspaceOptions, 'repo'>): Promise<PipelineResult> {
  const { config, diagnostics: configDiags } = parseConfig(source.configFile());
  if (hasErrors(configDiags)) return failed(configDiags);
  const cacheDir = sourceSettings(config, source.dir, opts.cacheDir).cacheDir;
  const roots = source.renderRoots?.() ?? [];
  const excluded = [...outputExclude(source.dir, opts.out), ...outputExclude(source.dir, cacheDir), ...roots.map(renderRootExclude)];
  const files = source.files(config, excluded);
  if (opts.history !== false) opts.onStage?.('history');
  const hist = opts.history === false ? { diagnostics: [] } : readRepoHistory(source.dir, config, excluded, files, source.rev, opts.historyCache);
  if (opts.inventory) files.push(...inventoryFiles(source.dir, opts.inventory, config, files));
  const stock = loadStockDefinitions(config.systemNamespace);
  const skipped = roots.map((r) =>
    info('render-skipped', `${r}/ holds a hubcast render (${RENDER_MARKER}, or a lock beside a kustomization.yaml); its files are not read as specs`),
  );
  const edges = [...configDiags, ...skipped, ...hist.diagnostics, ...stock.diagnostics];
  const now = opts.now instanceof Date ? opts.now.getTime() : opts.now;
  // --locked: the lock is read before resolving, which holds every spec reference to it.
  const locked = opts.locked ? readLockFile(lockPath(opts.lockFile, opts.out)) : undefined;
  const loaded = loadPipeline({
    files,
    config,
    stockDefinitions: stock.definitions,
    layout: opts.layout,
    emit: opts.emit,
    now,
    requireReady: opts.requireReady,
    history: hist.history,
    sourceCommit: opts.sourceCommit ?? hist.sourceCommit,
    lockedReferences: locked?.lock?.references,
    onStage: opts.onStage,
    memo: opts.memo,
    // Streaming writes as it emits: never when a problem found out here already fails the run.
    into: hasErrors(edges) ? undefined : opts.into,
  });
  // Handlebars' compiler only for definitions of the repo's own (the stock templates are precompiled).
  if (compilesTemplates(loaded)) await loadTemplateCompiler();
  const resolved = resolvePipeline(loaded);
  // What the later stages run and only some renders need: the precompiled validators and templates of the
  // definitions used (Ajv for a schema without one), and the CEL library for Placements that have expressions.
  await Promise.all([preloadDefinitions(definitionsUsed(resolved)), placementsUseCel(resolved) ? loadCel() : undefined]);
  const start = planPipeline(resolved);
  if (start.sources.requests.length) opts.onStage?.('sources');
  // Helm charts and git refs are resolved here, at the edge, between the pure stages. A lock that
  // cannot be read holds nothing, and its error stands in for the sources it would have held.
  const sourceOpts = { ...opts, now: now === undefined ? undefined : new Date(now) };
  const sources =
    locked && !locked.lock
      ? { resolutions: new Map(), diagnostics: [] as Diagnostic[] }
      : await resolveWorkspaceSources(start, source.dir, sourceOpts, locked && (locked.lock?.sources ?? {}));
  if (locked?.diagnostic) sources.diagnostics.push(locked.diagnostic);
  const result = finishPipeline(start, sources.resolutions, sources.diagnostics);
  return { ...result, diagnostics: sortDiagnostics([...edges, ...result.diagnostics]), ok: result.ok && !hasErrors(edges) };
}

/**
 * The files of `--inventory DIR` that the spec files do not already hold: an inventory inside the
 * repository is read once, not twice (each object twice made every ManifestWork collide with itself).
 * A file is the same when it is the same file on disk (device and inode, whatever the path or link), or,
 * for specs read from a commit, when it has the same repo-relative path.
 */
function inventoryFiles(repoDir: string, inventory: string, config: HubcastConfig, specFiles: readonly SourceFile[]): SourceFile[] {
  const invDir = resolve(inventory);
  const inv = readRepoFiles(invDir, { ...config, include: ['**/*.yaml', '**/*.yml', '**/*.json'], exclude: [] });
  const ids = new Set(specFiles.map((f) => (f as Partial<DiskFile>).fileId).filter(Boolean));
  const paths = new Set(specFiles.map((f) => f.path));
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const rel = relative(real(repoDir), real(invDir)).split(sep).join('/');
  const inside = !rel.startsWith('..') && !isAbsolute(rel);
  const out: SourceFile[] = [];
  for (const f of inv) {
    const inRepo = inside ? (rel ? `${rel}/${f.path}` : f.path) : undefined;
    if (ids.has(f.fileId) || (inRepo && paths.has(inRepo))) continue;
    out.push({ path: inRepo ?? `${inventory.replace(/\/$/, '')}/${f.path}`, text: f.text });
  }
  return out;
}

function failed(diagnostics: Diagnostic[]): PipelineResult {
  return { diagnostics, ok: false, layout: 'replicaset' };
}
