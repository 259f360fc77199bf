// The whole Action run, as action.yml's entry (src/action.ts) starts it: the run, and any internal
// error reported as a failed step. A function, so one process can run it more than once (the tests do).
import * as core from '@actions/core';
import { run, type RunOptions } from './run.ts';
import { sourceStack } from '../adapters/stack-source.ts';

export async function main(env: NodeJS.ProcessEnv = process.env, opts: RunOptions = {}): Promise<void> {
  try {
    await run(env, opts);
  } catch (e) {
    // A bug, not a user mistake: fail the step with the stack so it can be reported.
    core.setFailed(`hubcast: internal error: ${sourceStack((e as Error).stack ?? String(e))}\nthis is a bug in hubcast, not in your specs; please report it`);
  }
}
