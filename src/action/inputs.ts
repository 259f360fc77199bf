// The Action's inputs (action.yml), read and checked in one place.

import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import type { MergeMethod } from '../deliver/ports.ts';
import { isValidKey } from '../review/comment-plan.ts';

export type ActionCommand = 'plan' | 'publish' | 'publish-preview' | 'diff' | 'diff-post';
export const COMMANDS: readonly ActionCommand[] = ['plan', 'publish', 'publish-preview', 'diff', 'diff-post'];

export interface ActionInputs {
  command: ActionCommand;
  token: string;
  /** Folder of the spec repository (where hubcast.yaml is). */
  repo: string;
  generatedBranch?: string;
  remote: string;
  prMode: boolean;
  labels: string[];
  reviewers: string[];
  draft: boolean;
  autoMerge?: MergeMethod;
  dryRun: boolean;
  /** The review (diff, diff-post): where the artifact and the HTML report go, or are read from. */
  review: {
    artifact: string;
    htmlReport: string;
    commentKey: string;
    botLogin: string;
    /** auto: post when the pull request is not from a fork (falling back to the artifact when the token may not). */
    post: 'auto' | 'true' | 'false';
    runHeadSha?: string;
  };
}

export class InputError extends Error {}

const list = (name: string): string[] =>
  core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

function bool(name: string, fallback: boolean): boolean {
  const v = core.getInput(name);
  if (!v) return fallback;
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  throw new InputError(`input ${name} must be true or false, not "${v}"`);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T | undefined): T | undefined {
  const v = core.getInput(name);
  if (!v) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${v}"`);
}

function commentKey(v: string): string {
  if (isValidKey(v)) return v;
  throw new InputError(`input comment-key must be lowercase letters, digits, ".", "_" or "-", not "${v}"`);
}

/** `config` names hubcast.yaml or the folder holding it, relative to the workspace. */
export function repoFromConfig(workspace: string, config: string): string {
  const p = resolve(workspace, config || '.');
  return existsSync(p) && statSync(p).isFile() ? dirname(p) : p;
}

export function readInputs(workspace: string): ActionInputs {
  return {
    command: oneOf('command', COMMANDS, 'publish')!,
    token: core.getInput('token'),
    repo: repoFromConfig(workspace, core.getInput('config')),
    generatedBranch: core.getInput('generated-branch') || undefined,
    remote: core.getInput('remote') || 'origin',
    prMode: bool('pr-mode', true),
    labels: list('labels'),
    reviewers: list('reviewers'),
    draft: bool('draft', false),
    autoMerge: oneOf('auto-merge', ['merge', 'squash', 'rebase'] as const, undefined),
    dryRun: bool('dry-run', false),
    review: {
      artifact: resolve(workspace, core.getInput('artifact') || 'hubcast-review/hubcast-review.json'),
      htmlReport: resolve(workspace, core.getInput('html-report') || 'hubcast-report/diff.html'),
      commentKey: commentKey(core.getInput('comment-key') || 'default'),
      botLogin: core.getInput('bot-login') || 'github-actions[bot]',
      post: oneOf('post', ['auto', 'true', 'false'] as const, 'auto')!,
      runHeadSha: core.getInput('run-head-sha') || undefined,
    },
  };
}
