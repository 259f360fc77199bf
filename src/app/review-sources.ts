// Glue for `hubcast diff`: renders the two sides from folders, git commits or the working tree.

import { resolve } from 'node:path';
import { commitOf, defaultTarget, listTreeAt, mergeBase, readEntries } from '../adapters/git-tree.ts';
import { CONFIG_FILE, type Layout } from '../load/config.ts';
import { fileFilter } from '../load/load-repo.ts';
import { renderRootsOf } from '../load/render-roots.ts';
import type { PipelineResult } from '../pipeline/pipeline.ts';
import { sideFromPipeline, type ReviewSide } from '../review/side.ts';
import { historyCache } from './history.ts';
import { runSource, runWorkspace, specCount, type WorkspaceOptions } from './workspace.ts';
import { PipelineMemo } from '../pipeline/pipeline-memo.ts';
import { OciRegistryClient } from '../adapters/oci-registry.ts';
import { registryCredentials } from '../adapters/registry-credentials.ts';
import { parseOciTarget } from '../deliver/oci-publish.ts';
import { pullRender, PullError } from '../deliver/oci-pull.ts';
import { LOCK_FILE } from '../emit/lock.ts';
import type { OutputTree } from '../emit/tree.ts';
import { stableJson } from '../core/stable-json.ts';

export interface ReviewRequest {
  repo: string;
  base?: string;
  head?: string;
  target?: string;
  baseDir?: string;
  headDir?: string;
  layout?: Layout;
  inventory?: string;
  /** Resolve Helm charts and git refs from the source cache only. */
  offline?: boolean;
  /** Plain HTTP to a registry (`--base oci://...`) that is not on loopback. */
  insecure?: boolean;
  /** The source cache, instead of the one hubcast.yaml names (diff-post: the repo's setting is a fork's). */
  cacheDir?: string;
  /** Where source credentials come from (default process.env; diff-post: none). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface ReviewInputs {
  base: ReviewSide;
  head: ReviewSide;
  /** The base side's pipeline result: its hubcast.yaml supplies the ignore rules. */
  baseResult: PipelineResult;
  /**
   * How many spec objects each side loaded without an error; undefined for a side that holds a
   * render rather than specs (a registry's), or whose specs failed to load (its errors say why).
   */
  specs: { base?: number; head?: number };
}

/**
 * The sides that hold no spec at all. Both: a mistake (a --repo or folder that is not a spec
 * repository). One: a commit from before the specs, or a folder that is empty on purpose.
 */
export function sidesWithoutSpecs(inputs: ReviewInputs): ('base' | 'head')[] {
  return (['base', 'head'] as const).filter((s) => inputs.specs[s] === 0);
}

type RenderOptions = Pick<WorkspaceOptions, 'layout' | 'inventory' | 'offline' | 'cacheDir' | 'env' | 'now' | 'memo' | 'historyCache' | 'specsOptional'>;

/** A side at a commit: its files read from git, its revisions from the history up to that commit. */
function atCommit(repo: string, commit: string, render: RenderOptions): Promise<PipelineResult> {
  const entries = listTreeAt(repo, commit);
  return runSource(
    {
      dir: resolve(repo),
      rev: commit,
      configFile: () =>
        readEntries(
          repo,
          entries.filter((e) => e.path === CONFIG_FILE),
        )[0],
      // Renders committed into the repo are output, not specs (the excludes drop their files below).
      renderRoots: () => renderRootsOf(entries.map((e) => e.path)),
      files: (config, excluded) => {
        const accept = fileFilter(config, excluded);
        return readEntries(
          repo,
          entries.filter((e) => accept(e.path)),
        );
      },
    },
    render,
  );
}

function side(which: 'base' | 'head', r: PipelineResult, label: string, commit?: string): ReviewSide {
  return sideFromPipeline(r, { side: which, label, commit });
}

/** Both sides, rendered. Throws GitTreeError for a ref or repository git cannot read. */
export async function reviewSides(req: ReviewRequest): Promise<ReviewInputs> {
  // One evaluation time for both sides; the head reuses the history the base read and what the base rendered
  // for unchanged inputs.
  const render: RenderOptions = {
    layout: req.layout,
    inventory: req.inventory,
    offline: req.offline,
    cacheDir: req.cacheDir,
    env: req.env,
    now: Date.now(),
    memo: new PipelineMemo(),
    historyCache: historyCache(),
    specsOptional: true,
  };
  let base: ReviewSide;
  let baseResult: PipelineResult;
  let headResult: PipelineResult;
  if (req.base?.startsWith('oci://')) return ociBase(req, req.base, render);
  if (req.baseDir) {
    baseResult = await runWorkspace({ repo: req.baseDir, ...render });
    base = side('base', baseResult, req.baseDir);
  } else {
    const target = req.base ? undefined : (req.target ?? defaultTarget(req.repo));
    const commit = req.base ? commitOf(req.repo, req.base) : mergeBase(req.repo, 'HEAD', commitOf(req.repo, target!));
    baseResult = await atCommit(req.repo, commit, render);
    base = side('base', baseResult, req.base ?? `merge-base with ${target}`, commit);
  }
  let head: ReviewSide;
  if (req.headDir) head = side('head', (headResult = await runWorkspace({ repo: req.headDir, ...render })), req.headDir);
  else if (req.head) {
    const commit = commitOf(req.repo, req.head);
    head = side('head', (headResult = await atCommit(req.repo, commit, render)), req.head, commit);
  } else head = side('head', (headResult = await runWorkspace({ repo: req.repo, ...render })), 'working tree');
  return { base, head, baseResult, specs: { base: specCount(baseResult), head: specCount(headResult) } };
}

/** The head side rendered as usual; the base is what the registry holds (what the fleet pulls). */
async function ociBase(req: ReviewRequest, url: string, render: RenderOptions): Promise<ReviewInputs> {
  const target = parseOciTarget(url);
  if (typeof target === 'string') throw new PullError(target);
  const client = new OciRegistryClient(target.registry, {
    creds: registryCredentials(target.registry, req.env ?? process.env),
    insecure: req.insecure,
    timeoutMs: 60_000,
  });
  const tree = withoutArtifactDigests(await pullRender(client, target.repository, target.tag ?? 'latest'));
  let headResult: PipelineResult;
  let head: ReviewSide;
  if (req.headDir) head = side('head', (headResult = await runWorkspace({ repo: req.headDir, ...render })), req.headDir);
  else if (req.head) {
    const commit = commitOf(req.repo, req.head);
    head = side('head', (headResult = await atCommit(req.repo, commit, render)), req.head, commit);
  } else head = side('head', (headResult = await runWorkspace({ repo: req.repo, ...render })), 'working tree');
  const base: ReviewSide = { side: 'base', label: url, tree, withheld: [], errors: [] };
  // The pulled render has no spec repository: the head's hubcast.yaml supplies the ignore rules.
  return { base, head, baseResult: headResult, specs: { head: specCount(headResult) } };
}

/** The published lock also names the cluster artifacts' digests, which a render does not: compare like with like. */
function withoutArtifactDigests(tree: OutputTree): OutputTree {
  const lock = tree.get(LOCK_FILE);
  if (!lock) return tree;
  const { artifacts: _, ...rest } = JSON.parse(lock) as { artifacts?: unknown };
  return new Map([...tree, [LOCK_FILE, stableJson(rest)]]);
}
