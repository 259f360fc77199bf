// The edges publishing talks to, as small interfaces: the git repository that holds the
// generated branch (fetch, read, write commits, push with a lease), the pull-request API, and an OCI
// registry. src/adapters/ implements them with real git, Octokit and the distribution API.

import type { CommitTree } from './staging-tree.ts';
import type { BlobTree } from './tree-changes.ts';

/** How our source commit relates to the one a published render came from. */
export type Ancestry = 'same' | 'newer' | 'older' | 'diverged' | 'unknown';

export interface RefUpdate {
  branch: string;
  commit: string;
  /** The tip we based our commit on; undefined: the branch must not exist yet. */
  lease?: string;
}

export interface GeneratedRepo {
  /** Fetch the generated branch and its staging branches; tips by branch name. */
  fetch(): Promise<Map<string, string>>;
  readTree(commit: string): Promise<BlobTree>;
  readFile(commit: string, path: string): Promise<string | undefined>;
  commitMessage(commit: string): Promise<string>;
  /** First parent, undefined for a root commit. */
  parentOf(commit: string): Promise<string | undefined>;
  compareSources(ours: string, theirs: string): Promise<Ancestry>;
  /** Write a commit without touching any working tree; returns its id. */
  writeCommit(tree: CommitTree, message: string, parent: string | undefined, date: string): Promise<string>;
  /** Compare-and-swap every branch at once; 'rejected' when someone else moved one first. */
  push(updates: readonly RefUpdate[]): Promise<'pushed' | 'rejected'>;
}

export interface PullRequest {
  number: number;
  url: string;
  nodeId: string;
  title: string;
  body: string;
  labels: string[];
  autoMerge: boolean;
}

export interface NewPullRequest {
  head: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
}

export interface PullRequests {
  findOpen(head: string, base: string): Promise<PullRequest | undefined>;
  /** 'exists' when GitHub answers that an open PR for head and base already exists (422). */
  create(pr: NewPullRequest): Promise<PullRequest | 'exists'>;
  update(number: number, content: { title: string; body: string }): Promise<PullRequest>;
  close(number: number): Promise<void>;
  addLabels(number: number, labels: readonly string[]): Promise<void>;
  requestReviewers(number: number, reviewers: readonly string[]): Promise<void>;
  /** false when the repository does not allow auto-merge (or the PR cannot use it). */
  enableAutoMerge(pr: PullRequest, method: MergeMethod): Promise<boolean>;
}

export type MergeMethod = 'merge' | 'squash' | 'rebase';

/** An OCI registry (the distribution API), repositories named without the host. */
export interface OciRegistry {
  /** The manifest digest a tag points at, undefined when there is no such tag. */
  resolve(repository: string, reference: string): Promise<string | undefined>;
  /** The manifest's bytes, undefined when there is no such tag or digest. */
  manifest(repository: string, reference: string): Promise<Buffer | undefined>;
  hasBlob(repository: string, digest: string): Promise<boolean>;
  /** The blob's bytes (checked against the digest), undefined when the registry does not have it. */
  blob(repository: string, digest: string): Promise<Buffer | undefined>;
  pushBlob(repository: string, digest: string, data: Buffer): Promise<void>;
  /** Store an OCI image manifest under a tag (or its digest). */
  pushManifest(repository: string, reference: string, manifest: Buffer): Promise<void>;
}
