// Glue for `hubcast diff`: renders the two sides from folders, git commits or the working tree.

import { resolve } from 'node:path';
import { commitOf, defaultTarget, listTreeAt, mergeBase, readEntries } from '../adapters/git-tree.ts';
import { CONFIG_FILE, type Layout } from '../load/config.ts';
import { fileFilter } from '../load/load-repo.ts';
import type { PipelineResult } from '../pipeline.ts';
import { sideFromPipeline, type ReviewSide } from '../review/side.ts';
import { historyCache, type HistoryCache } from './history.ts';
import { runSource, runWorkspace } from './workspace.ts';

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
}

export interface ReviewInputs {
  base: ReviewSide;
  head: ReviewSide;
  /** The base side's pipeline result: its hubcast.yaml supplies the ignore rules. */
  baseResult: PipelineResult;
}

/** A side at a commit: its files read from git, its revisions from the history up to that commit. */
function atCommit(repo: string, commit: string, opts: ReviewRequest, cache: HistoryCache): Promise<PipelineResult> {
  const entries = listTreeAt(repo, commit);
  return runSource(
    {
      dir: resolve(repo),
      rev: commit,
      configFile: () => readEntries(repo, entries.filter((e) => e.path === CONFIG_FILE))[0],
      files: (config, excluded) => {
        const accept = fileFilter(config, excluded);
        return readEntries(repo, entries.filter((e) => accept(e.path)));
      },
    },
    { layout: opts.layout, inventory: opts.inventory, offline: opts.offline, historyCache: cache },
  );
}

function side(which: 'base' | 'head', r: PipelineResult, label: string, commit?: string): ReviewSide {
  return sideFromPipeline(r, { side: which, label, commit });
}

/** Both sides, rendered. Throws GitTreeError for a ref or repository git cannot read. */
export async function reviewSides(req: ReviewRequest): Promise<ReviewInputs> {
  const cache = historyCache();
  const render = { layout: req.layout, inventory: req.inventory, offline: req.offline, historyCache: cache };
  let base: ReviewSide;
  let baseResult: PipelineResult;
  if (req.baseDir) {
    baseResult = await runWorkspace({ repo: req.baseDir, ...render });
    base = side('base', baseResult, req.baseDir);
  } else {
    const target = req.base ? undefined : (req.target ?? defaultTarget(req.repo));
    const commit = req.base ? commitOf(req.repo, req.base) : mergeBase(req.repo, 'HEAD', commitOf(req.repo, target!));
    baseResult = await atCommit(req.repo, commit, req, cache);
    base = side('base', baseResult, req.base ?? `merge-base with ${target}`, commit);
  }
  let head: ReviewSide;
  if (req.headDir) head = side('head', await runWorkspace({ repo: req.headDir, ...render }), req.headDir);
  else if (req.head) {
    const commit = commitOf(req.repo, req.head);
    head = side('head', await atCommit(req.repo, commit, req, cache), req.head, commit);
  } else head = side('head', await runWorkspace({ repo: req.repo, ...render }), 'working tree');
  return { base, head, baseResult };
}
