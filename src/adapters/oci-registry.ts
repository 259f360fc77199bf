// OCI registry adapter (the distribution API). Reads Helm chart tags and digests for the sources
// stage, and reads and writes Flux artifacts for `publish --to oci://` and `diff --base oci://`.
// One session type serves both: anonymous, Basic and Bearer-token registries (the Docker token flow,
// a token per repository scope), a timeout on every request, bounded retries with backoff on 429, 5xx
// and dropped connections. Plain HTTP only for a loopback registry or when asked (`insecure`).

import { createHash } from 'node:crypto';
import { SourceError, type RepositoryRef } from '../sources/types.ts';
import type { Credentials } from '../sources/credentials.ts';
import type { OciRegistry } from '../deliver/ports.ts';
import { OCI_MANIFEST_MEDIA_TYPE } from '../deliver/oci-manifest.ts';
import { authorization, checkStatus, httpRequest } from './http-get.ts';

const MANIFEST_TYPES = [OCI_MANIFEST_MEDIA_TYPE, 'application/vnd.docker.distribution.manifest.v2+json', 'application/vnd.oci.image.index.v1+json'].join(', ');
const MAX_PAGES = 100;
/** The distribution spec lets registries refuse manifests over 4 MiB; nothing bigger is read. */
const MAX_MANIFEST_BYTES = 4 << 20;

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

/** 127.0.0.0/8, ::1 and localhost: the only registries spoken to over plain HTTP without `insecure`. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

export interface SessionOptions {
  creds?: Credentials;
  timeoutMs: number;
  /** Attempts after the first on 429, 5xx or a dropped connection (default 3). */
  retries?: number;
  /** First backoff; doubles each retry, with jitter (default 500 ms). */
  backoffMs?: number;
}

interface RequestOptions {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  accept?: string;
  body?: Uint8Array;
  contentType?: string;
}

const RETRY_AFTER_CAP_MS = 10_000;

class OciSession {
  /** Authorization header by repository: Bearer tokens are scoped to one repository. */
  private readonly auth = new Map<string, Record<string, string>>();
  constructor(private readonly opts: SessionOptions) {}

  /** A request that retries transient failures and answers a 401 challenge once per repository. */
  async request(url: string, repo: string, ro: RequestOptions): Promise<Response> {
    const send = () =>
      this.withRetry(url, ro, {
        ...(ro.accept ? { accept: ro.accept } : {}),
        ...(ro.contentType ? { 'content-type': ro.contentType } : {}),
        ...this.auth.get(repo),
      });
    const res = await send();
    if (res.status !== 401) return res;
    const header = await this.authenticate(res);
    if (!header) return res;
    this.auth.set(repo, header);
    return send();
  }

