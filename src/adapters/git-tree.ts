// Git adapter for review: reads the files of a spec folder as they are at a commit, without a
// checkout (`git ls-tree -r -z` + one `git cat-file --batch`), and finds the default base.

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { SourceFile } from '../load/yaml-source.ts';
import { readBlobs } from './git-history.ts';

/** A git problem the user can fix (unknown ref, not a repository): reported, never a stack trace. */
export class GitTreeError extends Error {}

function git(dir: string, args: string[], input?: string | Buffer): Buffer {
  const r = spawnSync('git', ['-C', dir, ...args], { input, maxBuffer: 1024 * 1024 * 1024, timeout: 120_000 });
  if (r.error) throw new GitTreeError(`could not run git: ${r.error.message}`);
  if (r.status !== 0) throw new GitTreeError(`git ${args[0]} failed: ${r.stderr.toString().trim().split('\n')[0]}`);
  return r.stdout;
}

/** The work tree's top folder and the spec folder's path inside it (`` or `a/b/`). */
export function gitLocation(dir: string): { top: string; prefix: string } {
  const out = git(resolve(dir), ['rev-parse', '--show-toplevel', '--show-prefix']).toString().split('\n');
  return { top: out[0], prefix: out[1] ?? '' };
}

/** The full commit id a ref names. */
export function commitOf(dir: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitTreeError(`"${ref}" is not a git ref`);
  try {
    return git(resolve(dir), ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
      .toString()
      .trim();
  } catch {
    throw new GitTreeError(`"${ref}" does not name a commit in ${dir}`);
  }
}

export function mergeBase(dir: string, a: string, b: string): string {
  return git(resolve(dir), ['merge-base', '--end-of-options', a, b]).toString().trim();
}

/**
 * The branch a change is headed for: origin/$GITHUB_BASE_REF in a pull_request job, else the
 * remote's default branch, else main or master.
 */
export function defaultTarget(dir: string, env: Record<string, string | undefined> = process.env): string {
  const candidates = [env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : ''];
  try {
    candidates.push(git(resolve(dir), ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).toString().trim());
  } catch {
    // no remote default branch recorded
  }
  candidates.push('origin/main', 'main', 'origin/master', 'master');
  for (const c of candidates.filter(Boolean)) {
    try {
      commitOf(dir, c);
      return c;
    } catch {
      // try the next one
    }
  }
  throw new GitTreeError('cannot tell which branch to compare against: no origin/HEAD, main or master');
}

export interface TreeEntry {
  /** Path relative to the spec folder. */
  path: string;
  sha: string;
}

/** Every file (blob) under the spec folder at `commit`. */
export function listTreeAt(dir: string, commit: string): TreeEntry[] {
  const { top, prefix } = gitLocation(dir);
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(prefix ? [prefix] : [])]).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const entry of listing.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, sha] = entry.slice(0, tab).split(' ');
    // Blobs only: no submodules (commit) and no symlinks (mode 120000), as on disk we read files.
    if (type !== 'blob' || mode === '120000') continue;
    entries.push({ path: entry.slice(tab + 1).slice(prefix.length), sha });
  }
  return entries;
}

/** The contents of the given entries, read in one `git cat-file --batch`, as a file on disk reads (a BOM kept). */
export function readEntries(dir: string, entries: readonly TreeEntry[]): SourceFile[] {
  if (!entries.length) return [];
  const texts = readBlobs(
    resolve(dir),
    entries.map((e) => e.sha),
    new TextDecoder('utf-8', { ignoreBOM: true }),
  );
  if (typeof texts === 'string') throw new GitTreeError(texts);
  return entries.map((e) => ({ path: e.path, text: texts.get(e.sha)! }));
}
