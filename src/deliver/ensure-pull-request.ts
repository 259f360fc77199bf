// One open pull request per environment, idempotently: create it when missing, adopt an open one
// with the same head and base (ours or a person's), update title and body when the render
// changed, and leave it alone otherwise. Returns what it did, for the report.

import type { MergeMethod, PullRequest, PullRequests } from './ports.ts';
import type { PrContent } from './pr-content.ts';

export type PrAction = 'created' | 'updated' | 'unchanged' | 'closed';

export interface PrOptions {
  labels: string[];
  reviewers: string[];
  draft: boolean;
  autoMerge?: MergeMethod;
  /** Adopt an existing PR without rewriting its title and body. */
  keepContent?: boolean;
}

export interface PrOutcome {
  action: PrAction;
  number: number;
  url: string;
  /** Set when auto-merge was asked for but the repository does not allow it. */
  autoMergeUnavailable?: boolean;
}

/** Pure: what an existing PR needs to match the desired content. */
export function prDecision(existing: PullRequest | undefined, desired: PrContent): 'create' | 'update' | 'unchanged' {
  if (!existing) return 'create';
  const norm = (s: string) => s.replace(/\r\n/g, '\n').trim();
  return existing.title === desired.title && norm(existing.body) === norm(desired.body) ? 'unchanged' : 'update';
}

export async function ensurePullRequest(api: PullRequests, head: string, base: string, desired: PrContent, opts: PrOptions): Promise<PrOutcome> {
  let existing = await api.findOpen(head, base);
  let action: PrAction;
  if (!existing) {
    const created = await api.create({ head, base, title: desired.title, body: desired.body, draft: opts.draft });
    if (created !== 'exists') return finishNew(api, created, opts);
    // Another run created it between our lookup and our create: adopt that one.
    existing = await api.findOpen(head, base);
    if (!existing) throw new Error(`GitHub reports an open pull request ${head} -> ${base}, but none could be listed`);
  }
  let pr = existing;
  if (!opts.keepContent && prDecision(pr, desired) === 'update') {
    pr = await api.update(pr.number, desired);
    action = 'updated';
  } else action = 'unchanged';
  const missing = opts.labels.filter((l) => !pr.labels.includes(l));
  if (missing.length) await api.addLabels(pr.number, missing);
  const out: PrOutcome = { action, number: pr.number, url: pr.url };
  if (opts.autoMerge && !pr.autoMerge && !(await api.enableAutoMerge(pr, opts.autoMerge))) out.autoMergeUnavailable = true;
  return out;
}

async function finishNew(api: PullRequests, pr: PullRequest, opts: PrOptions): Promise<PrOutcome> {
  if (opts.labels.length) await api.addLabels(pr.number, opts.labels);
  if (opts.reviewers.length) await api.requestReviewers(pr.number, opts.reviewers);
  const out: PrOutcome = { action: 'created', number: pr.number, url: pr.url };
  if (opts.autoMerge && !(await api.enableAutoMerge(pr, opts.autoMerge))) out.autoMergeUnavailable = true;
  return out;
}

/** Close our open PR for an environment whose render the generated branch already holds. */
export async function closeObsoletePullRequest(api: PullRequests, head: string, base: string): Promise<PrOutcome | undefined> {
  const pr = await api.findOpen(head, base);
  if (!pr) return undefined;
  await api.close(pr.number);
  return { action: 'closed', number: pr.number, url: pr.url };
}
