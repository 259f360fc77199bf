// Publishing a render as Flux artifacts to a real registry (Debian's docker-registry on loopback),
// with a loopback proxy in front where a test needs failures or authentication.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OciRegistryClient } from '../../src/adapters/oci-registry.ts';
import { parseFluxManifest, fluxRevision } from '../../src/deliver/oci-manifest.ts';
import { parseOciTarget, planArtifacts, publishOci, type OciPublishOptions } from '../../src/deliver/oci-publish.ts';
import { pullArtifact, pullRender } from '../../src/deliver/oci-pull.ts';
import type { OutputTree } from '../../src/emit/tree.ts';
import { registryMissing, startRegistry, type Registry } from '../helpers/oci-registry.ts';
import { startRegistryProxy } from '../helpers/registry-proxy.ts';
import { validOciManifest } from '../helpers/oci-manifest-schema.ts';

const SHA1 = '1'.repeat(40);
const SHA2 = '2'.repeat(40);

function render(version = '1'): OutputTree {
  return new Map([
    ['hubcast.lock.json', `{\n  "lockVersion": 1,\n  "sourceCommit": "x"\n}\n`],
    ['kustomization.yaml', 'resources:\n- clusters\n- flux\n'],
    ['flux/kustomization.yaml', 'resources:\n- ocirepository-hubcast.yaml\n'],
    ['flux/ocirepository-hubcast.yaml', 'kind: OCIRepository\n'],
    ['clusters/kustomization.yaml', 'resources:\n- east\n- west\n'],
    ['clusters/east/kustomization.yaml', 'resources:\n- manifestwork-web.yaml\n'],
    ['clusters/east/manifestwork-web.yaml', `kind: ManifestWork\nversion: ${version}\n`],
    ['clusters/west/kustomization.yaml', 'resources:\n- manifestwork-web.yaml\n'],
    ['clusters/west/manifestwork-web.yaml', 'kind: ManifestWork\nversion: 1\n'],
  ]);
}

const options = (repository: string, commit: string, extra: Partial<OciPublishOptions> = {}): OciPublishOptions => ({
  registry: 'r',
  repository,
  tag: 'latest',
  commit,
  dryRun: false,
  meta: { source: 'https://git.example.com/org/specs.git', revision: fluxRevision(commit, 'main'), created: '2026-11-20T12:00:00Z' },
  ...extra,
});

