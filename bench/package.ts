// The published package as a user gets it: `npm pack`, installed into an empty project (it depends on
// nothing, so no registry is asked), its size and package count, and how fast `hubcast --help` starts
// against `node -e 0` and against loading the bundle alone.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PackageFigures {
  tarballBytes: number;
  installedBytes: number;
  packages: number;
  /** Medians, milliseconds. */
  nodeStartMs: number;
  bundleLoadMs: number;
  helpMs: number;
}

function bytesUnder(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) n += statSync(join(e.parentPath, e.name)).size;
  return n;
}

function medianMs(runs: number, args: string[], cwd: string): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, stdio: 'ignore', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
    xs.push(performance.now() - t);
  }
  return xs.sort((a, b) => a - b)[runs >> 1];
}

export function measurePackage(root: string, runs = 11): PackageFigures {
  const dir = mkdtempSync(join(tmpdir(), 'hubcast-bench-package-'));
  try {
    const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
    const project = join(dir, 'project');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), '{"name":"bench","version":"1.0.0","private":true}\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(dir, tgz)], { cwd: project, stdio: 'ignore' });
    const ls = execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: project, encoding: 'utf8' });
    const bin = join(project, 'node_modules/hubcast/bin/hubcast.js');
    const bundle = join(project, 'node_modules/hubcast/dist/cli.mjs');
    return {
      tarballBytes: statSync(join(dir, tgz)).size,
      installedBytes: bytesUnder(join(project, 'node_modules')),
      packages: ls.trim().split('\n').length - 1, // the first line is the project itself
      nodeStartMs: medianMs(runs, ['-e', '0'], project),
      bundleLoadMs: medianMs(runs, ['--input-type=module', '-e', `await import(${JSON.stringify(bundle)})`], project),
      helpMs: medianMs(runs, [bin, '--help'], project),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) console.log(JSON.stringify(measurePackage(join(import.meta.dirname, '..'))));
