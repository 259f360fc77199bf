// The generated branch in a real git repository: implements deliver's GeneratedRepo port over the
// clone hubcast runs in. Remote tips are fetched into hubcast's own refs (refs/hubcast/...), so the
// user's branches and working tree are never touched.

import { createHash } from 'node:crypto';
import type { Ancestry, GeneratedRepo, RefUpdate } from '../deliver/ports.ts';
import type { CommitTree } from '../deliver/staging-tree.ts';
import { writeCommit } from './git-fast-import.ts';
import { git, GitError, runGit, type GitAuth } from './git-process.ts';

const ZERO = '0000000000000000000000000000000000000000';

export interface GitGeneratedOptions {
  /** Any folder inside the clone. */
  cwd: string;
  /** Remote name (origin) or URL. */
  remote: string;
  branch: string;
  auth?: GitAuth;
  /** Bound on each git command that talks to the remote (fetch, push, ls-remote); default 300 s. */
  timeoutMs?: number;
}

export async function remoteUrl(cwd: string, remote: string): Promise<string> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || remote.startsWith('/')) return remote;
  return git(['remote', 'get-url', remote], { cwd });
}

export async function gitGeneratedRepo(opts: GitGeneratedOptions): Promise<GeneratedRepo> {
  const { cwd, remote, branch, auth } = opts;
  const url = await remoteUrl(cwd, remote);
  const net = { cwd, auth, authUrl: url, timeoutMs: opts.timeoutMs ?? 300_000 };
  // One private namespace per remote, so two remotes never share tracking refs.
  const ns = `refs/hubcast/fetched/${createHash('sha1').update(url).digest('hex').slice(0, 12)}`;
  const tracking = (b: string) => `${ns}/${b}`;

  const repo: GeneratedRepo = {
    async fetch() {
      // A glob refspec: the branch and its `-next/*` staging branches, and no error when none exist yet.
      await git(['fetch', '--quiet', '--no-tags', '--prune', '--no-write-fetch-head', url, `+refs/heads/${branch}*:${ns}/${branch}*`], net);
      const out = await git(['for-each-ref', '--format=%(objectname) %(refname)', `${ns}/`], { cwd });
      const tips = new Map<string, string>();
      for (const line of out.split('\n').filter(Boolean)) {
        const [sha, ref] = line.split(' ');
        const name = ref.slice(ns.length + 1);
        if (name === branch || name.startsWith(`${branch}-next/`)) tips.set(name, sha);
      }
      return tips;
    },

    async readTree(commit) {
      const out = (await runGit(['ls-tree', '-r', '-z', '--full-tree', commit], { cwd })).stdout;
      const tree = new Map<string, string>();
      for (const rec of out.split('\0').filter(Boolean)) {
        const tab = rec.indexOf('\t');
        const [, type, sha] = rec.slice(0, tab).split(' ');
        if (type === 'blob') tree.set(rec.slice(tab + 1), sha);
      }
      return tree;
    },

    async readFile(commit, path) {
      const r = await runGit(['cat-file', 'blob', `${commit}:${path}`], { cwd, okCodes: [128] });
      return r.code === 0 ? r.stdout : undefined;
    },

    async commitMessage(commit) {
      return (await runGit(['show', '-s', '--format=%B', commit], { cwd })).stdout;
    },

    async parentOf(commit) {
      const r = await runGit(['rev-parse', '--verify', '-q', `${commit}^1`], { cwd, okCodes: [1, 128] });
      return r.code === 0 ? r.stdout.trim() : undefined;
    },

    async compareSources(ours, theirs) {
      if (ours === theirs) return 'same';
      const has = async (sha: string) => (await runGit(['cat-file', '-e', `${sha}^{commit}`], { cwd, okCodes: [1, 128] })).code === 0;
      if (!(await has(theirs))) {
        // A render of a commit we have not seen: try to fetch it (and its history) by id.
        await runGit(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', url, theirs], { ...net, okCodes: [1, 128] });
        if (!(await has(theirs))) return 'unknown';
      }
      const isAncestor = async (a: string, b: string) => (await runGit(['merge-base', '--is-ancestor', a, b], { cwd, okCodes: [1] })).code === 0;
      if (await isAncestor(theirs, ours)) return 'newer' satisfies Ancestry;
      if (await isAncestor(ours, theirs)) return 'older';
      return 'diverged';
    },

    writeCommit: (tree: CommitTree, message: string, parent: string | undefined, date: string) => writeCommit(cwd, tree, message, parent, date),

    async push(updates: readonly RefUpdate[]) {
      // Local compare-and-swap first: a second publisher in this same clone loses here.
      for (const u of updates) {
        const r = await runGit(['update-ref', tracking(u.branch), u.commit, u.lease ?? ZERO], { cwd, okCodes: [128] });
        if (r.code !== 0) return 'rejected';
      }
      const leases = updates.map((u) => `--force-with-lease=refs/heads/${u.branch}:${u.lease ?? ''}`);
      const refspecs = updates.map((u) => `${u.commit}:refs/heads/${u.branch}`);
      try {
        await git(['push', '--quiet', '--atomic', ...leases, url, ...refspecs], net);
        return 'pushed';
      } catch (e) {
        if (!(e instanceof GitError)) throw e;
        // Rejected because a branch moved (a lost race), or a real failure (auth, network, hooks)?
        const now = await git(['ls-remote', url, ...updates.map((u) => `refs/heads/${u.branch}`)], net);
        const tips = new Map(
          now
            .split('\n')
            .filter(Boolean)
            .map((l) => [l.split('\t')[1], l.split('\t')[0]]),
        );
        if (updates.some((u) => tips.get(`refs/heads/${u.branch}`) !== u.lease)) return 'rejected';
        throw e;
      }
    },
  };
  return repo;
}
