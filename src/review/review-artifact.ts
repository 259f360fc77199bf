// The fork-safe hand-over between the two workflow phases. Phase 1 (`pull_request`, read-only
// token, may run fork code) renders and writes this artifact. Phase 2 (`workflow_run`, may write
// to the PR) reads it as untrusted data: strict shape and size checks, and it is posted only on
// the pull request whose head commit is the commit the phase 1 run built.

import { isValidKey } from './comment-plan.ts';
import { planCheck, type CheckPlan, type Conclusion } from './check-plan.ts';
import { COMMENT_BUDGET, markdownReport } from './markdown-report.ts';
import type { ChangeSet } from './model.ts';

export const ARTIFACT_FILE = 'hubcast-review.json';
const MAX_ARTIFACT_BYTES = 4 * 1024 * 1024;
const MAX_PARTS = 30;
const SHA40 = /^[0-9a-f]{40}$/;

export interface ReviewArtifact {
  kind: 'hubcast-review';
  version: 1;
  pr: number;
  headSha: string;
  key: string;
  parts: string[];
  counts: { added: number; changed: number; removed: number };
  check: { conclusion: Conclusion; title: string; summary: string };
}

export function buildArtifact(cs: ChangeSet, o: { pr: number; headSha: string; key: string; parts: string[]; check: CheckPlan }): ReviewArtifact {
  return {
    kind: 'hubcast-review',
    version: 1,
    pr: o.pr,
    headSha: o.headSha,
    key: o.key,
    parts: o.parts,
    counts: { added: cs.totals.added, changed: cs.totals.changed, removed: cs.totals.removed },
    check: { conclusion: o.check.conclusion, title: o.check.title, summary: o.check.summary },
  };
}

/** The review of a pull request as data: what phase 1 uploads, and what a trusted run posts directly. */
export function reviewArtifact(cs: ChangeSet, o: { pr: number; headSha: string; key: string }): ReviewArtifact {
  const parts = markdownReport(cs, { fullDiffHint: 'The full diff is in the job summary and the HTML report of the workflow run.' }).parts;
  return buildArtifact(cs, { ...o, parts, check: planCheck(cs, o.headSha) });
}

/** What phase 2 knows from GitHub itself, not from the artifact. */
export interface ArtifactContext {
  /** workflow_run.head_sha: the commit phase 1 ran on. */
  runHeadSha: string;
  /** The pull request the artifact names, as the API returns it (undefined when it does not exist). */
  pullRequest?: { number: number; headSha: string; state: string };
}

export type ArtifactCheck = { ok: true; artifact: ReviewArtifact } | { ok: false; reason: string };

const isCount = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;
const isText = (s: unknown, max: number) => typeof s === 'string' && s.length <= max;

function shapeProblem(a: Partial<ReviewArtifact>): string | undefined {
  if (a.kind !== 'hubcast-review' || a.version !== 1) return 'not a hubcast review artifact (kind/version)';
  if (!Number.isSafeInteger(a.pr) || a.pr! <= 0) return 'pr must be a positive whole number';
  if (typeof a.headSha !== 'string' || !SHA40.test(a.headSha)) return 'headSha must be a 40-hex commit id';
  if (typeof a.key !== 'string' || !isValidKey(a.key)) return 'key is not a valid comment key';
  if (!Array.isArray(a.parts) || a.parts.length < 1 || a.parts.length > MAX_PARTS || !a.parts.every((p) => isText(p, COMMENT_BUDGET))) {
    return `parts must be 1..${MAX_PARTS} strings of at most ${COMMENT_BUDGET} characters`;
  }
  const c = a.counts;
  if (!c || !isCount(c.added) || !isCount(c.changed) || !isCount(c.removed)) return 'counts must be non-negative whole numbers';
  const k = a.check;
  if (!k || !['success', 'neutral', 'failure'].includes(k.conclusion) || !isText(k.title, 255) || !isText(k.summary, 65_535)) return 'check is malformed';
  return undefined;
}

export function validateArtifact(text: string, ctx: ArtifactContext): ArtifactCheck {
  if (Buffer.byteLength(text, 'utf8') > MAX_ARTIFACT_BYTES) return { ok: false, reason: `artifact is larger than ${MAX_ARTIFACT_BYTES} bytes` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'artifact is not JSON' };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'artifact is not a JSON object' };
  const problem = shapeProblem(raw as Partial<ReviewArtifact>);
  if (problem) return { ok: false, reason: problem };
  const a = raw as ReviewArtifact;
  if (a.headSha !== ctx.runHeadSha) return { ok: false, reason: `artifact was made for ${a.headSha}, but the run built ${ctx.runHeadSha}` };
  const pr = ctx.pullRequest;
  if (!pr || pr.number !== a.pr) return { ok: false, reason: `pull request #${a.pr} does not exist` };
  if (pr.state !== 'open') return { ok: false, reason: `pull request #${a.pr} is ${pr.state}` };
  if (pr.headSha !== a.headSha) return { ok: false, reason: `pull request #${a.pr} is at ${pr.headSha}, not at the commit the run built (a newer push, or another pull request)` };
  const { kind, version, pr: n, headSha, key, parts, counts, check } = a;
  return { ok: true, artifact: { kind, version, pr: n, headSha, key, parts, counts: { added: counts.added, changed: counts.changed, removed: counts.removed }, check: { conclusion: check.conclusion, title: check.title, summary: check.summary } } };
}

/** The pull request an artifact names, read before validation so phase 2 knows which one to fetch. */
export function artifactPullRequest(text: string): number | undefined {
  try {
    const pr = (JSON.parse(text) as { pr?: unknown })?.pr;
    return Number.isSafeInteger(pr) && (pr as number) > 0 ? (pr as number) : undefined;
  } catch {
    return undefined;
  }
}
