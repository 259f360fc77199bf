// The in-process runs the CLI tests use (test/helpers/cli-run.ts) print what the process prints, with
// the same exit code, and a run after others in the same process is a first run again: nothing of one
// run (module state, caches, the environment or folder it was given) leaks into the next.
// Real processes here: one per command below, as the reference the in-process runs are held to.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubcast, hubcastProcess, type ProcessResult } from '../helpers/cli-run.ts';
import { repository, writeSpecRepo } from '../helpers/spec-repo.ts';

const root = join(import.meta.dirname, '../..');

describe('hubcast run in process', () => {
  let dir: string;
  let fleet: string;
  let broken: string;
  // Relative paths, so the working folder counts; outputs that say nothing of where they were written.
  const cases: [string, string[], number][] = [
    ['render --out -', ['render', '--repo', 'fleet', '--out', '-'], 0],
    ['validate with errors', ['validate', '--repo', 'broken'], 1],
    ['plan --json', ['plan', '--repo', 'fleet', '--json'], 0],
    ['bootstrap', ['bootstrap', '--repo', 'fleet'], 0],
    ['explain', ['explain', 'shop/storefront-eu', '--repo', 'fleet'], 0],
    ['a usage error', ['render', '--layout', 'sideways'], 2],
    ['--help', ['publish', '--help'], 0],
  ];

  // The real runs, side by side: they are independent, and most of each is Node's start-up.
  let real: Map<string, ProcessResult>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-inproc-'));
    fleet = join(dir, 'fleet');
    cpSync(join(root, 'examples/fleet'), fleet, { recursive: true });
    broken = join(dir, 'broken');
    cpSync(join(root, 'examples/hello-universe'), broken, { recursive: true });
    const f = join(broken, 'hello-universe.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('type: topology-ocm', 'type: topology-ocmm'));
    real = new Map(await Promise.all(cases.map(async ([name, args]) => [name, await hubcastProcess(args, { cwd: dir })] as const)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(cases)('%s: the same exit code, stdout and stderr as the process, run after run', async (name, args, exit) => {
    const { code, stdout, stderr } = real.get(name)!;
    expect(code, stderr).toBe(exit);
    expect(stdout + stderr).not.toBe('');
    const first = await hubcast(args, { cwd: dir });
    expect(first).toEqual({ code, stdout, stderr });
    expect(await hubcast(args, { cwd: dir })).toEqual(first);
  });

  it('gives each run its own environment and working folder, and restores the test’s', async () => {
    const cwd = process.cwd();
    const streams = [console, process.stdout.write, process.stderr.write];
    delete process.env.HUBCAST_TEST_VARIABLE;
    const env = { HUBCAST_SECRET_X_TOKEN: 'sekrit', HUBCAST_TEST_VARIABLE: '1' };
    const r = await hubcast(['render', '--repo', '.', '--out', join(dir, 'out')], { cwd: fleet, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^rendered 5 deployments/m);
    expect(process.cwd()).toBe(cwd);
    expect(process.env.HUBCAST_TEST_VARIABLE).toBeUndefined();
    expect([console, process.stdout.write, process.stderr.write]).toEqual(streams);
    // A run that cannot find its specs from the test's own folder: the previous cwd is not kept.
    const again = await hubcast(['validate', '--repo', 'fleet']);
    expect(again.code).not.toBe(0);
  });

  it('fails, rather than waits, when a run outlives its bound; the next run waits for it to end', async () => {
    // A chart repository that takes connections and never answers.
    const sockets = new Set<Socket>();
    const server = createServer((s) => sockets.add(s));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/charts`;
    const repo = writeSpecRepo({
      components: [{ name: 'podinfo', type: 'helm', properties: { chart: 'podinfo', repository: 'charts', version: '~6.5' } }],
      extra: [repository('charts', url)],
    });
    try {
      const started = Date.now();
      await expect(hubcast(['validate', '--repo', repo], { timeoutMs: 500 })).rejects.toThrow(/^hubcast validate --repo .*: still running after 500 ms$/);
      expect(Date.now() - started).toBeLessThan(5_000);
      const next = hubcast(['validate', '--repo', repo, '--offline']);
      for (const s of sockets) s.destroy();
      server.close();
      // The repository gone, the first run ends; only then does the next one start.
      const r = await next;
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/not in the source cache/);
    } finally {
      for (const s of sockets) s.destroy();
      server.close();
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
