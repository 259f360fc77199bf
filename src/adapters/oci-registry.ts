// OCI registry adapter (the distribution API): lists the tags of `<registry>/<path>/<chart>` and
// reads the digest behind a tag. Handles anonymous, Basic and Bearer-token registries.

import { createHash } from 'node:crypto';
import { SourceError, type RepositoryRef } from '../sources/types.ts';
import type { Credentials } from '../sources/credentials.ts';
import { authorization, checkStatus, httpRequest } from './http-get.ts';

const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');
const MAX_PAGES = 100;

/** `oci://host:port/a/b` + chart -> the registry base URL and the repository name. */
export function ociLocation(repo: RepositoryRef, chart: string): { base: string; name: string } {
  const rest = repo.url.replace(/^oci:\/\//, '').replace(/\/+$/, '');
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash + 1);
  return { base: `${repo.insecure ? 'http' : 'https'}://${host}`, name: path ? `${path}/${chart}` : chart };
}

/** Parses `Bearer realm="...",service="...",scope="..."`. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const [scheme, ...rest] = header.trim().split(/\s+/);
  const params: Record<string, string> = {};
  for (const m of rest.join(' ').matchAll(/(\w+)="([^"]*)"/g)) params[m[1].toLowerCase()] = m[2];
  return { scheme: scheme.toLowerCase(), params };
}

class OciSession {
  private auth: Record<string, string> = {};
  constructor(
    private readonly creds: Credentials | undefined,
    private readonly timeoutMs: number,
  ) {}

  /** A request that answers a 401 challenge once (Basic, or a Bearer token from the realm). */
  async request(url: string, method: 'GET' | 'HEAD', accept?: string): Promise<Response> {
    const headers = (): Record<string, string> => ({ ...(accept ? { accept } : {}), ...this.auth });
    let res = await httpRequest(url, { method, timeoutMs: this.timeoutMs, headers: headers() });
    if (res.status !== 401 || Object.keys(this.auth).length) return res;
    const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
    if (challenge.scheme === 'bearer' && challenge.params.realm) {
      const q = new URLSearchParams();
      if (challenge.params.service) q.set('service', challenge.params.service);
      if (challenge.params.scope) q.set('scope', challenge.params.scope);
      const tokenUrl = `${challenge.params.realm}${q.size ? `?${q}` : ''}`;
      const t = await httpRequest(tokenUrl, { timeoutMs: this.timeoutMs, headers: authorization(this.creds) });
      checkStatus(t, tokenUrl);
      const body = (await t.json().catch(() => ({}))) as { token?: string; access_token?: string };
      const token = body.token ?? body.access_token;
      if (!token) throw new SourceError('auth', `the token service ${challenge.params.realm} returned no token`);
      this.auth = { authorization: `Bearer ${token}` };
    } else if (this.creds) this.auth = authorization(this.creds);
    else return res;
    res = await httpRequest(url, { method, timeoutMs: this.timeoutMs, headers: headers() });
    return res;
  }
}

export async function fetchOciTags(repo: RepositoryRef, chart: string, creds: Credentials | undefined, timeoutMs: number): Promise<string[]> {
  const { base, name } = ociLocation(repo, chart);
  const session = new OciSession(creds, timeoutMs);
  const tags: string[] = [];
  let url: string | undefined = `${base}/v2/${name}/tags/list?n=1000`;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const res = await session.request(url, 'GET');
    checkStatus(res, url);
    const body = (await res.json().catch(() => undefined)) as { tags?: unknown } | undefined;
    if (!body || (body.tags !== null && body.tags !== undefined && !Array.isArray(body.tags))) throw new SourceError('protocol', `${url} did not return a tag list`);
    for (const t of (body.tags as unknown[] | null) ?? []) if (typeof t === 'string') tags.push(t);
    // RFC 5988 Link header: <url>; rel="next"
    const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(res.headers.get('link') ?? '')?.[1];
    url = next ? new URL(next, base).toString() : undefined;
  }
  return tags;
}

export async function fetchOciDigest(repo: RepositoryRef, chart: string, tag: string, creds: Credentials | undefined, timeoutMs: number): Promise<string> {
  const { base, name } = ociLocation(repo, chart);
  const session = new OciSession(creds, timeoutMs);
  const url = `${base}/v2/${name}/manifests/${encodeURIComponent(tag)}`;
  const head = await session.request(url, 'HEAD', MANIFEST_TYPES);
  checkStatus(head, url);
  const digest = head.headers.get('docker-content-digest');
  if (digest) return digest;
  const res = await session.request(url, 'GET', MANIFEST_TYPES);
  checkStatus(res, url);
  return `sha256:${createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex')}`;
}
