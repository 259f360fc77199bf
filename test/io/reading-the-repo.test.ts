// Reading the spec repository: an earlier render inside it is output, not specs (skipped whole, with
// one info line, from disk and from git), and `--inventory DIR` inside it reads each file once.
// Runs in process (test/helpers/cli-run.ts): nothing here is about the process.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRootsOf } from '../../src/load/render-roots.ts';
import { hubcast as cli } from '../helpers/cli-run.ts';

const root = join(import.meta.dirname, '../..');

async function hubcast(args: string[]) {
  const t = Date.now();
  const r = await cli(args);
  expect(Date.now() - t).toBeLessThan(45_000);
  return r;
}

type Diag = { severity: string; code: string; message: string; file: string | null; line: number | null; column: number | null };
const diagnostics = (stdout: string): Diag[] => JSON.parse(stdout).diagnostics;

/** An Environment that fails its schema: read as specs, it fails the run. */
const BROKEN_SPEC =
  'apiVersion: spectrocloud.com/v1beta1\nkind: Environment\nmetadata:\n  name: stale\n  namespace: shop\nspec:\n  topology:\n    type: nope\n';

describe('renderRootsOf', () => {
  it('finds the folders holding the marker, or a lock beside a kustomization.yaml; outermost only; never the root', async () => {
    const paths = [
      'hubcast.lock.json',
      'kustomization.yaml',
      'a/.hubcast-render',
      'a/x.yaml',
      'a/inner/.hubcast-render',
      'b/c/hubcast.lock.json',
      'b/c/kustomization.yaml',
      'd/hubcast.lock.json',
      'e/kustomization.yaml',
    ];
    expect(renderRootsOf(paths)).toEqual(['a', 'b/c']);
  });
});

describe('a render inside the spec repo', () => {
  let dir: string;
  let repo: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-readrepo-'));
    repo = join(dir, 'repo');
    cpSync(join(root, 'examples/fleet'), repo, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is skipped whole with one info line, marked or (renders made before the marker) by its lock and kustomization.yaml', async () => {
    const clean = diagnostics((await hubcast(['validate', '--repo', repo, '--json'])).stdout);
    expect((await hubcast(['render', '--repo', repo, '--out', join(repo, 'old-render')])).code).toBe(0);
    writeFileSync(join(repo, 'old-render', 'stale.yaml'), BROKEN_SPEC);
    for (const legacy of [false, true]) {
      if (legacy) rmSync(join(repo, 'old-render', '.hubcast-render'));
      const r = await hubcast(['validate', '--repo', repo, '--json']);
      expect(r.code, r.stdout).toBe(0);
      const diags = diagnostics(r.stdout);
      const skipped = diags.filter((d) => d.code === 'render-skipped');
      expect(skipped).toHaveLength(1);
      expect(skipped[0]).toMatchObject({ severity: 'info', message: expect.stringMatching(/^old-render\/ holds a hubcast render/) });
      // Nothing else differs from the repo without the render: no kustomization.yaml or ManifestWork read.
      expect(diags.filter((d) => d.code !== 'render-skipped')).toEqual(clean);
    }
  });

  it('committed, it is skipped when the specs are read from git (diff at a commit)', async () => {
    expect((await hubcast(['render', '--repo', repo, '--out', join(repo, 'old-render')])).code).toBe(0);
    writeFileSync(join(repo, 'old-render', 'stale.yaml'), BROKEN_SPEC);
    const g = (...a: string[]) =>
      execFileSync('git', ['-C', repo, ...a], { env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } });
    g('init', '-q', '-b', 'main');
    g('add', '-A');
    g('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'specs and an old render');
    const r = await hubcast(['diff', '--repo', repo, '--base', 'HEAD', '--head', 'HEAD', '--format', 'json', '--exit-code']);
    expect(r.stderr).not.toMatch(/old-render|stale/);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('--inventory inside the repo', () => {
  let dir: string;
  let repo: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-inv-'));
    repo = join(dir, 'repo');
    cpSync(join(root, 'examples/fleet'), repo, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const render = (out: string, ...extra: string[]) => hubcast(['render', '--repo', repo, '--out', out, '--json', ...extra]);

  it('reads each file once: the same render as without the flag, no false name-collision', async () => {
    const without = await render(join(dir, 'a'));
    expect(without.code).toBe(0);
    for (const inv of [join(repo, 'inventory'), `${join(repo, 'inventory')}/`, repo]) {
      const r = await render(join(dir, 'b'), '--inventory', inv);
      expect(r.code, r.stdout).toBe(0);
      expect(diagnostics(r.stdout).filter((d) => d.severity !== 'info')).toEqual(diagnostics(without.stdout).filter((d) => d.severity !== 'info'));
      expect(JSON.parse(r.stdout).files).toEqual(JSON.parse(without.stdout).files);
      expect(readFileSync(join(dir, 'b', 'hubcast.lock.json'), 'utf8')).toBe(readFileSync(join(dir, 'a', 'hubcast.lock.json'), 'utf8'));
    }
  });

  it('reached through a link is still one file (same file on disk)', async () => {
    renameSync(join(repo, 'inventory'), join(dir, 'hub-inventory'));
    symlinkSync(join(dir, 'hub-inventory'), join(repo, 'inventory'));
    const r = await render(join(dir, 'b'), '--inventory', join(dir, 'hub-inventory'));
    expect(r.code, r.stdout).toBe(0);
    expect(diagnostics(r.stdout).filter((d) => d.code === 'name-collision' || d.code === 'duplicate-object')).toEqual([]);
  });

  it('two different files defining the same cluster: "defined twice" with both positions', async () => {
    cpSync(join(repo, 'inventory', 'hub-export.yaml'), join(repo, 'inventory', 'again.yaml'));
    const r = await render(join(dir, 'b'));
    expect(r.code).toBe(1);
    const dups = diagnostics(r.stdout).filter((d) => d.code === 'duplicate-object');
    expect(dups.length).toBeGreaterThan(0);
    expect(dups.find((d) => d.message.startsWith('ManagedCluster prod-use-1 '))).toMatchObject({
      file: 'inventory/hub-export.yaml',
      message: expect.stringMatching(/^ManagedCluster prod-use-1 is defined twice \(first at inventory\/again\.yaml:\d+:\d+\)$/),
    });
    expect(diagnostics(r.stdout).filter((d) => d.code === 'name-collision')).toEqual([]);
  });
});
