// Entry point of the GitHub Action (bundled to dist/action.mjs; action.yml runs it).
import { run } from './action/run.ts';

await run();
