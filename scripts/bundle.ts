// Bundles the Action (dist/action.mjs) and the CLI (dist/cli.mjs) with esbuild: ESM for Node 20
// and 24, with every runtime dependency inside (the published package depends on nothing), a
// `require` for the CommonJS ones, and a linked source map each (no sources inside: the map names
// src/ files and lines, which is what a bug report needs). Deterministic: no dates, no legal comments.
// `npm run bundle` writes them; a test fails when dist/ differs from what src/ bundles to
// (test/setup/dist.ts rebuilds a stale dist/ first, so the other tests run the current code).

import { build, type BuildOptions } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const BUNDLES = { 'dist/action-bundle.mjs': 'src/action.ts', 'dist/cli.mjs': 'src/cli/main.ts' } as const;

// GitHub runs `node dist/action.mjs` with no flags: source maps apply only to modules loaded after they are
// turned on, so the Action's entry turns them on, then loads the bundle. (bin/hubcast.js does so for the CLI.)
const LAUNCHERS = {
  'dist/action.mjs':
    "// The Action's entry (action.yml): source maps on, then the bundle.\nprocess.setSourceMapsEnabled(true);\nawait import('./action-bundle.mjs');\n",
};

export const bundleOptions: BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);" },
};

/** Every file the bundles consist of (each module and its map), by path from the root, without writing them. */
export async function bundleFiles(): Promise<Map<string, string>> {
  const out = new Map<string, string>(Object.entries(LAUNCHERS));
  for (const [outfile, entry] of Object.entries(BUNDLES)) {
    const r = await build({ ...bundleOptions, entryPoints: [entry], write: false, outfile });
    for (const f of r.outputFiles!) out.set(relative(ROOT, f.path).split('\\').join('/'), f.text);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export async function writeBundles(): Promise<void> {
  for (const [path, text] of await bundleFiles()) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), text);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await writeBundles();
