// File-system adapter: makes an output folder hold exactly a rendered tree, file by file as the emitter
// produces them (see StreamingTree in emit/tree.ts).

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { digest } from '../core/digest.ts';
import { unsafePathReason } from '../core/safe-path.ts';
import { LOCK_FILE } from '../emit/lock.ts';
import type { OutputTree } from '../emit/tree.ts';
import { fileSink, WriterStalled, type FileSink, type FileSinkOptions, type FileRecord } from './file-sink.ts';
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
    // The last check before the disk: a path that is not a clean relative one, or that resolves
    // outside the folder, is never written.
    const reason = unsafePathReason(path) ?? (resolve(target, path).startsWith(target + sep) ? undefined : 'resolves outside the folder');
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
function folderMaker(): (abs: string) => void {
  const made = new Set<string>();
  return (abs) => {
    const dir = dirname(abs);
    if (made.has(dir)) return;
    makeDirs(dir);
    made.add(dir);
  };
}

function freshWriter(target: string, sink: FileSink, index?: StatIndex): TreeWriter {
  const staging = `${target}.hubcast-tmp-${process.pid}`;
  let started = false;
  let written = 0;
  const makeDir = folderMaker();
  const start = () => {
    if (started) return;
    rmSync(staging, { recursive: true, force: true });
    started = true;
  };
  return {
    write(path, text) {
      start();
      const abs = join(staging, path);
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
  const present = listFiles(target);
  const kept = new Set<string>();
  let written = 0;
  const makeDir = folderMaker();
  return {
    write(path, text) {
      kept.add(path);
      const abs = join(target, path);
      if (present.has(path) && (index ? index.unchanged(path, text) : readFileSync(abs, 'utf8') === text)) return;
      makeDir(abs);
      sink.write(path, abs, text, `${abs}.hubcast-tmp-${process.pid}`);
      written++;
    },
    finish() {
      const records = sink.finish();
      writeMarker(target);
      let removed = 0;
      for (const path of present) {
        if (kept.has(path) || path === RENDER_MARKER) continue;
        rmSync(join(target, path), { force: true });
        removed++;
      }
      if (removed) removeEmptyDirs(target);
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
function writeMarker(dir: string): void {
  const abs = join(dir, RENDER_MARKER);
  if (!existsSync(abs)) writeFileSync(abs, MARKER_TEXT);
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

function removeEmptyDirs(dir: string): boolean {
  let empty = true;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && removeEmptyDirs(join(dir, e.name))) rmSync(join(dir, e.name), { recursive: true, force: true });
    else empty = false;
  }
  return empty;
}

/**
 * What a folder held when hubcast last wrote it: per file its size, mtime, ctime, inode and the sha1 of
 * the text written. A re-render then knows a file is unchanged from a stat and a hash of the new text,
 * without reading it: reading 10,000 files was 0.4 s of a 1.2 s re-render. The stat fields are git's
 * "racy clean" test: any write to a file changes its ctime, which no tool can set back; a file whose stat
 * differs from the index is read and compared as before. Kept outside the folder (nothing is added to
 * the rendered tree), keyed by its absolute path.
 */
class StatIndex {
  private readonly old = new Map<string, Entry>();
  private readonly next = new Map<string, Entry>();
  /** Files found unchanged by reading them (not indexed yet): their hash, stat read on save. */
  private readonly confirmed = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly target: string,
  ) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; target?: string; files?: Record<string, Entry> };
      if (data.version === INDEX_VERSION && data.target === target) for (const [p, e] of Object.entries(data.files ?? {})) this.old.set(p, e);
    } catch {
      // No index yet, or an unreadable one: every file is read and compared.
    }
  }

  /** True when the file on disk is, by its stat, the one last written, and that text equals `text`. */
  unchanged(path: string, text: string): boolean {
    const abs = join(this.target, path);
    const e = this.old.get(path);
    const hash = digest(text);
    if (e && e[4] === hash) {
      const st = statOf(abs);
      if (st && sameStat(e, st)) {
        this.next.set(path, e);
        return true;
      }
    }
    if (readFileSync(abs, 'utf8') !== text) return false;
    this.confirmed.set(path, hash);
    return true;
  }

  /** Saves the index: the files written, as the sink recorded them, and those confirmed by reading. */
  save(written: Map<string, FileRecord>): void {
    for (const [path, hash] of this.confirmed) {
      const st = statOf(join(this.target, path));
      if (st) this.next.set(path, [st.size, st.mtimeMs, st.ctimeMs, st.ino, hash]);
    }
    for (const [path, record] of written) this.next.set(path, record);
    try {
      makeDirs(dirname(this.file));
      const tmp = `${this.file}.tmp-${process.pid}`;
      writeFileSync(tmp, JSON.stringify({ version: INDEX_VERSION, target: this.target, files: Object.fromEntries(this.next) }));
      renameSync(tmp, this.file);
    } catch {
      // An index that cannot be written only makes the next re-render read the files.
    }
  }
}

const INDEX_VERSION = 1;
type Entry = FileRecord;

function sameStat(e: Entry, st: Stats): boolean {
  return st.size === e[0] && st.mtimeMs === e[1] && st.ctimeMs === e[2] && st.ino === e[3];
}

function statOf(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

/** Where the CLI keeps the stat index of an output folder: the user's cache, never the folder itself. */
export function treeIndexFile(outDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
  if (!base) return undefined;
  return join(base, 'hubcast', 'render-index', `${createHash('sha1').update(resolve(outDir)).digest('hex')}.json`);
}
