// The per-cluster commands as a user runs them: render with --inventory, plan (text and JSON)
// explaining each choice and each environment's readiness, bootstrap printing what to apply. In process
// (test/helpers/cli-run.ts); no real process: nothing here is about one.

import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { binding, cluster } from '../placement/helpers.ts';
import { hubcast } from '../helpers/cli-run.ts';

const root = join(import.meta.dirname, '../..');

describe('per-cluster CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-pcli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('render --inventory DIR: the fleet with its inventory outside the repo renders one ManifestWork per selected cluster', async () => {
    cpSync(join(root, 'examples/fleet'), join(dir, 'repo'), { recursive: true });
    renameSync(join(dir, 'repo/inventory'), join(dir, 'hub'));
    const out = join(dir, 'out');
    const without = await hubcast(['render', '--repo', join(dir, 'repo'), '--out', out]);
    expect(without.code).toBe(1); // replica-set layout: the profile's {{ cluster.name }} needs per-cluster
    expect(without.stderr).toContain('[cluster-macro-in-replicaset]');
    const r = await hubcast(['render', '--repo', join(dir, 'repo'), '--inventory', join(dir, 'hub'), '--out', out]);
    expect(r.stderr).toContain('(per-cluster layout)');
    expect(r.stderr).toContain(', 17 ManifestWorks on 9 clusters');
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'clusters/prod-euw-3/manifestwork-shop-storefront-eu.yaml'))).toBe(true);
    expect(existsSync(join(out, 'clusters/prod-euw-1'))).toBe(false); // eu-prod picks euw-3 and euw-2
    // prod rolls out progressively: its clusters are applied by wave Kustomizations (docs/per-cluster.md)
    expect(readFileSync(join(out, 'flux/rollout-shop-storefront-prod.yaml'), 'utf8')).toContain('name: hubcast-wave-shop-storefront-prod-1\n');
  });

  it('plan explains selections and readiness; --json carries the same', async () => {
    cpSync(join(root, 'examples/hello-universe'), join(dir, 'repo'), { recursive: true });
    writeFileSync(
      join(dir, 'repo/inventory.yaml'),
      [
        cluster('spoke-b', { labels: { region: 'us-east-2' } }),
        cluster('spoke-a', { available: 'False' }),
        binding('managed-cluster-set-global', 'global'),
      ].join('\n---\n'),
    );
    const text = await hubcast(['plan', '--repo', join(dir, 'repo')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('note: no PlacementDecisions in the inventory: a fresh hub is assumed (Balance scores every cluster 100, Steady 0)');
    expect(text.stdout).toContain('environment hello-universe/primary@v1: Ready');
    expect(text.stdout).toMatch(/\+ +spoke-b +score 100 = Balance 100 \+ Steady 0/);
    expect(text.stdout).toMatch(/- +spoke-a +taint cluster\.open-cluster-management\.io\/unavailable:NoSelect is not tolerated/);

    writeFileSync(join(dir, 'repo/inventory.yaml'), cluster('spoke-b'));
    const json = await hubcast(['plan', '--repo', join(dir, 'repo'), '--json']);
    expect(json.code).toBe(0);
    const env = JSON.parse(json.stdout).environments[0];
    expect(env).toMatchObject({ environment: 'hello-universe/primary@v1', ready: false, reason: 'NoManagedClusterSetBindings' });
    expect(env.placements[0].notSelected).toEqual([{ cluster: 'spoke-b', reason: 'no ManagedClusterSetBinding in namespace managed-cluster-set-global' }]);
  });

  it('bootstrap prints the GitRepository and root Kustomization to apply once, or says flux.url is missing', async () => {
    const ok = await hubcast(['bootstrap', '--repo', join(root, 'examples/fleet')]);
    expect(ok.code).toBe(0);
    const docs = parseAllDocuments(ok.stdout).map((d) => d.toJS());
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(['GitRepository/hubcast', 'Kustomization/hubcast']);
    expect(docs[1].spec.path).toBe('./flux');
    expect(ok.stderr).toContain('hubcast bootstrap | kubectl apply -f -');
    // What bootstrap prints is exactly what the generated branch holds, so Flux adopts it unchanged.
    const out = join(dir, 'out');
    expect((await hubcast(['render', '--repo', join(root, 'examples/fleet'), '--out', out])).code).toBe(0);
    expect(ok.stdout).toBe(
      `${readFileSync(join(out, 'flux/gitrepository-hubcast.yaml'), 'utf8')}---\n${readFileSync(join(out, 'flux/kustomization-hubcast.yaml'), 'utf8')}`,
    );

    const missing = await hubcast(['bootstrap', '--repo', join(root, 'examples/hello-universe')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('error: no hubcast.yaml in ');
    expect(missing.stderr).toContain('bootstrap needs flux.url');
  });
});
