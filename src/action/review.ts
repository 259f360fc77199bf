// The review commands of the Action. `diff` (pull_request): render the merge-base and HEAD,
// write the job summary, the review artifact and the HTML report, and, when the pull request is
// not from a fork, post the sticky comment and the check run. `diff-post` (workflow_run): take
// from the artifact only which pull request to review, check that against GitHub, fetch the pull
// request's commits as git objects and render and post the review itself (docs/review.md, threat model).

import { lstatSync, mkdtempSync, openSync, readSync, closeSync, rmSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { GitError } from '../adapters/git-process.ts';
import { fetchPullRequestCommits } from '../adapters/git-pull-request.ts';
import { commitOf, gitLocation, GitTreeError, mergeBase } from '../adapters/git-tree.ts';
import { createGitHubClient, parseRepository } from '../adapters/github.ts';
import { githubReview } from '../adapters/github-review.ts';
import { writeFile } from '../app/diff-outputs.ts';
import { reviewSides, type ReviewInputs } from '../app/review-sources.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { stableJson } from '../core/stable-json.ts';
import { diffSides } from '../review/change-set.ts';
import { mdText } from '../review/escape.ts';
import { htmlReport } from '../review/html-report.ts';
import { ignoreRules } from '../review/ignore-config.ts';
import { jobSummaryReport } from '../review/markdown-report.ts';
import { headline } from '../review/markdown-summary.ts';
import { totalChanges, type ChangeSet } from '../review/model.ts';
import { planReview, postReview, type PlannedReview, type PostResult, type ReviewPort } from '../review/post-review.ts';
import { buildArtifact, checkAgainstRun, checkPullRequest, MAX_ARTIFACT_BYTES, parseArtifact } from '../review/review-artifact.ts';
import type { ActionContext } from './context.ts';
import type { ActionInputs } from './inputs.ts';
import { pullRequestEvent, workflowRunFacts } from './review-event.ts';
import { plural } from '../core/plural.ts';

export interface CommandResult {
  markdown: string;
  diagnostics: Diagnostic[];
  outputs: Record<string, string | boolean>;
  /** Why the step fails; undefined when it succeeds. */
  failure?: string;
}

const fail = (failure: string, markdown = ''): CommandResult => ({ markdown, diagnostics: [], outputs: {}, failure });
const refuse = (reason: string): CommandResult =>
  fail(`review artifact refused, nothing posted: ${reason}`, `Review artifact refused, nothing posted: ${mdText(reason)}.`);

/** The bound on each git fetch of diff-post. */
const FETCH_TIMEOUT_MS = 120_000;

/** A failed API call as one line: status and GitHub's message (Octokit never puts the token in it). */
function apiError(e: unknown): string {
  const status = (e as { status?: number }).status;
  if (status === undefined) throw e;
  return `GitHub API answered ${status}: ${(e as Error).message}`;
}

function poster(inputs: ActionInputs, ctx: ActionContext): { port: ReviewPort; repository: string; post: (r: PlannedReview) => Promise<PostResult> } | string {
  const where = parseRepository(ctx.repository);
  if (!where) return 'GITHUB_REPOSITORY is not set to owner/name';
  if (!inputs.token) return 'posting the review needs a token (input token)';
  const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, warn: (m) => core.warning(m), pacingKey: ctx.pacingKey, paced: ctx.paced });
  const port = githubReview(client, where);
  return { port, repository: `${where.owner}/${where.repo}`, post: (r) => postReview(port, r, { login: inputs.review.botLogin }) };
}

function posted(r: PostResult, pr: number): string {
  const c = r.comments;
  return `Review posted on #${pr}: comments ${c.created} created, ${c.updated} updated, ${c.deleted} deleted; verdict as a ${r.check === 'check-run' ? 'check run' : 'commit status'}.`;
}

/** The change set of two rendered sides, with the base side's ignore rules (a pull request cannot hide its own changes). */
function compare(sides: ReviewInputs): { cs: ChangeSet } | { diagnostics: Diagnostic[] } {
  const { rules, diagnostics } = ignoreRules({ config: sides.baseResult.repo?.config.extra.diff, flags: [], noDefaults: false });
  if (diagnostics.length) return { diagnostics };
  return { cs: diffSides(sides.base, sides.head, { context: 3, ignore: rules }) };
}

