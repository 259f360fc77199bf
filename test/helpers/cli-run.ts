// The CLI as the tests run it. `hubcast` runs main() from src/ in this process: a spawn of
// bin/hubcast.js costs about half a second of start-up and bundle load before any work, and the CLI
// tests run hundreds. `hubcastProcess` spawns the real thing, for what only a process shows: exit
// codes through bin/hubcast.js, signals, a closed pipe, source-mapped stack traces, hangs, two
// processes racing. Test files say at the top which of their runs are processes and why.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { withProcessSwapped } from './process-swap.ts';

export const BIN = join(import.meta.dirname, '../../bin/hubcast.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The working folder of the run (default: the test's). */
  cwd?: string;
  /** Variables set for the run; undefined removes one. The rest of the environment is the test's. */
  env?: Record<string, string | undefined>;
  /** A run still going after this fails the test (default 25 s, under the 30 s test timeout). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 25_000;

// process.env, the working folder and process.stdout are the process's: runs take turns (tests in a file
// run one at a time anyway; this also covers a test that starts two at once). A run that outlives its
// bound fails its test at once, but keeps the turn until it ends, so it cannot disturb the next run;
// and the next run's bound counts the wait.
let turn: Promise<unknown> = Promise.resolve();

/**
 * `hubcast ARGS` run in process with its stdout and stderr captured, exactly as a process with pipes
 * would print them (no colour, no progress line: neither is a terminal). No command reads stdin.
 */
export function hubcast(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const started = turn.then(() => ({ running: runInProcess(args, opts) }));
  turn = started.then(({ running }) => running.catch(() => undefined));
  const ms = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hubcast ${args.join(' ')}: still running after ${ms} ms`)), ms);
  });
  return Promise.race([started.then(({ running }) => running), bound]).finally(() => clearTimeout(timer));
}

async function runInProcess(args: string[], opts: CliOptions): Promise<CliResult> {
  const line = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);
  const env = Object.fromEntries(Object.entries({ ...process.env, ...opts.env }).filter(([, v]) => v !== undefined));
  // Whatever bypasses the Io (a stray console.log or process.stdout.write) is still what a user would see:
  // captured with the rest, not lost in the test's own output.
  const r = await withProcessSwapped(env, opts.cwd, (output) =>
    main(args, {
      out: (t) => output.out(line(t)),
      err: (t) => output.err(line(t)),
      stream: (t) => (output.out(t), true),
      color: false,
    }),
  );
  return { code: r.value, stdout: r.stdout, stderr: r.stderr };
}

export interface ProcessResult {
  /** Null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * `node bin/hubcast.js ARGS` as a real process (pipes for stdout and stderr, no stdin), killed and
 * failing the test when it outlives its bound. Asynchronous: servers in the test's process keep
 * answering, and independent processes can run side by side.
 */
export function hubcastProcess(args: string[], opts: CliOptions = {}): Promise<ProcessResult> {
  const t = Date.now();
  const ms = opts.timeoutMs ?? 60_000;
  const env = Object.fromEntries(Object.entries({ ...process.env, ...opts.env }).filter(([, v]) => v !== undefined));
  const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`hubcast ${args.join(' ')} (process): still running after ${ms} ms`));
    }, ms);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - t });
    });
  });
}
