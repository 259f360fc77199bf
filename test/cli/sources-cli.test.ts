// The source flags as a user runs them: --offline renders the fleet example from its committed
// cache, --locked re-renders from the lock, and missing pieces are clear errors. In process
// (test/helpers/cli-run.ts); no real process: nothing here is about one.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubcast } from '../helpers/cli-run.ts';

const root = join(import.meta.dirname, '../..');

const files = (dir: string): Map<string, string> =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );

describe('hubcast render --offline / --locked', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-srccli-'));
    cpSync(join(root, 'examples/fleet'), join(dir, 'repo'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('renders the fleet example offline, then re-renders byte-identically from the lock', async () => {
    const out = join(dir, 'out');
    const first = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out, '--offline']);
    expect(first.stderr).toContain('rendered 5 deployments');
    expect(first.code).toBe(0);
    const lock = JSON.parse(readFileSync(join(out, 'hubcast.lock.json'), 'utf8'));
    expect(lock.sources['helm:https://charts.shop.example/stable#podinfo@>=6.5 <7'].version).toBe('6.7.1');
    const before = files(out);

    const again = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out, '--offline', '--locked', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).diagnostics.filter((d: { severity: string }) => d.severity !== 'info')).toEqual([]);
    expect(files(out)).toEqual(before);
  });

  it('--locked without a lock, and --offline without a cache, are errors that write nothing', async () => {
    const out = join(dir, 'out');
    const locked = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out, '--offline', '--locked']);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/error: --locked: there is no lock file at .*hubcast\.lock\.json \[lock-missing\]\n {2}hint: render once without --locked/);
    const nocache = await hubcast(['validate', '--repo', join(dir, 'repo'), '--offline', '--cache-dir', join(dir, 'nothing')]);
    expect(nocache.code).toBe(1);
    expect(nocache.stderr).toMatch(
      /^system\/profiles\.yaml:\d+:\d+: error: chart "podinfo" from Repository shop\/charts \(https:\/\/charts\.shop\.example\/stable\): the index of https:\/\/charts\.shop\.example\/stable is not in the source cache/m,
    );
    expect(() => readdirSync(out)).toThrow();
  });

  it('documents the flags in --help', async () => {
    const help = await hubcast(['render', '--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--offline', '--locked', '--lock-file <path>', '--cache-dir <dir>']) expect(help.stdout).toContain(flag);
  });
});
