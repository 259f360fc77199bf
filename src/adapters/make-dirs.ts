// `mkdir -p` that always ends. Node's mkdirSync(p, { recursive: true }) retries forever when mkdir
// answers ENOENT under a parent that exists (procfs does: `--out /proc/foo` spun at 90% CPU), and on a
// full disk it reports ENOENT instead of ENOSPC. Here each level is made once, and a level that still
// cannot be made is an error naming it.

import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export function makeDirs(dir: string): void {
  try {
    mkdirSync(dir);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (statSync(dir).isDirectory()) return;
      throw Object.assign(new Error(`ENOTDIR: a file is where a folder must be, mkdir '${dir}'`), { code: 'ENOTDIR', path: dir });
    }
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw e;
    makeDirs(parent);
  }
  // The parent exists now: one more try, and its error is final.
  try {
    mkdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw e;
  }
}
