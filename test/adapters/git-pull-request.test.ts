// Fetching a pull request's commits for diff-post: into hubcast's own refs, never the working tree,
// and bounded in time against a remote that never answers.

import { createServer, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitError } from '../../src/adapters/git-process.ts';
import { fetchPullRequestCommits } from '../../src/adapters/git-pull-request.ts';
import { commit, git, sandbox, type Sandbox } from '../helpers/git.ts';

let sb: Sandbox;
let clone: string;
let mainSha: string;
beforeEach(() => {
  sb = sandbox('hello-universe');
  mainSha = git(sb.src, 'rev-parse', 'HEAD');
  clone = `${sb.dir}/clone`;
  git(sb.dir, 'clone', '-q', sb.remote, clone);
  git(sb.src, 'checkout', '-q', '-b', 'fork');
});
afterEach(() => sb.cleanup());

describe('fetchPullRequestCommits', () => {
  it("fetches the head from refs/pull/N/head into hubcast's refs, leaving branches and the working tree alone", async () => {
    const head = commit(sb.src, { 'extra.yaml': 'a: 1\n' }, 'fork change');
    git(sb.src, 'push', '-q', 'origin', `HEAD:refs/pull/3/head`);
    const status = git(clone, 'status', '--porcelain');
    expect(await fetchPullRequestCommits({ cwd: clone, remote: 'origin', pr: 3, headSha: head, baseSha: mainSha, timeoutMs: 30_000 })).toEqual([]);
    expect(git(clone, 'rev-parse', 'refs/hubcast/review/pull/3/head')).toBe(head);
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(mainSha);
    expect(git(clone, 'status', '--porcelain')).toBe(status);
    expect(git(clone, 'for-each-ref', '--format=%(refname)', 'refs/heads/')).toBe('refs/heads/main');
    // Present now: a second call fetches nothing.
    expect(await fetchPullRequestCommits({ cwd: clone, remote: 'does-not-exist', pr: 3, headSha: head, baseSha: mainSha, timeoutMs: 30_000 })).toEqual([]);
  });

  it('reports the head as missing when the pull request was force-pushed past it', async () => {
    const gone = commit(sb.src, { 'extra.yaml': 'a: 1\n' }, 'first');
    git(sb.src, 'reset', '-q', '--hard', mainSha);
    commit(sb.src, { 'extra.yaml': 'a: 2\n' }, 'rewritten');
    git(sb.src, 'push', '-q', '-f', 'origin', `HEAD:refs/pull/3/head`);
    expect(await fetchPullRequestCommits({ cwd: clone, remote: 'origin', pr: 3, headSha: gone, baseSha: mainSha, timeoutMs: 30_000 })).toEqual([gone]);
  });

  it('gives up on a remote that never answers, in the time given', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    const started = Date.now();
    try {
      await expect(
        fetchPullRequestCommits({
          cwd: clone,
          remote: `http://127.0.0.1:${port}/repo.git`,
          pr: 3,
          headSha: 'a'.repeat(40),
          baseSha: mainSha,
          auth: { token: 'ghs_secret123' },
          timeoutMs: 300,
        }),
      ).rejects.toSatisfy((e: unknown) => e instanceof GitError && /did not finish within 0\.3 s/.test(e.message) && !e.message.includes('ghs_secret123'));
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });
});
