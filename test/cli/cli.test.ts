// The commands as a user runs them, in process (test/helpers/cli-run.ts). Real processes: colour
// detection (NO_COLOR, stdout not a terminal: what the process sees of its own streams) and
// `render --out -` into a pipe whose reader stops early (EPIPE, the exit status of a real pipeline).

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateFleet, SIZES } from '../../bench/fleet-generator.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN as bin, hubcast, hubcastProcess } from '../helpers/cli-run.ts';

const root = join(import.meta.dirname, '../..');

describe('hubcast CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-cli-'));
    cpSync(join(root, 'examples/hello-universe'), join(dir, 'repo'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('renders the seed example: Placement + ManifestWorkReplicaSet, exit 0', async () => {
    const out = join(dir, 'out');
    const r = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('rendered 1 deployment (replicaset layout)');
    const mwrs = readFileSync(join(out, 'environments/hello-universe/primary/manifestworkreplicaset-hello-universe-hello-universe-demo.yaml'), 'utf8');
    expect(mwrs).toContain('kind: ManifestWorkReplicaSet');
    expect(existsSync(join(out, 'environments/hello-universe/primary/placement-hello-universe-hello-universe-demo.yaml'))).toBe(true);
  });

  it('validate --json prints the diagnostics contract and exits 1 on bad input, writing nothing', async () => {
    const f = join(dir, 'repo/hello-universe.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('type: topology-ocm', 'type: topology-ocmm'));
    const v = await hubcast(['validate', '--repo', join(dir, 'repo'), '--json']);
    expect(v.code).toBe(1);
    const parsed = JSON.parse(v.stdout);
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics).toContainEqual({
      severity: 'error',
      code: 'schema',
      message: 'Environment: spec.topology.type must be one of: "topology-ocm", "topology-ocm-byop"',
      file: 'hello-universe.yaml',
      line: 9,
      column: 11,
    });
    const out = join(dir, 'out');
    const r = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^hello-universe\.yaml:9:11: error: Environment: spec\.topology\.type must be one of/m);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace for a user mistake
    expect(existsSync(out)).toBe(false);
  });

  it('honours NO_COLOR and prints colour never when not a TTY', async () => {
    const f = join(dir, 'repo/hello-universe.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('numberOfClusters: 1', 'numberOfClusters: x'));
    const r = await hubcastProcess(['validate', '--repo', join(dir, 'repo')], { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('\u001b[');
  });

  it('refuses to replace a non-empty folder that is not a hubcast render', async () => {
    const out = join(dir, 'precious');
    execFileSync('mkdir', ['-p', out]);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to replace it');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('a folder it cannot write is one line naming it, exit 2, no stack trace and nothing left behind', async () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', join(dir, 'a-file', 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: cannot write .*a-file\/out: .*a-file is a file, not a folder \[unsafe-output\]$/m);
    expect(r.stderr).not.toMatch(/internal error|\bat .*:\d+:\d+\)/);
    const f = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', join(dir, 'a-file')]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('a-file is a file, not a folder; choose a folder to render into [unsafe-output]');
    expect(readFileSync(join(dir, 'a-file'), 'utf8')).toBe('x');
  });

  it('re-rendering replaces stale files', async () => {
    const out = join(dir, 'out');
    expect((await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out])).code).toBe(0);
    writeFileSync(join(out, 'stale.yaml'), 'x: 1\n');
    expect((await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out])).code).toBe(0);
    expect(existsSync(join(out, 'stale.yaml'))).toBe(false);
  });

  it('a failing re-render leaves the previous render untouched', async () => {
    const out = join(dir, 'out');
    expect((await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out])).code).toBe(0);
    const placement = join(out, 'environments/hello-universe/primary/placement-hello-universe-hello-universe-demo.yaml');
    const before = readFileSync(placement, 'utf8');
    expect(before).toContain('numberOfClusters: 1');
    const f = join(dir, 'repo/hello-universe.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('numberOfClusters: 1', 'numberOfClusters: 2').replace('type: topology-ocm', 'type: topology-ocmm'));
    expect((await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out])).code).toBe(1);
    expect(readFileSync(placement, 'utf8')).toBe(before);
  });

  it('has --help on every command and exit 2 for usage errors', async () => {
    for (const c of ['validate', 'render', 'plan', 'explain', 'bootstrap', 'publish', 'diff']) {
      const r = await hubcast([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('--repo <dir>');
    }
    expect((await hubcast(['render', '--layout', 'sideways'])).code).toBe(2);
  });

  it('plan --json lists deployments with environment revision and object counts', async () => {
    const r = await hubcast(['plan', '--repo', join(dir, 'repo'), '--json']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.deployments).toEqual([
      expect.objectContaining({
        deployment: 'hello-universe/hello-universe-demo',
        environment: 'hello-universe/primary',
        environmentRevision: 'v1',
        topology: 'topology-ocm',
        objects: { Deployment: 1, Namespace: 1, Service: 1 },
      }),
    ]);
    expect(p.diagnostics.map((d: { code: string }) => d.code)).toContain('system-namespace-fallback');
  });
});

