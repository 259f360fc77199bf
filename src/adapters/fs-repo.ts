// File-system adapter: reads a spec repository from disk (tree-writer.ts writes output trees).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { cmp } from '../core/diagnostics.ts';
import { decodeUtf8 } from '../core/utf8.ts';
import { CONFIG_FILE } from '../load/config.ts';
import { fileFilter } from '../load/load-repo.ts';
import type { HubcastConfig } from '../load/config.ts';
import { isRenderRoot } from '../load/render-roots.ts';
import type { SourceFile } from '../load/yaml-source.ts';

/** A file read from disk, with what identifies it whatever the path it was reached by (links, --inventory). */
export interface DiskFile extends SourceFile {
  /** `device:inode`: the same for every path that reaches this file. */
  fileId: string;
}

const SKIPPED = new Set(['.git', 'node_modules']);

export function readConfigFile(repoDir: string): SourceFile | undefined {
  const p = join(repoDir, CONFIG_FILE);
  return existsSync(p) ? readSourceFile(p, CONFIG_FILE) : undefined;
}

/** One file as the loader takes it: text, and where its bytes stop being UTF-8 if they do. */
function readSourceFile(abs: string, path: string): SourceFile {
  const { text, invalidAt } = decodeUtf8(readFileSync(abs));
  return invalidAt ? { path, text, invalidUtf8: invalidAt } : { path, text };
}

/**
 * Every file under repoDir the config selects, as repo-relative POSIX paths, sorted. Folders in
 * `skipDirs` (repo-relative, e.g. render roots) are not entered.
 */
export function readRepoFiles(repoDir: string, config: HubcastConfig, extraExcludes: string[] = [], skipDirs: ReadonlySet<string> = new Set()): DiskFile[] {
  const accept = fileFilter(config, extraExcludes);
  const out: DiskFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort(cmp)) {
      if (SKIPPED.has(name)) continue;
      const abs = join(dir, name);
      const st = statSync(abs);
      const rel = relative(repoDir, abs).split(sep).join('/');
      if (st.isDirectory()) {
        if (!skipDirs.has(rel)) walk(abs);
      } else if (st.isFile() && accept(rel)) out.push({ ...readSourceFile(abs, rel), fileId: `${st.dev}:${st.ino}` });
    }
  };
  walk(repoDir);
  return out;
}

/**
 * The folders below repoDir that hold a hubcast render (see load/render-roots.ts), repo-relative,
 * sorted; a render's own subfolders are not searched. The repository's root is never one.
 */
export function findRenderRoots(repoDir: string): string[] {
  const roots: string[] = [];
  const walk = (dir: string, rel: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (rel && isRenderRoot(new Set(entries.map((e) => e.name)))) {
      roots.push(rel);
      return;
    }
    for (const e of entries.sort((a, b) => cmp(a.name, b.name))) {
      if (SKIPPED.has(e.name)) continue;
      // Symbolic links to folders are entered, as readRepoFiles does.
      const isDir = e.isDirectory() || (e.isSymbolicLink() && statSync(join(dir, e.name), { throwIfNoEntry: false })?.isDirectory());
      if (isDir) walk(join(dir, e.name), rel ? `${rel}/${e.name}` : e.name);
    }
  };
  walk(repoDir, '');
  return roots;
}

/** The repo-relative path of outDir when it lies inside repoDir (so its files are not read as specs). */
export function outputExclude(repoDir: string, outDir: string | undefined): string[] {
  if (!outDir) return [];
  const rel = relative(resolve(repoDir), resolve(outDir)).split(sep).join('/');
  return rel && !rel.startsWith('..') ? [`${rel}/**`] : [];
}
