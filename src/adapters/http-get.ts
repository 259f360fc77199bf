// One HTTP request for the source and registry adapters: time-limited, credentials as a header only,
// and every failure turned into a SourceError whose message is safe to print.

import { SourceError } from '../sources/types.ts';
import { redactUrl, type Credentials } from '../sources/credentials.ts';
import { networkFailure } from './network-error.ts';

export interface HttpOptions {
  timeoutMs: number;
  headers?: Record<string, string>;
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT';
  body?: Uint8Array;
}

export function authorization(c: Credentials | undefined): Record<string, string> {
  if (!c) return {};
  if (c.token) return { authorization: `Bearer ${c.token}` };
  return { authorization: `Basic ${Buffer.from(`${c.username ?? ''}:${c.password ?? ''}`).toString('base64')}` };
}

/** The response, whatever its status; throws SourceError only when there is none. */
export async function httpRequest(url: string, opts: HttpOptions): Promise<Response> {
  try {
    return await fetch(url, {
      method: opts.method ?? 'GET',
      headers: opts.headers,
      body: opts.body,
      signal: AbortSignal.timeout(opts.timeoutMs),
      redirect: 'follow',
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const net = networkFailure(e, url, opts.timeoutMs);
    if (net?.kind === 'timeout') throw new SourceError('timeout', `${redactUrl(url)} did not answer within ${opts.timeoutMs / 1000}s`);
    const why = net?.message ?? err.cause?.code ?? err.cause?.message ?? err.message;
    throw new SourceError('unreachable', `cannot reach ${redactUrl(url)}: ${why}`);
  }
}

/** Throws the SourceError that a non-2xx status means. */
export function checkStatus(res: Response, url: string): void {
  if (res.ok) return;
  const where = `${redactUrl(url)} answered HTTP ${res.status}`;
  if (res.status === 401 || res.status === 403) throw new SourceError('auth', `authentication failed: ${where}`);
  if (res.status === 404) throw new SourceError('not-found', `not found: ${where}`);
  throw new SourceError('protocol', where);
}

export async function httpText(url: string, opts: HttpOptions): Promise<string> {
  const res = await httpRequest(url, opts);
  checkStatus(res, url);
  try {
    return await res.text();
  } catch (e) {
    throw new SourceError('timeout', `reading ${redactUrl(url)} failed: ${(e as Error).message}`);
  }
}