describe('hubcast CLI on the fleet example', () => {
  it('renders examples/fleet with no network: sources.offline in hubcast.yaml', async () => {
    const r = await hubcast(['plan', '--repo', join(root, 'examples/fleet'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).deployments.map((d: { deployment: string }) => d.deployment)).toContain('shop/status-page');
  });
});

describe('render --out - (the objects on stdout)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-stdout-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const fleet = join(root, 'examples/fleet');

  it('prints every object of the folder render, each once, as one YAML stream; no lock, no kustomization.yaml', async () => {
    const out = join(dir, 'out');
    expect((await hubcast(['render', '--repo', fleet, '--out', out])).code).toBe(0);
    const r = await hubcast(['render', '--repo', fleet, '--out', '-']);
    expect(r.code).toBe(0);
    const docs = r.stdout.split(/^---\n/m).slice(1);
    expect(r.stderr).toContain(`rendered 5 deployments (per-cluster layout) to stdout: ${docs.length} objects`);
    // Each document says which file it is in; a rollout's file in flux/ holds several (one per wave).
    const bySource = new Map<string, string[]>();
    for (const d of docs) {
      const source = /^# Source: (.*)\n/.exec(d)![1];
      bySource.set(source, [...(bySource.get(source) ?? []), d.replace(/^# Source: .*\n/, '')]);
    }
    expect([...bySource.values()].filter((d) => d.length > 1).length).toBe(3); // the three rolled-out deployments
    const files = readdirRecursive(out);
    const objectFiles = files.filter((f) => f.endsWith('.yaml') && !f.endsWith('kustomization.yaml'));
    expect([...bySource.keys()].sort()).toEqual(objectFiles.sort());
    for (const f of objectFiles) expect(bySource.get(f)!.join('---\n')).toBe(readFileSync(join(out, f), 'utf8'));
    expect(files).toContain('hubcast.lock.json');
    expect(r.stdout).not.toContain('kind: Kustomization\nresources:'); // the kustomize files, not Flux Kustomizations
    // It is what a same-render twice gives: deterministic to the byte.
    expect((await hubcast(['render', '--repo', fleet, '--out', '-'])).stdout).toBe(r.stdout);
  });

  it('prints nothing on bad input, ends quietly when the reader stops early, and will not mix with --json', async () => {
    cpSync(join(root, 'examples/hello-universe'), join(dir, 'repo'), { recursive: true });
    const f = join(dir, 'repo/hello-universe.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('type: topology-ocm', 'type: topology-ocmm'));
    const bad = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', '-']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    // A fleet whose stream is far beyond a pipe's buffer, read by a reader that stops after 100 bytes.
    const big = join(dir, 'big');
    for (const [p, t] of Object.entries(generateFleet(SIZES.small))) {
      mkdirSync(dirname(join(big, p)), { recursive: true });
      writeFileSync(join(big, p), t);
    }
    const head = spawnSync('bash', ['-c', `node "${bin}" render --no-history --repo "${big}" --out - | head -c 100 | wc -c; echo "exit \${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(head.stdout).toBe('100\nexit 0\n');
    expect(head.stderr).toMatch(/rendered 10 deployments/);
    expect(head.stderr).not.toMatch(/EPIPE|internal error/);
    expect((await hubcast(['render', '--no-history', '--repo', big, '--out', '-'])).stdout.length).toBeGreaterThan(1 << 18);
    // stdout stays a blocking pipe: a CLI that made it non-blocking (creating process.stdout does) writes its
    // objects in naps whenever the reader is behind. A real process reports the flags of its fd 1 at the end.
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `import { readFileSync } from 'node:fs';\nconst { main } = await import(${JSON.stringify(join(root, 'dist/cli.mjs'))});\nconst code = await main(process.argv.slice(2));\nprocess.stderr.write('code ' + code + ' ' + /^flags:\\s*(\\d+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))[0] + '\\n');\n`,
    );
    const flags = spawnSync(process.execPath, [probe, 'render', '--repo', fleet, '--out', '-', '-q'], {
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 1 << 26,
    });
    const m = /code 0 flags:\s*(\d+)/.exec(flags.stderr);
    expect(m, flags.stderr).not.toBeNull();
    expect(Number.parseInt(m![1], 8) & 0o4000, 'O_NONBLOCK on stdout').toBe(0);
    const both = await hubcast(['render', '--repo', fleet, '--out', '-', '--json']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json and --out - both print to stdout');
  });
});

function readdirRecursive(d: string, rel = ''): string[] {
  return readdirSync(join(d, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? readdirRecursive(d, join(rel, e.name)) : [join(rel, e.name)]));
}
