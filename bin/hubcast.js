#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx) so a checkout works after `npm ci` with no build step.
// The GitHub Action uses the esbuild bundle in dist/ instead.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
// The benchmark reads peak memory from here (kilobytes).
if (process.env.HUBCAST_REPORT_RSS === '1') process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
