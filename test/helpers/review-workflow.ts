// The two-phase review as GitHub runs it, for tests: the Action (in this process, or dist/action.mjs as a
// child process with `dist`) with a pull_request (phase 1) or workflow_run (phase 2) event, a real git repository whose bare remote
// holds the pull request's head under refs/pull/N/head as GitHub keeps it, and the loopback API
// server that checks every request and response against GitHub's OpenAPI description.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runActionInProcess, runDistAction, type ActionResult, type ActionRun } from './action-run.ts';
import { commit, git, sandbox, type Sandbox } from './git.ts';
import { example } from './github-contract.ts';
import { OWNER, pullRequest, REPO } from './github-api.ts';
import { startGitHubServer, type GitHubServer } from './github-server.ts';

export const TOKEN = 'ghs_reviewtoken0123456789';
export const BOT = 'github-actions[bot]';
export const PR = 7;
export const RUN_ID = 42; // GITHUB_RUN_ID of every run action-run.ts starts
export const FORK = `forker/${REPO}`;
export const repoPath = `/repos/${OWNER}/${REPO}`;

/** How the Action runs: in this process (default), or as the bundle in a child process (dist: true, or a bundle's entry). */
export interface How {
  dist?: boolean;
  entry?: string;
}

const start = (run: ActionRun, how: How): Promise<ActionResult> => (how.dist || how.entry ? runDistAction(run) : runActionInProcess(run));

export interface ReviewWorkflow {
  sb: Sandbox;
  api: GitHubServer;
  mainSha: string;
  /** Commit on the feature branch (the pull request's head) and publish it as refs/pull/N/head. */
  commitHead(files: Record<string, string | null>, message: string): string;
  bumpImage(tag: string): string;
  artifactPath(): string;
  phase1(headSha: string, o: { fork: boolean; inputs?: Record<string, string> } & How): Promise<ActionResult>;
  /** Phase 2 in a fresh clone of the default branch, with the artifact downloaded beside it (or anything written there). */
  phase2(
    artifact: string | ((path: string) => void),
    o?: { runHeadSha?: string; run?: Record<string, unknown>; inputs?: Record<string, string> } & How,
  ): Promise<ActionResult>;
  comment(id: number, body: string, login?: string, pr?: number): Record<string, unknown>;
  expectPull(headSha: string, patch?: (pr: Record<string, any>) => void, number?: number): void; // eslint-disable-line @typescript-eslint/no-explicit-any
  expectComments(existing: unknown[]): void;
  /** Records what each create sends (and when the server got it, into `at`) and answers like GitHub. */
  recordComments(created: { id: number; body: string }[], count: number, firstId: number, at?: number[]): void;
  expectCheckRun(sent: unknown[], at?: number[]): void;
  /** Every expected call made, nothing else, every call within the OpenAPI contract and with the token. */
  verified(): void;
  close(): Promise<void>;
}

/** The branches of a bare repository (loose and packed refs), read from its files without running git. */
function remoteHeads(bare: string): string {
  const loose = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? loose(join(dir, e.name)) : [`${e.name} ${readFileSync(join(dir, e.name), 'utf8')}`],
    );
  const packed = join(bare, 'packed-refs');
  return [...loose(join(bare, 'refs/heads')), existsSync(packed) ? readFileSync(packed, 'utf8') : ''].join('\n');
}

