import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest's default is one worker per core less one: a single file at a time here, with a core idle
    // while that file waits on git, kubectl or a child hubcast. Two keep both cores busy.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['test/setup/dist.ts'],
    // `render --out` keeps a stat index in the user cache: the tests' renders keep theirs in a temp dir instead.
    env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'hubcast-test-cache-')) },
  },
});
