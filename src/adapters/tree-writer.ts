// File-system adapter: makes an output folder hold exactly a rendered tree, file by file as the emitter
// produces them (see StreamingTree in emit/tree.ts).

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { folderOf, unsafePathReason } from '../core/safe-path.ts';
import { LOCK_FILE } from '../emit/lock.ts';
import type { OutputTree } from '../emit/tree.ts';
import { fileSink, WriterStalled, type FileSink, type FileSinkOptions } from './file-sink.ts';
import { StatIndex, statOf } from './stat-index.ts';
import { makeDirs } from './make-dirs.ts';
import { RENDER_MARKER } from '../load/render-roots.ts';

export interface TreeWriterOptions {
  /**
   * Where to keep the stat index of the folder (see StatIndex); without one, a re-render reads every
   * existing file to compare it.
   */
  indexFile?: string;
  /** How files are written (see fileSink: on worker threads once a tree is large). */
  sink?: FileSinkOptions;
}

export class UnsafeOutputDir extends Error {}

/** Writes a tree into a folder file by file, as the emitter produces it (see StreamingTree). */
export interface TreeWriter {
  /**
   * Why the folder must not or cannot be written (not empty and not a previous render, a file, a place
   * where no folder can be made), or undefined. Known before anything is rendered.
   */
  readonly unsafe?: string;
  write(path: string, text: string): void;
  /** Makes the folder hold exactly what was written. */
  finish(): { written: number; removed: number };
  /** Leaves the folder as it was (only a first render into a new folder is fully undone). */
  abort(): void;
  /** Files written by worker threads so far. */
  readonly pooled: number;
}

/**
 * Make outDir hold exactly the tree. A new or empty folder is written beside it and swapped in,
 * so an interrupted first write never leaves half a render. Over a previous render only what
 * changed is written (each file through a temporary name and a rename) and stale files are
 * removed: at 10,000 files, writing is most of a render's time (kernel write-back), and a
 * re-render usually changes a handful. A non-empty folder that is not a previous hubcast render
 * is refused rather than touched.
 */
export function openTreeWriter(outDir: string, opts: TreeWriterOptions = {}): TreeWriter {
  const target = resolve(outDir);
  try {
    const unsafe = unsafeReason(outDir, target);
    if (unsafe) return refusing(unsafe);
    const exists = existsSync(target) && readdirSync(target).length > 0;
    const index = opts.indexFile ? new StatIndex(opts.indexFile, target) : undefined;
    const sink = fileSink(opts.sink);
    return failingAsOutput(target, exists ? inPlaceWriter(target, sink, index) : freshWriter(target, sink, index));
  } catch (e) {
    // A folder that cannot even be listed (no permission): a reason, like any other unwritable output.
    if (!isErrno(e)) throw e;
    return refusing(`cannot write ${outDir}: ${writeFailure(e)}`);
  }
}

function refusing(unsafe: string): TreeWriter {
  const refuse = (): never => {
    throw new UnsafeOutputDir(unsafe);
  };
  return { unsafe, write: refuse, finish: refuse, abort: () => undefined, pooled: 0 };
}

const isErrno = (e: unknown): boolean => typeof (e as NodeJS.ErrnoException)?.code === 'string' && (e as NodeJS.ErrnoException).code!.startsWith('E');

function unsafeReason(outDir: string, target: string): string | undefined {
  const st = statOf(target);
  if (!st) return unwritableReason(outDir, target);
  if (!st.isDirectory()) return `${outDir} is a file, not a folder; choose a folder to render into`;
  if (readdirSync(target).length > 0 && !existsSync(join(target, LOCK_FILE)))
    return `${outDir} is not empty and holds no ${LOCK_FILE}; refusing to replace it (choose an empty or new folder)`;
  return unwritableReason(outDir, target);
}

/**
 * Whether a folder can be made where the render goes, tried before anything is rendered: a folder is
 * made and removed beside the target (in it, when it exists). Catches /proc, read-only file systems,
 * missing permissions and a file where a folder must be; nothing is left behind.
 */
