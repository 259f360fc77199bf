// File-system adapter: reads a spec repository from disk (tree-writer.ts writes output trees).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { cmp } from '../core/diagnostics.ts';
import { decodeUtf8 } from '../core/utf8.ts';
import { CONFIG_FILE } from '../load/config.ts';
import { fileFilter } from '../load/load-repo.ts';
import type { HubcastConfig } from '../load/config.ts';
import type { SourceFile } from '../load/yaml-source.ts';

export function readConfigFile(repoDir: string): SourceFile | undefined {
  const p = join(repoDir, CONFIG_FILE);
  return existsSync(p) ? readSourceFile(p, CONFIG_FILE) : undefined;
}

/** One file as the loader takes it: text, and where its bytes stop being UTF-8 if they do. */
function readSourceFile(abs: string, path: string): SourceFile {
  const { text, invalidAt } = decodeUtf8(readFileSync(abs));
  return invalidAt ? { path, text, invalidUtf8: invalidAt } : { path, text };
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
      else if (st.isFile() && accept(rel)) out.push(readSourceFile(abs, rel));
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
