// Real git repositories in temp folders: a source clone with specs and a bare remote, isolated
// from the machine's git configuration, with fixed dates so commit ids are reproducible.

import { readBlobs } from '../../src/adapters/git-history.ts';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/** Isolate every git this process (and its children) runs from the machine's configuration. */
export function isolateGit(home: string): void {
  const global = join(home, 'gitconfig');
  writeFileSync(
    global,
    '[user]\n\tname = Spec Author\n\temail = author@example.com\n[init]\n\tdefaultBranch = main\n[gc]\n\tauto = 0\n[maintenance]\n\tauto = false\n[commit]\n\tgpgsign = false\n[protocol "file"]\n\tallow = always\n',
  );
  Object.assign(process.env, {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: global,
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z',
    GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z',
  });
  for (const k of ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_REPOSITORY', 'GITHUB_API_URL', 'GITHUB_SERVER_URL']) delete process.env[k];
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).replace(/\n$/, '');
}

export interface Sandbox {
  dir: string;
  /** Working clone holding the specs. */
  src: string;
  /** Bare repository the generated branch is pushed to. */
  remote: string;
  remoteUrl: string;
  cleanup(): void;
}

/**
 * The fleet as a replica-set layout repo: no inventory, and the two per-cluster values of the storefront profile
 * fixed. Publishing per environment is about `environments/<ns>/<env>/` folders, which this layout writes.
 */
function asReplicaSetFleet(src: string): void {
  rmSync(join(src, 'inventory'), { recursive: true, force: true });
  const profiles = join(src, 'system/profiles.yaml');
  writeFileSync(profiles, readFileSync(profiles, 'utf8').replace('"{{ cluster.name }}"', 'any').replace('"{{ cluster.labels.region }}"', 'any'));
}

/** A source repository with `example` committed on main, `origin` pointing at a fresh bare remote. */
export function sandbox(example = 'fleet', layout: 'replicaset' | 'as-is' = 'replicaset'): Sandbox {
  const key = `${example} ${layout}`;
  let snapshot = snapshots.get(key);
  if (!snapshot) snapshots.set(key, (snapshot = buildSnapshot(example, layout)));
  const dir = mkdtempSync(join(tmpdir(), 'hubcast-git-'));
  isolateGit(dir);
  const remote = join(dir, 'remote.git');
  const src = join(dir, 'src');
  const remoteUrl = `file://${remote}`;
  for (const [path, entry] of snapshot.entries) {
    const abs = join(dir, path);
    if (entry === 'dir') mkdirSync(abs, { recursive: true });
    else writeFileSync(abs, path === CONFIG ? entry.text.toString('utf8').replace(snapshot.remoteUrl, remoteUrl) : entry.text, { mode: entry.mode });
  }
  // The index holds the stat data of files that are now others (new inodes and times): refreshing it lets plumbing
  // that does not refresh (diff-index) see a clean tree, as after a fresh commit.
  git(src, 'update-index', '-q', '--refresh');
  return { dir, src, remote, remoteUrl, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The files and folders of a sandbox (src/ and remote.git/), to write out again. */
interface Snapshot {
  entries: [path: string, entry: 'dir' | { text: Buffer; mode: number }][];
  remoteUrl: string;
}
const CONFIG = join('src', '.git', 'config');
// Building a sandbox takes seven git commands and a push (a dozen processes, ~0.3 s); the commits are the same every
// time (fixed authors and dates), so each process builds one per example and layout and writes copies of it.
const snapshots = new Map<string, Snapshot>();

function buildSnapshot(example: string, layout: 'replicaset' | 'as-is'): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'hubcast-git-'));
  try {
    isolateGit(dir);
    const remote = join(dir, 'remote.git');
    git(dir, 'init', '-q', '--bare', '-b', 'main', remote);
    git(remote, 'config', 'receive.autogc', 'false');
    const src = join(dir, 'src');
    cpSync(join(ROOT, 'examples', example), src, { recursive: true });
    if (example === 'fleet' && layout === 'replicaset') asReplicaSetFleet(src);
    git(src, 'init', '-q', '-b', 'main');
    git(src, 'add', '-A');
    git(src, 'commit', '-q', '-m', 'Initial specs');
    const remoteUrl = `file://${remote}`;
    git(src, 'remote', 'add', 'origin', remoteUrl);
    git(src, 'push', '-q', 'origin', 'main');
    const entries: Snapshot['entries'] = [];
    for (const top of ['remote.git', 'src']) {
      entries.push([top, 'dir']);
      for (const e of readdirSync(join(dir, top), { withFileTypes: true, recursive: true })) {
        const path = relative(dir, join(e.parentPath, e.name));
        if (e.isDirectory()) entries.push([path, 'dir']);
        else if (e.isFile()) entries.push([path, { text: readFileSync(join(dir, path)), mode: statSync(join(dir, path)).mode & 0o777 }]);
        else throw new Error(`sandbox: ${path} is neither a file nor a folder`);
      }
    }
    // Parents before children: readdir lists a folder before what it holds only within one level.
    entries.sort(([a], [b]) => a.split(sep).length - b.split(sep).length);
    return { entries, remoteUrl };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Write (or with null, delete) files and commit them; returns the new commit id. */
export function commit(repo: string, files: Record<string, string | null>, message: string): string {
  for (const [path, text] of Object.entries(files)) {
    const abs = join(repo, path);
    if (text === null) rmSync(abs);
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/** Branch tip in a (bare) repository, or undefined. */
export function tip(repo: string, branch: string): string | undefined {
  try {
    return git(repo, 'rev-parse', '--verify', '-q', `refs/heads/${branch}`);
  } catch {
    return undefined;
  }
}

export function files(repo: string, ref: string): string[] {
  return git(repo, 'ls-tree', '-r', '--name-only', ref).split('\n').filter(Boolean);
}

export function show(repo: string, ref: string, path: string): string {
  return git(repo, 'show', `${ref}:${path}`);
}

/** The contents of many files at `ref`, read by one `git cat-file --batch` rather than a git process per file. */
export function showAll(repo: string, ref: string, paths: readonly string[]): Map<string, string> {
  const names = paths.map((p) => `${ref}:${p}`);
  const blobs = readBlobs(repo, names);
  if (typeof blobs === 'string') throw new Error(blobs);
  return new Map(paths.map((p, i) => [p, blobs.get(names[i])!]));
}
