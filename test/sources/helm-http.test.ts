// Helm charts from a real HTTP repository on loopback: the exact version Flux would pick is
// pinned in the HelmRelease and recorded in the lock; the cache, --offline and --locked make
// re-renders reproducible; failures are clear and never print a credential. The command line runs in
// process (test/helpers/cli-run.ts); no real process: nothing here is about one.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../../src/adapters/tree-writer.ts';
import { runWorkspace } from '../../src/app/workspace.ts';
import { hubcast } from '../helpers/cli-run.ts';
import { crdErrors } from '../helpers/crds.ts';
import { errors, spoke } from '../helpers/results.ts';
import { closedPort, startHelmRepo, type HelmRepoServer } from '../helpers/helm-repo-server.ts';
import { repository, writeSpecRepo } from '../helpers/spec-repo.ts';

const NOW = new Date('2026-11-22T12:00:00Z');

const podinfo = [
  { version: '5.2.1', created: '2025-06-01T00:00:00Z' },
  { version: '6.4.0', created: '2025-09-01T00:00:00Z' },
  { version: '6.5.0', created: '2025-10-01T00:00:00Z' },
  { version: '6.5.4', created: '2025-10-15T00:00:00Z' },
  { version: '6.9.3', created: '2026-01-10T00:00:00Z' },
  { version: '6.9.3+build.2', created: '2026-01-12T00:00:00Z' },
  { version: '6.9.3+build.1', created: '2026-01-11T00:00:00Z' },
  { version: '7.0.0-rc.1', created: '2026-02-01T00:00:00Z' },
  { version: '7.0.0', created: '2026-03-01T00:00:00Z' },
  { version: '7.1.0-beta.1', created: '2026-03-15T00:00:00Z' },
  { version: '7.1.0', created: '2026-04-01T00:00:00Z' },
];

const helm = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: 'podinfo',
  type: 'helm',
  properties: { chart: 'podinfo', repository: 'charts', ...props },
  ...extra,
});

