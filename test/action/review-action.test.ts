// The review on GitHub, as GitHub runs it: dist/action.mjs as a child process with a pull_request
// (phase 1) or workflow_run (phase 2) event, a real git repository, and the loopback API server
// that checks every request and response against GitHub's OpenAPI description.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDistAction } from '../helpers/action-run.ts';
import { commit, git, ROOT, sandbox, type Sandbox } from '../helpers/git.ts';
import { example } from '../helpers/github-contract.ts';
import { OWNER, pullRequest, REPO } from '../helpers/github-api.ts';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.ts';

const TOKEN = 'ghs_reviewtoken0123456789';
const BOT = 'github-actions[bot]';
const PR = 7;
const repoPath = `/repos/${OWNER}/${REPO}`;

let sb: Sandbox;
let api: GitHubServer;
let mainSha: string;
beforeEach(async () => {
  sb = sandbox('hello-universe');
  mainSha = git(sb.src, 'rev-parse', 'HEAD');
  git(sb.src, 'checkout', '-q', '-b', 'feature');
  api = await startGitHubServer();
});
afterEach(async () => {
  await api.close();
  sb.cleanup();
});

function bumpImage(tag: string): string {
  const file = join(sb.src, 'hello-universe.yaml');
  return commit(sb.src, { 'hello-universe.yaml': readFileSync(file, 'utf8').replace(/hello-universe:[\d.]+/, `hello-universe:${tag}`) }, `Image ${tag}`);
}

