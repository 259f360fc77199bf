// The bundles hubcast runs from: current with src/, and reporting internal errors at src/ lines.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/git.ts';

describe('dist/', () => {
  it('is what src/ bundles to (run `npm run bundle` after changing src/, and commit dist/)', () => {
    // test/setup/dist.ts compared before any test ran, and rebuilt what differed.
    expect(inject('staleDist'), 'dist/ files that were stale (rebuilt now: commit them)').toEqual([]);
  });

  it("names src/ files and lines in an internal error's stack (mapped through the bundle's source map when printed)", () => {
    // Writing to stdout throws: an internal error, which the CLI prints with its stack for a bug report.
    const refuse = 'data:text/javascript,process.stdout.write=()=>{throw new Error("stdout refused")}';
    const r = spawnSync(process.execPath, ['--import', refuse, join(ROOT, 'bin/hubcast.js'), 'plan', '--repo', join(ROOT, 'examples/hello-universe')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('hubcast: internal error: Error: stdout refused');
    expect(r.stderr).toMatch(/\(.*\/src\/cli\/commands\/plan\.ts:\d+:\d+\)/);
    expect(r.stderr).not.toMatch(/dist\/cli\.mjs:\d+/);
  });
});
