// The source side of publishing: which commit is rendered (HEAD) and whether the spec files on
// disk are exactly that commit, so what gets published is what was committed.

import type { SourceCommit } from '../deliver/provenance.ts';
import { git, runGit } from './git-process.ts';

export async function isGitRepo(cwd: string): Promise<boolean> {
  try {
    return (await runGit(['rev-parse', '--is-inside-work-tree'], { cwd, okCodes: [128] })).stdout.trim() === 'true';
  } catch {
    return false;
  }
}

export async function headCommit(cwd: string): Promise<SourceCommit | undefined> {
  const r = await runGit(['show', '-s', '--format=%H%x00%s%x00%b%x00%an <%ae>%x00%cI', 'HEAD'], { cwd, okCodes: [128] });
  if (r.code !== 0) return undefined;
  const [sha, subject, body, author, date] = r.stdout.replace(/\n$/, '').split('\0');
  return { sha, subject, body: body.trim(), author, date };
}

/**
 * Files under cwd (paths relative to it) that differ from HEAD, staged or not, untracked
 * included, that `accept` selects.
 */
export async function uncommittedFiles(cwd: string, accept: (path: string) => boolean): Promise<string[]> {
  const prefix = await git(['rev-parse', '--show-prefix'], { cwd });
  const out = (await runGit(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', '.'], { cwd })).stdout;
  const files: string[] = [];
  for (const rec of out.split('\0').filter(Boolean)) {
    const path = rec.slice(3); // "XY path", relative to the top of the repository
    if (!path.startsWith(prefix)) continue;
    const rel = path.slice(prefix.length);
    if (accept(rel)) files.push(rel);
  }
  return files.sort();
}

/** The checked-out branch's name; undefined on a detached HEAD (a CI checkout of a commit). */
export async function currentBranch(cwd: string): Promise<string | undefined> {
  const r = await runGit(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd, okCodes: [1, 128] });
  return r.code === 0 ? r.stdout.trim() || undefined : undefined;
}
