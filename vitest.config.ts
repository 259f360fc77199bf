import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const OWN_PROCESS = 'test/io/network-failures.test.ts';

// The tests' user cache (render stat indexes), one per run, gone when the run ends.
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'hubcast-test-cache-'));
process.on('exit', () => rmSync(CACHE_HOME, { recursive: true, force: true }));

export default defineConfig({
  test: {
    // Vitest's default is one worker per core less one: a single file at a time here, with a core idle
    // while that file waits on git, kubectl or a child hubcast. Two keep both cores busy.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Transformed modules are kept on disk between runs (keyed by their content): src/ and the ~1.6 MB of generated
    // validators are transformed once, not on every run (~4 s a run), and each worker imports them faster.
    experimental: { fsModuleCache: true, fsModuleCachePath: 'node_modules/.cache/hubcast/vitest' },
    // Test files share their worker's modules: importing src/ (and the generated validators) once per worker rather than
    // once per file saves ~2.5 s a file. Tests keep no state in modules of ours; a test that must not share uses its own process.
    isolate: false,
    globalSetup: ['test/setup/dist.ts'],
    // What the application loads before the stages that compile schemas (see the file).
    setupFiles: ['test/setup/on-demand-modules.ts'],
    // network-failures replaces dns.lookup for its DNS case; in a worker shared with other files that replacement was
    // bypassed in cold CI runs (the request went out and met ENETUNREACH), so that file gets a process of its own.
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [OWN_PROCESS] } },
      { extends: true, test: { name: 'own-process', include: [OWN_PROCESS], isolate: true } },
    ],
    // `render --out` keeps a stat index in the user cache: the tests' renders keep theirs in a temp dir instead.
    env: { XDG_CACHE_HOME: CACHE_HOME },
  },
});
