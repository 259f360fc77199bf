// GitHub through @octokit/rest with the retry (5xx) and throttling (primary and secondary rate
// limits) plugins; implements deliver's PullRequests port. The token is handed to Octokit only;
// it is never logged and never written anywhere.

import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { MergeMethod, NewPullRequest, PullRequest, PullRequests } from '../deliver/ports.ts';
import { HUBCAST_VERSION } from '../core/version.ts';
import { networkFailure } from './network-error.ts';

const HubcastOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof HubcastOctokit>;

export interface GitHubOptions {
  token: string;
  /** API root (GITHUB_API_URL on Actions and GitHub Enterprise). */
  baseUrl?: string;
  /** Base of the retry back-off (retries wait 1x, 4x, 9x this); GitHub's etiquette is a second. */
  retryBaseMs?: number;
  /** Retries of a request that failed (a 5xx, a timeout, a dropped connection); default 3, the retry plugin's. */
  retries?: number;
  /** Where Octokit's warnings go (never the token: Octokit does not log it). */
  warn?: (message: string) => void;
  /** The longest one request may take (default 60 s): a server that never answers is an error, not a hang. */
  timeoutMs?: number;
  /**
   * Whose pace the writes keep (a second between writes, three between comments): the throttling plugin
   * paces every client of the process with the same key together. Default: one pace for the process.
   */
  pacingKey?: string;
  /**
   * false: writes go out as soon as they are made, unpaced (default true). For runs in one process that
   * must not wait GitHub's seconds, such as the tests' in-process Action runs; rate limits are still handled.
   */
  paced?: boolean;
}

/** A limiter that runs every job at once: the throttling plugin's write and notification groups, unpaced. */
const UNPACED = { key: () => ({ schedule: <T>(_options: unknown, job: () => Promise<T>) => job() }) };

/**
 * fetch bounded in time, whose network failures are named (DNS, refused, timeout, TLS) with the host.
 * Octokit reports what this throws as a failed request (and retries it like a 5xx answer).
 */
function boundedFetch(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signal = init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
    try {
      return await fetch(input, { ...init, signal });
    } catch (e) {
      throw networkFailure(e, url, timeoutMs) ?? e;
    }
  };
}

/** How many times a rate-limited request is retried before the error reaches the user. */
const RATE_LIMIT_RETRIES = 2;

export function createGitHubClient(opts: GitHubOptions): GitHubClient {
  const warn = opts.warn ?? (() => undefined);
  return new HubcastOctokit({
    auth: opts.token,
    baseUrl: opts.baseUrl ?? 'https://api.github.com',
    userAgent: `hubcast/${HUBCAST_VERSION}`,
    request: { fetch: boundedFetch(opts.timeoutMs ?? 60_000) },
    log: { debug: () => undefined, info: () => undefined, warn, error: warn },
    retry: { retryAfterBaseValue: opts.retryBaseMs ?? 1000, ...(opts.retries === undefined ? {} : { retries: opts.retries }) },
    throttle: {
      ...(opts.pacingKey ? { id: opts.pacingKey } : {}),
      // The plugin calls only key(id).schedule(options, job) on these groups.
      ...(opts.paced === false ? { write: UNPACED as never, notifications: UNPACED as never } : {}),
      retryAfterBaseValue: opts.retryBaseMs ?? 1000,
      onRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
        warn(`GitHub rate limit on ${o.method} ${o.url}; retrying in ${after}s`);
        return count < RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
        warn(`GitHub secondary rate limit on ${o.method} ${o.url}; retrying in ${after}s`);
        return count < RATE_LIMIT_RETRIES;
      },
    },
  });
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** `owner/name` as GITHUB_REPOSITORY has it; undefined for anything else. */
export function parseRepository(s: string | undefined): RepoRef | undefined {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(s ?? '');
  return m ? { owner: m[1], repo: m[2] } : undefined;
}

interface ApiPull {
  number: number;
  html_url: string;
  node_id: string;
  title: string;
  body?: string | null;
  labels: { name?: string }[];
  auto_merge?: unknown;
}

function toPullRequest(p: ApiPull): PullRequest {
  return {
    number: p.number,
    url: p.html_url,
    nodeId: p.node_id,
    title: p.title,
    body: p.body ?? '',
    labels: p.labels.map((l) => l.name ?? '').filter(Boolean),
    autoMerge: p.auto_merge != null,
  };
}

const isStatus = (e: unknown, status: number): boolean => (e as { status?: number })?.status === status;

export function githubPullRequests(client: GitHubClient, where: RepoRef): PullRequests {
  const { owner, repo } = where;
  return {
    async findOpen(head, base) {
      const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${head}`, base, state: 'open', per_page: 10 });
      return data.length ? toPullRequest(data[0] as ApiPull) : undefined;
    },
    async create(pr: NewPullRequest) {
      try {
        const { data } = await client.rest.pulls.create({
          owner,
          repo,
          head: pr.head,
          base: pr.base,
          title: pr.title,
          body: pr.body,
          draft: pr.draft,
          maintainer_can_modify: false,
        });
        return toPullRequest(data as ApiPull);
      } catch (e) {
        // 422 "A pull request already exists for owner:head": a concurrent run won the create.
        if (isStatus(e, 422) && /already exists/i.test(JSON.stringify((e as { response?: { data?: unknown } }).response?.data ?? ''))) return 'exists';
        throw e;
      }
    },
    async update(number, content) {
      const { data } = await client.rest.pulls.update({ owner, repo, pull_number: number, title: content.title, body: content.body });
      return toPullRequest(data as ApiPull);
    },
    async close(number) {
      await client.rest.pulls.update({ owner, repo, pull_number: number, state: 'closed' });
    },
    async addLabels(number, labels) {
      await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: [...labels] });
    },
    async requestReviewers(number, reviewers) {
      const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.slice(r.indexOf('/') + 1));
      const users = reviewers.filter((r) => !r.includes('/'));
      await client.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers: users, team_reviewers: teams });
    },
    async enableAutoMerge(pr: PullRequest, method: MergeMethod) {
      try {
        await client.graphql(
          'mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) { enablePullRequestAutoMerge(input: {pullRequestId: $id, mergeMethod: $mergeMethod}) { clientMutationId } }',
          { id: pr.nodeId, mergeMethod: method.toUpperCase() },
        );
        return true;
      } catch (e) {
        // GraphQL answers 200 with errors when the repository does not allow auto-merge.
        if ((e as { name?: string }).name === 'GraphqlResponseError') return false;
        throw e;
      }
    },
  };
}
