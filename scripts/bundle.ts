// Bundles the Action (dist/action.mjs) and the CLI (dist/cli.mjs) with esbuild: ESM for Node 20
// and 24, with every runtime dependency inside (the published package depends on nothing), a
// `require` for the CommonJS ones, and a linked source map each (no sources inside: the map names
// src/ files and lines, which is what a bug report needs). Deterministic: no dates, no legal comments.
// `npm run bundle` writes them; a test fails when dist/ differs from what src/ bundles to
// (test/setup/dist.ts rebuilds a stale dist/ first, so the other tests run the current code).

import { build, type BuildOptions } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Each bundle's entry module, and the folder its lazily loaded chunks go to (each command, and the heavy
 * dependencies only some commands use, are chunks of their own: a run loads only what its command needs). */
export const BUNDLES = {
  'dist/action-bundle.mjs': { entry: 'src/action.ts', chunks: 'action-chunks' },
  'dist/cli.mjs': { entry: 'src/cli/main.ts', chunks: 'cli-chunks' },
} as const;

// GitHub runs `node dist/action.mjs`; the bundle is action-bundle.mjs, so the entry's name stays the same
// whatever the bundle is split into. Source maps stay off: an internal error's stack is mapped to src/ when
// it is printed (src/adapters/stack-source.ts), not at every start.
const LAUNCHERS = {
  'dist/action.mjs': "// The Action's entry (action.yml): the bundle.\nawait import('./action-bundle.mjs');\n",
};

export const bundleOptions: BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  outExtension: { '.js': '.mjs' },
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
  for (const [outfile, { entry, chunks }] of Object.entries(BUNDLES)) {
    const r = await build({
      ...bundleOptions,
      entryPoints: { [outfile.replace(/^dist\/|\.mjs$/g, '')]: entry },
      outdir: 'dist',
      chunkNames: `${chunks}/[name]-[hash]`,
      write: false,
    });
    for (const f of r.outputFiles!) out.set(relative(ROOT, f.path).split('\\').join('/'), f.text);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export async function writeBundles(): Promise<void> {
  // Chunk names carry a content hash: an old build's chunks would linger beside the new ones.
  for (const { chunks } of Object.values(BUNDLES)) rmSync(join(ROOT, 'dist', chunks), { recursive: true, force: true });
  for (const [path, text] of await bundleFiles()) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), text);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await writeBundles();
