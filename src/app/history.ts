// Glue between the git adapter and the revision index: the history of the spec folder, with the
// working tree's uncommitted changes on top, or a note saying why there is none.

import { error, info, warning, type Diagnostic } from '../core/diagnostics.ts';
import { readGitHistory } from '../adapters/git-history.ts';
import type { HubcastConfig } from '../load/config.ts';
import { fileFilter } from '../load/load-repo.ts';
import type { SourceFile } from '../load/yaml-source.ts';
import type { RepoHistory } from '../resolve/history-revisions.ts';
import { Digester } from '../resolve/object-digest.ts';
import { buildRevisionIndex } from '../resolve/revision-index.ts';
import { plural } from '../core/plural.ts';

export interface HistoryRead {
  history?: RepoHistory;
  /** The commit rendered (HEAD), recorded in the lock. */
  sourceCommit?: string;
  diagnostics: Diagnostic[];
}

const WITHOUT = "each object's current content is its only revision (v1)";

/**
 * What the history reads of one command may share (diff reads up to its base, then up to its
 * head): file texts by blob id, and a digester per system namespace (a document's digests depend
 * on its text and the system namespace only).
 */
export interface HistoryCache {
  texts: Map<string, string>;
  digesters: Map<string, Digester>;
}

export const historyCache = (): HistoryCache => ({ texts: new Map(), digesters: new Map() });

/** The history up to `rev` (default HEAD); `worktree` is the content rendered (a changed file is the next revision). */
export function readRepoHistory(
  repoDir: string,
  config: HubcastConfig,
  extraExcludes: string[],
  worktree: readonly SourceFile[],
  rev?: string,
  cache?: HistoryCache,
): HistoryRead {
  const r = readGitHistory(repoDir, { accept: fileFilter(config, extraExcludes), rev, knownTexts: cache?.texts });
  if (r.kind === 'none') return { diagnostics: [info('no-history', `${r.reason}: ${WITHOUT}`)] };
  // Rendering on without history would resolve every pin against the current content: refuse.
  if (r.kind === 'failed') {
    return {
      diagnostics: [
        error(
          'no-history',
          `could not read the git history: ${r.message}`,
          undefined,
          "fix the repository, or pass --no-history to use each object's current content as its only revision",
        ),
      ],
    };
  }
  const { head, shallow, commits, texts } = r.history;
  let digester = cache?.digesters.get(config.systemNamespace);
  if (cache && !digester) cache.digesters.set(config.systemNamespace, (digester = new Digester(config.systemNamespace)));
  const index = buildRevisionIndex(commits, texts, config.systemNamespace, worktree, digester);
  const diagnostics: Diagnostic[] = [];
  if (shallow) {
    diagnostics.push(
      warning(
        'shallow-history',
        `this is a shallow clone: revisions are read from ${plural(commits.length, 'commit')} only, so basic revision numbers cannot be counted and old versions may be missing`,
        undefined,
        'fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)',
      ),
    );
  }
  return { history: { index, truncated: shallow }, sourceCommit: head, diagnostics };
}
