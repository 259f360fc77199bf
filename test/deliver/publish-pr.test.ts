// PR mode end to end: real git (bare remote over file://) for the branches, the GitHub API behind
// nock with the OpenAPI contract. One staging branch and one PR per environment, exactly once per change.

import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitGeneratedRepo } from '../../src/adapters/git-generated.ts';
import { headCommit } from '../../src/adapters/git-source.ts';
import { githubPullRequests } from '../../src/adapters/github.ts';
import { runWorkspace } from '../../src/app/workspace.ts';
import { publish, type PublishReport } from '../../src/deliver/publish.ts';
import { apiHarness, API, onFakeClock, OWNER, pullRequest, pullRequestSimple, recordedLabels, REPO, type ApiHarness } from '../helpers/github-api.ts';
import { commit, files, git, sandbox, show, tip, type Sandbox } from '../helpers/git.ts';
import { kustomizeBuild } from '../helpers/kustomize.ts';

const BRANCH = 'hubcast/rendered';
const ENVS = ['shop/dev', 'shop/prod', 'shop/prod-eu'];
const staging = (env: string) => `${BRANCH}-next/${env}`;

let sb: Sandbox;
let h: ApiHarness;
beforeEach(() => {
  sb = sandbox('fleet');
  h = apiHarness();
});
afterEach(() => {
  nock.cleanAll();
  sb.cleanup();
});

async function publishPr(): Promise<PublishReport> {
  const source = (await headCommit(sb.src))!;
  const r = await runWorkspace({ repo: sb.src, sourceCommit: source.sha });
  expect(r.ok).toBe(true);
  const repo = await gitGeneratedRepo({ cwd: sb.src, remote: 'origin', branch: BRANCH });
  const prs = githubPullRequests(h.client, { owner: OWNER, repo: REPO });
  // On a fake clock: Octokit spaces writes a second apart.
  const run = () =>
    publish({ source, render: r.tree!, lock: r.lock! }, repo, prs, {
      mode: 'pr',
      branch: BRANCH,
      dryRun: false,
      pr: { labels: ['gitops'], reviewers: [], draft: false },
    });
  return (await onFakeClock(run)).value;
}

const pulls = `/repos/${OWNER}/${REPO}/pulls`;
const list = (env: string) =>
  nock(API)
    .get(pulls)
    .query({ head: `${OWNER}:${staging(env)}`, base: BRANCH, state: 'open', per_page: '10' });
type Sent = { title: string; body: string; head: string; base: string };
const bodies = new Map<number, Sent>();

function expectCreate(env: string, number: number): void {
  list(env).reply(200, []);
  nock(API)
    .post(pulls, (b: Sent) => b.head === staging(env) && b.base === BRANCH)
    .reply(201, (_uri, b) => {
      bodies.set(number, b as Sent);
      return pullRequest({ number, head: staging(env), base: BRANCH, title: (b as Sent).title, body: (b as Sent).body });
    });
  nock(API)
    .post(`/repos/${OWNER}/${REPO}/issues/${number}/labels`, { labels: ['gitops'] })
    .reply(200, recordedLabels(['gitops']));
}

function expectExisting(env: string, number: number): void {
  const sent = bodies.get(number)!;
  list(env).reply(200, [pullRequestSimple({ number, head: staging(env), base: BRANCH, title: sent.title, body: sent.body, labels: ['gitops'] })]);
}

function expectUpdate(env: string, number: number): void {
  expectExisting(env, number);
  nock(API)
    .patch(`${pulls}/${number}`)
    .reply(200, (_uri, b) => {
      bodies.set(number, { ...bodies.get(number)!, ...(b as Sent) });
      return pullRequest({ ...(b as Sent), number, head: staging(env), base: BRANCH, labels: ['gitops'] });
    });
}