describe('publish to an OCI registry', () => {
  let registry: Registry;
  let client: OciRegistryClient;
  beforeAll(async () => {
    const missing = registryMissing();
    if (missing) throw new Error(missing);
    registry = await startRegistry();
    client = new OciRegistryClient(registry.host, { timeoutMs: 10_000, retries: 0 });
  }, 30_000);
  afterAll(() => registry?.stop());

  it('splits the render into one artifact per cluster folder and one for the rest', () => {
    const plan = planArtifacts(render(), 'fleet');
    expect(plan.map((a) => [a.repository, a.files.map((f) => f[0])])).toEqual([
      ['fleet/clusters/east', ['clusters/east/kustomization.yaml', 'clusters/east/manifestwork-web.yaml']],
      ['fleet/clusters/west', ['clusters/west/kustomization.yaml', 'clusters/west/manifestwork-web.yaml']],
      ['fleet', ['clusters/kustomization.yaml', 'flux/kustomization.yaml', 'flux/ocirepository-hubcast.yaml', 'hubcast.lock.json', 'kustomization.yaml']],
    ]);
  });

  it('pushes every artifact, tags commit and moving tag, and reads back the same files', async () => {
    const report = await publishOci(render(), client, options('p1', SHA1));
    expect(report.outcome).toBe('published');
    expect(report.artifacts.map((a) => [a.repository, a.status, a.moved])).toEqual([
      ['p1/clusters/east', 'pushed', true],
      ['p1/clusters/west', 'pushed', true],
      ['p1', 'pushed', true],
    ]);
    for (const a of report.artifacts) {
      expect(await client.resolve(a.repository, SHA1)).toBe(a.digest);
      expect(await client.resolve(a.repository, 'latest')).toBe(a.digest);
      const manifest = (await client.manifest(a.repository, 'latest'))!;
      expect(validOciManifest(JSON.parse(manifest.toString()))).toEqual([]);
      expect(parseFluxManifest(manifest)?.manifest.annotations?.['org.opencontainers.image.revision']).toBe(`main@sha1:${SHA1}`);
    }
    const back = await pullRender(client, 'p1', 'latest');
    const lock = JSON.parse(back.get('hubcast.lock.json')!);
    expect(lock.artifacts).toEqual({ 'p1/clusters/east': report.artifacts[0].digest, 'p1/clusters/west': report.artifacts[1].digest });
    back.delete('hubcast.lock.json');
    const expected = render();
    expected.delete('hubcast.lock.json');
    expect([...back].sort()).toEqual([...expected].sort());
  });

  it('pushes nothing when the same render is published again', async () => {
    await publishOci(render(), client, options('p2', SHA1));
    const proxy = await startRegistryProxy({ upstream: registry.host });
    try {
      const report = await publishOci(render(), new OciRegistryClient(proxy.host, { timeoutMs: 10_000, retries: 0 }), options('p2', SHA1));
      expect(report.outcome).toBe('unchanged');
      expect(report.artifacts.every((a) => a.status === 'current' && !a.moved && a.uploaded === 0)).toBe(true);
      expect(proxy.writes()).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });

  it('a new commit pushes only the clusters that changed; the others keep their digest', async () => {
    const first = await publishOci(render('1'), client, options('p3', SHA1));
    const second = await publishOci(render('2'), client, options('p3', SHA2));
    const by = (r: typeof first, repo: string) => r.artifacts.find((a) => a.repository === repo)!;
    expect(by(second, 'p3/clusters/east').status).toBe('pushed');
    expect(by(second, 'p3/clusters/west')).toMatchObject({ status: 'retagged', digest: by(first, 'p3/clusters/west').digest, moved: false, uploaded: 0 });
    expect(await client.resolve('p3/clusters/west', SHA2)).toBe(by(first, 'p3/clusters/west').digest);
    expect(await client.resolve('p3/clusters/east', 'latest')).toBe(by(second, 'p3/clusters/east').digest);
  });

  it('a dry run reads the registry and writes nothing', async () => {
    const proxy = await startRegistryProxy({ upstream: registry.host });
    try {
      const report = await publishOci(render(), new OciRegistryClient(proxy.host, { timeoutMs: 10_000, retries: 0 }), options('p4', SHA1, { dryRun: true }));
      expect(report.outcome).toBe('dry-run');
      expect(report.artifacts.map((a) => a.status)).toEqual(['would-push', 'would-push', 'would-push']);
      expect(proxy.writes()).toEqual([]);
      expect(await client.resolve('p4', 'latest')).toBeUndefined();
    } finally {
      await proxy.stop();
    }
  });

  it('leaves the moving tag where it was when a push fails halfway (registry answers 500)', async () => {
    const first = await publishOci(render('1'), client, options('p5', SHA1));
    // Every manifest upload to the hub repository fails: the clusters are pushed, then the hub is not.
    const proxy = await startRegistryProxy({ upstream: registry.host, fail: (m, p) => (m === 'PUT' && p.startsWith('/v2/p5/manifests/') ? 500 : undefined) });
    try {
      const flaky = new OciRegistryClient(proxy.host, { timeoutMs: 10_000, retries: 2, backoffMs: 10 });
      await expect(publishOci(render('2'), flaky, options('p5', SHA2))).rejects.toThrow(
        new RegExp(`registry ${proxy.host}, repository p5: pushing manifest to ${SHA2.slice(0, 12)}.* failed: HTTP 500`),
      );
      // retried (1 + 2 attempts), then gave up
      expect(proxy.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/v2/p5/manifests/')).length).toBe(3);
    } finally {
      await proxy.stop();
    }
    for (const a of first.artifacts) expect(await client.resolve(a.repository, 'latest')).toBe(a.digest);
  });

  it('basic auth: pushes with the right credentials, a clear error with wrong ones', async () => {
    const proxy = await startRegistryProxy({ upstream: registry.host, auth: { scheme: 'basic', username: 'ci', password: 's3cret-pass' } });
    try {
      const ok = await publishOci(
        render(),
        new OciRegistryClient(proxy.host, { timeoutMs: 10_000, retries: 0, creds: { username: 'ci', password: 's3cret-pass' } }),
        options('p6', SHA1),
      );
      expect(ok.outcome).toBe('published');
      const bad = publishOci(
        render(),
        new OciRegistryClient(proxy.host, { timeoutMs: 10_000, retries: 0, creds: { username: 'ci', password: 'wrong-pass' } }),
        options('p7', SHA1),
      );
      await expect(bad).rejects.toThrow(new RegExp(`registry ${proxy.host}, repository p7/clusters/east: .* failed: HTTP 401 \\(not authenticated\\)`));
      await bad.catch((e: Error) => expect(e.message).not.toContain('wrong-pass'));
      expect(proxy.writes().filter((w) => w.path.startsWith('/v2/p7'))).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });

  it('bearer token flow: a token per repository from the realm, with the Basic credentials', async () => {
    const proxy = await startRegistryProxy({ upstream: registry.host, auth: { scheme: 'bearer', username: 'ci', password: 'tok-pass' } });
    try {
      const c = new OciRegistryClient(proxy.host, { timeoutMs: 10_000, retries: 0, creds: { username: 'ci', password: 'tok-pass' } });
      const report = await publishOci(render(), c, options('p8', SHA1));
      expect(report.outcome).toBe('published');
      expect((await pullArtifact(c, 'p8/clusters/east', 'latest')).get('clusters/east/manifestwork-web.yaml')?.toString()).toBe(
        'kind: ManifestWork\nversion: 1\n',
      );
      expect(proxy.requests.filter((r) => r.path.startsWith('/token')).length).toBe(3);
      const anonymous = publishOci(render(), new OciRegistryClient(proxy.host, { timeoutMs: 10_000, retries: 0 }), options('p9', SHA1));
      await expect(anonymous).rejects.toThrow(/authentication failed|HTTP 401/);
    } finally {
      await proxy.stop();
    }
  });

  it('parses oci:// targets and says what is wrong with a bad one', () => {
    expect(parseOciTarget('oci://127.0.0.1:5000/fleet/prod')).toEqual({ registry: '127.0.0.1:5000', repository: 'fleet/prod' });
    expect(parseOciTarget('oci://ghcr.io/org/fleet:v1')).toEqual({ registry: 'ghcr.io', repository: 'org/fleet', tag: 'v1' });
    expect(parseOciTarget('oci://ghcr.io/Org/Fleet')).toMatch(/not a repository name/);
    expect(parseOciTarget('https://ghcr.io/org')).toMatch(/is not oci:\/\//);
  });
});