describe('helm component with an HTTP Helm repository', () => {
  let server: HelmRepoServer;
  const dirs: string[] = [];
  const specRepo = (opts: Parameters<typeof writeSpecRepo>[0]) => {
    const d = writeSpecRepo(opts);
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    server = await startHelmRepo({ podinfo, redis: [{ version: '18.1.0', created: '2025-01-01T00:00:00Z' }] });
  });
  afterAll(async () => {
    await server.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('pins the version Flux would pick for ">=6.5 <7", records it in the lock, and emits valid Flux objects', async () => {
    const repo = specRepo({ components: [helm({ version: '>=6.5 <7', values: { replicaCount: 2 } })], extra: [repository('charts', server.url)] });
    const r = await runWorkspace({ repo, now: NOW });
    expect(errors(r)).toEqual([]);
    const [release] = spoke(r, 'HelmRelease');
    // 6.9.3+build.2 and +build.1 equal 6.9.3 by semver; the most recently created wins, as in Flux.
    expect(release.spec).toMatchObject({
      chart: { spec: { chart: 'podinfo', version: '6.9.3+build.2', sourceRef: { kind: 'HelmRepository', name: 'podinfo' } } },
      values: { replicaCount: 2 },
    });
    const [helmRepo] = spoke(r, 'HelmRepository');
    expect(helmRepo.spec).toEqual({ interval: '10m', url: server.url });
    for (const o of [release, helmRepo]) expect(crdErrors(o)).toEqual([]);
    expect(r.lock?.sources).toEqual({
      [`helm:${server.url}#podinfo@>=6.5 <7`]: {
        type: 'helm',
        url: server.url,
        chart: 'podinfo',
        range: '>=6.5 <7',
        version: '6.9.3+build.2',
        digest: `sha256:${server.digests.get('podinfo-6.9.3+build.2')}`,
      },
    });
  });

  it('fetches an index once per repository, however many components and deployments use it, then reuses the cache', async () => {
    const repo = specRepo({
      components: [helm({ version: '~6.5' }), { name: 'cache', type: 'helm', properties: { chart: 'redis', repository: 'charts' } }],
      deployments: ['a', 'b', 'c'],
      extra: [repository('charts', server.url)],
    });
    const before = server.requests.length;
    const first = await runWorkspace({ repo, now: NOW });
    expect(errors(first)).toEqual([]);
    expect(server.requests.slice(before)).toEqual(['/index.yaml']);
    expect(
      spoke(first, 'HelmRelease')
        .map((h) => (h.spec as { chart: { spec: { version: string } } }).chart.spec.version)
        .sort(),
    ).toEqual(['18.1.0', '18.1.0', '18.1.0', '6.5.4', '6.5.4', '6.5.4']);
    const again = await runWorkspace({ repo, now: new Date(NOW.getTime() + 60_000) });
    expect(server.requests.length).toBe(before + 1); // within the TTL: from the cache
    expect([...again.tree!.entries()]).toEqual([...first.tree!.entries()]);
    const later = await runWorkspace({ repo, now: new Date(NOW.getTime() + 3600_000) });
    expect(errors(later)).toEqual([]);
    expect(server.requests.length).toBe(before + 2); // TTL passed: the listing is fetched again
  });

  it('re-renders offline from the cache, byte for byte, and fails clearly when the cache lacks something', async () => {
    const repo = specRepo({ components: [helm({ version: '>=6.5 <7' })], extra: [repository('charts', server.url)] });
    const online = await runWorkspace({ repo, now: NOW });
    const before = server.requests.length;
    const offline = await runWorkspace({ repo, offline: true, now: new Date(NOW.getTime() + 86400_000 * 30) });
    expect(server.requests.length).toBe(before);
    expect([...offline.tree!.entries()]).toEqual([...online.tree!.entries()]);

    const fresh = await runWorkspace({ repo, offline: true, cacheDir: join(repo, 'empty-cache'), now: NOW });
    expect(fresh.ok).toBe(false);
    expect(errors(fresh)).toEqual([
      expect.stringMatching(
        /^specs\.yaml:\d+:\d+: error: chart "podinfo" from Repository team\/charts \(http:\/\/127\.0\.0\.1:\d+\): the index of .* is not in the source cache .*--offline forbids fetching it \[source-not-cached\]\n {2}hint: render once without --offline/,
      ),
    ]);
  });

  it('--locked keeps the locked version and reports every range that would now resolve differently', async () => {
    const local = await startHelmRepo({ podinfo: podinfo.slice(0, 5) });
    try {
      const repo = specRepo({ components: [helm({ version: '>=6.5 <7' })], extra: [repository('charts', local.url)], config: { sources: { ttlSeconds: 0 } } });
      const out = join(repo, 'out');
      const first = await runWorkspace({ repo, out, now: NOW });
      writeTree(out, first.tree!);
      local.publish('podinfo', { version: '6.9.9', created: '2026-05-01T00:00:00Z' });

      const locked = await runWorkspace({ repo, out, locked: true, now: NOW });
      expect(locked.ok).toBe(true);
      expect([...locked.tree!.entries()]).toEqual([...first.tree!.entries()]);
      expect(errors(locked)).toEqual([
        expect.stringMatching(/warning: chart "podinfo" .* \(version ">=6\.5 <7"\) is locked to 6\.9\.3 but would now resolve to 6\.9\.9 \[lock-drift\]/),
      ]);

      const unlocked = await runWorkspace({ repo, out, now: NOW });
      expect(spoke(unlocked, 'HelmRelease')[0].spec).toMatchObject({ chart: { spec: { version: '6.9.9' } } });

      // A lock that holds the changed profile (the spec references) but not its new range.
      const changed = specRepo({ components: [helm({ version: '^6' })], extra: [repository('charts', local.url)] });
      const lockFile = join(changed, 'partial.lock.json');
      const references = (await runWorkspace({ repo: changed, now: NOW })).lock!.references;
      writeFileSync(lockFile, JSON.stringify({ ...JSON.parse(readFileSync(join(out, 'hubcast.lock.json'), 'utf8')), references }));
      const notLocked = await runWorkspace({ repo: changed, lockFile, locked: true, now: NOW });
      expect(errors(notLocked)).toEqual([expect.stringMatching(/\(version "\^6"\) is not in the lock file \[source-not-locked\]/)]);
    } finally {
      await local.close();
    }
  });

  it('pin: false keeps the range in the HelmRelease for Flux to float, and still locks the version', async () => {
    const repo = specRepo({ components: [helm({ version: '>=6.5 <7', pin: false })], extra: [repository('charts', server.url)] });
    const r = await runWorkspace({ repo, now: NOW });
    expect(spoke(r, 'HelmRelease')[0].spec).toMatchObject({ chart: { spec: { version: '>=6.5 <7' } } });
    expect(Object.values(r.lock!.sources!)[0].version).toBe('6.9.3+build.2');
  });

  it('applies the labels and annotations traits to the HelmRelease', async () => {
    const repo = specRepo({
      components: [
        helm(
          { version: '6.5.4' },
          {
            traits: [
              { type: 'labels', properties: { tier: 'edge' } },
              { type: 'annotations', properties: { 'example.com/owner': 'web' } },
            ],
          },
        ),
      ],
      extra: [repository('charts', server.url)],
    });
    const r = await runWorkspace({ repo, now: NOW });
    expect(errors(r)).toEqual([]);
    const [release] = spoke(r, 'HelmRelease');
    expect(release.metadata.labels).toMatchObject({ tier: 'edge', 'app.kubernetes.io/name': 'podinfo' });
    expect(release.metadata.annotations).toMatchObject({ 'example.com/owner': 'web' });
    expect(release.spec).toMatchObject({ chart: { spec: { version: '6.5.4' } } });
  });

  it('no version matches: an error at the version, listing the nearest versions and the excluded prereleases', async () => {
    const repo = specRepo({ components: [helm({ version: '>7.0.0 <7.1.0' })], extra: [repository('charts', server.url)] });
    const r = await runWorkspace({ repo, now: NOW });
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^specs\.yaml:\d+:\d+: error: chart "podinfo" .*: no version matches version ">7\.0\.0 <7\.1\.0" \[no-matching-version\]\n {2}hint: nearest versions: 7\.1\.0, 7\.0\.0, 6\.9\.3, 6\.9\.3\+build\.2, 6\.9\.3\+build\.1; prereleases that would match .*: 7\.1\.0-beta\.1$/,
      ),
    ]);
    expect(r.tree).toBeUndefined();
  });

  it('unknown chart and unknown Repository get did-you-mean hints; a bad range is reported as such', async () => {
    const repo = specRepo({
      components: [
        { name: 'a', type: 'helm', properties: { chart: 'podinf', repository: 'charts' } },
        { name: 'b', type: 'helm', properties: { chart: 'podinfo', repository: 'chart' } },
        { name: 'c', type: 'helm', properties: { chart: 'podinfo', repository: 'charts', version: '>=six' } },
      ],
      extra: [repository('charts', server.url)],
    });
    const msgs = errors(await runWorkspace({ repo, now: NOW }));
    expect(msgs).toContainEqual(expect.stringMatching(/the repository has no chart "podinf" \[chart-not-found\]\n {2}hint: did you mean "podinfo"\?/));
    expect(msgs).toContainEqual(
      expect.stringMatching(
        /component "b": Repository "chart" not found in namespace team, mural-system \[unknown-repository\]\n {2}hint: did you mean "charts"\?/,
      ),
    );
    expect(msgs).toContainEqual(expect.stringMatching(/version ">=six" is not a valid version range: improper constraint: >=six \[invalid-version-range\]/));
    expect(msgs).toHaveLength(3);
  });

  it('an unreachable repository is a clear error, with what to do', async () => {
    const port = await closedPort();
    const repo = specRepo({ components: [helm({})], extra: [repository('charts', `http://127.0.0.1:${port}/charts`)] });
    const r = await runWorkspace({ repo, now: NOW });
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /error: chart "podinfo" .*: cannot reach http:\/\/127\.0\.0\.1:\d+\/charts\/index\.yaml: 127\.0\.0\.1:\d+ refused the connection \(ECONNREFUSED: nothing listens there\) \[source-unreachable\]\n {2}hint: check the URL and the network; render with --offline/,
      ),
    ]);
  });
});

