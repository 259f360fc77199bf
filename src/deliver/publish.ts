// Publishing, start to end: compare the render with the generated branch, write commits
// (straight to the branch, or one staging branch per environment), push them all with a lease,
// and on a lost race fetch and plan again. The newest source always wins: a render of an older
// source commit never replaces a newer one. Git and GitHub are reached only through the ports.

import { stableJson } from '../core/stable-json.ts';
import { LOCK_FILE, readLockText, type Lock } from '../emit/lock.ts';
import type { OutputTree } from '../emit/tree.ts';
import { environmentSummary, type EnvironmentChange } from './change-summary.ts';
import { closeObsoletePullRequest, ensurePullRequest, type PrOptions, type PrOutcome } from './ensure-pull-request.ts';
import { generatedTree, gitattributes, generatedReadme, GITATTRIBUTES_FILE, PROVENANCE_FILES, README_FILE } from './generated-files.ts';
import type { Ancestry, GeneratedRepo, PullRequests, RefUpdate } from './ports.ts';
import { prContent } from './pr-content.ts';
import { commitMessage, shortSha, sourceOfMessage, type SourceCommit } from './provenance.ts';
import { fullTree, stagingTree } from './staging-tree.ts';
import { changesByEnvironment, sameEnvironment, treeChanges, type BlobTree, type FileChange } from './tree-changes.ts';
import { plural } from '../core/plural.ts';

export type PublishMode = 'direct' | 'pr';

export interface PublishOptions {
  mode: PublishMode;
  branch: string;
  dryRun: boolean;
  pr: PrOptions;
  /** Rounds of fetch-plan-push before giving up on a busy branch. */
  maxAttempts?: number;
  /** Injected for tests and to keep this module free of timers' randomness by default. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface PublishInput {
  source: SourceCommit;
  render: OutputTree;
  lock: Lock;
}

export type PublishOutcome = 'published' | 'unchanged' | 'superseded' | 'dry-run';

export interface EnvironmentReport {
  environment: string;
  stagingBranch: string;
  changes: FileChange[];
  summary: string;
  /** pushed: new staging commit; current: staging already held it; superseded: holds a newer source's render. */
  staging: 'pushed' | 'current' | 'superseded' | 'would-push';
  pullRequest?: PrOutcome;
}

export interface PublishReport {
  outcome: PublishOutcome;
  mode: PublishMode;
  branch: string;
  source: string;
  /** Commit now at the tip of the generated branch (direct mode), or the base the PRs target. */
  commit?: string;
  attempts: number;
  changes: FileChange[];
  environments: EnvironmentReport[];
  closed: PrOutcome[];
  /** Staging branches of environments the generated branch already matches (their PRs get closed). */
  obsolete: string[];
  /** Human-readable notes (superseded, diverged history, auto-merge unavailable). */
  notes: string[];
}

export class PublishError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'PublishError';
  }
}

export const stagingBranchName = (branch: string, environment: string): string => `${branch}-next/${environment}`;

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function publish(input: PublishInput, repo: GeneratedRepo, prs: PullRequests | undefined, opts: PublishOptions): Promise<PublishReport> {
  const maxAttempts = opts.maxAttempts ?? 5;
  const sleep = opts.sleep ?? defaultSleep;
  const random = opts.random ?? Math.random;
  if (opts.mode === 'pr' && !prs && !opts.dryRun)
    throw new PublishError(
      'pull request mode needs a GitHub token and repository',
      'set GITHUB_TOKEN (or GH_TOKEN) and GITHUB_REPOSITORY=owner/name, or use --mode direct',
    );
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const result = await attemptPublish(input, repo, opts, attempt);
    if (result !== 'rejected') {
      const { report, baseLock } = result;
      if (opts.mode === 'pr' && prs && !opts.dryRun && report.outcome !== 'superseded') await ensurePullRequests(report, baseLock, input, prs, opts);
      return report;
    }
    // Someone else published first: back off with jitter so racing runs do not collide again.
    if (attempt < maxAttempts) await sleep(Math.round(200 * 2 ** (attempt - 1) * (0.5 + random())));
  }
  throw new PublishError(
    `the generated branch ${opts.branch} kept moving: gave up after ${plural(maxAttempts, 'attempt')}`,
    'another publisher is running; run publish again when it is done',
  );
}

