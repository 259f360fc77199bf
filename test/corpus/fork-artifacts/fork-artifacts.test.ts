// Runs the fork-artifact corpus (cases.ts): each case is a pull request head commit and an artifact
// a fork could hand the trusted workflow; diff-post runs against the loopback GitHub API, which checks
// every call against GitHub's OpenAPI description and answers only what the case expects, so an edit, a
// deletion or a second comment would show as an unexpected request. No real processes of the Action: every
// run calls its main() in this process (test/helpers/action-run.ts), since what a case tests is what the
// Action does with the input, not the bundle (test/action/review-action.test.ts runs diff-post from
// dist/). In this process, a prototype polluted by a case would show in the test's own objects.

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { splitFences } from '../../../src/review/escape.ts';
import { git } from '../../helpers/git.ts';
import { startHelmRepo } from '../../helpers/helm-repo-server.ts';
import { PR, repoPath, reviewWorkflow, type ReviewWorkflow } from '../../helpers/review-workflow.ts';
import { CASES, HOSTILE, type CaseContext, type ForkCase } from './cases.ts';

// One repository and API server for the file (building them is most of a case's cost); each case starts
// from the base commit with no expectation or record left from the one before. The cases that keep the
// default head commit (an image bump) share it: a commit never changes, and committing and pushing one
// per case cost more than the in-process run of most cases.
let w: ReviewWorkflow;
let defaultHead: string;
// Whether a case committed a head of its own since the checkout and refs/pull/N/head were last put back: only
// commitHead writes into the checkout (phase 2 runs in a copy of a clone), so the three git processes that put
// them back are spared after the cases that keep the default head, most of them.
let moved = true;
beforeAll(async () => {
  w = await reviewWorkflow();
  const commitHead = w.commitHead;
  w.commitHead = (files, message) => {
    moved = true;
    return commitHead(files, message);
  };
  const hello = git(w.sb.src, 'show', `${w.mainSha}:hello-universe.yaml`);
  defaultHead = w.commitHead({ 'hello-universe.yaml': hello.replace(/hello-universe:[\d.]+/, 'hello-universe:1.3.0') }, 'Fork: image 1.3.0');
});
beforeEach(() => {
  if (moved) {
    git(w.sb.src, 'reset', '-q', '--hard', w.mainSha);
    git(w.sb.src, 'clean', '-q', '-fdx');
    // The pull request's head as GitHub keeps it in the base repository, for the cases that keep the default one.
    git(w.sb.remote, 'update-ref', `refs/pull/${PR}/head`, defaultHead);
    moved = false;
  }
  w.api.reset();
});
afterAll(async () => {
  await w?.close();
});

/** hubcast's own markup: the only tags a posted body may hold outside code. */
const OWN_TAGS = new Set(['h2', 'details', 'summary', 'code', 'sub', 'b', 'br']);

