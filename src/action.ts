// Entry point of the GitHub Action (bundled to dist/action.mjs; action.yml runs it).
import * as core from '@actions/core';
import { run } from './action/run.ts';

try {
  await run();
} catch (e) {
  // A bug, not a user mistake: fail the step with the stack so it can be reported.
  core.setFailed(`hubcast: internal error: ${(e as Error).stack ?? String(e)}\nthis is a bug in hubcast, not in your specs; please report it`);
}
