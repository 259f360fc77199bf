// Glue between the CLI and source resolution: where the cache lives, whether the network may be
// used (--offline), which lock to hold the render to (--locked), and the adapters that fetch.

import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { JsonObject } from '../core/types.ts';
import type { HubcastConfig } from '../load/config.ts';
import type { PipelineStart } from '../pipeline/pipeline.ts';
import { DEFAULT_TTL_SECONDS } from '../sources/cache-policy.ts';
import { resolveSources } from '../sources/resolve-sources.ts';
import type { LockedSource, SourceResolution } from '../sources/types.ts';

export const DEFAULT_CACHE_DIR = '.hubcast-cache';

export interface SourceOptions {
  /** Resolve from the cache only. */
  offline?: boolean;
  /** Use the lock's versions and report what would now resolve differently. */
  locked?: boolean;
  /** The lock --locked reads (default <out>/hubcast.lock.json). */
  lockFile?: string;
  /** Overrides sources.cacheDir of hubcast.yaml. */
  cacheDir?: string;
  /** Where credentials come from (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  now?: Date;
}

export interface SourceSettings {
  cacheDir: string;
  /** hubcast.yaml `sources.offline`: the repo renders from its committed cache, never the network. */
  offline: boolean;
  ttlSeconds: number;
  timeoutMs: number;
  concurrency: number;
}

export function sourceSettings(config: HubcastConfig, repoDir: string, cacheDirFlag?: string): SourceSettings {
  const s = (config.extra.sources ?? {}) as JsonObject;
  return {
    cacheDir: cacheDirFlag ? resolve(cacheDirFlag) : resolve(repoDir, typeof s.cacheDir === 'string' ? s.cacheDir : DEFAULT_CACHE_DIR),
    ttlSeconds: typeof s.ttlSeconds === 'number' ? s.ttlSeconds : DEFAULT_TTL_SECONDS,
    timeoutMs: (typeof s.timeoutSeconds === 'number' ? s.timeoutSeconds : 30) * 1000,
    concurrency: typeof s.concurrency === 'number' ? s.concurrency : 4,
    offline: s.offline === true,
  };
}

/**
 * Resolves the Helm charts and git refs of a render. `locked` (--locked): the lock's sources, held
 * as they were, each range that would now resolve differently reported.
 */
export async function resolveWorkspaceSources(
  start: PipelineStart,
  repoDir: string,
  opts: SourceOptions,
  locked?: Readonly<Record<string, LockedSource>>,
): Promise<{ resolutions: Map<string, SourceResolution>; diagnostics: Diagnostic[] }> {
  const requests = start.sources.requests;
  if (requests.length === 0) return { resolutions: new Map(), diagnostics: [] };
  const settings = sourceSettings(start.input.config, repoDir, opts.cacheDir);
  // Loaded only for a render with sources: the fetcher brings HTTP, OCI and tar code a plain render never runs.
  const [{ fsSourceCache }, { networkFetcher }] = await Promise.all([import('../adapters/source-cache.ts'), import('../adapters/source-fetcher.ts')]);
  return resolveSources(requests, {
    fetcher: opts.offline || settings.offline ? undefined : networkFetcher({ timeoutMs: settings.timeoutMs, env: opts.env ?? process.env }),
    cache: fsSourceCache(settings.cacheDir),
    policy: { offline: !!opts.offline || settings.offline, ttlSeconds: settings.ttlSeconds, now: opts.now ?? new Date() },
    concurrency: settings.concurrency,
    locked,
  });
}
