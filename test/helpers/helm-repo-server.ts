// A real HTTP Helm repository on loopback: chart archives built with `tar` from a real chart
// layout, an index.yaml listing them with their sha256 digests and creation times, optional
// Basic auth, and a request log so tests can see what hubcast fetched.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface ChartVersion {
  version: string;
  created: string;
}

export interface HelmRepoServer {
  url: string;
  /** Paths requested, in order. */
  requests: string[];
  /** The Authorization header of each request, in order (undefined: none sent). */
  authorizations: (string | undefined)[];
  /** sha256 hex of each chart archive, by `<chart>-<version>`. */
  digests: Map<string, string>;
  /** Add a version (rebuilds index.yaml). */
  publish(chart: string, v: ChartVersion): void;
  close(): Promise<void>;
}

/** A real chart archive (Chart.yaml, values.yaml, a template), packed with tar under dir. */
export function buildChart(dir: string, chart: string, version: string): Buffer {
  const root = join(dir, 'src', `${chart}-${version}`, chart);
  mkdirSync(join(root, 'templates'), { recursive: true });
  writeFileSync(join(root, 'Chart.yaml'), stringify({ apiVersion: 'v2', name: chart, version, appVersion: version.split('+')[0], type: 'application' }));
  writeFileSync(join(root, 'values.yaml'), 'replicaCount: 1\n');
  writeFileSync(
    join(root, 'templates', 'configmap.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  replicas: "{{ .Values.replicaCount }}"\n',
  );
  const tgz = join(dir, `${chart}-${version}.tgz`);
  execFileSync('tar', ['-czf', tgz, '-C', join(dir, 'src', `${chart}-${version}`), chart], { timeout: 10_000 });
  return readFileSync(tgz);
}

export async function startHelmRepo(
  charts: Record<string, ChartVersion[]>,
  opts: { auth?: { username: string; password: string } } = {},
): Promise<HelmRepoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'hubcast-helmrepo-'));
  const archives = new Map<string, Buffer>();
  const digests = new Map<string, string>();
  const entries: Record<string, object[]> = {};
  let index = '';
  const requests: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const publish = (chart: string, v: ChartVersion) => {
    const file = `${chart}-${v.version}.tgz`;
    const data = buildChart(dir, chart, v.version);
    const digest = createHash('sha256').update(data).digest('hex');
    archives.set(`/${file}`, data);
    digests.set(`${chart}-${v.version}`, digest);
    (entries[chart] ??= []).push({ apiVersion: 'v2', name: chart, version: v.version, created: v.created, digest, urls: [file] });
    index = stringify({ apiVersion: 'v1', entries, generated: '2026-11-01T00:00:00Z' });
  };
  for (const [chart, versions] of Object.entries(charts)) for (const v of versions) publish(chart, v);

  const expected = opts.auth ? `Basic ${Buffer.from(`${opts.auth.username}:${opts.auth.password}`).toString('base64')}` : undefined;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    authorizations.push(req.headers.authorization);
    if (expected && req.headers.authorization !== expected) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="charts"' }).end('unauthorized');
      return;
    }
    if (path === '/index.yaml') res.writeHead(200, { 'content-type': 'application/x-yaml' }).end(index);
    else if (archives.has(path)) res.writeHead(200, { 'content-type': 'application/gzip' }).end(archives.get(path));
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    authorizations,
    digests,
    publish,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}

/** A loopback port that nothing listens on (for "unreachable"). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}
