// HTTP(S) Helm repository adapter: reads `<url>/index.yaml` and keeps, per chart, what version
// selection needs (version, created, digest).

import { parse } from 'yaml';
import { SourceError, type RepositoryRef } from '../sources/types.ts';
import { redactUrl, type Credentials } from '../sources/credentials.ts';
import type { IndexEntry } from '../sources/select-version.ts';
import { authorization, httpText } from './http-get.ts';

export function indexUrl(repoUrl: string): string {
  return `${repoUrl.replace(/\/+$/, '')}/index.yaml`;
}

/** Parse index.yaml. Every scalar stays a string (failsafe schema): `1.10` must not become 1.1. */
export function parseHelmIndex(text: string, url: string): Record<string, IndexEntry[]> {
  let doc: unknown;
  try {
    doc = parse(text, { schema: 'failsafe', maxAliasCount: -1, uniqueKeys: false });
  } catch (e) {
    throw new SourceError('protocol', `${redactUrl(url)} is not a Helm repository index: ${(e as Error).message.split('\n')[0]}`);
  }
  const entries = (doc as { entries?: unknown } | null)?.entries;
  if (!entries || typeof entries !== 'object' || Array.isArray(entries))
    throw new SourceError('protocol', `${redactUrl(url)} is not a Helm repository index (no entries)`);
  const out: Record<string, IndexEntry[]> = {};
  for (const [chart, list] of Object.entries(entries as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    out[chart] = list.flatMap((v) => {
      const e = v as Record<string, unknown>;
      if (!e || typeof e.version !== 'string') return [];
      const entry: IndexEntry = { version: e.version };
      if (typeof e.created === 'string') entry.created = e.created;
      if (typeof e.digest === 'string') entry.digest = e.digest;
      return [entry];
    });
  }
  return out;
}

export async function fetchHelmIndex(repo: RepositoryRef, creds: Credentials | undefined, timeoutMs: number): Promise<Record<string, IndexEntry[]>> {
  const url = indexUrl(repo.url);
  const text = await httpText(url, { timeoutMs, headers: { accept: 'application/x-yaml, text/yaml, */*', ...authorization(creds) } });
  return parseHelmIndex(text, url);
}
