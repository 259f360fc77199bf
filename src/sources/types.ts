// The data that flows through source resolution: what components ask for (requests), what the
// network or the cache answers (resolutions), what the lock records, and the small interfaces the
// adapters implement. See docs/sources.md.

import type { SourcePos } from '../core/diagnostics.ts';
import type { IndexEntry } from './select-version.ts';

/** A project-scoped `Repository` (spectrocloud.com/v1beta1) as the resolver needs it. */
export interface RepositoryRef {
  namespace: string;
  name: string;
  /** `http(s)://...` (a Helm repository) or `oci://host/path` (charts under it). */
  url: string;
  /** Name of the Secret with credentials (on the spoke for Flux; HUBCAST_SECRET_* locally). */
  secretRef?: string;
  /** Plain HTTP for an OCI registry (Flux's `insecure`). */
  insecure?: boolean;
}

export interface GitRef {
  branch?: string;
  tag?: string;
  semver?: string;
  commit?: string;
  name?: string;
}

export interface HelmRequest {
  type: 'helm';
  /** Identity of the request; also its key in the lock. */
  key: string;
  repository: RepositoryRef;
  chart: string;
  /** The version or range as written (`*` when omitted). */
  range: string;
  at: SourcePos;
}

export interface GitRequest {
  type: 'git';
  key: string;
  url: string;
  ref: GitRef;
  secretRef?: string;
  at: SourcePos;
}

export type SourceRequest = HelmRequest | GitRequest;

export interface HelmResolution {
  type: 'helm';
  key: string;
  /** The exact chart version. */
  version: string;
  /** sha256 of the chart archive (index.yaml) or of the OCI manifest. */
  digest?: string;
}

export interface GitResolution {
  type: 'git';
  key: string;
  commit: string;
  /** The ref that was resolved, e.g. `refs/tags/v1.2.0`. */
  resolvedRef?: string;
}

export type SourceResolution = HelmResolution | GitResolution;
export type SourceResolutions = ReadonlyMap<string, SourceResolution>;

/** One entry of `sources` in hubcast.lock.json. */
export interface LockedSource {
  type: 'helm' | 'git';
  url: string;
  chart?: string;
  range?: string;
  ref?: GitRef;
  version?: string;
  digest?: string;
  commit?: string;
}

export interface GitRemoteRef {
  /** Full ref name, `refs/heads/main`, `refs/tags/v1.0.0`. */
  ref: string;
  /** The commit (annotated tags already peeled). */
  commit: string;
}

/** Network access to sources; implemented by adapters, one call per listing. */
export interface SourceFetcher {
  helmIndex(repo: RepositoryRef): Promise<Record<string, IndexEntry[]>>;
  ociTags(repo: RepositoryRef, chart: string): Promise<string[]>;
  /** Digest of the manifest behind a tag; rejects with SourceError `not-found` when the tag does not exist. */
  ociDigest(repo: RepositoryRef, chart: string, tag: string): Promise<string>;
  gitRefs(url: string, secretRef?: string): Promise<GitRemoteRef[]>;
}

export type SourceErrorKind = 'unreachable' | 'timeout' | 'auth' | 'not-found' | 'protocol';

/** What an adapter throws; messages never contain credentials. */
export class SourceError extends Error {
  constructor(
    readonly kind: SourceErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/** A cached listing or answer, as stored on disk. */
export interface CacheEntry<T> {
  fetchedAt: string;
  data: T;
}

export interface SourceCache {
  read<T>(key: string): CacheEntry<T> | undefined;
  write<T>(key: string, data: T, fetchedAt: string): void;
  /** Where the cache lives, for messages. */
  location: string;
}
