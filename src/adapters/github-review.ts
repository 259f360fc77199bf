// The review's GitHub side (ReviewPort): issue comments, the check run with its commit-status
// fallback, and the pull request's current head. Calls go through the retrying, throttled client.

import type { CheckPlan } from '../review/check-plan.ts';
import type { CommentAction, ExistingComment } from '../review/comment-plan.ts';
import type { ReviewPort } from '../review/post-review.ts';
import type { PullRequestFacts } from '../review/review-artifact.ts';
import type { GitHubClient, RepoRef } from './github.ts';

const statusOf = (e: unknown): number | undefined => (e as { status?: number })?.status;

/**
 * A GITHUB_TOKEN without `checks: write` (or any token that is not a GitHub App's) gets 403 or 404
 * "Resource not accessible by integration" from the Checks API; a commit status still works.
 */
function checksRefused(e: unknown): boolean {
  return statusOf(e) === 403 || statusOf(e) === 404;
}

export function githubReview(client: GitHubClient, where: RepoRef): ReviewPort {
  const { owner, repo } = where;
  return {
    async listComments(pr) {
      const all = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pr, per_page: 100 });
      return all.map((c): ExistingComment => ({ id: c.id, body: c.body, user: c.user ? { id: c.user.id, login: c.user.login } : null, issueUrl: c.issue_url }));
    },
    async applyComment(pr, a: CommentAction) {
      if (a.op === 'create') await client.rest.issues.createComment({ owner, repo, issue_number: pr, body: a.body });
      else if (a.op === 'update') await client.rest.issues.updateComment({ owner, repo, comment_id: a.id, body: a.body });
      else {
        try {
          await client.rest.issues.deleteComment({ owner, repo, comment_id: a.id });
        } catch (e) {
          // Someone deleted it first: the outcome we wanted.
          if (statusOf(e) !== 404) throw e;
        }
      }
    },
    async postCheck(c: CheckPlan) {
      try {
        await client.rest.checks.create({
          owner,
          repo,
          name: c.name,
          head_sha: c.headSha,
          status: 'completed',
          conclusion: c.conclusion,
          output: { title: c.title, summary: c.summary },
        });
        return 'check-run';
      } catch (e) {
        if (!checksRefused(e)) throw e;
      }
      await client.rest.repos.createCommitStatus({
        owner,
        repo,
        sha: c.headSha,
        state: c.status.state,
        context: c.status.context,
        description: c.status.description,
      });
      return 'status';
    },
    async pullRequest(pr): Promise<PullRequestFacts | undefined> {
      try {
        const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pr });
        return {
          number: data.number,
          state: data.state,
          headSha: data.head.sha,
          baseSha: data.base.sha,
          baseRepository: data.base.repo?.full_name,
          // null when the fork was deleted
          headRepository: data.head.repo?.full_name,
        };
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
    },
  };
}
