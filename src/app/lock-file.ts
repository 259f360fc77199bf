// The lock --locked holds a render to: read from <out>/hubcast.lock.json or --lock-file, and what
// is wrong with it when it cannot be used (missing, damaged, or written before it recorded the
// spec references).

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import { LOCK_FILE, readLockText, type Lock } from '../emit/lock.ts';

export const DEFAULT_OUT_DIR = 'out/rendered';

/** Where --locked reads the lock: --lock-file, else the lock of the output folder. */
export function lockPath(lockFile: string | undefined, outDir: string | undefined): string {
  return resolve(lockFile ?? join(outDir ?? DEFAULT_OUT_DIR, LOCK_FILE));
}

/**
 * The lock, or the error that stops --locked. A lock without `references` (from a hubcast that did
 * not record them) is read, and returned with an error: its sources can be held, its spec
 * references cannot.
 */
export function readLockFile(path: string): { lock?: Lock; diagnostic?: Diagnostic } {
  if (!existsSync(path)) {
    return {
      diagnostic: error('lock-missing', `--locked: there is no lock file at ${path}`, undefined, 'render once without --locked, or pass --lock-file PATH'),
    };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { diagnostic: error('lock-invalid', `--locked: cannot read ${path}: ${(e as Error).message}`) };
  }
  const read = readLockText(text);
  if ('problem' in read) {
    return {
      diagnostic: error(
        'lock-invalid',
        `--locked: ${path} is not a usable hubcast lock: ${read.problem}`,
        { file: path, line: 1, column: 1 },
        'delete it and render without --locked to write a new one (or restore it from git), or pass --lock-file PATH to a good lock',
      ),
    };
  }
  if (!read.lock.references) {
    return {
      lock: read.lock,
      diagnostic: error(
        'lock-outdated',
        `--locked: ${path} records no spec references (the Environment, WorkloadProfile, ProfileBundle and definition revisions each reference resolved to): it was written by an older hubcast${read.lock.hubcastVersion ? ` (${String(read.lock.hubcastVersion)})` : ''}`,
        { file: path, line: 1, column: 1 },
        'render once without --locked to record them in the lock, then commit the new lock',
      ),
    };
  }
  return { lock: read.lock };
}
