// Posting a review on a pull request: the sticky comment (planned by comment-plan.ts) and the
// check run (or its commit-status fallback). The review is always one hubcast rendered in this
// process (planReview), never text handed over from elsewhere. Pure orchestration over a port;
// the GitHub adapter (src/adapters/github-review.ts) implements it.

import { planCheck, type CheckPlan } from './check-plan.ts';
import { planComments, type BotIdentity, type CommentAction, type ExistingComment } from './comment-plan.ts';
import { markdownReport } from './markdown-report.ts';
import type { ChangeSet, Counts } from './model.ts';
import type { PullRequestFacts } from './review-artifact.ts';

export interface ReviewPort {
  /** Every comment on the pull request (all pages). */
  listComments(pr: number): Promise<ExistingComment[]>;
  applyComment(pr: number, action: CommentAction): Promise<void>;
  /** A check run, or the commit status where the token may not create check runs. */
  postCheck(check: CheckPlan): Promise<'check-run' | 'status'>;
  /** Undefined when the pull request does not exist. */
  pullRequest(pr: number): Promise<PullRequestFacts | undefined>;
}

/** What is posted: the comment parts and the check, both rendered from a change set by hubcast. */
export interface PlannedReview {
  pr: number;
  headSha: string;
  key: string;
  parts: string[];
  counts: Counts;
  check: CheckPlan;
}

export function planReview(cs: ChangeSet, o: { pr: number; headSha: string; key: string }): PlannedReview {
  const parts = markdownReport(cs, { fullDiffHint: 'The full diff is in the job summary and the HTML report of the workflow run.' }).parts;
  const counts = { added: cs.totals.added, changed: cs.totals.changed, removed: cs.totals.removed };
  return { pr: o.pr, headSha: o.headSha, key: o.key, parts, counts, check: planCheck(cs, o.headSha) };
}

export interface PostResult {
  comments: { created: number; updated: number; deleted: number };
  check: 'check-run' | 'status';
}

export async function postReview(port: ReviewPort, r: PlannedReview, bot: BotIdentity): Promise<PostResult> {
  const existing = await port.listComments(r.pr);
  const actions = planComments({ pr: r.pr, key: r.key, parts: r.parts, generation: { sha: r.headSha, ...r.counts } }, existing, bot);
  const comments = { created: 0, updated: 0, deleted: 0 };
  // In plan order: parts are created 1..N, so they read in order on the pull request.
  for (const action of actions) {
    await port.applyComment(r.pr, action);
    comments[action.op === 'create' ? 'created' : action.op === 'update' ? 'updated' : 'deleted']++;
  }
  const check = await port.postCheck(r.check);
  return { comments, check };
}
