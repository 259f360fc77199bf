// Runs git as a child process. Every call gets a clean, non-interactive environment and, when a
// token is given, an Authorization header through command-scoped config (GIT_CONFIG_COUNT):
// the token lives only in the child's environment, never in argv, .git/config or any log.

import { spawn } from 'node:child_process';
// A child process runs in wall-clock time: its bound uses Node's own timers, not whatever clock
// the global setTimeout has been replaced by (a test's fake clock that skips Octokit's waits).
import { clearTimeout, setTimeout } from 'node:timers';

export interface GitAuth {
  /** Token sent as HTTP basic auth `x-access-token:<token>`, the form GitHub accepts for app and Action tokens. */
  token: string;
}

export interface GitRunOptions {
  cwd: string;
  input?: string | Buffer;
  auth?: GitAuth;
  /** Remote URL the auth header is scoped to (most specific match wins over actions/checkout's own header). */
  authUrl?: string;
  /** Exit codes that are answers, not failures (e.g. 1 for `merge-base --is-ancestor`). */
  okCodes?: number[];
  /** Kill git after this long (commands that talk to a remote): a server that never answers is an error. */
  timeoutMs?: number;
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number,
    readonly stderr: string,
    /** Killed after GitRunOptions.timeoutMs. */
    readonly timedOutAfterMs?: number,
  ) {
    super(
      scrubUrlCredentials(
        timedOutAfterMs
          ? `git ${args.join(' ')} did not finish within ${timedOutAfterMs / 1000} s`
          : `git ${args.join(' ')} failed (exit ${code}): ${stderr.trim()}`,
      ),
    );
    this.name = 'GitError';
  }
}

/** The header value git sends; derived from the token, so it is a secret too. */
export function authHeader(auth: GitAuth): string {
  return `Authorization: basic ${Buffer.from(`x-access-token:${auth.token}`).toString('base64')}`;
}

export function gitEnv(opts: Pick<GitRunOptions, 'auth' | 'authUrl'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', LC_ALL: 'C' };
  for (const k of Object.keys(env)) if (/^GIT_CONFIG_(COUNT|KEY_\d+|VALUE_\d+)$/.test(k)) delete env[k];
  if (opts.auth) {
    const key = opts.authUrl && /^https?:/.test(opts.authUrl) ? `http.${opts.authUrl}.extraheader` : 'http.extraheader';
    // An empty value first resets headers configured elsewhere, so exactly one Authorization is sent.
    env.GIT_CONFIG_COUNT = '2';
    env.GIT_CONFIG_KEY_0 = key;
    env.GIT_CONFIG_VALUE_0 = '';
    env.GIT_CONFIG_KEY_1 = key;
    env.GIT_CONFIG_VALUE_1 = authHeader(opts.auth);
  }
  return env;
}

/** `https://user:secret@host/...` -> `https://***@host/...`: a remote URL may carry credentials. */
export function scrubUrlCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

/** Remove the token (and the header derived from it) from text that may reach a log. */
export function redact(text: string, auth?: GitAuth): string {
  text = scrubUrlCredentials(text);
  if (!auth?.token) return text;
  const header = authHeader(auth).replace('Authorization: basic ', '');
  return text.split(auth.token).join('***').split(header).join('***');
}

export function runGit(args: string[], opts: GitRunOptions): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    // With a time bound, git gets its own process group: its remote helper (git-remote-https) holds the
    // pipes too and must be stopped with it.
    const child = spawn('git', args, { cwd: opts.cwd, env: gitEnv(opts), stdio: ['pipe', 'pipe', 'pipe'], detached: !!opts.timeoutMs });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new GitError(args, -1, `cannot run git: ${e.message} (is git installed and on the PATH?)`)));
    child.stdin.on('error', () => undefined); // git may exit before reading all input; its exit code tells why
    let timedOut = false;
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            child.kill('SIGKILL');
          }
          child.stdout.destroy();
          child.stderr.destroy();
          reject(new GitError(args, -1, '', opts.timeoutMs));
        }, opts.timeoutMs)
      : undefined;
    child.on('close', (code) => {
      clearTimeout(timer);
      const res = { code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: redact(Buffer.concat(err).toString('utf8'), opts.auth) };
      if (timedOut) return;
      if (res.code === 0 || opts.okCodes?.includes(res.code)) resolvePromise(res);
      else reject(new GitError(args, res.code, res.stderr));
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** stdout of a git command that must succeed, without the trailing newline. */
export async function git(args: string[], opts: GitRunOptions): Promise<string> {
  return (await runGit(args, opts)).stdout.replace(/\n$/, '');
}
