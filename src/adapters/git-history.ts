// Git adapter for the revision index: reads the first-parent history of a spec folder in two git
// processes, one `git log --raw` pass for what changed in every commit, and one `git cat-file
// --batch` for the text of every file version named there (each blob read once).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileChange, HistoryCommit } from '../resolve/revision-index.ts';

export interface GitHistory {
  /** The commit read (HEAD unless another revision was asked for). */
  head: string;
  /** A shallow clone: the oldest commits are missing, so revision numbers start late. */
  shallow: boolean;
  /** Oldest first, first parent only; only commits that change a selected file. */
  commits: HistoryCommit[];
  /** Text of every file version the commits name, by blob id. */
  texts: Map<string, string>;
}

export type GitHistoryResult =
  | { kind: 'history'; history: GitHistory }
  /** Not a git repository, or one without commits: there is no history to read. */
  | { kind: 'none'; reason: string }
  /** git failed (not installed, unsafe directory, ...). */
  | { kind: 'failed'; message: string };

export interface ReadHistoryOptions {
  /** Which repo-relative paths (relative to `dir`) are spec files. */
  accept(path: string): boolean;
  /** Revision whose first-parent history is read; default HEAD. */
  rev?: string;
  /**
   * Texts already read by an earlier read of the same command, by blob id (an id names its
   * content): only the others are asked of git, and they are added here.
   */
  knownTexts?: Map<string, string>;
}

const ZERO = /^0+$/;
// Regular files only: symlinks (120000) and submodules (160000) are not spec files.
const FILE_MODES = new Set(['100644', '100755']);

/** Read the history of the folder `dir` (a git repository or a folder inside one). */
export function readGitHistory(dir: string, opts: ReadHistoryOptions): GitHistoryResult {
  const start = locate(dir, opts.rev ?? 'HEAD');
  if ('kind' in start) return start;
  const { prefix, shallow, head } = start;
  const log = git(dir, [
    '-c',
    'log.showSignature=false',
    'log',
    '--first-parent',
    '-m',
    '--reverse',
    '--raw',
    '--no-renames',
    '--no-abbrev',
    '-z',
    '--no-color',
    '--format=%H %ct',
    head,
    '--',
    '.',
  ]);
  if (log.status !== 0) return { kind: 'failed', message: firstLine(log.stderr) };
  const commits = parseRawLog(log.stdout, prefix, opts.accept);
  const blobs = new Set<string>();
  for (const c of commits) for (const ch of c.changes) if (ch.blob) blobs.add(ch.blob);
  const known = opts.knownTexts;
  const read = readBlobs(dir, known ? [...blobs].filter((id) => !known.has(id)) : [...blobs]);
  if (typeof read === 'string') return { kind: 'failed', message: read };
  if (!known) return { kind: 'history', history: { head, shallow, commits, texts: read } };
  for (const [id, text] of read) known.set(id, text);
  const texts = new Map<string, string>();
  for (const id of blobs) texts.set(id, known.get(id)!);
  return { kind: 'history', history: { head, shallow, commits, texts } };
}

/** The spec folder's path in the repository, whether the clone is shallow, and the commit `rev` names. */
function locate(dir: string, rev: string): { prefix: string; shallow: boolean; head: string } | Exclude<GitHistoryResult, { kind: 'history' }> {
  // No .git in the folder or above it (and no GIT_DIR): git would find no repository either, and asking it costs two
  // processes per render of a plain folder.
  if (!process.env.GIT_DIR && !insideGitRepo(dir)) return { kind: 'none', reason: 'not a git repository' };
  // The usual case in one git process; when it fails, the steps below say why.
  const quick = git(dir, ['rev-parse', '--show-prefix', '--is-shallow-repository', '--verify', '--quiet', `${rev}^{commit}`]);
  if (quick.status === 0) {
    const [prefix, shallow, head] = quick.stdout.split('\n');
    return { prefix, shallow: shallow === 'true', head };
  }
  const probe = git(dir, ['rev-parse', '--show-prefix', '--is-shallow-repository']);
  if (probe.status === 'missing') {
    return insideGitRepo(dir) ? { kind: 'failed', message: 'git is not installed' } : { kind: 'none', reason: 'not a git repository' };
  }
  if (probe.status !== 0) {
    if (/not a git repository/i.test(probe.stderr)) return { kind: 'none', reason: 'not a git repository' };
    return { kind: 'failed', message: firstLine(probe.stderr) };
  }
  const [prefix, shallow] = probe.stdout.split('\n');
  if (git(dir, ['rev-parse', '--verify', '--quiet', rev]).status !== 0) {
    return rev === 'HEAD' ? { kind: 'none', reason: 'the repository has no commits yet' } : { kind: 'failed', message: `unknown revision ${rev}` };
  }
  const head = git(dir, ['rev-parse', '--verify', `${rev}^{commit}`]);
  if (head.status !== 0) return { kind: 'failed', message: firstLine(head.stderr) };
  return { prefix: prefix ?? '', shallow: shallow === 'true', head: head.stdout.trim() };
}

