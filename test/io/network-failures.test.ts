// Network failures are named for what they are, with the host, and publish says what it had already
// pushed. Loopback only: a closed port (refused), a server that never answers (timeout, with a short
// publish.timeoutSeconds), a self-signed TLS server (TLS); DNS without any resolver: dns.lookup, which
// fetch connects through, is replaced in this process, so no name is ever sent anywhere.

import { execFileSync } from 'node:child_process';
import dns from 'node:dns';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gitNetworkFailure, networkFailure } from '../../src/adapters/network-error.ts';
import { runPublish, type PublishRun } from '../../src/app/publisher.ts';
import { commit, sandbox, type Sandbox } from '../helpers/git.ts';

const listen = (s: Server): Promise<number> => new Promise((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)));
const close = (s: Server): Promise<void> => new Promise((r) => s.close(() => r()));

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const s = createHttpServer();
  const port = await listen(s);
  await close(s);
  return port;
}

/** Accepts connections and never answers. */
async function silentServer(): Promise<{ port: number; requests(): number; stop(): Promise<void> }> {
  let requests = 0;
  const s = createHttpServer(() => void requests++);
  const sockets = new Set<import('node:net').Socket>();
  s.on('connection', (c) => sockets.add(c));
  const port = await listen(s);
  return { port, requests: () => requests, stop: () => (sockets.forEach((c) => c.destroy()), close(s)) };
}

let sb: Sandbox;
beforeEach(() => {
  sb = sandbox('fleet');
});

/**
 * A short network bound, for the tests of a server that never answers. Only those: on a loaded machine the local
 * git pushes before the GitHub call can take longer than a second, and would fail first (the git remote's test has
 * no such push before the silent server, so it can wait less).
 */
function shortTimeouts(seconds = 1): void {
  const config = readFileSync(join(sb.src, 'hubcast.yaml'), 'utf8');
  commit(sb.src, { 'hubcast.yaml': `${config}publish:\n  timeoutSeconds: ${seconds}\n` }, 'Short network timeouts');
}
afterEach(() => {
  vi.restoreAllMocks();
  sb.cleanup();
});

const pr = (apiUrl: string, githubRetries?: number): Promise<PublishRun> =>
  runPublish({
    repo: sb.src,
    mode: 'pr',
    retryBaseMs: 1,
    githubRetries,
    env: { ...process.env, GITHUB_TOKEN: 'ghs_test', GITHUB_REPOSITORY: 'acme/fleet', GITHUB_API_URL: apiUrl },
  });

function expectNetworkFailure(r: PublishRun, message: RegExp): string {
  expect(r.exitCode).toBe(2);
  const d = r.diagnostics.find((x) => x.severity === 'error');
  expect(d, JSON.stringify(r.diagnostics)).toMatchObject({ code: 'network' });
  expect(d!.message).toMatch(message);
  expect(d!.message).not.toMatch(/answered 500/);
  return d!.hint ?? '';
}

/** The hint says the staging branches and the generated branch had been pushed, and they are on the remote. */
function expectPushedNamed(hint: string): void {
  const remote = execFileSync('git', ['ls-remote', sb.remote], { encoding: 'utf8' });
  const branches = [...remote.matchAll(/refs\/heads\/(hubcast\/\S+)/g)].map((m) => m[1]).sort();
  expect(branches.length).toBeGreaterThan(1);
  expect(hint).toMatch(/^already pushed to origin: /);
  for (const b of branches) expect(hint).toContain(`${b} (`);
  expect(hint).toContain('publish again once it is reachable');
}