describe('a Repository with credentials', () => {
  let server: HelmRepoServer;
  let dir: string;
  const password = 's3cr3t-Pa55w0rd';
  beforeAll(async () => {
    server = await startHelmRepo({ podinfo }, { auth: { username: 'ci', password } });
    dir = mkdtempSync(join(tmpdir(), 'hubcast-auth-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // In process: the repository server runs in this process too, and keeps answering while a run awaits it.
  async function render(repo: string, env: Record<string, string>): Promise<{ code: number; out: string }> {
    const r = await hubcast(['render', '--repo', repo, '--out', join(dir, 'out')], { env });
    return { code: r.code, out: r.stdout + r.stderr };
  }

  it('reads the credentials of the named Secret from HUBCAST_SECRET_*; a failure never prints them', async () => {
    const repo = writeSpecRepo({ components: [helm({ version: '~6.5' })], extra: [repository('charts', server.url, { secretRef: { name: 'charts-auth' } })] });
    try {
      const missing = await render(repo, {});
      expect(missing.code).toBe(1);
      expect(missing.out).toMatch(
        /authentication failed: .*HTTP 401 \[source-auth\]\n {2}hint: hubcast reads the credentials of Secret "charts-auth" from HUBCAST_SECRET_CHARTS_AUTH_USERNAME and HUBCAST_SECRET_CHARTS_AUTH_PASSWORD/,
      );
      expect(existsSync(join(dir, 'out'))).toBe(false);

      const wrong = await render(repo, { HUBCAST_SECRET_CHARTS_AUTH_USERNAME: 'ci', HUBCAST_SECRET_CHARTS_AUTH_PASSWORD: 'wrong-Pa55' });
      expect(wrong.code).toBe(1);
      expect(wrong.out).toContain('[source-auth]');
      expect(wrong.out).not.toContain('wrong-Pa55');
      expect(wrong.out).not.toContain(Buffer.from('ci:wrong-Pa55').toString('base64'));
      expect(wrong.out).not.toMatch(/\bat .*\.ts:\d+/);

      const right = await render(repo, { HUBCAST_SECRET_CHARTS_AUTH_USERNAME: 'ci', HUBCAST_SECRET_CHARTS_AUTH_PASSWORD: password });
      expect(right.out).not.toContain(password);
      expect(right.code).toBe(0);
      const lock = readFileSync(join(dir, 'out', 'hubcast.lock.json'), 'utf8');
      expect(lock).toContain('"version": "6.5.4"');
      expect(lock).not.toContain(password);
      const mwrs = readFileSync(join(dir, 'out', 'environments/team/dev/manifestworkreplicaset-team-web.yaml'), 'utf8');
      expect(mwrs).toMatch(/secretRef:\n\s+name: charts-auth/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