  private async withRetry(url: string, ro: RequestOptions, headers: Record<string, string>): Promise<Response> {
    const retries = this.opts.retries ?? 3;
    const base = this.opts.backoffMs ?? 500;
    for (let attempt = 0; ; attempt++) {
      let res: Response | undefined;
      try {
        res = await httpRequest(url, { method: ro.method, timeoutMs: this.opts.timeoutMs, headers, body: ro.body });
      } catch (e) {
        if (attempt >= retries || !(e instanceof SourceError)) throw e;
      }
      if (res && res.status !== 429 && res.status < 500) return res;
      if (res && attempt >= retries) return res;
      await res?.body?.cancel().catch(() => undefined);
      const after = Number(res?.headers.get('retry-after'));
      const wait = Number.isFinite(after) && after > 0 ? Math.min(after * 1000, RETRY_AFTER_CAP_MS) : base * 2 ** attempt * (0.5 + Math.random() / 2);
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** The header a 401's challenge asks for: Basic credentials, or a Bearer token from the realm (Docker token flow). */
  private async authenticate(res: Response): Promise<Record<string, string> | undefined> {
    await res.body?.cancel().catch(() => undefined);
    const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
    if (challenge.scheme === 'bearer' && challenge.params.realm) {
      const q = new URLSearchParams();
      if (challenge.params.service) q.set('service', challenge.params.service);
      if (challenge.params.scope) q.set('scope', challenge.params.scope);
      const tokenUrl = `${challenge.params.realm}${q.size ? `?${q}` : ''}`;
      const t = await this.withRetry(tokenUrl, { method: 'GET' }, authorization(this.opts.creds));
      checkStatus(t, tokenUrl);
      const body = (await t.json().catch(() => ({}))) as { token?: string; access_token?: string };
      const token = body.token ?? body.access_token;
      if (!token) throw new SourceError('auth', `the token service ${challenge.params.realm} returned no token`);
      return { authorization: `Bearer ${token}` };
    }
    return this.opts.creds ? authorization(this.opts.creds) : undefined;
  }
}

export async function fetchOciTags(repo: RepositoryRef, chart: string, creds: Credentials | undefined, timeoutMs: number): Promise<string[]> {
  const { base, name } = ociLocation(repo, chart);
  const session = new OciSession({ creds, timeoutMs, retries: 0 });
  const tags: string[] = [];
  let url: string | undefined = `${base}/v2/${name}/tags/list?n=1000`;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const res = await session.request(url, name, { method: 'GET' });
    checkStatus(res, url);
    const body = (await res.json().catch(() => undefined)) as { tags?: unknown } | undefined;
    if (!body || (body.tags !== null && body.tags !== undefined && !Array.isArray(body.tags)))
      throw new SourceError('protocol', `${url} did not return a tag list`);
    for (const t of (body.tags as unknown[] | null) ?? []) if (typeof t === 'string') tags.push(t);
    // RFC 5988 Link header: <url>; rel="next"
    const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(res.headers.get('link') ?? '')?.[1];
    url = next ? new URL(next, base).toString() : undefined;
  }
  return tags;
}

export async function fetchOciDigest(repo: RepositoryRef, chart: string, tag: string, creds: Credentials | undefined, timeoutMs: number): Promise<string> {
  const { base, name } = ociLocation(repo, chart);
  const session = new OciSession({ creds, timeoutMs, retries: 0 });
  const url = `${base}/v2/${name}/manifests/${encodeURIComponent(tag)}`;
  const head = await session.request(url, name, { method: 'HEAD', accept: MANIFEST_TYPES });
  checkStatus(head, url);
  const digest = head.headers.get('docker-content-digest');
  if (digest) return digest;
  const res = await session.request(url, name, { method: 'GET', accept: MANIFEST_TYPES });
  checkStatus(res, url);
  return `sha256:${createHash('sha256')
    .update(Buffer.from(await res.arrayBuffer()))
    .digest('hex')}`;
}

export interface RegistryClientOptions extends SessionOptions {
  /** Plain HTTP to a registry that is not on loopback (`--insecure`). */
  insecure?: boolean;
  /** Largest blob read back (a layer for `diff --base`). */
  maxBlobBytes?: number;
}

/** Thrown by the registry client: the message names the registry, the repository and what failed. */
export class RegistryError extends Error {
  constructor(
    readonly kind: 'auth' | 'not-found' | 'protocol' | 'timeout' | 'unreachable',
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

const short = (digest: string) => digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1');

/** The OciRegistry port over the distribution API of one registry host. */
export class OciRegistryClient implements OciRegistry {
  readonly base: string;
  private readonly session: OciSession;
  constructor(
    readonly host: string,
    private readonly opts: RegistryClientOptions,
  ) {
    this.base = `${opts.insecure || isLoopbackHost(host) ? 'http' : 'https'}://${host}`;
    this.session = new OciSession(opts);
  }

  private async call(repo: string, what: string, path: string, ro: RequestOptions, ok: number[], absent: number[] = []): Promise<Response | undefined> {
    let res: Response;
    try {
      res = await this.session.request(`${this.base}/v2/${repo}/${path}`, repo, ro);
    } catch (e) {
      if (e instanceof SourceError) throw new RegistryError(e.kind, `registry ${this.host}, repository ${repo}: ${what} failed: ${e.message}`);
      throw e;
    }
    if (ok.includes(res.status)) return res;
    await res.body?.cancel().catch(() => undefined);
    if (absent.includes(res.status)) return undefined;
    const where = `registry ${this.host}, repository ${repo}: ${what} failed: HTTP ${res.status}`;
    if (res.status === 401 || res.status === 403) {
      throw new RegistryError(
        'auth',
        `${where} (${res.status === 401 ? 'not authenticated' : 'not allowed'})`,
        'set HUBCAST_OCI_USERNAME and HUBCAST_OCI_PASSWORD (or HUBCAST_OCI_TOKEN), or log in with docker login; the credentials need push access to this repository',
      );
    }
    throw new RegistryError(res.status === 404 ? 'not-found' : 'protocol', where);
  }

  async resolve(repo: string, reference: string): Promise<string | undefined> {
    const res = await this.call(
      repo,
      `reading tag ${reference}`,
      `manifests/${encodeURIComponent(reference)}`,
      { method: 'HEAD', accept: MANIFEST_TYPES },
      [200],
      [404],
    );
    if (!res) return undefined;
    const digest = res.headers.get('docker-content-digest');
    if (digest) return digest;
    const bytes = await this.manifest(repo, reference);
    return bytes ? `sha256:${createHash('sha256').update(bytes).digest('hex')}` : undefined;
  }

  async manifest(repo: string, reference: string): Promise<Buffer | undefined> {
    const what = `reading manifest ${short(reference)}`;
    const res = await this.call(repo, what, `manifests/${encodeURIComponent(reference)}`, { method: 'GET', accept: MANIFEST_TYPES }, [200], [404]);
    return res ? this.body(res, repo, what, MAX_MANIFEST_BYTES) : undefined;
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    return !!(await this.call(repo, `checking blob ${short(digest)}`, `blobs/${digest}`, { method: 'HEAD' }, [200], [404]));
  }

  async blob(repo: string, digest: string): Promise<Buffer | undefined> {
    const what = `reading blob ${short(digest)}`;
    const res = await this.call(repo, what, `blobs/${digest}`, { method: 'GET' }, [200], [404]);
    if (!res) return undefined;
    const data = await this.body(res, repo, what, this.opts.maxBlobBytes ?? 256 << 20);
    if (`sha256:${createHash('sha256').update(data).digest('hex')}` !== digest)
      throw new RegistryError('protocol', `registry ${this.host}, repository ${repo}: ${what}: the content does not match its digest`);
    return data;
  }

  /** POST for an upload session, then PUT the whole blob (the distribution spec's monolithic upload). */
  async pushBlob(repo: string, digest: string, data: Buffer): Promise<void> {
    const what = `uploading blob ${short(digest)}`;
    const start = (await this.call(repo, what, 'blobs/uploads/', { method: 'POST' }, [202]))!;
    const location = start.headers.get('location');
    if (!location) throw new RegistryError('protocol', `registry ${this.host}, repository ${repo}: ${what} failed: no upload location`);
    const url = new URL(location, this.base);
    url.searchParams.set('digest', digest);
    const rel = url.pathname.replace(new RegExp(`^/v2/${repo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`), '');
    if (url.origin !== new URL(this.base).origin || rel === url.pathname) {
      // An upload location elsewhere (another host, a CDN): requested as given.
      const res = await this.session.request(url.toString(), repo, { method: 'PUT', body: data, contentType: 'application/octet-stream' });
      if (res.status !== 201)
        throw new RegistryError(
          res.status === 401 || res.status === 403 ? 'auth' : 'protocol',
          `registry ${this.host}, repository ${repo}: ${what} failed: HTTP ${res.status}`,
        );
      return;
    }
    await this.call(repo, what, `${rel}${url.search}`, { method: 'PUT', body: data, contentType: 'application/octet-stream' }, [201]);
  }

  async pushManifest(repo: string, reference: string, manifest: Buffer): Promise<void> {
    await this.call(
      repo,
      `pushing manifest to ${short(reference)}`,
      `manifests/${encodeURIComponent(reference)}`,
      { method: 'PUT', body: manifest, contentType: OCI_MANIFEST_MEDIA_TYPE },
      [201],
    );
  }

  private async body(res: Response, repo: string, what: string, max: number): Promise<Buffer> {
    const declared = Number(res.headers.get('content-length'));
    if (declared > max) {
      await res.body?.cancel().catch(() => undefined);
      throw new RegistryError('protocol', `registry ${this.host}, repository ${repo}: ${what}: ${declared} bytes is more than the ${max} read`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const c of res.body ?? []) {
        size += (c as Uint8Array).length;
        if (size > max) throw new RegistryError('protocol', `registry ${this.host}, repository ${repo}: ${what}: more than the ${max} bytes read`);
        chunks.push(Buffer.from(c as Uint8Array));
      }
    } catch (e) {
      if (e instanceof RegistryError) throw e;
      throw new RegistryError('timeout', `registry ${this.host}, repository ${repo}: ${what} failed: ${(e as Error).message}`);
    }
    return Buffer.concat(chunks);
  }
}
