// Entry point of the GitHub Action (bundled to dist/action.mjs; action.yml runs it).
import { main } from './action/main.ts';

await main();
