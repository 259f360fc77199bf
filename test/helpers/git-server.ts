// Real git remotes for tests: a bare repository with branches and tags (lightweight, annotated,
// prerelease), reachable over file:// and over smart HTTP (`git http-backend` behind node:http on
// loopback, optionally behind Basic auth).

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', timeout: 20_000 }).trim();

export interface GitRemote {
  /** Folder holding `<name>.git`. */
  root: string;
  bare: string;
  fileUrl: string;
  /** Commit of a ref in the bare repository (`v1.1.0^{commit}`, `main`). */
  commitOf(ref: string): string;
  cleanup(): void;
}

/** main: 3 commits; tags v1.0.0 (light), v1.1.0 (annotated), v1.2.0-rc.1, v2.0.0; branch release/1.x. */
export function makeRemote(name = 'deploy'): GitRemote {
  const root = mkdtempSync(join(tmpdir(), 'hubcast-git-'));
  const work = join(root, 'work');
  mkdirSync(join(work, 'app'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', work);
  const commit = (n: number) => {
    writeFileSync(join(work, 'app', 'kustomization.yaml'), 'resources: [configmap.yaml]\n');
    writeFileSync(join(work, 'app', 'configmap.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  n: "${n}"\n`);
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', `commit ${n}`);
  };
  commit(1);
  git(work, 'tag', 'v1.0.0');
  commit(2);
  git(work, 'tag', '-a', 'v1.1.0', '-m', 'release 1.1.0');
  git(work, 'branch', 'release/1.x');
  commit(3);
  git(work, 'tag', 'v1.2.0-rc.1');
  git(work, 'tag', '-a', 'v2.0.0', '-m', 'release 2.0.0');
  commit(4);
  const bare = join(root, `${name}.git`);
  git(root, 'clone', '-q', '--bare', work, bare);
  git(bare, 'config', 'http.receivepack', 'false');
  return {
    root,
    bare,
    fileUrl: `file://${bare}`,
    commitOf: (ref) => git(bare, 'rev-parse', ref),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface GitHttpServer {
  url: string;
  close(): Promise<void>;
}

/** Smart HTTP: every request runs `git http-backend` as a CGI over the remotes in `root`. */
export async function serveGitHttp(root: string, opts: { auth?: { username: string; password: string } } = {}): Promise<GitHttpServer> {
  const expected = opts.auth ? `Basic ${Buffer.from(`${opts.auth.username}:${opts.auth.password}`).toString('base64')}` : undefined;
  const server: Server = createServer((req, res) => {
    if (expected && req.headers.authorization !== expected) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        ...gitEnv,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_USER: opts.auth?.username ?? '',
        REMOTE_ADDR: '127.0.0.1',
        GIT_HTTP_MAX_REQUEST_BUFFER: '100M',
      },
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let headersSent = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('utf8').split('\r\n')) {
        const i = line.indexOf(':');
        const k = line.slice(0, i).trim();
        const v = line.slice(i + 1).trim();
        if (k.toLowerCase() === 'status') status = Number.parseInt(v, 10);
        else headers[k] = v;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
      headersSent = true;
    });
    cgi.on('close', () => {
      if (!headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