/** Phase 1: the pull_request run in the checked-out repository. */
function phase1(headSha: string, o: { fork: boolean; inputs?: Record<string, string>; entry?: string }) {
  const payload = {
    action: 'synchronize',
    number: PR,
    pull_request: {
      number: PR,
      head: { sha: headSha, ref: 'feature', repo: { full_name: o.fork ? `forker/${REPO}` : `${OWNER}/${REPO}` } },
      base: { sha: mainSha, ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
    },
  };
  return runDistAction({ workspace: sb.src, scratch: sb.dir, apiUrl: api.url, eventName: 'pull_request', payload, sha: headSha, token: TOKEN, inputs: { command: 'diff', ...o.inputs }, entry: o.entry });
}

/** Phase 2: the workflow_run in a fresh workspace holding only the downloaded artifact. */
function phase2(artifact: string, runHeadSha: string) {
  const workspace = join(sb.dir, `post-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(workspace, 'hubcast-review'), { recursive: true });
  writeFileSync(join(workspace, 'hubcast-review/hubcast-review.json'), artifact);
  const payload = { action: 'completed', workflow_run: { id: 99, event: 'pull_request', head_sha: runHeadSha, conclusion: 'success' } };
  return runDistAction({ workspace, scratch: sb.dir, apiUrl: api.url, eventName: 'workflow_run', payload, sha: mainSha, token: TOKEN, inputs: { command: 'diff-post' } });
}

const artifactPath = () => join(sb.src, 'hubcast-review/hubcast-review.json');

function comment(id: number, body: string, login = BOT) {
  const c = example('issue-comment');
  return { ...c, id, node_id: `IC_${id}`, body, html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${id}`, user: { ...c.user, login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } };
}

function expectPull(headSha: string): void {
  api.expect({
    method: 'GET',
    path: `${repoPath}/pulls/${PR}`,
    reply: () => {
      const pr = pullRequest({ number: PR, head: 'feature', base: 'main', title: 'Bump', body: '' });
      pr.head = { ...pr.head, sha: headSha };
      return [200, pr];
    },
  });
}

function expectComments(existing: unknown[]): void {
  api.expect({ method: 'GET', path: `${repoPath}/issues/${PR}/comments`, query: { per_page: '100' }, reply: () => [200, existing] });
}

/** Records what each create/update sends and answers like GitHub. */
function recordComments(created: { id: number; body: string }[], count: number, firstId: number): void {
  for (let i = 0; i < count; i++) {
    api.expect({
      method: 'POST',
      path: `${repoPath}/issues/${PR}/comments`,
      reply: (b: { body: string }) => {
        const id = firstId + created.length;
        created.push({ id, body: b.body });
        return [201, comment(id, b.body)];
      },
    });
  }
}

function expectCheckRun(sent: unknown[]): void {
  api.expect({
    method: 'POST',
    path: `${repoPath}/check-runs`,
    reply: (b: { head_sha: string; name: string }) => {
      sent.push(b);
      return [201, { ...example('check-run'), head_sha: b.head_sha, name: b.name }];
    },
  });
}

function verified(): void {
  expect(api.unmatched, 'requests nothing expected').toEqual([]);
  expect(api.pending(), 'expected requests never made').toEqual([]);
  expect(api.violations, 'OpenAPI contract').toEqual([]);
  expect(api.authorizations.every((a) => a === `token ${TOKEN}`)).toBe(true);
}

describe('the review from dist/: two phases', () => {
  it('phase 1 on a fork writes summary, artifact and HTML and posts nothing; phase 2 posts; a new push edits the same comment and collapses the older render', async () => {
    const head1 = bumpImage('1.3.0');
    const r1 = await phase1(head1, { fork: true });
    expect(r1.code, r1.stdout + r1.stderr).toBe(0);
    expect(api.authorizations).toEqual([]); // no API call at all
    expect(r1.outputs).toMatchObject({ changed: 'true', posted: 'false', artifact: artifactPath(), 'html-report': join(sb.src, 'hubcast-report/diff.html') });
    expect(r1.outputs.summary).toMatch(/^\+0 ~\d+ -0 objects across/);
    expect(r1.summary).toContain('<h2>hubcast diff</h2>');
    expect(r1.summary).toContain('hello-universe:1.3.0');
    expect(readFileSync(join(sb.src, 'hubcast-report/diff.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    const artifact1 = readFileSync(artifactPath(), 'utf8');
    expect(JSON.parse(artifact1)).toMatchObject({ kind: 'hubcast-review', pr: PR, headSha: head1, key: 'default', check: { conclusion: r1.outputs.conclusion } });

    expectPull(head1);
    expectComments([]);
    const created: { id: number; body: string }[] = [];
    recordComments(created, 1, 501);
    const checks: { head_sha: string; conclusion: string; name: string; status: string }[] = [];
    expectCheckRun(checks);
    const p1 = await phase2(artifact1, head1);
    expect(p1.code, p1.stdout + p1.stderr).toBe(0);
    verified();
    expect(p1.outputs.posted).toBe('true');
    expect(created).toHaveLength(1);
    expect(created[0].body).toMatch(/^<!-- hubcast:diff key=default part=1\/1 -->\n/);
    expect(created[0].body).toContain(head1.slice(0, 7));
    expect(checks).toEqual([expect.objectContaining({ name: 'hubcast diff', head_sha: head1, status: 'completed', conclusion: r1.outputs.conclusion })]);
    expect(p1.summary).toContain(`Review posted on #${PR}: comments 1 created, 0 updated, 0 deleted; verdict as a check run.`);

    // A second push: the same comment is edited, the first render kept collapsed inside it.
    const head2 = bumpImage('1.4.0');
    const r2 = await phase1(head2, { fork: true });
    expect(r2.code, r2.stdout + r2.stderr).toBe(0);
    expectPull(head2);
    // Someone else's comment that copies the marker is never touched.
    expectComments([comment(400, created[0].body, 'mallory'), comment(501, created[0].body)]);
    let edited = '';
    api.expect({ method: 'PATCH', path: `${repoPath}/issues/comments/501`, reply: (b: { body: string }) => ((edited = b.body), [200, comment(501, b.body)]) });
    expectCheckRun(checks);
    const p2 = await phase2(readFileSync(artifactPath(), 'utf8'), head2);
    expect(p2.code, p2.stdout + p2.stderr).toBe(0);
    verified();
    expect(edited).toContain('hello-universe:1.4.0');
    expect(edited).toMatch(new RegExp(`<summary>Earlier renders of this pull request \\(1\\)</summary>[\\s\\S]*<code>${head1.slice(0, 12)}</code>`));
    expect(checks.map((c) => c.head_sha)).toEqual([head1, head2]);
  });

  it('a report in parts creates parts 1..N; a later smaller one edits part 1 and deletes the leftover parts', async () => {
    const head = bumpImage('1.3.0');
    const artifact = (parts: string[]) =>
      JSON.stringify({ kind: 'hubcast-review', version: 1, pr: PR, headSha: head, key: 'default', parts, counts: { added: 5000, changed: 0, removed: 0 }, check: { conclusion: 'success', title: '+5000 ~0 -0 objects', summary: 'big' } });

    expectPull(head);
    expectComments([]);
    const created: { id: number; body: string }[] = [];
    recordComments(created, 3, 601);
    expectCheckRun([]);
    const big = await phase2(artifact(['part one', 'part two', 'part three']), head);
    expect(big.code, big.stdout + big.stderr).toBe(0);
    verified();
    expect(created.map((c) => c.body.split('\n')[0])).toEqual([1, 2, 3].map((i) => `<!-- hubcast:diff key=default part=${i}/3 -->`));

    expectPull(head);
    expectComments(created.map((c) => comment(c.id, c.body)));
    let part1 = '';
    api.expect({ method: 'PATCH', path: `${repoPath}/issues/comments/601`, reply: (b: { body: string }) => ((part1 = b.body), [200, comment(601, b.body)]) });
    for (const id of [602, 603]) api.expect({ method: 'DELETE', path: `${repoPath}/issues/comments/${id}`, reply: () => [204, undefined] });
    expectCheckRun([]);
    const small = await phase2(artifact(['all in one']), head);
    expect(small.code, small.stdout + small.stderr).toBe(0);
    verified();
    expect(part1).toMatch(/^<!-- hubcast:diff key=default part=1\/1 -->\nall in one/);
    expect(small.summary).toContain('comments 0 created, 1 updated, 2 deleted');
  });

  it('falls back to a commit status when the token may not create check runs', async () => {
    const head = bumpImage('1.3.0');
    expect((await phase1(head, { fork: true })).code).toBe(0);
    expectPull(head);
    expectComments([]);
    recordComments([], 1, 701);
    api.expect({
      method: 'POST',
      path: `${repoPath}/check-runs`,
      reply: () => [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' }],
    });
    let status: { state?: string; context?: string; description?: string } = {};
    api.expect({
      method: 'POST',
      path: `${repoPath}/statuses/${head}`,
      reply: (b: typeof status) => ((status = b), [201, { ...example('status'), state: b.state, context: b.context, description: b.description }]),
    });
    const r = await phase2(readFileSync(artifactPath(), 'utf8'), head);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // GitHub answers 403 here, but its OpenAPI description documents only 201 for this operation.
    expect(api.violations).toEqual(['checks/create: status 403 is not documented']);
    expect(api.unmatched).toEqual([]);
    expect(api.pending()).toEqual([]);
    expect(status).toMatchObject({ context: 'hubcast diff', state: expect.stringMatching(/^(success|failure)$/) });
    expect(r.summary).toContain('verdict as a commit status');
  });

  it('refuses an artifact made for another head commit, and posts nothing', async () => {
    const head = bumpImage('1.3.0');
    expect((await phase1(head, { fork: true })).code).toBe(0);
    const newer = bumpImage('1.4.0');
    expectPull(newer); // the PR moved on since phase 1 ran
    const r = await phase2(readFileSync(artifactPath(), 'utf8'), head);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::review artifact refused, nothing posted: pull request #${PR} is at ${newer}`);
    expect(r.outputs.posted).toBeUndefined();
    verified();
  });

  it('a pull request from the repository itself is posted by phase 1 directly; a read-only token leaves it to phase 2', async () => {
    const head = bumpImage('1.3.0');
    expectComments([]);
    const created: { id: number; body: string }[] = [];
    recordComments(created, 1, 801);
    const checks: { head_sha: string }[] = [];
    expectCheckRun(checks);
    const r = await phase1(head, { fork: false });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    verified();
    expect(r.outputs.posted).toBe('true');
    expect(created[0].body).toContain('hello-universe:1.3.0');
    expect(checks[0].head_sha).toBe(head);
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(r.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN.slice(4));

    expectComments([]);
    api.expect({ method: 'POST', path: `${repoPath}/issues/${PR}/comments`, reply: () => [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }] });
    const ro = await phase1(head, { fork: false });
    expect(ro.code, ro.stdout + ro.stderr).toBe(0);
    verified();
    expect(ro.outputs.posted).toBe('false');
    expect(ro.stdout).toMatch(/::warning::the token may not post on the pull request \(GitHub API answered 403/);
    expect(existsSync(artifactPath())).toBe(true);
  });

  it('runs from action.yml and dist/ alone, copied to an empty folder (no templates/, no node_modules)', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'hubcast-action-alone-'));
    try {
      cpSync(join(ROOT, 'action.yml'), join(alone, 'action.yml'));
      cpSync(join(ROOT, 'dist'), join(alone, 'dist'), { recursive: true });
      const head = bumpImage('1.3.0');
      expectComments([]);
      const created: { id: number; body: string }[] = [];
      recordComments(created, 1, 901);
      const checks: { head_sha: string }[] = [];
      expectCheckRun(checks);
      const r = await phase1(head, { fork: false, entry: join(alone, 'dist/action.mjs') });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      verified();
      expect(r.outputs.posted).toBe('true');
      expect(created[0].body).toContain('hello-universe:1.3.0');
      expect(checks[0].head_sha).toBe(head);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it('diff outside a pull_request event and diff-post without an artifact fail with what to do', async () => {
    const head = git(sb.src, 'rev-parse', 'HEAD');
    const push = await runDistAction({ workspace: sb.src, scratch: sb.dir, apiUrl: api.url, eventName: 'push', payload: { after: head }, sha: head, token: TOKEN, inputs: { command: 'diff' } });
    expect(push.code).toBe(1);
    expect(push.stdout).toContain('::error::command diff reviews a pull request: run it on a pull_request event (for a dry-run publish use command: publish-preview)');
    const none = await runDistAction({ workspace: sb.src, scratch: sb.dir, apiUrl: api.url, eventName: 'workflow_run', payload: { workflow_run: { head_sha: head } }, sha: head, token: TOKEN, inputs: { command: 'diff-post' } });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('::error::no review artifact at');
    expect(api.authorizations).toEqual([]);
  });
});
