// A loopback HTTP server in GitHub's place, for processes a test cannot intercept in-process
// (the bundled Action). Scripted like nock: each expected call is answered once, in any order;
// every request and response is checked against GitHub's OpenAPI description.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchOperation, requestViolations, responseViolations } from './github-contract.ts';

export interface Expected {
  method: string;
  path: string;
  query?: Record<string, string>;
  reply(body: any): [number, unknown]; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface GitHubServer {
  url: string;
  expect(e: Expected): void;
  pending(): string[];
  unmatched: string[];
  violations: string[];
  authorizations: (string | undefined)[];
  /** Forget every expectation and record, so one server can serve several cases in turn. */
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startGitHubServer(): Promise<GitHubServer> {
  const queue: Expected[] = [];
  const unmatched: string[] = [];
  const violations: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    authorizations.push(req.headers.authorization);
    const i = queue.findIndex(
      (e) => e.method === req.method && e.path === url.pathname && Object.entries(e.query ?? {}).every(([k, v]) => url.searchParams.get(k) === v),
    );
    const name = `${req.method} ${url.pathname}${url.search}`;
    if (i < 0) {
      unmatched.push(name);
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }));
      return;
    }
    const [e] = queue.splice(i, 1);
    const [status, data] = e.reply(body);
    if (url.pathname === '/graphql') {
      if (typeof (body as { query?: unknown })?.query !== 'string') violations.push('graphql: request without a query');
    } else {
      const m = matchOperation(req.method ?? 'GET', url.pathname);
      if (!m) violations.push(`${name}: not in GitHub's OpenAPI description`);
      else violations.push(...requestViolations(m.op, body), ...responseViolations(m.op, status, data));
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(data));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    expect: (e) => void queue.push(e),
    pending: () => queue.map((e) => `${e.method} ${e.path}`),
    unmatched,
    violations,
    authorizations,
    reset: () => {
      for (const list of [queue, unmatched, violations, authorizations]) list.length = 0;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
