// Bundles the Action (dist/action.mjs) and the CLI (dist/cli.mjs) with esbuild: ESM for Node 20
// and 24, deterministic (no dates, no source maps, no legal comments), with a `require` for the
// CommonJS dependencies. The CLI bundle exists for speed: bin/hubcast.js starts in ~0.2 s from it
// instead of ~0.7 s through tsx, and uses it only while dist/cli.meta.json matches src/.
// `npm run bundle` writes them; test/action/action.test.ts fails when dist/ is not up to date.

import { build, type BuildOptions } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sourceHash } from '../bin/source-hash.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const BUNDLES = { 'dist/action.mjs': 'src/action.ts', 'dist/cli.mjs': 'src/cli/main.ts' } as const;
export const CLI_META = 'dist/cli.meta.json';

export const bundleOptions: BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __hubcastCreateRequire } from 'node:module'; const require = __hubcastCreateRequire(import.meta.url);" },
};

/** A bundle as text, without writing it. */
export async function bundleText(outfile: keyof typeof BUNDLES = 'dist/action.mjs'): Promise<string> {
  const r = await build({ ...bundleOptions, entryPoints: [BUNDLES[outfile]], write: false, outfile });
  return r.outputFiles![0].text;
}

export function cliMeta(): string {
  return `${JSON.stringify({ srcHash: sourceHash(ROOT) }, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [outfile, entry] of Object.entries(BUNDLES)) await build({ ...bundleOptions, entryPoints: [entry], outfile });
  writeFileSync(`${ROOT}/${CLI_META}`, cliMeta());
}
