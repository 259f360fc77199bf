// Bundles the Action to dist/action.mjs with esbuild: ESM for Node 20 and 24, deterministic (no
// dates, no source maps, no legal comments), with a `require` for the CommonJS dependencies.
// `npm run bundle` writes it; test/action/dist.test.ts fails when dist/ is not up to date.

import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const bundleOptions: BuildOptions = {
  absWorkingDir: ROOT,
  entryPoints: ['src/action.ts'],
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

/** The bundle as bytes, without writing it. */
export async function bundleText(): Promise<string> {
  const r = await build({ ...bundleOptions, write: false, outfile: 'dist/action.mjs' });
  return r.outputFiles![0].text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await build({ ...bundleOptions, outfile: 'dist/action.mjs' });
}
