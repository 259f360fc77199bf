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

/**
 * Replace outDir with the tree. The new tree is written beside it and swapped in, so an
 * interrupted write never leaves half a render; a non-empty folder that is not a previous
 * hubcast render is refused rather than deleted.
 */
export function writeTree(outDir: string, tree: OutputTree): void {
  const target = resolve(outDir);
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, LOCK_FILE))) {
    throw new UnsafeOutputDir(`${outDir} is not empty and holds no ${LOCK_FILE}; refusing to replace it (choose an empty or new folder)`);
  }
  const staging = `${target}.hubcast-tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const [path, content] of tree) {
    const abs = join(staging, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  if (tree.size === 0) mkdirSync(staging, { recursive: true });
  const old = `${target}.hubcast-old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  mkdirSync(dirname(target), { recursive: true });
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}