interface Attempt {
  report: PublishReport;
  baseLock?: Lock;
}

async function attemptPublish(input: PublishInput, repo: GeneratedRepo, opts: PublishOptions, attempt: number): Promise<Attempt | 'rejected'> {
  const { source, lock } = input;
  const tips = await repo.fetch();
  const base = tips.get(opts.branch);
  const report: PublishReport = {
    outcome: 'unchanged',
    mode: opts.mode,
    branch: opts.branch,
    source: source.sha,
    commit: base,
    attempts: attempt,
    changes: [],
    environments: [],
    closed: [],
    obsolete: [],
    notes: [],
  };

  const standing = base ? await compareWith(repo, source.sha, base) : 'newer';
  if (standing === 'older') {
    report.outcome = 'superseded';
    report.notes.push(`${opts.branch} already holds the render of a newer source commit; nothing to do`);
    return { report };
  }
  if (standing === 'diverged') report.notes.push(`${opts.branch} was rendered from a source commit that is not in this history; replacing it`);

  const next = generatedTree(input.render, source, opts.branch);
  const baseTree: BlobTree = base ? await repo.readTree(base) : new Map();
  const baseLock = base ? readBaseLock(await repo.readFile(base, LOCK_FILE), opts, report) : undefined;
  report.changes = meaningfulChanges(baseTree, next, baseLock, lock);
  const envChanges = changesByEnvironment(report.changes);
  report.environments = [...envChanges].map(([environment, changes]) => {
    const c: EnvironmentChange = { environment, changes, baseLock, nextLock: lock };
    return { environment, stagingBranch: stagingBranchName(opts.branch, environment), changes, summary: environmentSummary(c), staging: 'would-push' };
  });

  if (opts.mode === 'direct') {
    if (!report.changes.length) return { report, baseLock };
    if (opts.dryRun) return { report: { ...report, outcome: 'dry-run' }, baseLock };
    const commit = await repo.writeCommit(fullTree(next), commitMessage(source), base, source.date);
    if ((await repo.push([{ branch: opts.branch, commit, lease: base }])) === 'rejected') return 'rejected';
    return { report: { ...report, outcome: 'published', commit }, baseLock };
  }

  if (opts.dryRun) return { report: { ...report, outcome: report.changes.length ? 'dry-run' : 'unchanged' }, baseLock };
  return (await proposeEnvironments(report, { input, repo, opts, tips, base, baseTree, baseLock, next })) ? { report, baseLock } : 'rejected';
}

interface Planned {
  input: PublishInput;
  repo: GeneratedRepo;
  opts: PublishOptions;
  tips: Map<string, string>;
  base?: string;
  baseTree: BlobTree;
  baseLock?: Lock;
  next: OutputTree;
}

/** PR mode: push one staging commit per changed environment, all in one atomic push; false when the push lost a race. */
async function proposeEnvironments(report: PublishReport, p: Planned): Promise<boolean> {
  const { input, repo, opts, tips } = p;
  const { source, lock } = input;
  let prBase = p.base;
  const updates: RefUpdate[] = [];
  if (!prBase) {
    // The PRs need a base branch: create it holding only the README when it is missing.
    const seed = new Map([
      [README_FILE, { content: generatedReadme(opts.branch) }],
      [GITATTRIBUTES_FILE, { content: gitattributes() }],
    ]);
    prBase = await repo.writeCommit(
      seed,
      `hubcast: create ${opts.branch}\n\nThe generated branch starts empty; environments arrive through pull requests.\n`,
      undefined,
      source.date,
    );
    updates.push({ branch: opts.branch, commit: prBase });
  }
  const prBaseTree = prBase === p.base ? p.baseTree : await repo.readTree(prBase);
  for (const env of report.environments) {
    const current = tips.get(env.stagingBranch);
    if (current && (await compareWith(repo, source.sha, current)) === 'older') {
      env.staging = 'superseded';
      continue;
    }
    // Already proposed on the current base: leave the branch (and its PR) alone.
    if (current && (await repo.parentOf(current)) === prBase && sameEnvironment(await repo.readTree(current), p.next, env.environment)) {
      env.staging = 'current';
      continue;
    }
    const tree = stagingTree(prBaseTree, p.baseLock, p.next, lock, env.environment);
    const commit = await repo.writeCommit(tree, commitMessage(source, env.environment), prBase, source.date);
    env.staging = 'pushed';
    updates.push({ branch: env.stagingBranch, commit, lease: current });
  }
  if (updates.length && (await repo.push(updates)) === 'rejected') return false;
  report.commit = prBase;
  report.outcome = updates.length ? 'published' : 'unchanged';
  // Staging branches of environments that no longer differ hold obsolete renders.
  const changed = new Set(report.environments.map((e) => e.stagingBranch));
  report.obsolete = [...tips.keys()].filter((b) => b.startsWith(`${opts.branch}-next/`) && !changed.has(b));
  return true;
}

