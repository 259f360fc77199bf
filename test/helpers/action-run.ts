// Runs the bundled Action (dist/action.mjs) as GitHub's runner does: inputs as INPUT_* with
// action.yml's defaults, the event payload in a file, outputs and the job summary in files.

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './git.ts';
import { OWNER, REPO } from './github-api.ts';

export const DIST = join(ROOT, 'dist/action.mjs');

export interface ActionRun {
  /** The checked-out repository (GITHUB_WORKSPACE). */
  workspace: string;
  /** Where the event, output and summary files go. */
  scratch: string;
  apiUrl: string;
  serverUrl?: string;
  eventName: string;
  payload: unknown;
  sha: string;
  token: string;
  inputs: Record<string, string>;
  /** The Action's entry (default: this checkout's dist/action.mjs). */
  entry?: string;
}

export interface ActionResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runDistAction(o: ActionRun): Promise<ActionResult> {
  const event = join(o.scratch, 'event.json');
  writeFileSync(event, JSON.stringify(o.payload));
  const output = join(o.scratch, 'github-output');
  const summary = join(o.scratch, 'step-summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k === 'GH_TOKEN') delete env[k];
  // Defaults from action.yml, as the runner passes them.
  const all = { command: 'publish', token: o.token, config: '.', remote: 'origin', 'pr-mode': 'true', draft: 'false', 'dry-run': 'false', ...o.inputs };
  for (const [k, v] of Object.entries(all)) env[`INPUT_${k.toUpperCase()}`] = v;
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
  // Asynchronously: the git and API servers answering it live in the test's process.
  const child = spawn(process.execPath, [o.entry ?? DIST], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(output, 'utf8').matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n?\2$/gm)) outputs[m[1]] = m[3];
  return { code, stdout, stderr, outputs, summary: readFileSync(summary, 'utf8') };
}
