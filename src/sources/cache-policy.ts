// What the source cache holds and when an entry may be reused. Listings (a Helm index, OCI tags,
// git refs) change: they are reused for `ttlSeconds`, or at any age with --offline. Answers about
// an exact version (the digest behind an OCI version tag) never change: reused forever. Pure.

import { createHash } from 'node:crypto';
import type { CacheEntry } from './types.ts';

export const DEFAULT_TTL_SECONDS = 600;

/** A readable, collision-free file name for a URL: `host_path-<12 hex of sha256>`. */
export function urlSlug(url: string): string {
  const readable = url
    .replace(/^[a-z+]+:\/\//i, '')
    .replace(/^[^@/]*@/, '') // never write user:password@ into a path
    .replace(/[^A-Za-z0-9.-]+/g, '_')
    .slice(0, 80);
  return `${readable}-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

export const cacheKeys = {
  helmIndex: (url: string) => `helm-index/${urlSlug(url)}`,
  ociTags: (repo: string) => `oci-tags/${urlSlug(repo)}`,
  ociDigest: (repo: string, tag: string) => `oci-digest/${urlSlug(repo)}/${tag.replace(/[^A-Za-z0-9._-]/g, '_')}`,
  gitRefs: (url: string) => `git-refs/${urlSlug(url)}`,
};

export interface CachePolicy {
  offline: boolean;
  ttlSeconds: number;
  now: Date;
}

/** May this entry answer without asking the network? */
export function reusable(entry: CacheEntry<unknown> | undefined, policy: CachePolicy, immutable = false): boolean {
  if (!entry) return false;
  if (immutable || policy.offline) return true;
  const age = (policy.now.getTime() - Date.parse(entry.fetchedAt)) / 1000;
  return age >= 0 && age < policy.ttlSeconds;
}