function unwritableReason(outDir: string, target: string): string | undefined {
  let existing = existsSync(target) ? target : dirname(target);
  while (!statOf(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const st = statOf(existing);
  if (st && !st.isDirectory()) return `cannot write ${outDir}: ${existing} is a file, not a folder`;
  const probe = join(existing, `.hubcast-probe-${process.pid}`);
  try {
    mkdirSync(probe);
    rmdirSync(probe);
    return undefined;
  } catch (e) {
    return `cannot write ${outDir}: ${writeFailure(e, existing)}`;
  }
}

/** What a file-system error means, in words, with the code and the path it happened at (or `at`). */
export function writeFailure(e: unknown, at?: string): string {
  const { code } = e as NodeJS.ErrnoException;
  const path = at ?? (e as NodeJS.ErrnoException).path;
  const words = (code && WRITE_ERRORS[code]) ?? (e as Error).message;
  return `${words}${code ? ` (${code}${path ? ` at ${path}` : ''})` : ''}`;
}

const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a file is where a folder must be',
  EISDIR: 'a folder is where a file must be',
  ENOENT: 'no folder can be made there',
  EFBIG: 'a file is larger than the file size limit allows',
  ENAMETOOLONG: 'a path is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
};

/** The file system refused a write (permissions, a full disk, a file where a folder must go). */
export class OutputWriteError extends Error {}

/** Wraps the file system's errors in OutputWriteError, naming the folder: they are the machine's, not hubcast's. */
function failingAsOutput(target: string, w: TreeWriter): TreeWriter {
  const guard =
    <A extends unknown[], R>(fn: (...a: A) => R) =>
    (...a: A): R => {
      try {
        return fn(...a);
      } catch (e) {
        if (e instanceof WriterStalled) throw new OutputWriteError(`cannot write ${target}: ${e.message}`);
        if (isErrno(e)) throw new OutputWriteError(`cannot write ${target}: ${writeFailure(e)}`);
        throw e;
      }
    };
  const inside = (path: string) => {
    // The last check before the disk: a path that is not a clean relative one (no empty, "." or ".."
    // part, not absolute) is never written; a clean one cannot lead outside the folder.
    const reason = unsafePathReason(path);
    if (reason) throw new OutputWriteError(`refusing to write ${JSON.stringify(path)} into ${target}: the path ${reason}`);
  };
  return {
    write: guard((path: string, text: string) => {
      inside(path);
      w.write(path, text);
    }),
    finish: guard(() => w.finish()),
    abort: () => w.abort(),
    get pooled() {
      return w.pooled;
    },
  };
}

export function writeTree(outDir: string, tree: OutputTree): { written: number; removed: number } {
  const w = openTreeWriter(outDir);
  for (const [path, text] of tree) w.write(path, text);
  return w.finish();
}

/** Creates each file's folder once. */
/**
 * Creates each file's folder once, its parents first: a first render's new folders are then made in one
 * mkdir each, not after a failed one (a rollout's `rollouts/<ns>/<deployment>/wave-1` has no parent yet).
 */
function folderMaker(root: string): (abs: string) => void {
  const made = new Set<string>();
  const make = (dir: string) => {
    if (made.has(dir)) return;
    if (dir !== root && dirname(dir) !== dir) make(dirname(dir));
    makeDirs(dir);
    made.add(dir);
  };
  // Files are `${root}/${path}`: the walk up ends at root.
  return (abs) => make(dirname(abs));
}

function freshWriter(target: string, sink: FileSink, index?: StatIndex): TreeWriter {
  const staging = `${target}.hubcast-tmp-${process.pid}`;
  let started = false;
  let written = 0;
  const makeDir = folderMaker(staging);
  const start = () => {
    if (started) return;
    rmSync(staging, { recursive: true, force: true });
    started = true;
  };
  return {
    write(path, text) {
      start();
      const abs = `${staging}/${path}`;
      index?.written(path);
      makeDir(abs);
      sink.write(path, abs, text);
      written++;
    },
    finish() {
      start();
      // Moving the staging folder changes no file's inode or times: the records taken there stay true.
      let records;
      try {
        records = sink.finish();
      } catch (e) {
        rmSync(staging, { recursive: true, force: true });
        throw e;
      }
      makeDirs(staging);
      writeMarker(staging);
      rmSync(target, { recursive: true, force: true });
      makeDirs(dirname(target));
      renameSync(staging, target);
      index?.save(records);
      return { written, removed: 0 };
    },
    abort() {
      sink.close();
      if (started) rmSync(staging, { recursive: true, force: true });
    },
    get pooled() {
      return sink.pooled;
    },
  };
}

function inPlaceWriter(target: string, sink: FileSink, index?: StatIndex): TreeWriter {
  const present = index ? index.listFiles() : listFiles(target);
  const kept = new Set<string>();
  let written = 0;
  const makeDir = folderMaker(target);
  return {
    write(path, text) {
      kept.add(path);
      // The path is a clean relative one (failingAsOutput checked it): joined without path.join's normalizing.
      const abs = `${target}/${path}`;
      if (present.has(path) && (index ? index.unchanged(path, abs, text) : readFileSync(abs, 'utf8') === text)) return;
      index?.written(path);
      makeDir(abs);
      sink.write(path, abs, text, `${abs}.hubcast-tmp-${process.pid}`);
      written++;
    },
    finish() {
      const records = sink.finish();
      if (writeMarker(target)) index?.changed('');
      let removed = 0;
      for (const path of present) {
        if (kept.has(path) || path === RENDER_MARKER) continue;
        rmSync(`${target}/${path}`, { force: true });
        index?.changed(folderOf(path));
        removed++;
      }
      if (removed) removeEmptyDirs(target, '', (dir) => index?.removedDir(dir));
      index?.save(records);
      return { written, removed };
    },
    // Files already renamed into place stay: a re-render is file by file, never half a file.
    abort: () => sink.close(),
    get pooled() {
      return sink.pooled;
    },
  };
}

/**
 * The marker that tells spec readers this folder is a render, not specs (see load/render-roots.ts). It
 * is not part of the rendered tree: the generated branch and `--out -` do not carry it.
 */
function writeMarker(dir: string): boolean {
  const abs = join(dir, RENDER_MARKER);
  if (existsSync(abs)) return false;
  writeFileSync(abs, MARKER_TEXT);
  return true;
}

const MARKER_TEXT = 'This folder is a hubcast render. hubcast never reads it as specs.\n';

/** Repo-relative POSIX paths of every file below dir. */
function listFiles(dir: string): Set<string> {
  const out = new Set<string>();
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else out.add(r);
    }
  };
  walk(dir, '');
  return out;
}

/** Removes the folders below `dir` left without files, telling `removed` each one's relative path. */
function removeEmptyDirs(dir: string, rel: string, removed: (rel: string) => void): boolean {
  let empty = true;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory() && removeEmptyDirs(join(dir, e.name), r, removed)) {
      rmSync(join(dir, e.name), { recursive: true, force: true });
      removed(r);
    } else empty = false;
  }
  return empty;
}

/** Where the CLI keeps the stat index of an output folder: the user's cache, never the folder itself. */
export function treeIndexFile(outDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
  if (!base) return undefined;
  return join(base, 'hubcast', 'render-index', `${createHash('sha1').update(resolve(outDir)).digest('hex')}.json`);
}