/** Outside code blocks a posted text holds no markup of the repository's, no link, image, mention or marker. */
function expectInert(text: string, what: string): void {
  const lines = text.split('\n');
  const own = { first: /^<!-- hubcast:diff key=default pr=7 part=1\/1 -->$/, last: /^<!-- hubcast:state \{[^\n]*\} -->$/ };
  const inner = lines.filter((l, i) => !(i === 0 && own.first.test(l)) && !(i === lines.length - 1 && own.last.test(l))).join('\n');
  const { prose, unclosed } = splitFences(inner);
  expect(unclosed, `${what}: a code block left open`).toBe(false);
  const p = prose.join('\n');
  expect(p, `${what}: an HTML comment (a marker)`).not.toContain('<!--');
  const tags = [...p.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
  expect(
    tags.filter((t) => !OWN_TAGS.has(t)),
    `${what}: markup`,
  ).toEqual([]);
  expect(p, `${what}: a link or image`).not.toMatch(/\]\(|\]\[|https?:\/\/|javascript:|data:|www\./i);
  expect(p, `${what}: a live mention`).not.toMatch(/(^|[^\w&#])@[\w-]/);
}

async function runCase(c: ForkCase): Promise<void> {
  const dir = mkdtempSync(join(w.sb.dir, 'case-'));
  const mainSha = w.mainSha;
  const base = (path: string) => git(w.sb.src, 'show', `${mainSha}:${path}`);
  let headSha = defaultHead;
  if (c.head) headSha = w.commitHead(c.head({ headSha: '', mainSha, base, dir }), `Fork: ${c.name}`);
  const ctx: CaseContext = { headSha, mainSha, base, dir };
  const artifact = c.artifact ? c.artifact(ctx) : JSON.stringify({ kind: 'hubcast-review', version: 2, pr: PR, headSha, runId: 42 });

  const posting = 'posted' in c.expect;
  if (c.pull || posting) {
    const number = c.pull?.number ?? PR;
    if (c.pull?.status === 404) {
      w.api.expect({
        method: 'GET',
        path: `${repoPath}/pulls/${number}`,
        reply: () => [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request' }],
      });
    } else {
      w.expectPull(headSha, (pr) => c.pull?.patch?.(pr, ctx), number);
    }
  }
  const created: { id: number; body: string }[] = [];
  const checks: { conclusion: string; output: { title: string; summary: string } }[] = [];
  if (posting) {
    w.expectComments((c.comments ?? []).map((x) => w.comment(x.id, x.body, x.login, x.pr)));
    w.recordComments(created, 1, 1001);
    w.expectCheckRun(checks);
  }

  const r = await w.phase2(artifact, { runHeadSha: headSha, run: c.run?.(ctx) });
  if ('refused' in c.expect) {
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.startsWith('::error::'));
    const prefix = '::error::review artifact refused, nothing posted: ';
    expect(line?.startsWith(prefix), r.stdout).toBe(true);
    const reason = line!.slice(prefix.length);
    if (typeof c.expect.refused === 'string') expect(reason).toBe(c.expect.refused);
    else expect(reason).toMatch(c.expect.refused);
    expect(r.outputs.posted).toBeUndefined();
    expectInert(r.summary, 'job summary');
  } else {
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.posted).toBe('true');
    expect(created).toHaveLength(1);
    expect(created[0].body.split('\n')[0]).toBe(`<!-- hubcast:diff key=default pr=${PR} part=1/1 -->`);
    expectInert(created[0].body, 'comment');
    expect(checks).toHaveLength(1);
    expectInert(checks[0].output.summary, 'check summary');
    expect(checks[0].output.title).not.toMatch(/[<>[\]@]/);
    c.expect.posted({ created: created.map((x) => x.body), checks, stdout: r.stdout }, ctx);
  }
  // Every expected call made, nothing else (no edit, no deletion), all within GitHub's OpenAPI description.
  w.verified();
}

describe('bad-input corpus: fork artifacts (diff-post)', () => {
  it('has a case per attack, each named once', () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    expect(HOSTILE).toContain('<!-- hubcast:diff');
    expect(readFileSync(join(import.meta.dirname, 'cases.ts'), 'utf8')).not.toMatch(/\.only|\.skip/);
  });
  for (const c of CASES) it(c.name, () => runCase(c), 90_000);

  it("a source the pull request points at the fork's server gets none of the repository's source credentials, and the fork's cache folder is not written", async () => {
    const charts = await startHelmRepo({ podinfo: [{ version: '6.5.0', created: '2026-01-01T00:00:00Z' }] });
    const secret = {
      HUBCAST_SECRET_CHARTS_AUTH_USERNAME: 'ci',
      HUBCAST_SECRET_CHARTS_AUTH_PASSWORD: 'hunter2-secret',
      HUBCAST_SECRET_CHARTS_AUTH_TOKEN: 'tok-secret',
    };
    Object.assign(process.env, secret); // as if the posting workflow had them in its environment
    try {
      const base = (path: string) => git(w.sb.src, 'show', `${w.mainSha}:${path}`);
      const repository = `---\napiVersion: spectrocloud.com/v1beta1\nkind: Repository\nmetadata:\n  name: charts\n  namespace: hello-universe\nspec:\n  url: ${charts.url}\n  secretRef:\n    name: charts-auth\n`;
      const component =
        '      - name: status\n        type: helm\n        properties:\n          chart: podinfo\n          repository: charts\n      - name: ui\n';
      const headSha = w.commitHead(
        {
          'hello-universe.yaml': `${base('hello-universe.yaml').replace('      - name: ui\n', component)}\n${repository}`,
          'hubcast.yaml': 'sources:\n  cacheDir: ../../fork-cache\n',
        },
        'Fork: a chart from my server',
      );
      w.expectPull(headSha);
      w.expectComments([]);
      const created: { id: number; body: string }[] = [];
      w.recordComments(created, 1, 1001);
      const checks: { conclusion: string; output: { summary: string } }[] = [];
      w.expectCheckRun(checks);
      const r = await w.phase2(JSON.stringify({ kind: 'hubcast-review', version: 2, pr: PR, headSha }), { runHeadSha: headSha });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      w.verified();
      expect(charts.requests).toContain('/index.yaml');
      expect(charts.authorizations.every((a) => a === undefined)).toBe(true);
      for (const text of [created[0].body, checks[0].output.summary, r.stdout, r.stderr, r.summary])
        for (const v of Object.values(secret)) expect(text).not.toContain(v);
      expect(existsSync(join(w.sb.dir, 'fork-cache'))).toBe(false);
      expectInert(created[0].body, 'comment');
    } finally {
      for (const k of Object.keys(secret)) delete process.env[k];
      await charts.close();
    }
  }, 90_000);
});
