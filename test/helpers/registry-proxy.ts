// A loopback proxy in front of the real registry, for what a plain docker-registry does not do on
// demand: answer 500 to chosen requests, demand Basic credentials, or run the Docker token flow
// (401 with a Bearer challenge, a token service that checks Basic credentials). It records every
// request, so a test can assert that nothing was written.

import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyOptions {
  /** Registry host:port to forward to. */
  upstream: string;
  /** A status to answer instead of forwarding (undefined: forward). */
  fail?: (method: string, path: string) => number | undefined;
  auth?: { scheme: 'basic' | 'bearer'; username: string; password: string };
}

export interface RegistryProxy {
  host: string;
  requests: Array<{ method: string; path: string; status: number }>;
  /** Requests that could change the registry. */
  writes(): Array<{ method: string; path: string; status: number }>;
  stop(): Promise<void>;
}

const TOKEN = 'test-registry-token-7f3a';

export async function startRegistryProxy(opts: ProxyOptions): Promise<RegistryProxy> {
  const requests: RegistryProxy['requests'] = [];
  const expectedBasic = opts.auth ? `Basic ${Buffer.from(`${opts.auth.username}:${opts.auth.password}`).toString('base64')}` : '';
  let host = '';
  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const answer = (status: number, headers: Record<string, string> = {}, body = '') => {
      requests.push({ method, path, status });
      req.resume();
      res.writeHead(status, headers).end(body);
    };
    if (opts.auth && path.startsWith('/token')) {
      return req.headers.authorization === expectedBasic
        ? answer(200, { 'content-type': 'application/json' }, JSON.stringify({ token: TOKEN }))
        : answer(401, {}, '{"errors":[{"code":"UNAUTHORIZED"}]}');
    }
    if (opts.auth) {
      const ok = opts.auth.scheme === 'basic' ? req.headers.authorization === expectedBasic : req.headers.authorization === `Bearer ${TOKEN}`;
      if (!ok) {
        const repo = /^\/v2\/(.+?)\/(manifests|blobs|tags)\//.exec(path)?.[1] ?? '';
        const challenge =
          opts.auth.scheme === 'basic' ? 'Basic realm="test"' : `Bearer realm="http://${host}/token",service="test",scope="repository:${repo}:pull,push"`;
        return answer(401, { 'www-authenticate': challenge, 'content-type': 'application/json' }, '{"errors":[{"code":"UNAUTHORIZED"}]}');
      }
    }
    const status = opts.fail?.(method, path);
    if (status) return answer(status, { 'content-type': 'application/json' }, '{"errors":[{"code":"UNKNOWN","message":"injected failure"}]}');
    const headers = { ...req.headers };
    delete headers.authorization;
    const up = httpRequest({ host: opts.upstream.split(':')[0], port: Number(opts.upstream.split(':')[1]), method, path, headers }, (r: IncomingMessage) => {
      requests.push({ method, path, status: r.statusCode ?? 0 });
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => answer(502));
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD'),
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
