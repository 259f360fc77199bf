// Git remote adapter: `git ls-remote` lists a remote's refs (annotated tags peeled to their
// commit). Credentials go to git through GIT_CONFIG_* environment variables, never the command
// line, and git never prompts.

import { execFile } from 'node:child_process';
import { SourceError, type GitRemoteRef } from '../sources/types.ts';
import { redactUrl, type Credentials } from '../sources/credentials.ts';
import { authorization } from './http-get.ts';
import { gitNetworkFailure } from './network-error.ts';

export function parseLsRemote(stdout: string): GitRemoteRef[] {
  const refs = new Map<string, string>();
  const peeled = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const m = /^([0-9a-f]{40,64})\t(\S+)$/.exec(line.trim());
    if (!m) continue;
    if (m[2].endsWith('^{}')) peeled.set(m[2].slice(0, -3), m[1]);
    else refs.set(m[2], m[1]);
  }
  return [...refs.entries()].map(([ref, commit]) => ({ ref, commit: peeled.get(ref) ?? commit })).sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

function classify(stderr: string, url: string, timedOut: boolean, timeoutMs: number): SourceError {
  if (timedOut) return new SourceError('timeout', `git ls-remote ${redactUrl(url)} did not finish within ${timeoutMs / 1000}s`);
  // git may echo the URL, and a URL may carry user:password@: never pass that on.
  const text = stderr
    .replace(/([a-z+]+:\/\/)[^@\s/]*@/gi, '$1***@')
    .split('\n')
    .join(' ')
    .trim();
  const first = text.slice(0, 300);
  if (
    /Authentication failed|could not read Username|could not read Password|terminal prompts disabled|HTTP (401|403)|Permission denied \(publickey/i.test(text)
  ) {
    return new SourceError('auth', `authentication failed for ${redactUrl(url)}`);
  }
  const net = gitNetworkFailure(text, redactUrl(url));
  if (net) return new SourceError('unreachable', `cannot reach ${redactUrl(url)}: ${net.message}`);
  if (/Failed to connect/i.test(text)) return new SourceError('unreachable', `cannot reach ${redactUrl(url)}: ${first}`);
  if (/not found|does not appear to be a git repository|does not exist|HTTP 404/i.test(text))
    return new SourceError('not-found', `no git repository at ${redactUrl(url)}`);
  return new SourceError('protocol', `git ls-remote ${redactUrl(url)} failed: ${first}`);
}

export function listGitRefs(url: string, creds: Credentials | undefined, timeoutMs: number): Promise<GitRemoteRef[]> {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', GCM_INTERACTIVE: 'never' };
  const header = authorization(creds).authorization;
  if (header && /^https?:/.test(url)) {
    env.GIT_CONFIG_COUNT = '1';
    env.GIT_CONFIG_KEY_0 = 'http.extraHeader';
    env.GIT_CONFIG_VALUE_0 = `Authorization: ${header}`;
  }
  return new Promise((resolve, reject) => {
    execFile('git', ['ls-remote', '--', url], { env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (!err) return resolve(parseLsRemote(stdout));
      const e = err as NodeJS.ErrnoException & { killed?: boolean };
      if (e.code === 'ENOENT') return reject(new SourceError('protocol', 'git is not installed: hubcast needs git on the PATH to resolve git sources'));
      reject(classify(stderr, url, !!e.killed, timeoutMs));
    });
  });
}
