// Runs the Action as GitHub's runner does: inputs as INPUT_* with action.yml's defaults, the event
// payload in a file, outputs and the job summary in files, the workspace as the working directory.
// Two ways, one contract: runDistAction spawns the bundle (`node dist/action.mjs`, what action.yml
// runs), for tests about the bundle itself; runActionInProcess calls the Action's main() from src/ in
// this process, which spares each run a Node start and the bundle's load (most of a run's cost).

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { parse } from 'yaml';
import { main } from '../../src/action/main.ts';
import { ROOT } from './git.ts';
import { withProcessSwapped } from './process-swap.ts';
import { OWNER, REPO } from './github-api.ts';

export const DIST = join(ROOT, 'dist/action.mjs');

/** The bound on one run: a run that never ends fails its test. */
const RUN_TIMEOUT_MS = 60_000;

export interface ActionRun {
  /** The checked-out repository (GITHUB_WORKSPACE). */
  workspace: string;
  /** Where the event, output and summary files go (a fresh folder inside it per run). */
  scratch: string;
  apiUrl: string;
  serverUrl?: string;
  eventName: string;
  payload: unknown;
  sha: string;
  token: string;
  inputs: Record<string, string>;
  /** The bundle's entry for runDistAction (default: this checkout's dist/action.mjs). */
  entry?: string;
  /**
   * In process: whether the GitHub writes keep GitHub's pace (a second apart, comments three). Default false,
   * so a run waits no seconds; the bundle's runs always keep it (review-action.test.ts checks the pace there).
   */
  paced?: boolean;
}

export interface ActionResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** action.yml's input defaults, as the runner passes them (`${{ github.token }}` is the run's token). */
const DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries((parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs).map(([k, v]) => [
    k,
    String(v.default ?? ''),
  ]),
);

interface Prepared {
  env: NodeJS.ProcessEnv;
  /** The outputs and the job summary, read back after the run. */
  results(code: number | null, stdout: string, stderr: string): ActionResult;
}

/** The run's files and environment: the given one without any INPUT_*, GITHUB_* or GH_TOKEN of its own. */
function prepare(o: ActionRun, base: NodeJS.ProcessEnv): Prepared {
  const dir = mkdtempSync(join(o.scratch, 'action-run-'));
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify(o.payload));
  const output = join(dir, 'github-output');
  const summary = join(dir, 'step-summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = { ...base };
  for (const k of Object.keys(env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k === 'GH_TOKEN') delete env[k];
  const token = '${{ github.token }}';
  for (const [k, v] of Object.entries({ ...DEFAULTS, ...o.inputs })) env[`INPUT_${k.toUpperCase()}`] = v === token ? o.token : v;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: o.sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_SERVER_URL: o.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_RUN_ID: '42',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
  });
  return {
    env,
    results(code, stdout, stderr) {
      const outputs: Record<string, string> = {};
      for (const m of readFileSync(output, 'utf8').matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n?\2$/gm)) outputs[m[1]] = m[3];
      return { code, stdout, stderr, outputs, summary: readFileSync(summary, 'utf8') };
    },
  };
}

/** The bundle in a child process, as GitHub runs it. */
export async function runDistAction(o: ActionRun): Promise<ActionResult> {
  const p = prepare(o, process.env);
  // Asynchronously: the git and API servers answering it live in the test's process.
  const child = spawn(process.execPath, [o.entry ?? DIST], { cwd: o.workspace, env: p.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: RUN_TIMEOUT_MS });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return p.results(code, stdout, stderr);
}

let running = false;

/**
 * The Action's main() in this process (a forked test worker: chdir is allowed), with the environment,
 * working directory, exit code and stdout/stderr writers of the process swapped for the run's and put
 * back afterwards. What @actions/core writes (workflow commands, logs) is captured as the child's would be.
 */
export async function runActionInProcess(o: ActionRun, timeoutMs = RUN_TIMEOUT_MS): Promise<ActionResult> {
  // One at a time: the environment and the working directory belong to the whole process.
  if (running) throw new Error('runActionInProcess: another in-process run of the Action has not finished');
  running = true;
  const p = prepare(o, process.env);
  let timer: NodeJS.Timeout | undefined;
  try {
    const r = await withProcessSwapped(p.env, o.workspace, () => {
      const timedOut = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the Action did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
      });
      return Promise.race([main(process.env, { paced: o.paced ?? false }), timedOut]);
    });
    return p.results(r.exitCode ?? 0, r.stdout, r.stderr);
  } finally {
    clearTimeout(timer);
    running = false;
  }
}