/**
 * `git log -z --raw --format='%H %ct'` output: a header token per commit, then for each changed
 * file a `:modes ids status` token followed by a path token. Paths are relative to the top level;
 * they are made relative to the spec folder (`prefix`) and filtered.
 */
export function parseRawLog(out: string, prefix: string, accept: (path: string) => boolean): HistoryCommit[] {
  const commits: HistoryCommit[] = [];
  const tokens = out.split('\0');
  let current: HistoryCommit | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].replace(/^\n/, '');
    if (t === '') continue;
    if (t.startsWith(':')) {
      const path = tokens[++i];
      if (!current || path === undefined || !path.startsWith(prefix)) continue;
      const rel = path.slice(prefix.length);
      if (!accept(rel)) continue;
      const [, newMode, , newId] = t.slice(1).split(' ');
      const change: FileChange = { path: rel };
      if (!ZERO.test(newId) && FILE_MODES.has(newMode)) change.blob = newId;
      current.changes.push(change);
      continue;
    }
    const [sha, time] = t.split(' ');
    current = { sha, time: Number(time), changes: [] };
    commits.push(current);
  }
  return commits.filter((c) => c.changes.length > 0);
}

/**
 * Every blob's text through one `git cat-file --batch`: `<id> blob <size>\n<bytes>\n` per blob. `ids` are any
 * object names git reads (`<sha>`, `<ref>:<path>`); the texts are keyed by them, or the message of the first failure.
 * The history's texts drop a leading BOM (revision hashes were made so); `decoder` can keep it.
 */
export function readBlobs(dir: string, ids: readonly string[], decoder = new TextDecoder()): Map<string, string> | string {
  const texts = new Map<string, string>();
  if (ids.length === 0) return texts;
  const r = spawnSync('git', ['cat-file', '--batch'], {
    cwd: dir,
    input: `${ids.join('\n')}\n`,
    maxBuffer: Number.MAX_SAFE_INTEGER,
    env: gitEnv(),
    timeout: 120_000,
  });
  if (r.error) return `could not run git: ${r.error.message}`;
  if (r.status !== 0 || !r.stdout) return firstLine(r.stderr?.toString() ?? 'git cat-file failed');
  const buf = r.stdout;
  let pos = 0;
  for (const id of ids) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) return 'git cat-file: truncated output';
    const header = buf.toString('latin1', pos, nl).split(' ');
    if (header[1] !== 'blob') return `git cat-file: ${header.join(' ')}`;
    const size = Number(header[2]);
    texts.set(id, decoder.decode(buf.subarray(nl + 1, nl + 1 + size)));
    pos = nl + 1 + size + 1;
  }
  return texts;
}

/** Without git, a `.git` in the folder or above says whether history exists. */
function insideGitRepo(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true;
    if (dirname(d) === d) return false;
  }
}

interface GitResult {
  status: number | 'missing';
  stdout: string;
  stderr: string;
}

function git(dir: string, args: string[]): GitResult {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: Number.MAX_SAFE_INTEGER, env: gitEnv() });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', stdout: '', stderr: '' };
  return { status: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** No pager, no prompts, stable messages: output is parsed, never shown. */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C' };
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0] || 'git failed';
}
