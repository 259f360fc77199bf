// What the CLI and the Action share with the whole process when a test runs them in process: the
// environment, the working folder, the exit code, stdout and stderr. One place swaps them for a run's
// and puts them back, for both (test/helpers/cli-run.ts, test/helpers/action-run.ts).

import { Console } from 'node:console';

export interface Swapped<T> {
  value: T;
  stdout: string;
  stderr: string;
  /** process.exitCode as the run left it. */
  exitCode: number | undefined;
}

/** Appends to the run's captured stdout and stderr (for output given to an Io rather than written to the streams). */
export interface RunOutput {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Runs `fn` with `env` as the whole of process.env, `cwd` as the working folder (tests run in forked workers,
 * where chdir is allowed), no exit code, and stdout, stderr and the console captured, as a child's pipes would
 * be; then puts every one of them back. The caller runs one at a time: they belong to the process.
 */
export async function withProcessSwapped<T>(env: NodeJS.ProcessEnv, cwd: string | undefined, fn: (output: RunOutput) => Promise<T>): Promise<Swapped<T>> {
  let stdout = '';
  let stderr = '';
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const savedExitCode = process.exitCode;
  const writers = { out: process.stdout.write, err: process.stderr.write };
  const savedConsole = globalThis.console;
  const capture =
    (append: (s: string) => void) =>
    (chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error | null) => void), cb?: (e?: Error | null) => void): boolean => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8'));
      (typeof encoding === 'function' ? encoding : cb)?.();
      return true;
    };
  try {
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, env);
    if (cwd) process.chdir(cwd);
    process.exitCode = undefined;
    process.stdout.write = capture((s) => (stdout += s)) as typeof process.stdout.write;
    process.stderr.write = capture((s) => (stderr += s)) as typeof process.stderr.write;
    // Vitest's console does not write to process.stdout: a Node console on the captured streams stands in for it,
    // so a stray console.log is captured with the rest, as a user would see it.
    globalThis.console = new Console(process.stdout, process.stderr);
    const value = await fn({ out: (s) => (stdout += s), err: (s) => (stderr += s) });
    return { value, stdout, stderr, exitCode: process.exitCode === undefined ? undefined : Number(process.exitCode) };
  } finally {
    globalThis.console = savedConsole;
    process.stdout.write = writers.out;
    process.stderr.write = writers.err;
    process.exitCode = savedExitCode;
    process.chdir(savedCwd);
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, savedEnv);
  }
}
