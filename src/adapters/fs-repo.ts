// File-system adapter: reads a spec repository from disk and writes output trees.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { cmp } from '../core/diagnostics.ts';
import { CONFIG_FILE } from '../load/config.ts';
import { fileFilter } from '../load/load-repo.ts';
import type { HubcastConfig } from '../load/config.ts';
import type { SourceFile } from '../load/yaml-source.ts';
import type { OutputTree } from '../emit/tree.ts';
import { LOCK_FILE } from '../emit/lock.ts';

export function readConfigFile(repoDir: string): SourceFile | undefined {
  const p = join(repoDir, CONFIG_FILE);
  return existsSync(p) ? { path: CONFIG_FILE, text: readFileSync(p, 'utf8') } : undefined;
}

/** Every file under repoDir the config selects, as repo-relative POSIX paths, sorted. */
export function readRepoFiles(repoDir: string, config: HubcastConfig, extraExcludes: string[] = []): SourceFile[] {
  const accept = fileFilter(config, extraExcludes);
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort(cmp)) {
      if (name === '.git' || name === 'node_modules') continue;
      const abs = join(dir, name);
      const st = statSync(abs);
      const rel = relative(repoDir, abs).split(sep).join('/');
      if (st.isDirectory()) walk(abs);
      else if (st.isFile() && accept(rel)) out.push({ path: rel, text: readFileSync(abs, 'utf8') });
    }
  };
  walk(repoDir);
  return out;
}

/** The repo-relative path of outDir when it lies inside repoDir (so its files are not read as specs). */
export function outputExclude(repoDir: string, outDir: string | undefined): string[] {
  if (!outDir) return [];
  const rel = relative(resolve(repoDir), resolve(outDir)).split(sep).join('/');
  return rel && !rel.startsWith('..') ? [`${rel}/**`] : [];
}

export class UnsafeOutputDir extends Error {}

/** Writes a tree into a folder file by file, as the emitter produces it (see StreamingTree). */
export interface TreeWriter {
  /** Why the folder must not be written (not empty and not a previous render), or undefined. */
  readonly unsafe?: string;
  write(path: string, text: string): void;
  /** Makes the folder hold exactly what was written. */
  finish(): { written: number; removed: number };
  /** Leaves the folder as it was (only a first render into a new folder is fully undone). */
  abort(): void;
}

/**
 * Make outDir hold exactly the tree. A new or empty folder is written beside it and swapped in,
 * so an interrupted first write never leaves half a render. Over a previous render only what
 * changed is written (each file through a temporary name and a rename) and stale files are
 * removed: at 10,000 files, writing is most of a render's time (kernel write-back), and a
 * re-render usually changes a handful. A non-empty folder that is not a previous hubcast render
 * is refused rather than touched.
 */
export function openTreeWriter(outDir: string): TreeWriter {
  const target = resolve(outDir);
  const exists = existsSync(target) && readdirSync(target).length > 0;
  if (exists && !existsSync(join(target, LOCK_FILE))) {
    const unsafe = `${outDir} is not empty and holds no ${LOCK_FILE}; refusing to replace it (choose an empty or new folder)`;
    const refuse = (): never => {
      throw new UnsafeOutputDir(unsafe);
    };
    return { unsafe, write: refuse, finish: refuse, abort: () => undefined };
  }
  return exists ? inPlaceWriter(target) : freshWriter(target);
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
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
}

function freshWriter(target: string): TreeWriter {
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
      writeFileSync(abs, text);
      written++;
    },
    finish() {
      start();
      mkdirSync(staging, { recursive: true });
      rmSync(target, { recursive: true, force: true });
      mkdirSync(dirname(target), { recursive: true });
      renameSync(staging, target);
      return { written, removed: 0 };
    },
    abort() {
      if (started) rmSync(staging, { recursive: true, force: true });
    },
  };
}

function inPlaceWriter(target: string): TreeWriter {
  const present = listFiles(target);
  const kept = new Set<string>();
  let written = 0;
  const makeDir = folderMaker();
  return {
    write(path, text) {
      kept.add(path);
      const abs = join(target, path);
      if (present.has(path) && readFileSync(abs, 'utf8') === text) return;
      makeDir(abs);
      const tmp = `${abs}.hubcast-tmp-${process.pid}`;
      writeFileSync(tmp, text);
      renameSync(tmp, abs);
      written++;
    },
    finish() {
      let removed = 0;
      for (const path of present) {
        if (kept.has(path)) continue;
        rmSync(join(target, path), { force: true });
        removed++;
      }
      if (removed) removeEmptyDirs(target);
      return { written, removed };
    },
    abort: () => undefined,
  };
}

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