async function ensurePullRequests(
  report: PublishReport,
  baseLock: Lock | undefined,
  input: PublishInput,
  prs: PullRequests,
  opts: PublishOptions,
): Promise<void> {
  for (const env of report.environments) {
    if (env.staging === 'superseded') continue;
    const content = prContent({ environment: env.environment, changes: env.changes, baseLock, nextLock: input.lock }, input.source, opts.branch);
    // A staging branch left as it was keeps its PR as it is; only a missing PR is (re)opened.
    env.pullRequest = await ensurePullRequest(prs, env.stagingBranch, opts.branch, content, { ...opts.pr, keepContent: env.staging === 'current' });
    if (env.pullRequest.autoMergeUnavailable)
      report.notes.push(`auto-merge is not allowed in this repository; ${env.pullRequest.url} waits for a manual merge`);
  }
  for (const staging of report.obsolete) {
    const closed = await closeObsoletePullRequest(prs, staging, opts.branch);
    if (closed) report.closed.push(closed);
  }
}

async function compareWith(repo: GeneratedRepo, ours: string, tip: string): Promise<Ancestry> {
  const theirs = sourceOfMessage(await repo.commitMessage(tip));
  if (!theirs) return 'newer'; // not written by hubcast (or the branch's first commit): ours replaces it
  const a = await repo.compareSources(ours, theirs);
  if (a === 'unknown') {
    throw new PublishError(
      `the generated branch was rendered from source commit ${shortSha(theirs)}, which is not in this clone's history`,
      'fetch the full history of the source branch (actions/checkout: fetch-depth: 0) so hubcast can tell which render is newer',
    );
  }
  return a;
}

/**
 * The generated branch's lock. A damaged one is never taken as "no lock" silently: direct mode replaces
 * it (and says so); PR mode would merge each environment into it, so it stops and says how to recover.
 */
function readBaseLock(text: string | undefined, opts: PublishOptions, report: PublishReport): Lock | undefined {
  if (text === undefined) return undefined;
  const read = readLockText(text);
  if ('lock' in read) return read.lock;
  if (opts.mode === 'pr') {
    throw new PublishError(
      `${LOCK_FILE} on ${opts.branch} is damaged: ${read.problem}`,
      `publish once with --mode direct to replace it, or restore ${LOCK_FILE} on ${opts.branch} from its history`,
    );
  }
  report.notes.push(`${LOCK_FILE} on ${opts.branch} was damaged (${read.problem}); this publish replaces it`);
  return undefined;
}

/** Changes that matter: provenance files follow the source commit and do not count, nor does the lock's sourceCommit alone. */
function meaningfulChanges(base: BlobTree, next: OutputTree, baseLock: Lock | undefined, nextLock: Lock): FileChange[] {
  const sansSource = (l: Lock | undefined) => stableJson({ ...l, sourceCommit: undefined });
  return treeChanges(base, next, PROVENANCE_FILES).filter(
    (c) => !(c.path === LOCK_FILE && c.kind === 'changed' && sansSource(baseLock) === sansSource(nextLock)),
  );
}
