// The Action's inputs (action.yml), read and checked in one place.

import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import type { MergeMethod } from '../deliver/ports.ts';

export type ActionCommand = 'plan' | 'publish' | 'diff';

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

/** `config` names hubcast.yaml or the folder holding it, relative to the workspace. */
export function repoFromConfig(workspace: string, config: string): string {
  const p = resolve(workspace, config || '.');
  return existsSync(p) && statSync(p).isFile() ? dirname(p) : p;
}

export function readInputs(workspace: string): ActionInputs {
  return {
    command: oneOf('command', ['plan', 'publish', 'diff'] as const, 'publish')!,
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
  };
}