export async function reviewWorkflow(): Promise<ReviewWorkflow> {
  const sb = sandbox('hello-universe');
  const mainSha = git(sb.src, 'rev-parse', 'HEAD');
  git(sb.src, 'checkout', '-q', '-b', 'feature');
  const api = await startGitHubServer();

  const commitHead: ReviewWorkflow['commitHead'] = (files, message) => {
    const sha = commit(sb.src, files, message);
    // GitHub keeps every pull request's head (a fork's too) in the base repository.
    git(sb.src, 'push', '-q', '-f', 'origin', `HEAD:refs/pull/${PR}/head`);
    return sha;
  };
  const comment: ReviewWorkflow['comment'] = (id, body, login = BOT, pr = PR) => {
    const c = example('issue-comment');
    return {
      ...c,
      id,
      node_id: `IC_${id}`,
      body,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${pr}#issuecomment-${id}`,
      issue_url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/${pr}`,
      user: { ...c.user, login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    };
  };

  // Phase 2's checkout: a copy of one clone, as long as the remote's branches are what it was cloned from
  // (they rarely move: pull request heads live under refs/pull/). Copying files spares a git clone per run.
  let clone: { dir: string; heads: string } | undefined;
  const cloneOfRemote = (): string => {
    const heads = remoteHeads(sb.remote);
    if (clone?.heads !== heads) {
      clone = { dir: join(sb.dir, `clone-${Math.random().toString(36).slice(2)}`), heads };
      git(sb.dir, 'clone', '-q', sb.remote, clone.dir);
    }
    return clone.dir;
  };

  return {
    sb,
    api,
    mainSha,
    commitHead,
    bumpImage(tag) {
      const file = join(sb.src, 'hello-universe.yaml');
      return commitHead({ 'hello-universe.yaml': readFileSync(file, 'utf8').replace(/hello-universe:[\d.]+/, `hello-universe:${tag}`) }, `Image ${tag}`);
    },
    artifactPath: () => join(sb.src, 'hubcast-review/hubcast-review.json'),
    phase1(headSha, o) {
      const payload = {
        action: 'synchronize',
        number: PR,
        pull_request: {
          number: PR,
          head: { sha: headSha, ref: 'feature', repo: { full_name: o.fork ? FORK : `${OWNER}/${REPO}` } },
          base: { sha: mainSha, ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
        },
      };
      const run = { workspace: sb.src, scratch: sb.dir, apiUrl: api.url, eventName: 'pull_request', payload, sha: headSha, token: TOKEN, entry: o.entry };
      return start({ ...run, inputs: { command: 'diff', ...o.inputs } }, o);
    },
    phase2(artifact, o = {}) {
      const id = Math.random().toString(36).slice(2);
      const workspace = join(sb.dir, `post-${id}`);
      cpSync(cloneOfRemote(), workspace, { recursive: true });
      const download = join(sb.dir, `download-${id}`);
      mkdirSync(download, { recursive: true });
      const path = join(download, 'hubcast-review.json');
      if (typeof artifact === 'string') writeFileSync(path, artifact);
      else artifact(path);
      const runHeadSha = o.runHeadSha ?? git(sb.src, 'rev-parse', 'HEAD');
      const payload = {
        action: 'completed',
        workflow_run: {
          id: RUN_ID,
          event: 'pull_request',
          head_sha: runHeadSha,
          head_repository: { full_name: FORK },
          pull_requests: [],
          conclusion: 'success',
          ...o.run,
        },
      };
      const run = { workspace, scratch: sb.dir, apiUrl: api.url, eventName: 'workflow_run', payload, sha: mainSha, token: TOKEN, entry: o.entry };
      return start({ ...run, inputs: { command: 'diff-post', artifact: path, ...o.inputs } }, o);
    },
    comment,
    expectPull(headSha, patch, number = PR) {
      api.expect({
        method: 'GET',
        path: `${repoPath}/pulls/${number}`,
        reply: () => {
          const pr = pullRequest({ number, head: 'feature', base: 'main', title: 'Bump', body: '' });
          pr.head = { ...pr.head, sha: headSha, repo: { ...pr.head.repo, full_name: FORK } };
          pr.base = { ...pr.base, sha: mainSha, repo: { ...pr.base.repo, full_name: `${OWNER}/${REPO}` } };
          patch?.(pr);
          return [200, pr];
        },
      });
    },
    expectComments(existing) {
      api.expect({ method: 'GET', path: `${repoPath}/issues/${PR}/comments`, query: { per_page: '100' }, reply: () => [200, existing] });
    },
    recordComments(created, count, firstId, at) {
      for (let i = 0; i < count; i++) {
        api.expect({
          method: 'POST',
          path: `${repoPath}/issues/${PR}/comments`,
          reply: (b: { body: string }) => {
            at?.push(Date.now());
            const id = firstId + created.length;
            created.push({ id, body: b.body });
            return [201, comment(id, b.body)];
          },
        });
      }
    },
    expectCheckRun(sent, at) {
      api.expect({
        method: 'POST',
        path: `${repoPath}/check-runs`,
        reply: (b: { head_sha: string; name: string }) => {
          at?.push(Date.now());
          sent.push(b);
          return [201, { ...example('check-run'), head_sha: b.head_sha, name: b.name }];
        },
      });
    },
    verified() {
      expect(api.unmatched, 'requests nothing expected').toEqual([]);
      expect(api.pending(), 'expected requests never made').toEqual([]);
      expect(api.violations, 'OpenAPI contract').toEqual([]);
      expect(api.authorizations.every((a) => a === `token ${TOKEN}`)).toBe(true);
    },
    async close() {
      await api.close();
      sb.cleanup();
    },
  };
}
