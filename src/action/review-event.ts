// The parts of the pull_request and workflow_run events the review needs, read defensively:
// a payload is input, and a missing field is a clear failure, not a crash.

import type { RunFacts } from '../review/review-artifact.ts';

const SHA40 = /^[0-9a-f]{40}$/;

export interface PullRequestEvent {
  number: number;
  headSha: string;
  baseSha?: string;
  baseRef: string;
  /** From another repository: the token is read-only there and nothing may be posted (phase 1 only). */
  fromFork: boolean;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function pullRequestEvent(payload: Obj): PullRequestEvent | undefined {
  const pr = obj(payload.pull_request);
  const head = obj(pr.head);
  const base = obj(pr.base);
  const number = pr.number;
  const headSha = str(head.sha);
  const baseRef = str(base.ref);
  if (!Number.isSafeInteger(number) || (number as number) <= 0 || !headSha || !SHA40.test(headSha) || !baseRef) return undefined;
  const baseSha = str(base.sha);
  const headRepo = str(obj(head.repo).full_name);
  const baseRepo = str(obj(base.repo).full_name);
  return {
    number: number as number,
    headSha,
    baseSha: baseSha && SHA40.test(baseSha) ? baseSha : undefined,
    baseRef,
    // A deleted fork has no head repository: treat it as a fork.
    fromFork: !headRepo || !baseRepo || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

/** What GitHub says about the phase 1 run that triggered a workflow_run (undefined: not such an event). */
export function workflowRunFacts(payload: Obj, headShaOverride?: string): RunFacts | undefined {
  const run = obj(payload.workflow_run);
  const sha = headShaOverride ?? str(run.head_sha);
  if (!sha || !SHA40.test(sha)) return undefined;
  const id = run.id;
  const prs = Array.isArray(run.pull_requests)
    ? run.pull_requests.map((p) => obj(p).number).filter((n): n is number => Number.isSafeInteger(n) && (n as number) > 0)
    : [];
  return {
    headSha: sha,
    runId: Number.isSafeInteger(id) && (id as number) > 0 ? (id as number) : undefined,
    pullRequests: prs,
    headRepository: str(obj(run.head_repository).full_name),
  };
}
