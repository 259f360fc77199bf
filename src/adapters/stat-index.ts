// What a render folder held when hubcast last wrote it, kept in the user's cache (never in the folder):
// per file its stat after the write and the digest of the text written. A re-render then knows a file is
// unchanged from one stat and a digest of the new text, without reading it (reading 10,000 files was
// 0.4 s of a 1.2 s re-render).

import { readdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { digest } from '../core/digest.ts';
import { listAt } from '../core/map-lists.ts';
import { folderOf } from '../core/safe-path.ts';
import type { FileRecord } from './file-sink.ts';
import { makeDirs } from './make-dirs.ts';

const VERSION = 2;
/** Values per file in the flat list: path, then a FileRecord (size, mtimeMs, ctimeMs, ino, digest). */
const STRIDE = 6;
/** Values per folder: path ('' for the top), then mtimeMs, ctimeMs and ino when its listing is known, else nulls. */
const DIR_STRIDE = 4;
/**
 * A stat taken less than this before the index was saved may miss a later write: file times come from
 * the kernel's coarse clock (a tick of up to 10 ms), so a file changed within the tick of its stat keeps
 * the same ctime. Such entries are read and compared on the next render, as git does with "racily clean"
 * index entries.
 */
const RACY_MS = 100;

/**
 * The stat fields are git's: any write to a file changes its ctime, which no tool can set back; a file whose
 * stat differs from the index is read and compared. The index is a flat JSON list in the order the files
 * were written, which is the emitter's order and so the next render's: each file's entry is found where
 * the last one ended, and only a tree whose files differ builds a map by path. Parsing 12,000 entries as
 * one object keyed by path, then copying them into a Map, was 40 ms of a 1.5 s re-render; the list is ~10.
 */
export class StatIndex {
  private old: unknown[] = [];
  private oldDirs: unknown[] = [];
  /** Folders as found or made by this render: the stat their listing was read or trusted at, or undefined once changed. */
  private readonly dirs = new Map<string, Stats | undefined>();
  private listedAt = 0;
  /** Entries whose ctime is this or later are racy (see RACY_MS). */
  private racyFrom = Number.NEGATIVE_INFINITY;
  private cursor = 0;
  private byPath?: Map<string, number>;
  /** The files of this render, in order, and where each one's entry is kept from `old` (-1: new record). */
  private readonly paths: string[] = [];
  private readonly keptAt: number[] = [];
  /** Files found unchanged by reading them: their digest (their stat is taken on save). */
  private readonly confirmed = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly target: string,
  ) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; target?: unknown; savedAt?: unknown; files?: unknown; dirs?: unknown };
      if (data.version !== VERSION || data.target !== target || !Array.isArray(data.files) || data.files.length % STRIDE) return;
      this.old = data.files;
      if (Array.isArray(data.dirs) && data.dirs.length % DIR_STRIDE === 0) this.oldDirs = data.dirs;
      this.racyFrom = typeof data.savedAt === 'number' ? data.savedAt - RACY_MS : Number.NEGATIVE_INFINITY;
    } catch {
      // No index yet, or an unreadable one: every file is read and compared.
    }
  }

  /**
   * Every file below the folder, by relative path. A folder whose stat is still the one it had when the
   * last render listed it (no entry added, removed or renamed since: each changes the folder's mtime) is
   * not read again: its files are the index's and its subfolders the ones recorded. git's untracked cache
   * does the same; one stat instead of an open, two reads and a close, for each of a rollout's 1,100 folders.
   */
  listFiles(): Set<string> {
    this.listedAt = Date.now();
    const known = new Map<string, number>();
    const subdirs = new Map<string, string[]>();
    const od = this.oldDirs;
    for (let i = 0; i < od.length; i += DIR_STRIDE) {
      const rel = od[i];
      if (typeof rel !== 'string') continue;
      if (typeof od[i + 1] === 'number') known.set(rel, i);
      if (rel !== '') listAt(subdirs, folderOf(rel)).push(rel);
    }
    const files = new Map<string, string[]>();
    if (known.size) for (let i = 0; i < this.old.length; i += STRIDE) listAt(files, folderOf(this.old[i] as string)).push(this.old[i] as string);
    const present = new Set<string>();
    const walk = (rel: string) => {
      const abs = rel === '' ? this.target : `${this.target}/${rel}`;
      const st = statOf(abs);
      if (!st?.isDirectory()) return;
      this.dirs.set(rel, st);
      const at = known.get(rel);
      if (at !== undefined && st.mtimeMs === od[at + 1] && st.ctimeMs === od[at + 2] && st.ino === od[at + 3]) {
        for (const f of files.get(rel) ?? []) present.add(f);
        for (const d of subdirs.get(rel) ?? []) walk(d);
        return;
      }
      for (const e of readdirSync(abs, { withFileTypes: true })) {
        const r = rel === '' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) walk(r);
        else present.add(r);
      }
    };
    walk('');
    return present;
  }

  /** This render changed the folder's entries (a file written, renamed or removed there): it is read next time. */
  changed(dir: string): void {
    this.dirs.set(dir, undefined);
  }

  /** A folder this render removed. */
  removedDir(dir: string): void {
    this.dirs.delete(dir);
    this.changed(folderOf(dir));
  }

  /**
   * True when the file at `abs` is, by its stat, the one last written and that text equals `text`, or
   * when reading it shows the same text. False: the caller writes it and calls written().
   */
  unchanged(path: string, abs: string, text: string): boolean {
    const o = this.old;
    const at = this.find(path);
    const hash = digest(text);
    if (at >= 0 && o[at + 5] === hash && (o[at + 3] as number) < this.racyFrom) {
      const st = statOf(abs);
      if (st && st.size === o[at + 1] && st.mtimeMs === o[at + 2] && st.ctimeMs === o[at + 3] && st.ino === o[at + 4]) {
        this.paths.push(path);
        this.keptAt.push(at);
        return true;
      }
    }
    if (readFileSync(abs, 'utf8') !== text) return false;
    this.confirmed.set(path, hash);
    this.written(path);
    return true;
  }

  /** A file this render writes (its record comes from the sink on save). */
  written(path: string): void {
    this.paths.push(path);
    this.keptAt.push(-1);
    // Over a previous render: its folder changes, and a folder that was not there is new, so its parent changes.
    if (!this.listedAt) return;
    for (let dir = folderOf(path); ; dir = folderOf(dir)) {
      const existed = this.dirs.has(dir);
      this.dirs.set(dir, undefined);
      if (existed || dir === '') break;
    }
  }

  /** Saves the index: entries kept, the records of the files written, and the stats of those confirmed by reading. */
  save(records: Map<string, FileRecord>): void {
    const files: unknown[] = [];
    const o = this.old;
    for (let i = 0; i < this.paths.length; i++) {
      const path = this.paths[i];
      const at = this.keptAt[i];
      if (at >= 0) {
        files.push(path, o[at + 1], o[at + 2], o[at + 3], o[at + 4], o[at + 5]);
        continue;
      }
      const record = records.get(path) ?? this.confirmedRecord(path);
      if (record) files.push(path, ...record);
    }
    try {
      makeDirs(dirname(this.file));
      const tmp = `${this.file}.tmp-${process.pid}`;
      writeFileSync(tmp, JSON.stringify({ version: VERSION, target: this.target, savedAt: Date.now(), files, dirs: this.dirRecords() }));
      renameSync(tmp, this.file);
    } catch {
      // An index that cannot be written only makes the next re-render read the files.
    }
  }

  /**
   * Every folder as this render leaves it; the stat of those whose listing it read and did not change,
   * unless that stat is racy (a change within the same clock tick would not show in the folder's times).
   */
  private dirRecords(): unknown[] {
    const out: unknown[] = [];
    const racyFrom = this.listedAt - RACY_MS;
    for (const [rel, st] of this.dirs) {
      if (st && st.ctimeMs < racyFrom) out.push(rel, st.mtimeMs, st.ctimeMs, st.ino);
      else out.push(rel, null, null, null);
    }
    return out;
  }

  /** The entry of path in the last index: where the previous file's ended when paths come in the same order. */
  private find(path: string): number {
    const o = this.old;
    if (o[this.cursor] === path) {
      const at = this.cursor;
      this.cursor += STRIDE;
      return at;
    }
    if (!this.byPath) {
      this.byPath = new Map();
      for (let i = 0; i < o.length; i += STRIDE) this.byPath.set(o[i] as string, i);
    }
    const at = this.byPath.get(path) ?? -1;
    if (at >= 0) this.cursor = at + STRIDE;
    return at;
  }

  private confirmedRecord(path: string): FileRecord | undefined {
    const hash = this.confirmed.get(path);
    const st: Stats | undefined = hash === undefined ? undefined : statOf(`${this.target}/${path}`);
    return st && hash !== undefined ? [st.size, st.mtimeMs, st.ctimeMs, st.ino, hash] : undefined;
  }
}

/** The stat of a path, or undefined when there is nothing there (or it cannot be reached). */
export function statOf(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}
