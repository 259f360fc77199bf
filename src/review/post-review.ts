// Posting a review on a pull request: the sticky comment (planned by comment-plan.ts) and the
// check run (or its commit-status fallback). Pure orchestration over a port; the GitHub adapter
// (src/adapters/github-review.ts) implements it.

import { checkFromVerdict, type CheckPlan } from './check-plan.ts';
import { planComments, type BotIdentity, type CommentAction, type ExistingComment } from './comment-plan.ts';
import type { ReviewArtifact } from './review-artifact.ts';

export interface PullRequestState {
  number: number;
  headSha: string;
  state: string;
}

export interface ReviewPort {
  /** Every comment on the pull request (all pages). */
  listComments(pr: number): Promise<ExistingComment[]>;
  applyComment(pr: number, action: CommentAction): Promise<void>;
  /** A check run, or the commit status where the token may not create check runs. */
  postCheck(check: CheckPlan): Promise<'check-run' | 'status'>;
  /** Undefined when the pull request does not exist. */
  pullRequest(pr: number): Promise<PullRequestState | undefined>;
}

export interface PostResult {
  comments: { created: number; updated: number; deleted: number };
  check: 'check-run' | 'status';
}

export async function postReview(port: ReviewPort, a: ReviewArtifact, bot: BotIdentity): Promise<PostResult> {
  const existing = await port.listComments(a.pr);
  const actions = planComments({ key: a.key, parts: a.parts, generation: { sha: a.headSha, ...a.counts } }, existing, bot);
  const comments = { created: 0, updated: 0, deleted: 0 };
  // In plan order: parts are created 1..N, so they read in order on the pull request.
  for (const action of actions) {
    await port.applyComment(a.pr, action);
    comments[action.op === 'create' ? 'created' : action.op === 'update' ? 'updated' : 'deleted']++;
  }
  const check = await port.postCheck(checkFromVerdict(a.check, a.headSha));
  return { comments, check };
}