describe('publish --mode pr with GitHub unreachable', () => {
  it('refused: names the host and port, and what was already pushed', async () => {
    const port = await closedPort();
    const t = Date.now();
    const r = await pr(`http://127.0.0.1:${port}`);
    expect(Date.now() - t).toBeLessThan(20_000);
    expectPushedNamed(expectNetworkFailure(r, new RegExp(`^GitHub API: 127\\.0\\.0\\.1:${port} refused the connection`)));
  });

  it('a server that never answers: a timeout after publish.timeoutSeconds, not a hang', async () => {
    shortTimeouts();
    const silent = await silentServer();
    try {
      const t = Date.now();
      // One retry, not three: each waits out the whole second again.
      const r = await pr(`http://127.0.0.1:${silent.port}`, 1);
      expect(Date.now() - t).toBeLessThan(20_000);
      expect(silent.requests(), 'the request and its one retry').toBe(2);
      expectPushedNamed(expectNetworkFailure(r, new RegExp(`^GitHub API: 127\\.0\\.0\\.1:${silent.port} did not answer within 1 s \\(timeout\\)$`)));
    } finally {
      await silent.stop();
    }
  });

  it('a self-signed certificate: a TLS failure, named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hubcast-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-subj',
          '/CN=127.0.0.1',
          '-days',
          '1',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      const s = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_q, res) => res.end('{}'));
      const port = await listen(s);
      try {
        const r = await pr(`https://127.0.0.1:${port}`);
        expectPushedNamed(expectNetworkFailure(r, new RegExp(`^GitHub API: TLS with 127\\.0\\.0\\.1:${port} failed: .*\\(DEPTH_ZERO_SELF_SIGNED_CERT\\)$`)));
      } finally {
        await close(s);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a host that does not resolve: DNS, named, with no resolver asked', async () => {
    const asked: string[] = [];
    vi.spyOn(dns, 'lookup').mockImplementation(((host: string, opts: unknown, cb?: (e: Error) => void) => {
      asked.push(host);
      const callback = (typeof opts === 'function' ? opts : cb) as (e: Error) => void;
      process.nextTick(() =>
        callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host, syscall: 'getaddrinfo' })),
      );
    }) as unknown as typeof dns.lookup);
    const r = await pr('https://api.github.invalid');
    expect(asked, JSON.stringify(r.diagnostics)).toContain('api.github.invalid');
    expectPushedNamed(expectNetworkFailure(r, /^GitHub API: cannot resolve host api\.github\.invalid \(DNS: ENOTFOUND\)$/));
  });
});

describe('publish with the git remote unreachable', () => {
  const direct = (remote: string) => runPublish({ repo: sb.src, mode: 'direct', remote, env: { ...process.env, GITHUB_TOKEN: '' } });

  it('refused: names the host, nothing pushed', async () => {
    const port = await closedPort();
    const r = await direct(`http://127.0.0.1:${port}/fleet.git`);
    const hint = expectNetworkFailure(
      r,
      new RegExp(`^git fetch to http://127\\.0\\.0\\.1:${port}/fleet\\.git: 127\\.0\\.0\\.1:${port} refused the connection`),
    );
    expect(hint).toBe(`nothing was pushed to http://127.0.0.1:${port}/fleet.git`);
  });

  it('a server that never answers: git is stopped after publish.timeoutSeconds', async () => {
    shortTimeouts(0.3);
    const silent = await silentServer();
    try {
      const t = Date.now();
      const r = await direct(`http://127.0.0.1:${silent.port}/fleet.git`);
      expect(Date.now() - t).toBeLessThan(15_000);
      expectNetworkFailure(
        r,
        new RegExp(
          `^git fetch to http://127\\.0\\.0\\.1:${silent.port}/fleet\\.git: 127\\.0\\.0\\.1:${silent.port} did not answer within 0\\.3 s \\(timeout\\)$`,
        ),
      );
    } finally {
      await silent.stop();
    }
  });
});

describe('naming', () => {
  it("reads git's (curl's) messages for DNS and TLS", () => {
    expect(
      gitNetworkFailure("fatal: unable to access 'https://git.acme.invalid/x.git/': Could not resolve host: git.acme.invalid", 'https://git.acme.invalid/x.git')
        ?.message,
    ).toBe('cannot resolve host git.acme.invalid (DNS)');
    expect(gitNetworkFailure("fatal: unable to access 'https://h/x/': SSL certificate problem: self-signed certificate", 'https://h/x')).toMatchObject({
      kind: 'tls',
      message: 'TLS with h failed: SSL certificate problem: self-signed certificate',
    });
    expect(gitNetworkFailure('ssh: Could not resolve hostname git.acme.invalid: Name or service not known', 'ssh://git.acme.invalid/x')?.kind).toBe('dns');
    expect(gitNetworkFailure('remote: Repository not found.', 'https://h/x')).toBeUndefined();
  });

  it('is not a network failure when the error is an answer or a bug', () => {
    expect(networkFailure(Object.assign(new Error('Not Found'), { status: 404 }), 'https://h')).toBeUndefined();
    expect(networkFailure(new TypeError('x is undefined'), 'https://h')).toBeUndefined();
  });
});
