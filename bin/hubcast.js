#!/usr/bin/env node
// Runs the bundled CLI, dist/cli.mjs (`npm run bundle` builds it from src/; a clone has it committed,
// and a test fails when it is not what src/ bundles to). Source maps stay off: reading the map costs every
// start; an internal error's stack is mapped to src/ files and lines when printed (src/adapters/stack-source.ts).
const { main } = await import('../dist/cli.mjs');
process.exitCode = await main(process.argv.slice(2));
// The benchmark reads peak memory from here (kilobytes).
if (process.env.HUBCAST_REPORT_RSS === '1') process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
