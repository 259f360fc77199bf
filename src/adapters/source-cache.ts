// The source cache on disk: one JSON file per key under the cache folder, written atomically so
// concurrent renders never read half a file. A file that does not parse counts as missing.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { makeDirs } from './make-dirs.ts';
import { dirname, join } from 'node:path';
import type { CacheEntry, SourceCache } from '../sources/types.ts';

const CACHE_VERSION = 1;

export function fsSourceCache(dir: string): SourceCache {
  const file = (key: string) => join(dir, `${key}.json`);
  return {
    location: dir,
    read<T>(key: string): CacheEntry<T> | undefined {
      try {
        const parsed = JSON.parse(readFileSync(file(key), 'utf8')) as { cacheVersion?: number; fetchedAt?: string; data?: T };
        if (parsed.cacheVersion !== CACHE_VERSION || typeof parsed.fetchedAt !== 'string' || parsed.data === undefined) return undefined;
        return { fetchedAt: parsed.fetchedAt, data: parsed.data };
      } catch {
        return undefined;
      }
    },
    write<T>(key: string, data: T, fetchedAt: string): void {
      const path = file(key);
      makeDirs(dirname(path));
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify({ cacheVersion: CACHE_VERSION, fetchedAt, data }, null, 1)}\n`);
      renameSync(tmp, path);
    },
  };
}
