// The fork-safe hand-over between the two workflow phases. Phase 1 (`pull_request`, read-only
// token, may run fork code) writes this artifact; on a fork's pull request everything in it is
// the attacker's. So it carries no report, no verdict and no comment id: only which pull request
// and head commit phase 1 saw, and its run. Phase 2 checks each against what GitHub itself says
// (the workflow_run event and the pull request from the API) and then renders the review itself.

export const ARTIFACT_FILE = 'hubcast-review.json';
export const ARTIFACT_VERSION = 2;
/** A real artifact is about 150 bytes; anything much larger is not one. */
export const MAX_ARTIFACT_BYTES = 16 * 1024;
const SHA40 = /^[0-9a-f]{40}$/;
const FIELDS = new Set(['kind', 'version', 'pr', 'headSha', 'runId']);

export interface ReviewArtifact {
  kind: 'hubcast-review';
  version: typeof ARTIFACT_VERSION;
  pr: number;
  headSha: string;
  /** GITHUB_RUN_ID of the phase 1 run, when it ran in Actions. */
  runId?: number;
}

export function buildArtifact(o: { pr: number; headSha: string; runId?: number }): ReviewArtifact {
  return { kind: 'hubcast-review', version: ARTIFACT_VERSION, pr: o.pr, headSha: o.headSha, ...(o.runId !== undefined ? { runId: o.runId } : {}) };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const isId = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;
/** An artifact's own text in a message: cut, and anything but letters, digits and `_.$-` shown as `?`. */
const quote = (s: string) => `"${s.slice(0, 40).replace(/[^A-Za-z0-9_.$-]/g, '?')}${s.length > 40 ? '…' : ''}"`;

/** Parse and shape-check the artifact's text: strict JSON, exactly the known fields, each in range. */
export function parseArtifact(text: string): Checked<ReviewArtifact> {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ARTIFACT_BYTES) return { ok: false, reason: `the artifact is ${bytes} bytes, more than the ${MAX_ARTIFACT_BYTES} a review artifact can be` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the artifact is not JSON' };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'the artifact is not a JSON object' };
  // Own keys, `__proto__` included (JSON.parse makes it an own property): anything unknown is refused,
  // so a report, a verdict, a comment id or a file name cannot ride along.
  const unknown = Object.keys(raw).filter((k) => !FIELDS.has(k));
  if (unknown.length) return { ok: false, reason: `the artifact has fields a review artifact never has: ${unknown.slice(0, 5).map(quote).join(', ')}` };
  const a = raw as Record<string, unknown>;
  if (a.kind !== 'hubcast-review') return { ok: false, reason: 'not a hubcast review artifact (kind)' };
  if (a.version !== ARTIFACT_VERSION)
    return { ok: false, reason: `review artifact version must be ${ARTIFACT_VERSION}: run the same hubcast version in both workflows` };
  if (!isId(a.pr)) return { ok: false, reason: 'pr must be a positive whole number' };
  if (typeof a.headSha !== 'string' || !SHA40.test(a.headSha)) return { ok: false, reason: 'headSha must be a 40-hex commit id' };
  if (a.runId !== undefined && !isId(a.runId)) return { ok: false, reason: 'runId must be a positive whole number' };
  return { ok: true, value: buildArtifact({ pr: a.pr, headSha: a.headSha, runId: a.runId as number | undefined }) };
}

/** What the workflow_run event says about the phase 1 run (GitHub's word, not the artifact's). */
export interface RunFacts {
  headSha: string;
  runId?: number;
  /** workflow_run.pull_requests: GitHub leaves it empty for a fork's pull request. */
  pullRequests: number[];
  /** workflow_run.head_repository.full_name. */
  headRepository?: string;
}

/** The pull request as the API returns it. */
export interface PullRequestFacts {
  number: number;
  state: string;
  headSha: string;
  baseSha: string;
  baseRepository?: string;
  headRepository?: string;
}

const sameRepo = (a?: string, b?: string) => a === undefined || b === undefined || a.toLowerCase() === b.toLowerCase();

/** Does the artifact name this run? Checked before any API call. */
export function checkAgainstRun(a: ReviewArtifact, run: RunFacts): string | undefined {
  if (a.headSha !== run.headSha) return `the artifact names commit ${a.headSha}, but the run built ${run.headSha}`;
  if (a.runId !== undefined && run.runId !== undefined && a.runId !== run.runId) return `the artifact names run ${a.runId}, but it came from run ${run.runId}`;
  if (run.pullRequests.length && !run.pullRequests.includes(a.pr))
    return `the artifact names pull request #${a.pr}, but the run was for #${run.pullRequests.join(', #')}`;
  return undefined;
}

/** Is the pull request the artifact names the one the run built, open, in this repository? */
export function checkPullRequest(a: ReviewArtifact, run: RunFacts, pr: PullRequestFacts | undefined, repository: string): Checked<PullRequestFacts> {
  if (!pr || pr.number !== a.pr) return { ok: false, reason: `pull request #${a.pr} does not exist` };
  if (pr.state !== 'open') return { ok: false, reason: `pull request #${a.pr} is ${pr.state === 'closed' ? 'closed' : 'not open'}` };
  if (!sameRepo(pr.baseRepository, repository)) return { ok: false, reason: `pull request #${a.pr} is not a pull request into ${repository}` };
  if (pr.headSha !== run.headSha)
    return { ok: false, reason: `pull request #${a.pr} is at ${pr.headSha}, not at the commit the run built (a newer push, or another pull request)` };
  if (!sameRepo(pr.headRepository, run.headRepository)) return { ok: false, reason: `pull request #${a.pr} comes from another repository than the run` };
  if (!SHA40.test(pr.baseSha)) return { ok: false, reason: `pull request #${a.pr} has no base commit` };
  return { ok: true, value: pr };
}
