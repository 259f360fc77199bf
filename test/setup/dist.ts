// Before any test: dist/ must be what src/ bundles to, since the CLI and Action tests run the bundles
// (bin/hubcast.js runs dist/cli.mjs only). A stale dist/ is rebuilt here, so every other test runs the
// current code, and test/action/dist.test.ts fails naming the files, so a stale dist/ is never committed.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BUNDLES, bundleFiles, ROOT, writeBundles } from '../../scripts/bundle.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ files that differed from what src/ bundles to when the run started (rebuilt since). */
    staleDist: string[];
  }
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(join(ROOT, path), 'utf8');
  } catch {
    return undefined;
  }
};

export default async function setup(project: TestProject): Promise<void> {
  const files = await bundleFiles();
  const stale = [...files].filter(([path, text]) => read(path) !== text).map(([path]) => path);
  // A chunk no build makes any more (chunk names carry a content hash) is stale too.
  for (const { chunks } of Object.values(BUNDLES)) {
    let names: string[] = [];
    try {
      names = readdirSync(join(ROOT, 'dist', chunks));
    } catch {}
    stale.push(...names.map((n) => `dist/${chunks}/${n}`).filter((path) => !files.has(path)));
  }
  if (stale.length) await writeBundles();
  project.provide('staleDist', stale);
}
