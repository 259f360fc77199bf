// Glue between the CLI and source resolution: where the cache lives, whether the network may be
// used (--offline), which lock to hold the render to (--locked), and the adapters that fetch.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import type { JsonObject } from '../core/types.ts';
import { fsSourceCache } from '../adapters/source-cache.ts';
import { networkFetcher } from '../adapters/source-fetcher.ts';
import { LOCK_FILE, readLockText } from '../emit/lock.ts';
import type { HubcastConfig } from '../load/config.ts';
import type { PipelineStart } from '../pipeline/pipeline.ts';
import { DEFAULT_TTL_SECONDS } from '../sources/cache-policy.ts';
import { resolveSources } from '../sources/resolve-sources.ts';
import type { LockedSource, SourceResolution } from '../sources/types.ts';

export const DEFAULT_CACHE_DIR = '.hubcast-cache';
export const DEFAULT_OUT_DIR = 'out/rendered';

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

function readLock(path: string): { sources?: Record<string, LockedSource>; diagnostic?: Diagnostic } {
  if (!existsSync(path)) {
    return { diagnostic: error('lock-missing', `--locked: there is no lock file at ${path}`, undefined, 'render once without --locked, or pass --lock-file PATH') };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { diagnostic: error('lock-invalid', `--locked: cannot read ${path}: ${(e as Error).message}`) };
  }
  const read = readLockText(text);
  if ('problem' in read) {
    return {
      diagnostic: error(
        'lock-invalid',
        `--locked: ${path} is not a usable hubcast lock: ${read.problem}`,
        { file: path, line: 1, column: 1 },
        'delete it and render without --locked to write a new one (or restore it from git), or pass --lock-file PATH to a good lock',
      ),
    };
  }
  return { sources: read.lock.sources ?? {} };
}

export async function resolveWorkspaceSources(
  start: PipelineStart,
  repoDir: string,
  outDir: string | undefined,
  opts: SourceOptions,
): Promise<{ resolutions: Map<string, SourceResolution>; diagnostics: Diagnostic[] }> {
  const requests = start.sources.requests;
  if (requests.length === 0) return { resolutions: new Map(), diagnostics: [] };
  const settings = sourceSettings(start.input.config, repoDir, opts.cacheDir);
  let locked: Record<string, LockedSource> | undefined;
  if (opts.locked) {
    const lock = readLock(resolve(opts.lockFile ?? join(outDir ?? DEFAULT_OUT_DIR, LOCK_FILE)));
    if (lock.diagnostic) return { resolutions: new Map(), diagnostics: [lock.diagnostic] };
    locked = lock.sources;
  }
  return resolveSources(requests, {
    fetcher: opts.offline || settings.offline ? undefined : networkFetcher({ timeoutMs: settings.timeoutMs, env: opts.env ?? process.env }),
    cache: fsSourceCache(settings.cacheDir),
    policy: { offline: !!opts.offline || settings.offline, ttlSeconds: settings.ttlSeconds, now: opts.now ?? new Date() },
    concurrency: settings.concurrency,
    locked,
  });
}
