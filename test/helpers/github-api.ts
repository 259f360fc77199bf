// nock 14 in front of a real Octokit client with the OpenAPI contract installed: unused mocks
// and requests nothing answers both fail the test. Bodies come from GitHub's recorded traffic
// (@octokit/fixtures) or its published examples, patched, and the contract checks them too.

import nock from 'nock';
import fixtures from '@octokit/fixtures';
import { expect, vi } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/adapters/github.ts';
import { enforceContract, example } from './github-contract.ts';

export const API = 'https://api.github.com';
export const OWNER = 'octo-org';
export const REPO = 'fleet-specs';

export interface ApiHarness {
  client: GitHubClient;
  violations: string[];
  unmatched: string[];
  warnings: string[];
  /** Assert every mock was used, no request went unanswered, and the contract held. */
  verify(): void;
}

export function apiHarness(): ApiHarness {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1'); // loopback git servers
  const unmatched: string[] = [];
  nock.emitter.removeAllListeners('no match');
  nock.emitter.on('no match', (req: { method?: string; path?: string; href?: string }) => unmatched.push(`${req.method} ${req.href ?? req.path}`));
  const warnings: string[] = [];
  // GitHub's own back-off base (a second): the tests run on a fake clock (onFakeClock), so waits cost nothing.
  const client = createGitHubClient({ token: 'ghs_contracttesttoken', warn: (m) => warnings.push(m) });
  const violations = enforceContract(client as never);
  return {
    client,
    violations,
    unmatched,
    warnings,
    verify() {
      expect(unmatched, 'requests no mock answered').toEqual([]);
      expect(nock.pendingMocks(), 'mocks never used').toEqual([]);
      expect(violations, 'OpenAPI contract violations').toEqual([]);
      nock.cleanAll();
    },
  };
}

const realSetTimeout = globalThis.setTimeout;

/**
 * Runs `run` on a fake clock: Octokit's throttling spaces writes a second apart and its retries wait
 * seconds. Whenever a fake timer is pending the clock jumps to it; otherwise real work (git, nock's
 * replies) is given a few real milliseconds. Returns the result and how much fake time passed; fails
 * after ten fake minutes.
 */
export async function onFakeClock<T>(run: () => Promise<T>): Promise<{ value: T; elapsedMs: number }> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  try {
    const start = Date.now();
    let settled = false;
    const p = run().finally(() => {
      settled = true;
    });
    p.catch(() => undefined);
    while (!settled) {
      if (Date.now() - start > 600_000) throw new Error('onFakeClock: still running after ten fake minutes');
      await new Promise((r) => realSetTimeout(r, 2));
      if (!settled && vi.getTimerCount() > 0) await vi.advanceTimersToNextTimerAsync();
    }
    const value = await p;
    return { value, elapsedMs: Date.now() - start };
  } finally {
    vi.useRealTimers();
  }
}

export interface PrFields {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  labels?: string[];
}

/** GitHub's example pull request with our fields. */
export function pullRequest(f: PrFields): Record<string, any> {
  // eslint-disable-line @typescript-eslint/no-explicit-any
  const pr = example('pull-request');
  return patchPr(pr, f);
}

export function pullRequestSimple(f: PrFields): Record<string, any> {
  // eslint-disable-line @typescript-eslint/no-explicit-any
  return patchPr(example('pull-request-simple-items')[0], f);
}

function patchPr(pr: Record<string, any>, f: PrFields) {
  // eslint-disable-line @typescript-eslint/no-explicit-any
  Object.assign(pr, {
    number: f.number,
    title: f.title,
    body: f.body,
    node_id: `PR_node${f.number}`,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${f.number}`,
    url: `${API}/repos/${OWNER}/${REPO}/pulls/${f.number}`,
    state: 'open',
    draft: false,
    auto_merge: null,
    requested_teams: [],
    labels: (f.labels ?? []).map((name, i) => ({ ...example('label'), id: 100 + i, name })),
  });
  pr.head = { ...pr.head, ref: f.head, label: `${OWNER}:${f.head}` };
  pr.base = { ...pr.base, ref: f.base, label: `${OWNER}:${f.base}` };
  return pr;
}

/** The recorded response of a real `POST /repos/{o}/{r}/issues/{n}/labels` (octokit/fixtures). */
export function recordedLabels(names: string[]): unknown[] {
  const rec = (fixtures.get('api.github.com/add-labels-to-issue') as { method: string; path: string; response: { name: string }[] }[]).find(
    (f) => f.method.toUpperCase() === 'POST' && /\/labels$/.test(f.path),
  )!;
  return names.map((name, i) => ({ ...rec.response[i % rec.response.length], name }));
}
