// Every output hubcast cannot write ends in seconds with exit 2 and one line naming the path and the
// reason, and leaves nothing behind. Read-only and full file systems are real: a read-only bind mount
// and a small tmpfs, mounted in a private user and mount namespace (`unshare -rm`) that ends with the
// test, so nothing on the machine is touched.
// Real processes, but for one test: the namespaces and `ulimit -f` (SIGXFSZ) hold for a process, and the
// paths under /proc are where a recursive mkdir spins for ever, a hang only a process can be bounded in.
// A file in the way of --out, and the render the read-only test starts from, run in process
// (test/helpers/cli-run.ts).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateFleet, SIZES } from '../../bench/fleet-generator.ts';
import { hubcast as cli } from '../helpers/cli-run.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/hubcast.js');
/** What "in seconds" means here: start-up through tsx on a busy 2-core machine included. */
const BOUND_MS = 30_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function timed(cmd: string, args: string[]): Run {
  const t = Date.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: BOUND_MS * 2, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t };
}

const hubcast = (args: string[]) => timed(process.execPath, [bin, ...args]);

async function inProcess(args: string[]): Promise<Run> {
  const t = Date.now();
  const r = await cli(args);
  return { ...r, ms: Date.now() - t };
}

/** hubcast run after `setup` (mount commands) inside a private user + mount namespace. */
function inNamespace(setup: string, args: string[]): Run {
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(' ');
  return timed('unshare', ['-rm', 'sh', '-c', `${setup} && exec ${quoted}`]);
}

/** Exit 2, in bounded time, one error line that names the output, says why, no stack trace. */
function expectNamedFailure(r: Run, out: string, reason: RegExp): void {
  expect(r.ms, r.stderr).toBeLessThan(BOUND_MS);
  expect(r.code, r.stderr).toBe(2);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
  expect(errors, r.stderr).toHaveLength(1);
  expect(errors[0]).toContain(out);
  expect(errors[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.stdout).toBe('');
}

describe('unwritable --out', () => {
  let dir: string;
  let repo: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-unwritable-'));
    repo = join(dir, 'repo');
    cpSync(join(root, 'examples/hello-universe'), repo, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("a path under /proc (where Node's recursive mkdir spins forever)", () => {
    const r = hubcast(['render', '--repo', repo, '--out', '/proc/hubcast-out']);
    expectNamedFailure(r, '/proc/hubcast-out', /no folder can be made there \(ENOENT at \/proc\) \[unsafe-output\]$/);
    expect(existsSync('/proc/hubcast-out')).toBe(false);
  });

  it('a file given as --out, and a file where one of its folders must be', async () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    expectNamedFailure(await inProcess(['render', '--repo', repo, '--out', join(dir, 'a-file')]), join(dir, 'a-file'), /is a file, not a folder/);
    const deep = join(dir, 'a-file', 'sub', 'out');
    expectNamedFailure(await inProcess(['render', '--repo', repo, '--out', deep]), deep, /a-file is a file, not a folder/);
    expect(readFileSync(join(dir, 'a-file'), 'utf8')).toBe('x');
    expect(readdirSync(dir).sort()).toEqual(['a-file', 'repo']);
  });

  it('a read-only file system, for a new folder and over a previous render', async () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    const ok = await cli(['render', '--repo', repo, '--out', join(ro, 'previous')]);
    expect(ok.code, ok.stderr).toBe(0);
    const before = readdirSync(join(ro, 'previous')).sort();
    const mountRo = `mount --bind '${ro}' '${ro}' && mount -o remount,ro,bind '${ro}'`;
    const fresh = inNamespace(mountRo, ['render', '--repo', repo, '--out', join(ro, 'new')]);
    expectNamedFailure(fresh, join(ro, 'new'), /the file system is read-only \(EROFS at .*\)/);
    // Over a previous render: refused before rendering, the render left as it was.
    const again = inNamespace(mountRo, ['render', '--repo', repo, '--out', join(ro, 'previous')]);
    expectNamedFailure(again, join(ro, 'previous'), /the file system is read-only/);
    expect(readdirSync(ro)).toEqual(['previous']);
    expect(readdirSync(join(ro, 'previous')).sort()).toEqual(before);
  });

  it('a full disk: a 4 KiB tmpfs holds one file of the render', () => {
    const full = join(dir, 'full');
    mkdirSync(full);
    const r = inNamespace(`mount -t tmpfs -o size=4k tmpfs '${full}'`, ['render', '--repo', repo, '--out', join(full, 'out')]);
    expectNamedFailure(r, join(full, 'out'), /no space left on the disk \(ENOSPC at .*\.yaml\) \[output\]$/);
  });

  it('a full disk met by the writer threads (a render of hundreds of files)', () => {
    const fleet = join(dir, 'fleet');
    for (const [p, t] of Object.entries(generateFleet({ ...SIZES.small, workloads: 40 }))) {
      mkdirSync(dirname(join(fleet, p)), { recursive: true });
      writeFileSync(join(fleet, p), t);
    }
    const full = join(dir, 'full');
    mkdirSync(full);
    // About 440 files; 330 inodes: the first 256 land from the main thread, then creating more fails on
    // the writer threads.
    const r = inNamespace(`mount -t tmpfs -o size=64m,nr_inodes=330 tmpfs '${full}'`, ['render', '--no-history', '--repo', fleet, '--out', join(full, 'out')]);
    expectNamedFailure(r, join(full, 'out'), /no space left on the disk \(ENOSPC at .*\) \[output\]$/);
  });

  it('a file over the file size limit (ulimit -f)', () => {
    const out = join(dir, 'out');
    const r = timed('sh', ['-c', `ulimit -f 1 && exec '${process.execPath}' '${bin}' render --repo '${repo}' --out '${out}'`]);
    expectNamedFailure(r, out, /larger than the file size limit allows \(EFBIG at .*\) \[output\]$/);
    expect(readdirSync(dir)).toEqual(['repo']);
  });

  it('a diff report under /proc: one named line, exit 2', () => {
    const r = hubcast(['diff', '--repo', repo, '--base-dir', repo, '--head-dir', repo, '--format', 'html', '--out', '/proc/hubcast-x/report.html']);
    expectNamedFailure(r, '/proc/hubcast-x', /no folder can be made there \(ENOENT at \/proc\/hubcast-x\) \[output\]$/);
  });
});
