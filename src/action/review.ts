// The review commands of the Action. `diff` (pull_request): render the merge-base and HEAD,
// write the job summary, the review artifact and the HTML report, and, when the pull request is
// not from a fork, post the sticky comment and the check run. `diff-post` (workflow_run): post
// what a phase 1 run left as an artifact, after validating it against the pull request's head.

import { existsSync, readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { commitOf, GitTreeError } from '../adapters/git-tree.ts';
import { createGitHubClient, parseRepository } from '../adapters/github.ts';
import { githubReview } from '../adapters/github-review.ts';
import { writeFile } from '../app/diff-outputs.ts';
import { reviewSides } from '../app/review-sources.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { stableJson } from '../core/stable-json.ts';
import { diffSides } from '../review/change-set.ts';
import { htmlReport } from '../review/html-report.ts';
import { ignoreRules } from '../review/ignore-config.ts';
import { jobSummaryReport } from '../review/markdown-report.ts';
import { headline } from '../review/markdown-summary.ts';
import { totalChanges } from '../review/model.ts';
import { postReview, type PostResult, type ReviewPort } from '../review/post-review.ts';
import { artifactPullRequest, reviewArtifact, validateArtifact, type ReviewArtifact } from '../review/review-artifact.ts';
import type { ActionContext } from './context.ts';
import type { ActionInputs } from './inputs.ts';
import { pullRequestEvent, workflowRunHeadSha } from './review-event.ts';

export interface CommandResult {
  markdown: string;
  diagnostics: Diagnostic[];
  outputs: Record<string, string | boolean>;
  /** Why the step fails; undefined when it succeeds. */
  failure?: string;
}

const fail = (failure: string, markdown = ''): CommandResult => ({ markdown, diagnostics: [], outputs: {}, failure });

/** A failed API call as one line: status and GitHub's message (Octokit never puts the token in it). */
function apiError(e: unknown): string {
  const status = (e as { status?: number }).status;
  if (status === undefined) throw e;
  return `GitHub API answered ${status}: ${(e as Error).message}`;
}

function poster(inputs: ActionInputs, ctx: ActionContext): { port: ReviewPort; post: (a: ReviewArtifact) => Promise<PostResult> } | string {
  const where = parseRepository(ctx.repository);
  if (!where) return 'GITHUB_REPOSITORY is not set to owner/name';
  if (!inputs.token) return 'posting the review needs a token (input token)';
  const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, warn: (m) => core.warning(m) });
  const port = githubReview(client, where);
  return { port, post: (a) => postReview(port, a, { login: inputs.review.botLogin }) };
}

function posted(r: PostResult, pr: number): string {
  const c = r.comments;
  return `Review posted on #${pr}: comments ${c.created} created, ${c.updated} updated, ${c.deleted} deleted; verdict as a ${r.check === 'check-run' ? 'check run' : 'commit status'}.`;
}

export async function runReviewDiff(inputs: ActionInputs, ctx: ActionContext): Promise<CommandResult> {
  const pr = pullRequestEvent(ctx.payload);
  if (!pr) return fail('command diff reviews a pull request: run it on a pull_request event (for a dry-run publish use command: publish-preview)');
  // Base: the merge-base of HEAD (the checked-out merge) with the pull request's base.
  let target = `origin/${pr.baseRef}`;
  if (pr.baseSha) {
    try {
      target = commitOf(inputs.repo, pr.baseSha);
    } catch {
      // Not in a shallow clone: fall back to the remote branch.
    }
  }
  let sides;
  try {
    sides = await reviewSides({ repo: inputs.repo, head: 'HEAD', target });
  } catch (e) {
    if (!(e instanceof GitTreeError)) throw e;
    return fail(`${e.message}; check out with fetch-depth: 0 so the base branch is in the clone`);
  }
  const { rules, diagnostics } = ignoreRules({ config: sides.baseResult.repo?.config.extra.diff, flags: [], noDefaults: false });
  if (diagnostics.length) return { markdown: '', diagnostics, outputs: {}, failure: 'hubcast diff: bad ignore rules in hubcast.yaml' };
  const cs = diffSides(sides.base, sides.head, { context: 3, ignore: rules });
  const artifact = reviewArtifact(cs, { pr: pr.number, headSha: pr.headSha, key: inputs.review.commentKey });
  writeFile(inputs.review.artifact, stableJson(artifact));
  writeFile(inputs.review.htmlReport, htmlReport(cs));
  const markdown = jobSummaryReport(cs);
  const outputs: Record<string, string | boolean> = {
    changed: totalChanges(cs.totals) > 0,
    summary: headline(cs, (s) => s),
    conclusion: artifact.check.conclusion,
    posted: false,
    artifact: inputs.review.artifact,
    'html-report': inputs.review.htmlReport,
  };
  for (const s of [cs.base, cs.head]) for (const e of s.errors) core.error(`${s.side}: ${e}`);
  const renderFailure = !cs.base.ok || !cs.head.ok ? 'hubcast diff: a side failed to render; its deployments were not compared' : undefined;

  const wanted = inputs.review.post === 'true' || (inputs.review.post === 'auto' && !pr.fromFork);
  if (!wanted) {
    core.info(`${pr.fromFork ? 'Pull request from a fork' : 'post: false'}: the review is in ${inputs.review.artifact} for the posting workflow (hubcast-diff-post.yml).`);
    return { markdown, diagnostics: [], outputs, failure: renderFailure };
  }
  const gh = poster(inputs, ctx);
  if (typeof gh === 'string') return { markdown, diagnostics: [], outputs, failure: gh };
  try {
    const r = await gh.post(artifact);
    outputs.posted = true;
    core.info(posted(r, pr.number));
  } catch (e) {
    const status = (e as { status?: number }).status;
    // auto: a read-only token (the default for pull_request) leaves the posting to phase 2.
    if (inputs.review.post === 'auto' && status === 403) core.warning(`the token may not post on the pull request (${apiError(e)}); the review is in ${inputs.review.artifact} for the posting workflow`);
    else return { markdown, diagnostics: [], outputs, failure: apiError(e) };
  }
  return { markdown, diagnostics: [], outputs, failure: renderFailure };
}

export async function runReviewPost(inputs: ActionInputs, ctx: ActionContext): Promise<CommandResult> {
  const runHeadSha = inputs.review.runHeadSha ?? workflowRunHeadSha(ctx.payload);
  if (!runHeadSha || !/^[0-9a-f]{40}$/.test(runHeadSha)) return fail('command diff-post runs on workflow_run (or needs input run-head-sha: the 40-hex commit the phase 1 run built)');
  const path = inputs.review.artifact;
  if (!existsSync(path)) return fail(`no review artifact at ${path}: did the phase 1 workflow upload it, and did actions/download-artifact put it there?`);
  const text = readFileSync(path, 'utf8');
  const gh = poster(inputs, ctx);
  if (typeof gh === 'string') return fail(gh);
  try {
    const number = artifactPullRequest(text);
    const check = validateArtifact(text, { runHeadSha, pullRequest: number ? await gh.port.pullRequest(number) : undefined });
    if (!check.ok) return fail(`review artifact refused, nothing posted: ${check.reason}`, `Review artifact refused, nothing posted: ${check.reason}.`);
    const r = await gh.post(check.artifact);
    const line = posted(r, check.artifact.pr);
    core.info(line);
    const a = check.artifact;
    return {
      markdown: line,
      diagnostics: [],
      outputs: { changed: a.counts.added + a.counts.changed + a.counts.removed > 0, summary: a.check.title, conclusion: a.check.conclusion, posted: true },
    };
  } catch (e) {
    return fail(apiError(e));
  }
}
