// The pull-request adapter against GitHub's contract: nock answers, the OpenAPI hook checks.

import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, githubPullRequests } from '../../src/adapters/github.ts';
import { ensurePullRequest, closeObsoletePullRequest } from '../../src/deliver/ensure-pull-request.ts';
import { example } from '../helpers/github-contract.ts';
import { API, apiHarness, onFakeClock, OWNER, pullRequest, pullRequestSimple, recordedLabels, REPO, type ApiHarness } from '../helpers/github-api.ts';

const HEAD = 'hubcast/rendered-next/shop/prod';
const BASE = 'hubcast/rendered';
const desired = { title: 'hubcast: render shop/prod from abc1234', body: '<!-- hubcast:environment=shop/prod -->\nnew body\n' };
const listQuery = { head: `${OWNER}:${HEAD}`, base: BASE, state: 'open', per_page: '10' };
const noExtras = { labels: [], reviewers: [], draft: false };

let h: ApiHarness;
beforeEach(() => {
  h = apiHarness();
});
afterEach(() => {
  nock.cleanAll();
});

const prs = () => githubPullRequests(h.client, { owner: OWNER, repo: REPO });
const gh = () => nock(API).matchHeader('authorization', 'token ghs_contracttesttoken');

describe('ensurePullRequest over the GitHub API', () => {
  it('creates a missing PR, then labels it, requests reviewers and enables auto-merge', async () => {
    gh().get(`/repos/${OWNER}/${REPO}/pulls`).query(listQuery).reply(200, []);
    gh()
      .post(`/repos/${OWNER}/${REPO}/pulls`, { head: HEAD, base: BASE, title: desired.title, body: desired.body, draft: true, maintainer_can_modify: false })
      .reply(201, pullRequest({ number: 7, head: HEAD, base: BASE, ...desired }));
    gh()
      .post(`/repos/${OWNER}/${REPO}/issues/7/labels`, { labels: ['gitops', 'env:prod'] })
      .reply(200, recordedLabels(['gitops', 'env:prod']));
    gh()
      .post(`/repos/${OWNER}/${REPO}/pulls/7/requested_reviewers`, { reviewers: ['octocat'], team_reviewers: ['platform'] })
      .reply(201, pullRequestSimple({ number: 7, head: HEAD, base: BASE, ...desired }));
    gh()
      .post(
        '/graphql',
        (b: { query: string; variables: Record<string, string> }) =>
          b.query.includes('enablePullRequestAutoMerge') && b.variables.id === 'PR_node7' && b.variables.mergeMethod === 'SQUASH',
      )
      .reply(200, { data: { enablePullRequestAutoMerge: { clientMutationId: null } } });
    const out = (
      await onFakeClock(() =>
        ensurePullRequest(prs(), HEAD, BASE, desired, {
          labels: ['gitops', 'env:prod'],
          reviewers: ['octocat', 'octo-org/platform'],
          draft: true,
          autoMerge: 'squash',
        }),
      )
    ).value;
    expect(out).toEqual({ action: 'created', number: 7, url: `https://github.com/${OWNER}/${REPO}/pull/7` });
    h.verify();
  });

  it('adopts an open PR with the same head and base and updates its title and body', async () => {
    gh()
      .get(`/repos/${OWNER}/${REPO}/pulls`)
      .query(listQuery)
      .reply(200, [pullRequestSimple({ number: 3, head: HEAD, base: BASE, title: 'old title', body: 'old body', labels: ['gitops'] })]);
    gh()
      .patch(`/repos/${OWNER}/${REPO}/pulls/3`, { title: desired.title, body: desired.body })
      .reply(200, pullRequest({ number: 3, head: HEAD, base: BASE, ...desired, labels: ['gitops'] }));
    const out = (await onFakeClock(() => ensurePullRequest(prs(), HEAD, BASE, desired, { ...noExtras, labels: ['gitops'] }))).value;
    expect(out.action).toBe('updated');
    expect(out.number).toBe(3);
    h.verify();
  });

  it('leaves an up-to-date PR alone: one read, no write', async () => {
    gh()
      .get(`/repos/${OWNER}/${REPO}/pulls`)
      .query(listQuery)
      .reply(200, [pullRequestSimple({ number: 3, head: HEAD, base: BASE, ...desired, body: `${desired.body.trim()}\r\n` })]);
    const out = (await onFakeClock(() => ensurePullRequest(prs(), HEAD, BASE, desired, noExtras))).value;
    expect(out.action).toBe('unchanged');
    h.verify();
  });

  it('422 "already exists" on create (another run won): adopts that PR', async () => {
    gh().get(`/repos/${OWNER}/${REPO}/pulls`).query(listQuery).reply(200, []);
    gh()
      .post(`/repos/${OWNER}/${REPO}/pulls`)
      .reply(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${OWNER}:${HEAD}.` }],
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      });
    gh()
      .get(`/repos/${OWNER}/${REPO}/pulls`)
      .query(listQuery)
      .reply(200, [pullRequestSimple({ number: 9, head: HEAD, base: BASE, ...desired })]);
    const out = (await onFakeClock(() => ensurePullRequest(prs(), HEAD, BASE, desired, noExtras))).value;
    expect(out).toMatchObject({ action: 'unchanged', number: 9 });
    h.verify();
  });

  it('403 secondary rate limit: waits as told, retries, succeeds', async () => {
    gh().get(`/repos/${OWNER}/${REPO}/pulls`).query(listQuery).reply(200, []);
    gh().post(`/repos/${OWNER}/${REPO}/pulls`).reply(
      403,
      {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
      { 'retry-after': '1' },
    );
    gh()
      .post(`/repos/${OWNER}/${REPO}/pulls`)
      .reply(201, pullRequest({ number: 11, head: HEAD, base: BASE, ...desired }));
    const { value: out, elapsedMs } = await onFakeClock(() => ensurePullRequest(prs(), HEAD, BASE, desired, noExtras));
    expect(out).toMatchObject({ action: 'created', number: 11 });
    expect(elapsedMs).toBeGreaterThanOrEqual(1000); // retry-after: 1
    expect(h.warnings.join('\n')).toContain('secondary rate limit');
    h.verify();
  });

  it('5xx: retried, then succeeds', async () => {
    gh().get(`/repos/${OWNER}/${REPO}/pulls`).query(listQuery).reply(502, 'Bad Gateway');
    gh().get(`/repos/${OWNER}/${REPO}/pulls`).query(listQuery).reply(500, { message: 'Server Error' });
    gh()
      .get(`/repos/${OWNER}/${REPO}/pulls`)
      .query(listQuery)
      .reply(200, [pullRequestSimple({ number: 3, head: HEAD, base: BASE, ...desired })]);
    const out = (await onFakeClock(() => ensurePullRequest(prs(), HEAD, BASE, desired, noExtras))).value;
    expect(out.action).toBe('unchanged');
    h.verify();
  });

  it('a repository without auto-merge: the PR is still ensured, and that is reported', async () => {
    gh()
      .get(`/repos/${OWNER}/${REPO}/pulls`)
      .query(listQuery)
      .reply(200, [pullRequestSimple({ number: 3, head: HEAD, base: BASE, ...desired })]);
    gh()
      .post('/graphql')
      .reply(200, {
        data: { enablePullRequestAutoMerge: null },
        errors: [{ type: 'UNPROCESSABLE', path: ['enablePullRequestAutoMerge'], message: 'Pull request Auto merge is not allowed for this repository' }],
      });
    const out = (await onFakeClock(() => ensurePullRequest(prs(), HEAD, BASE, desired, { ...noExtras, autoMerge: 'merge' }))).value;
    expect(out).toMatchObject({ action: 'unchanged', autoMergeUnavailable: true });
    h.verify();
  });

  it('closes the open PR of an environment the generated branch already matches', async () => {
    gh()
      .get(`/repos/${OWNER}/${REPO}/pulls`)
      .query(listQuery)
      .reply(200, [pullRequestSimple({ number: 5, head: HEAD, base: BASE, ...desired })]);
    gh()
      .patch(`/repos/${OWNER}/${REPO}/pulls/5`, { state: 'closed' })
      .reply(200, { ...pullRequest({ number: 5, head: HEAD, base: BASE, ...desired }), state: 'closed' });
    expect((await onFakeClock(() => closeObsoletePullRequest(prs(), HEAD, BASE))).value).toMatchObject({ action: 'closed', number: 5 });
    h.verify();
  });

  it("the contract catches a response that does not match GitHub's description", async () => {
    const broken = example('pull-request-simple-items');
    delete broken[0].head;
    gh().get(`/repos/${OWNER}/${REPO}/pulls`).query(listQuery).reply(200, broken);
    await onFakeClock(() => prs().findOpen(HEAD, BASE)).catch(() => undefined);
    expect(h.violations.join('\n')).toMatch(/pulls\/list 200 response: .*head/);
    nock.cleanAll();
  });
});

describe('pacing of writes', () => {
  it('paces the comments of clients with one pacing key together, and keeps separate keys (one per Action run) apart', async () => {
    const comment = (pacingKey: string) =>
      createGitHubClient({ token: 'ghs_contracttesttoken', pacingKey }).rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'x' });
    gh().post(`/repos/${OWNER}/${REPO}/issues/7/comments`).times(4).reply(201, example('issue-comment'));
    // GitHub's etiquette: comments (they notify people) three seconds apart, for the same key.
    const together = await onFakeClock(async () => {
      await comment('run-a');
      await comment('run-a');
    });
    expect(together.elapsedMs).toBeGreaterThanOrEqual(3000);
    const apart = await onFakeClock(async () => {
      await comment('run-b');
      await comment('run-c');
    });
    expect(apart.elapsedMs).toBeLessThan(1000);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