function reviewOutputs(cs: ChangeSet, review: PlannedReview): Record<string, string | boolean> {
  return { changed: totalChanges(cs.totals) > 0, summary: headline(cs, (s) => s), conclusion: review.check.conclusion, posted: false };
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
  const compared = compare(sides);
  if ('diagnostics' in compared)
    return { markdown: '', diagnostics: compared.diagnostics, outputs: {}, failure: 'hubcast diff: bad ignore rules in hubcast.yaml' };
  const { cs } = compared;
  const review = planReview(cs, { pr: pr.number, headSha: pr.headSha, key: inputs.review.commentKey });
  // Only which pull request and commit: phase 2 renders the review itself (docs/review.md).
  writeFile(inputs.review.artifact, stableJson(buildArtifact({ pr: pr.number, headSha: pr.headSha, runId: ctx.runId })));
  writeFile(inputs.review.htmlReport, htmlReport(cs));
  const markdown = jobSummaryReport(cs);
  const outputs: Record<string, string | boolean> = { ...reviewOutputs(cs, review), artifact: inputs.review.artifact, 'html-report': inputs.review.htmlReport };
  for (const s of [cs.base, cs.head]) for (const e of s.errors) core.error(`${s.side}: ${e}`);
  const renderFailure = !cs.base.ok || !cs.head.ok ? 'hubcast diff: a side failed to render; its deployments were not compared' : undefined;

  const wanted = inputs.review.post === 'true' || (inputs.review.post === 'auto' && !pr.fromFork);
  if (!wanted) {
    core.info(
      `${pr.fromFork ? 'Pull request from a fork' : 'post: false'}: the posting workflow (hubcast-diff-post.yml) reviews it from ${inputs.review.artifact}.`,
    );
    return { markdown, diagnostics: [], outputs, failure: renderFailure };
  }
  const gh = poster(inputs, ctx);
  if (typeof gh === 'string') return { markdown, diagnostics: [], outputs, failure: gh };
  try {
    const r = await gh.post(review);
    outputs.posted = true;
    core.info(posted(r, pr.number));
  } catch (e) {
    const status = (e as { status?: number }).status;
    // auto: a read-only token (the default for pull_request) leaves the posting to phase 2.
    if (inputs.review.post === 'auto' && status === 403)
      core.warning(`the token may not post on the pull request (${apiError(e)}); the review is in ${inputs.review.artifact} for the posting workflow`);
    else return { markdown, diagnostics: [], outputs, failure: apiError(e) };
  }
  return { markdown, diagnostics: [], outputs, failure: renderFailure };
}

/**
 * The artifact's text, read as untrusted: a regular file (not a symlink, FIFO or device the
 * download could have planted), and never more than the size a review artifact can have.
 */
function readArtifact(path: string): { text: string } | { reason: string } {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return { reason: `there is no review artifact at ${path}: did the phase 1 workflow upload it, and did actions/download-artifact put it there?` };
  }
  if (!st.isFile()) return { reason: `${path} is not a regular file` };
  if (st.size > MAX_ARTIFACT_BYTES)
    return { reason: `the artifact is ${plural(st.size, 'byte')}, more than the ${MAX_ARTIFACT_BYTES} a review artifact can be` };
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buf = Buffer.alloc(MAX_ARTIFACT_BYTES + 1);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return { text: buf.subarray(0, n).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}

export async function runReviewPost(inputs: ActionInputs, ctx: ActionContext): Promise<CommandResult> {
  const run = workflowRunFacts(ctx.payload, inputs.review.runHeadSha);
  if (!run) return fail('command diff-post runs on workflow_run (or needs input run-head-sha: the 40-hex commit the phase 1 run built)');
  const read = readArtifact(inputs.review.artifact);
  if ('reason' in read) return read.reason.startsWith('there is no') ? fail(read.reason) : refuse(read.reason);
  const parsed = parseArtifact(read.text);
  if (!parsed.ok) return refuse(parsed.reason);
  const artifact = parsed.value;
  const runProblem = checkAgainstRun(artifact, run);
  if (runProblem) return refuse(runProblem);
  try {
    gitLocation(inputs.repo);
  } catch {
    return fail(
      `diff-post renders the pull request itself from git: check out the repository first (actions/checkout with fetch-depth: 0 and persist-credentials: false; see docs/workflows/hubcast-diff-post.yml)`,
    );
  }
  const gh = poster(inputs, ctx);
  if (typeof gh === 'string') return fail(gh);
  const cacheDir = mkdtempSync(join(tmpdir(), 'hubcast-review-sources-'));
  try {
    const checked = checkPullRequest(artifact, run, await gh.port.pullRequest(artifact.pr), gh.repository);
    if (!checked.ok) return refuse(checked.reason);
    const { headSha, baseSha, number } = checked.value;
    const missing = await fetchPullRequestCommits({
      cwd: inputs.repo,
      remote: inputs.remote,
      pr: number,
      headSha,
      baseSha,
      auth: { token: inputs.token },
      timeoutMs: FETCH_TIMEOUT_MS,
    });
    if (missing.length) return refuse(`commit ${missing.join(' and ')} of pull request #${number} could not be fetched from ${inputs.remote}`);
    // Both sides straight from git objects: nothing of the pull request is checked out or run. The
    // repository's source cache setting and source credentials are not used: a fork could point them anywhere.
    const sides = await reviewSides({ repo: inputs.repo, base: mergeBase(inputs.repo, headSha, baseSha), head: headSha, cacheDir, env: {} });
    const compared = compare(sides);
    if ('diagnostics' in compared)
      return { markdown: '', diagnostics: compared.diagnostics, outputs: {}, failure: 'hubcast diff: bad ignore rules in hubcast.yaml' };
    const { cs } = compared;
    for (const s of [cs.base, cs.head]) for (const e of s.errors) core.warning(`${s.side}: ${e}`);
    const review = planReview(cs, { pr: number, headSha, key: inputs.review.commentKey });
    const r = await gh.post(review);
    const line = posted(r, number);
    core.info(line);
    return { markdown: `${line}\n\n${jobSummaryReport(cs)}`, diagnostics: [], outputs: { ...reviewOutputs(cs, review), posted: true } };
  } catch (e) {
    if (e instanceof GitError || e instanceof GitTreeError) return fail(`nothing posted: ${e.message}`);
    return fail(apiError(e));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
