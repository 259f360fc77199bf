// The shipped two-phase review workflows keep their safety properties: phase 1 is read-only and
// never runs under pull_request_target; phase 2 checks out nothing; phase 1 uses real CLI flags.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.ts';

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

  it('posts on workflow_run of the render workflow, for pull requests only, without checking anything out', () => {
    expect(post.on).toEqual({ workflow_run: { workflows: ['hubcast diff'], types: ['completed'] } });
    expect((render as unknown as { name: string }).name).toBe('hubcast diff');
    expect(post.jobs.post.if).toBe("github.event.workflow_run.event == 'pull_request'");
    expect(post.jobs.post.steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    expect(post.jobs.post.steps.some((s) => s.run)).toBe(false);
    expect(post.permissions).toEqual({ actions: 'read', 'pull-requests': 'write', checks: 'write', statuses: 'write' });
  });

  it('calls hubcast diff with flags it has', async () => {
    const run = render.jobs.diff.steps.find((s) => s.run?.startsWith('npx hubcast diff'))!.run!;
    let help = '';
    await main(['diff', '--help'], { out: (s) => (help += s), err: () => {}, color: false });
    const flags = run.match(/--[a-z-]+/g)!;
    expect(flags.length).toBeGreaterThan(5);
    for (const f of flags) expect(help, f).toContain(`${f} `);
  });
});
