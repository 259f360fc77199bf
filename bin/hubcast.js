#!/usr/bin/env node
// Runs the bundled CLI, dist/cli.mjs (`npm run bundle` builds it from src/; a clone has it committed,
// and a test fails when it is not what src/ bundles to). Source maps stay off: reading the map costs every
// start; an internal error's stack is mapped to src/ files and lines when printed (src/adapters/stack-source.ts).
import module from 'node:module';

// Node >= 22.1 keeps V8's compiled code of the bundle's modules in the OS temp folder, so a later start skips
// most of compiling them (NODE_DISABLE_COMPILE_CACHE=1 turns it off); Node 20 has no such cache: nothing to do.
module.enableCompileCache?.();
const { main } = await import('../dist/cli.mjs');
process.exitCode = await main(process.argv.slice(2));
// The benchmark reads peak memory from here (kilobytes).
if (process.env.HUBCAST_REPORT_RSS === '1') process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