describe('publish --mode pr', () => {
  it('one staging branch and one PR per environment, exactly once per change', async () => {
    // 1. First publish: the generated branch is created empty, each environment is proposed.
    ENVS.forEach((env, i) => expectCreate(env, 10 + i));
    const first = await publishPr();
    h.verify();
    expect(first.outcome).toBe('published');
    expect(first.environments.map((e) => [e.environment, e.staging, e.pullRequest?.action])).toEqual(ENVS.map((e) => [e, 'pushed', 'created']));
    expect(files(sb.remote, BRANCH)).toEqual(['.gitattributes', 'README.md']);
    const prodEu = staging('shop/prod-eu');
    expect(git(sb.remote, 'rev-parse', `${prodEu}^`)).toBe(tip(sb.remote, BRANCH));
    expect(files(sb.remote, prodEu).filter((f) => f.startsWith('environments/'))).toEqual([
      'environments/kustomization.yaml',
      'environments/shop/kustomization.yaml',
      'environments/shop/prod-eu/kustomization.yaml',
      'environments/shop/prod-eu/manifestworkreplicaset-shop-storefront-eu.yaml',
    ]);
    expect(Object.keys(JSON.parse(show(sb.remote, prodEu, 'hubcast.lock.json')).deployments)).toEqual(['shop/storefront-eu']);
    expect(git(sb.remote, 'show', '-s', '--format=%B', prodEu)).toContain('Hubcast-Environment: shop/prod-eu');
    // The staging tree builds as it is.
    const wt = mkdtempSync(join(sb.dir, 'wt-'));
    git(sb.remote, `--work-tree=${wt}`, 'checkout', prodEu, '--', '.');
    expect(kustomizeBuild(wt)).toContain('kind: ManifestWorkReplicaSet');
    const body = bodies.get(12)!.body;
    expect(body).toContain('<!-- hubcast:environment=shop/prod-eu -->');
    expect(body).toContain('| `shop/storefront-eu` | added |');
    expect(body).toContain('+ `environments/shop/prod-eu/manifestworkreplicaset-shop-storefront-eu.yaml`');
    expect(body.length).toBeLessThanOrEqual(65_536);

    // 2. Nothing changed: no push, PRs read and left alone.
    const tips = ENVS.map((e) => tip(sb.remote, staging(e)));
    ENVS.forEach((env, i) => expectExisting(env, 10 + i));
    const second = await publishPr();
    h.verify();
    expect(second.outcome).toBe('unchanged');
    expect(second.environments.map((e) => [e.staging, e.pullRequest?.action])).toEqual(ENVS.map(() => ['current', 'unchanged']));
    expect(ENVS.map((e) => tip(sb.remote, staging(e)))).toEqual(tips);

    // 3. One environment changes: only its branch moves and only its PR is updated.
    const text = readFileSync(join(sb.src, 'shop/deployments.yaml'), 'utf8');
    const rolled = commit(sb.src, { 'shop/deployments.yaml': text.replace('value: 2.1.0', 'value: 2.2.0') }, 'Roll storefront-eu to 2.2.0');
    expectExisting('shop/dev', 10);
    expectExisting('shop/prod', 11);
    expectUpdate('shop/prod-eu', 12);
    const third = await publishPr();
    h.verify();
    expect(third.environments.map((e) => [e.environment, e.staging, e.pullRequest?.action])).toEqual([
      ['shop/dev', 'current', 'unchanged'],
      ['shop/prod', 'current', 'unchanged'],
      ['shop/prod-eu', 'pushed', 'updated'],
    ]);
    expect(tip(sb.remote, staging('shop/dev'))).toBe(tips[0]);
    expect(show(sb.remote, prodEu, 'environments/shop/prod-eu/manifestworkreplicaset-shop-storefront-eu.yaml')).toContain('2.2.0');
    expect(bodies.get(12)!.title).toBe(`hubcast: render shop/prod-eu from ${rolled.slice(0, 7)}`);

    // 4. The prod-eu PR is merged: the others are rebuilt on the new base; prod-eu has nothing left to propose.
    git(sb.remote, 'update-ref', `refs/heads/${BRANCH}`, tip(sb.remote, prodEu)!);
    expectUpdate('shop/dev', 10);
    expectUpdate('shop/prod', 11);
    list('shop/prod-eu').reply(200, []);
    const fourth = await publishPr();
    h.verify();
    expect(fourth.environments.map((e) => [e.environment, e.staging, e.pullRequest?.action])).toEqual([
      ['shop/dev', 'pushed', 'updated'],
      ['shop/prod', 'pushed', 'updated'],
    ]);
    expect(bodies.get(10)!.title).toBe(`hubcast: render shop/dev from ${rolled.slice(0, 7)}`);
    expect(git(sb.remote, 'rev-parse', `${staging('shop/dev')}^`)).toBe(tip(sb.remote, BRANCH));
    expect(files(sb.remote, staging('shop/dev'))).toContain('environments/shop/prod-eu/manifestworkreplicaset-shop-storefront-eu.yaml');
    expect(Object.keys(JSON.parse(show(sb.remote, staging('shop/dev'), 'hubcast.lock.json')).deployments)).toEqual([
      'shop/storefront-dev',
      'shop/storefront-eu',
    ]);
  });
});
