// The two edges publishing talks to, as small interfaces: the git repository that holds the
// generated branch (fetch, read, write commits, push with a lease) and the pull-request API.
// src/adapters/ implements them with real git and Octokit.

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
