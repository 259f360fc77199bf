// Publishers as real processes: two racing for the same branch, and one killed in the middle
// of its push. Hooks in the bare remote make the timing deterministic. The publishes before and
// after the killed one only set up and check the branch: they run in process (test/helpers/cli-run.ts).

import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubcast } from '../helpers/cli-run.ts';
import { commit, git, ROOT, sandbox, show, tip, type Sandbox } from '../helpers/git.ts';

const BRANCH = 'hubcast/rendered';
let sb: Sandbox;
beforeEach(() => {
  sb = sandbox('fleet');
});
afterEach(() => sb.cleanup());

interface Run {
  code: number | null;
  json: { outcome: string; attempts: number; ok: boolean } | undefined;
  stderr: string;
}

function publisher(repo: string, args: string[] = []) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/hubcast.js'), 'publish', '--repo', repo, '--mode', 'direct', '--json', ...args], {
    env: process.env,
    detached: true, // its own process group, so a kill reaches git and the remote's hook too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stderr, json: stdout.trim() ? JSON.parse(stdout) : undefined })));
  return { child, done };
}

function hook(name: string, script: string): void {
  const path = join(sb.remote, 'hooks', name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
}

async function waitFor(cond: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('publishers racing and dying', () => {
  it('two publishers race: both finish, the branch holds the newer source render, nothing is lost', async () => {
    const older = git(sb.src, 'rev-parse', 'HEAD');
    const a = join(sb.dir, 'a');
    git(sb.dir, 'clone', '-q', sb.remoteUrl, a);
    const text = show(sb.src, 'HEAD', 'shop/deployments.yaml');
    const newer = commit(sb.src, { 'shop/deployments.yaml': text.replace('value: 2.1.0', 'value: 2.2.0') }, 'Roll storefront-eu to 2.2.0');
    git(sb.src, 'push', '-q', 'origin', 'main');
    const b = join(sb.dir, 'b');
    git(sb.dir, 'clone', '-q', sb.remoteUrl, b);
    expect(git(a, 'rev-parse', 'HEAD')).toBe(older);
    expect(git(b, 'rev-parse', 'HEAD')).toBe(newer);

    // A barrier: the first round of pushes waits until both have arrived, so they truly collide.
    const barrier = join(sb.dir, 'barrier');
    mkdirSync(barrier);
    hook(
      'pre-receive',
      `cat >/dev/null\ntouch "${barrier}/$$"\ni=0\nwhile [ "$(ls "${barrier}" | wc -l)" -lt 2 ] && [ $i -lt 150 ]; do sleep 0.1; i=$((i+1)); done\nexit 0`,
    );

    const [ra, rb] = await Promise.all([publisher(a).done, publisher(b).done]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect(readdirSync(barrier).length).toBeGreaterThanOrEqual(2);
    // One push lost the race: either the newer publisher retried on top, or the older one stood down.
    expect(rb.json?.outcome).toBe('published');
    expect(rb.json!.attempts === 2 || ra.json?.outcome === 'superseded').toBe(true);

    expect(JSON.parse(show(sb.remote, BRANCH, 'hydrator.metadata')).drySha).toBe(newer);
    expect(show(sb.remote, BRANCH, 'environments/shop/prod-eu/manifestworkreplicaset-shop-storefront-eu.yaml')).toContain('2.2.0');
    const sources = git(sb.remote, 'log', '--format=%(trailers:key=Hubcast-Source-Commit,valueonly)', BRANCH).split('\n').filter(Boolean);
    expect(sources[0]).toBe(newer);
  });

  it('a publish killed in the middle of its push leaves the branch as it was, and the next one succeeds', async () => {
    const publish = async () => {
      const r = await hubcast(['publish', '--repo', sb.src, '--mode', 'direct', '--json']);
      return { ...r, json: JSON.parse(r.stdout) as Run['json'] };
    };
    const first = await publish();
    expect(first.code, first.stderr).toBe(0);
    const before = tip(sb.remote, BRANCH);
    const text = show(sb.src, 'HEAD', 'shop/deployments.yaml');
    const next = commit(sb.src, { 'shop/deployments.yaml': text.replace('value: 2.1.0', 'value: 2.2.0') }, 'Roll storefront-eu to 2.2.0');

    const marker = join(sb.dir, 'in-push');
    hook('pre-receive', `cat >/dev/null\ntouch "${marker}"\nsleep 60`);
    const victim = publisher(sb.src);
    await waitFor(() => existsSync(marker));
    process.kill(-victim.child.pid!, 'SIGKILL');
    const killed = await victim.done;
    expect(killed.code).toBeNull();
    expect(tip(sb.remote, BRANCH)).toBe(before);

    hook('pre-receive', 'exit 0');
    const again = await publish();
    expect(again.code, again.stderr).toBe(0);
    expect(again.json?.outcome).toBe('published');
    expect(JSON.parse(show(sb.remote, BRANCH, 'hydrator.metadata')).drySha).toBe(next);
    expect(git(sb.remote, 'rev-parse', `${BRANCH}^`)).toBe(before);
  });
});
