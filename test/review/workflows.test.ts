// The shipped two-phase review workflows keep their safety properties: phase 1 is read-only and
// never runs under pull_request_target; phase 2 checks out only the default branch and runs nothing of the
// pull request; phase 1 and 2 use Action inputs that exist.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = join(import.meta.dirname, '../../docs/workflows');
type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: Step[]; if?: string }> };
const load = (f: string) => parse(readFileSync(join(dir, f), 'utf8')) as Workflow;

describe('the two-phase review workflows', () => {
  const render = load('hubcast-diff.yml');
  const post = load('hubcast-diff-post.yml');

  it('renders on pull_request with a read-only token and leaves no credentials behind', () => {
    expect(Object.keys(render.on)).toEqual(['pull_request']);
    expect(render.permissions).toEqual({ contents: 'read' });
    const checkout = render.jobs.diff.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 0 });
  });

  it('posts on workflow_run of the render workflow, for pull requests only, checking out only the default branch and running nothing', () => {
    expect(post.on).toEqual({ workflow_run: { workflows: ['hubcast diff'], types: ['completed'] } });
    expect((render as unknown as { name: string }).name).toBe('hubcast diff');
    expect(post.jobs.post.if).toBe("github.event.workflow_run.event == 'pull_request'");
    const checkouts = post.jobs.post.steps.filter((s) => s.uses?.startsWith('actions/checkout'));
    // No ref: workflow_run checks out the default branch. The pull request's commits are fetched by hubcast as objects.
    expect(checkouts.map((s) => s.with)).toEqual([{ 'fetch-depth': 0, 'persist-credentials': false }]);
    expect(post.jobs.post.steps.some((s) => s.run)).toBe(false);
    expect(post.permissions).toEqual({ actions: 'read', contents: 'read', 'pull-requests': 'write', checks: 'write', statuses: 'write' });
    // The artifact is downloaded outside the checkout.
    const download = post.jobs.post.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with?.path).toBe('${{ runner.temp }}/hubcast-review');
  });

  it('runs the Action commands with inputs action.yml declares', () => {
    const action = parse(readFileSync(join(dir, '../../action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const render1 = render.jobs.diff.steps.find((s) => s.uses?.startsWith('hubcast/hubcast@'))!;
    const post2 = post.jobs.post.steps.find((s) => s.uses?.startsWith('hubcast/hubcast@'))!;
    // Phase 1 leaves all posting to phase 2, even for pull requests from the repository itself.
    expect(render1.with).toEqual({ command: 'diff', post: 'false' });
    expect(post2.with?.command).toBe('diff-post');
    for (const step of [render1, post2]) for (const k of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), k).toContain(k);
    // What phase 1 uploads is what the Action writes by default and what phase 2 reads.
    const uploads = render.jobs.diff.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@')).map((s) => s.with?.path);
    expect(uploads).toEqual([
      action.inputs.artifact && (action.inputs.artifact as { default: string }).default,
      (action.inputs['html-report'] as { default: string }).default,
    ]);
    expect(post2.with?.artifact).toBe('${{ runner.temp }}/hubcast-review/hubcast-review.json');
  });
});
