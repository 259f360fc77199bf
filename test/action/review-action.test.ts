// The review on GitHub: the Action with a pull_request (phase 1) or workflow_run (phase 2) event, a real
// git repository, and the loopback API server that checks every request and response against GitHub's
// OpenAPI description. Hostile artifacts and pull requests are in the corpus, test/corpus/fork-artifacts/.
// Real processes: the standalone test runs both phases from action.yml and dist/ copied to an empty
// folder (`node dist/action.mjs` as GitHub runs it: the bundle needs nothing beside it), the end-to-end
// run of diff and diff-post from the bundle. Every other run calls the Action's main() in this process
// (test/helpers/action-run.ts): the same code without a Node start and a bundle load per run.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runActionInProcess } from '../helpers/action-run.ts';
import { git, ROOT } from '../helpers/git.ts';
import { example } from '../helpers/github-contract.ts';
import { PR, repoPath, reviewWorkflow, RUN_ID, TOKEN, type ReviewWorkflow } from '../helpers/review-workflow.ts';

let w: ReviewWorkflow;
beforeEach(async () => {
  w = await reviewWorkflow();
});
afterEach(async () => {
  await w.close();
});

describe('the review: two phases', () => {
  it('phase 1 on a fork writes summary, artifact and HTML and posts nothing; phase 2 renders the pull request itself and posts; a new push edits the same comment and collapses the older render', async () => {
    const { sb, api } = w;
    const head1 = w.bumpImage('1.3.0');
    const r1 = await w.phase1(head1, { fork: true });
    expect(r1.code, r1.stdout + r1.stderr).toBe(0);
    expect(api.authorizations).toEqual([]); // no API call at all
    expect(r1.outputs).toMatchObject({ changed: 'true', posted: 'false', artifact: w.artifactPath(), 'html-report': join(sb.src, 'hubcast-report/diff.html') });
    expect(r1.outputs.summary).toMatch(/^\+0 ~\d+ -0 objects across/);
    expect(r1.summary).toContain('<h2>hubcast diff</h2>');
    expect(r1.summary).toContain('hello-universe:1.3.0');
    expect(readFileSync(join(sb.src, 'hubcast-report/diff.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    const artifact1 = readFileSync(w.artifactPath(), 'utf8');
    // Which pull request, commit and run: nothing phase 2 would post.
    expect(JSON.parse(artifact1)).toEqual({ kind: 'hubcast-review', version: 2, pr: PR, headSha: head1, runId: RUN_ID });

    w.expectPull(head1);
    w.expectComments([]);
    const created: { id: number; body: string }[] = [];
    w.recordComments(created, 1, 501);
    const checks: { head_sha: string; conclusion: string; name: string; status: string; output: { title: string } }[] = [];
    w.expectCheckRun(checks);
    const p1 = await w.phase2(artifact1, { runHeadSha: head1 });
    expect(p1.code, p1.stdout + p1.stderr).toBe(0);
    w.verified();
    expect(p1.outputs).toMatchObject({ posted: 'true', changed: 'true', conclusion: r1.outputs.conclusion, summary: r1.outputs.summary });
    expect(created).toHaveLength(1);
    expect(created[0].body).toMatch(new RegExp(`^<!-- hubcast:diff key=default pr=${PR} part=1/1 -->\n`));
    expect(created[0].body).toContain('hello-universe:1.3.0');
    expect(created[0].body).toContain(head1.slice(0, 7));
    expect(checks).toEqual([expect.objectContaining({ name: 'hubcast diff', head_sha: head1, status: 'completed', conclusion: r1.outputs.conclusion })]);
    expect(checks[0].output.title).toBe(r1.outputs.summary);
    expect(p1.summary).toContain(`Review posted on #${PR}: comments 1 created, 0 updated, 0 deleted; verdict as a check run.`);

    // A second push: the same comment is edited, the first render kept collapsed inside it.
    const head2 = w.bumpImage('1.4.0');
    const r2 = await w.phase1(head2, { fork: true });
    expect(r2.code, r2.stdout + r2.stderr).toBe(0);
    w.expectPull(head2);
    // Someone else's comment that copies the marker is never touched.
    w.expectComments([w.comment(400, created[0].body, 'mallory'), w.comment(501, created[0].body)]);
    let edited = '';
    api.expect({
      method: 'PATCH',
      path: `${repoPath}/issues/comments/501`,
      reply: (b: { body: string }) => ((edited = b.body), [200, w.comment(501, b.body)]),
    });
    w.expectCheckRun(checks);
    const p2 = await w.phase2(readFileSync(w.artifactPath(), 'utf8'), { runHeadSha: head2 });
    expect(p2.code, p2.stdout + p2.stderr).toBe(0);
    w.verified();
    expect(edited).toContain('hello-universe:1.4.0');
    expect(edited).toMatch(new RegExp(`<summary>Earlier renders of this pull request \\(1\\)</summary>[\\s\\S]*<code>${head1.slice(0, 12)}</code>`));
    expect(checks.map((c) => c.head_sha)).toEqual([head1, head2]);
  }, 90_000); // four runs of the Action, each rendering both sides

  it('runs from action.yml and dist/ alone, copied to an empty folder (no templates/, no node_modules): both phases as child processes, its GitHub writes a second apart', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'hubcast-action-alone-'));
    try {
      cpSync(join(ROOT, 'action.yml'), join(alone, 'action.yml'));
      cpSync(join(ROOT, 'dist'), join(alone, 'dist'), { recursive: true });
      const entry = join(alone, 'dist/action.mjs');
      const head = w.bumpImage('1.3.0');
      const r = await w.phase1(head, { fork: true, entry });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.summary).toContain('hello-universe:1.3.0');
      w.expectPull(head);
      w.expectComments([]);
      const created: { id: number; body: string }[] = [];
      const writes: number[] = [];
      w.recordComments(created, 1, 901, writes);
      const checks: { head_sha: string }[] = [];
      w.expectCheckRun(checks, writes);
      const p = await w.phase2(readFileSync(w.artifactPath(), 'utf8'), { runHeadSha: head, entry });
      expect(p.code, p.stdout + p.stderr).toBe(0);
      w.verified();
      expect(p.outputs.posted).toBe('true');
      expect(created[0].body).toContain('hello-universe:1.3.0');
      expect(checks[0].head_sha).toBe(head);
      // The Action as shipped keeps GitHub's pace: the check run waits a second after the comment (the
      // in-process runs of the other tests go unpaced, test/helpers/action-run.ts).
      expect(writes).toHaveLength(2);
      expect(writes[1] - writes[0]).toBeGreaterThanOrEqual(900);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it('edits part 1 of a larger earlier report and deletes its leftover parts', async () => {
    const { api } = w;
    const head = w.bumpImage('1.3.0');
    expect((await w.phase1(head, { fork: true })).code).toBe(0);
    w.expectPull(head);
    w.expectComments([601, 602, 603].map((id, i) => w.comment(id, `<!-- hubcast:diff key=default pr=${PR} part=${i + 1}/3 -->\nold part ${i + 1}`)));
    let part1 = '';
    api.expect({ method: 'PATCH', path: `${repoPath}/issues/comments/601`, reply: (b: { body: string }) => ((part1 = b.body), [200, w.comment(601, b.body)]) });
    for (const id of [602, 603]) api.expect({ method: 'DELETE', path: `${repoPath}/issues/comments/${id}`, reply: () => [204, undefined] });
    w.expectCheckRun([]);
    const small = await w.phase2(readFileSync(w.artifactPath(), 'utf8'), { runHeadSha: head });
    expect(small.code, small.stdout + small.stderr).toBe(0);
    w.verified();
    expect(part1).toMatch(new RegExp(`^<!-- hubcast:diff key=default pr=${PR} part=1/1 -->\n### hubcast diff`));
    expect(small.summary).toContain('comments 0 created, 1 updated, 2 deleted');
  });

  it('falls back to a commit status when the token may not create check runs', async () => {
    const { api } = w;
    const head = w.bumpImage('1.3.0');
    expect((await w.phase1(head, { fork: true })).code).toBe(0);
    w.expectPull(head);
    w.expectComments([]);
    w.recordComments([], 1, 701);
    api.expect({
      method: 'POST',
      path: `${repoPath}/check-runs`,
      reply: () => [
        403,
        { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' },
      ],
    });
    let status: { state?: string; context?: string; description?: string } = {};
    api.expect({
      method: 'POST',
      path: `${repoPath}/statuses/${head}`,
      reply: (b: typeof status) => ((status = b), [201, { ...example('status'), state: b.state, context: b.context, description: b.description }]),
    });
    const r = await w.phase2(readFileSync(w.artifactPath(), 'utf8'), { runHeadSha: head });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // GitHub answers 403 here, but its OpenAPI description documents only 201 for this operation.
    expect(api.violations).toEqual(['checks/create: status 403 is not documented']);
    expect(api.unmatched).toEqual([]);
    expect(api.pending()).toEqual([]);
    expect(status).toMatchObject({ context: 'hubcast diff', state: expect.stringMatching(/^(success|failure)$/) });
    expect(r.summary).toContain('verdict as a commit status');
  });

  it('refuses an artifact made for another head commit, and posts nothing', async () => {
    const head = w.bumpImage('1.3.0');
    expect((await w.phase1(head, { fork: true })).code).toBe(0);
    const newer = w.bumpImage('1.4.0');
    w.expectPull(newer); // the PR moved on since phase 1 ran
    const r = await w.phase2(readFileSync(w.artifactPath(), 'utf8'), { runHeadSha: head });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::review artifact refused, nothing posted: pull request #${PR} is at ${newer}`);
    expect(r.outputs.posted).toBeUndefined();
    w.verified();
  });

  it('a pull request from the repository itself is posted by phase 1 directly; a read-only token leaves it to phase 2', async () => {
    const { api } = w;
    const head = w.bumpImage('1.3.0');
    w.expectComments([]);
    const created: { id: number; body: string }[] = [];
    w.recordComments(created, 1, 801);
    const checks: { head_sha: string }[] = [];
    w.expectCheckRun(checks);
    const r = await w.phase1(head, { fork: false });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    w.verified();
    expect(r.outputs.posted).toBe('true');
    expect(created[0].body).toContain('hello-universe:1.3.0');
    expect(checks[0].head_sha).toBe(head);
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(r.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN.slice(4));

    w.expectComments([]);
    api.expect({
      method: 'POST',
      path: `${repoPath}/issues/${PR}/comments`,
      reply: () => [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }],
    });
    const ro = await w.phase1(head, { fork: false });
    expect(ro.code, ro.stdout + ro.stderr).toBe(0);
    w.verified();
    expect(ro.outputs.posted).toBe('false');
    expect(ro.stdout).toMatch(/::warning::the token may not post on the pull request \(GitHub API answered 403/);
    expect(existsSync(w.artifactPath())).toBe(true);
  });

  it('diff outside a pull_request event, diff-post without an artifact, and diff-post without a checkout fail with what to do', async () => {
    const { sb, api } = w;
    const head = git(sb.src, 'rev-parse', 'HEAD');
    const push = await runActionInProcess({
      workspace: sb.src,
      scratch: sb.dir,
      apiUrl: api.url,
      eventName: 'push',
      payload: { after: head },
      sha: head,
      token: TOKEN,
      inputs: { command: 'diff' },
    });
    expect(push.code).toBe(1);
    expect(push.stdout).toContain(
      '::error::command diff reviews a pull request: run it on a pull_request event (for a dry-run publish use command: publish-preview)',
    );
    const none = await runActionInProcess({
      workspace: sb.src,
      scratch: sb.dir,
      apiUrl: api.url,
      eventName: 'workflow_run',
      payload: { workflow_run: { head_sha: head } },
      sha: head,
      token: TOKEN,
      inputs: { command: 'diff-post' },
    });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('::error::there is no review artifact at');
    const empty = join(sb.dir, 'no-checkout');
    mkdirSync(empty);
    const nogit = await w.phase2(JSON.stringify({ kind: 'hubcast-review', version: 2, pr: PR, headSha: head }), {
      runHeadSha: head,
      inputs: { config: empty },
    });
    expect(nogit.code).toBe(1);
    expect(nogit.stdout).toContain('::error::diff-post renders the pull request itself from git: check out the repository first');
    expect(api.authorizations).toEqual([]);
  });
});
