// Helm charts from a real OCI registry (Debian's docker-registry on loopback): tags listed over the
// distribution API (`_` in a tag is `+` in the version), the manifest digest locked, an
// OCIRepository with the Helm layer selector plus a HelmRelease chartRef rendered.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkspace } from '../../src/app/workspace.ts';
import { crdErrors } from '../helpers/crds.ts';
import { errors, spoke } from '../helpers/results.ts';
import { buildChart } from '../helpers/helm-repo-server.ts';
import { pushChart, registryMissing, startRegistry, type Registry } from '../helpers/oci-registry.ts';
import { repository, writeSpecRepo } from '../helpers/spec-repo.ts';

const NOW = new Date('2026-11-22T12:00:00Z');
const versions = ['6.4.0', '6.5.4', '6.9.3', '6.9.3+build.1', '7.0.0-rc.1', '7.0.0'];

describe('helm component with an OCI registry', () => {
  let registry: Registry | undefined;
  const digests = new Map<string, string>();
  const dirs: string[] = [];
  const specRepo = (version: string) => {
    const d = writeSpecRepo({
      components: [{ name: 'podinfo', type: 'helm', properties: { chart: 'podinfo', repository: 'oci-charts', version } }],
      extra: [repository('oci-charts', `oci://${registry!.host}/charts`, { insecure: true })],
    });
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    const missing = registryMissing();
    if (missing) throw new Error(missing);
    registry = await startRegistry();
    const work = mkdtempSync(join(tmpdir(), 'hubcast-ocicharts-'));
    dirs.push(work);
    for (const v of versions) {
      const tag = v.replace('+', '_');
      digests.set(v, await pushChart(registry.host, 'charts/podinfo', tag, buildChart(work, 'podinfo', v), { name: 'podinfo', version: v, apiVersion: 'v2' }));
    }
  }, 60_000);
  afterAll(async () => {
    await registry?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('resolves a range over the registry tags (_ read as +) and pins tag and digest', async () => {
    const r = await runWorkspace({ repo: specRepo('>=6.5 <7'), now: NOW });
    expect(errors(r)).toEqual([]);
    const [oci] = spoke(r, 'OCIRepository');
    // 6.9.3 and 6.9.3+build.1 are equal by semver; hubcast takes the greater tag, deterministically.
    expect(oci.spec).toEqual({
      interval: '10m',
      url: `oci://${registry!.host}/charts/podinfo`,
      ref: { tag: '6.9.3_build.1' },
      layerSelector: { mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', operation: 'copy' },
      insecure: true,
    });
    const [release] = spoke(r, 'HelmRelease');
    expect(release.spec).toMatchObject({ chartRef: { kind: 'OCIRepository', name: 'podinfo' } });
    for (const o of [oci, release]) expect(crdErrors(o)).toEqual([]);
    expect(Object.values(r.lock!.sources!)).toEqual([
      {
        type: 'helm',
        url: `oci://${registry!.host}/charts`,
        chart: 'podinfo',
        range: '>=6.5 <7',
        version: '6.9.3+build.1',
        digest: digests.get('6.9.3+build.1'),
      },
    ]);
  });

  it('uses an exact version as the tag, prereleases included', async () => {
    const r = await runWorkspace({ repo: specRepo('7.0.0-rc.1'), now: NOW });
    expect(errors(r)).toEqual([]);
    expect(spoke(r, 'OCIRepository')[0].spec).toMatchObject({ ref: { tag: '7.0.0-rc.1' } });
    expect(Object.values(r.lock!.sources!)[0].digest).toBe(digests.get('7.0.0-rc.1'));
  });

  it('an exact version the registry lacks: no match, with the nearest tags', async () => {
    const r = await runWorkspace({ repo: specRepo('6.6.0'), now: NOW });
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /no version matches version "6\.6\.0" \[no-matching-version\]\n {2}hint: nearest versions: 7\.0\.0, 6\.9\.3, 6\.9\.3\+build\.1, 6\.5\.4, 6\.4\.0$/,
      ),
    ]);
  });

  it('keeps rendering offline from the cache when the registry is gone, and says so online', async () => {
    const repo = specRepo('~6.5');
    const online = await runWorkspace({ repo, now: NOW });
    expect(errors(online)).toEqual([]);
    await registry!.stop();
    registry = undefined;
    const offline = await runWorkspace({ repo, offline: true, now: NOW });
    expect([...offline.tree!.entries()]).toEqual([...online.tree!.entries()]);
    const down = await runWorkspace({ repo, now: new Date(NOW.getTime() + 86400_000) });
    expect(errors(down)).toEqual([
      expect.stringMatching(
        /cannot reach http:\/\/127\.0\.0\.1:\d+\/v2\/charts\/podinfo\/tags\/list\?n=1000: 127\.0\.0\.1:\d+ refused the connection \(ECONNREFUSED: nothing listens there\) \[source-unreachable\]/,
      ),
    ]);
  });
});
