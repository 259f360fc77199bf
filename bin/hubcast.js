#!/usr/bin/env node
// Starts hubcast from the bundle dist/cli.mjs while it matches src/ (fast start), else from the
// TypeScript sources through tsx, so a checkout works after `npm ci` whether or not it is bundled.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sourceHash } from './source-hash.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = new URL('../dist/cli.mjs', import.meta.url);
const meta = new URL('../dist/cli.meta.json', import.meta.url);

function bundleIsCurrent() {
  if (process.env.HUBCAST_FROM_SOURCE === '1' || !existsSync(bundle) || !existsSync(meta)) return false;
  try {
    return JSON.parse(readFileSync(meta, 'utf8')).srcHash === sourceHash(root);
  } catch {
    return false;
  }
}

let main;
if (bundleIsCurrent()) ({ main } = await import(bundle.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
// The benchmark reads peak memory from here (kilobytes).
if (process.env.HUBCAST_REPORT_RSS === '1') process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
