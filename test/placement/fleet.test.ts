// examples/fleet: the clusters OCM would pick, worked out by hand from the inventory
// (examples/fleet/inventory/hub-export.yaml) and the rules of ocm-flux.md section C.

import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runWorkspace } from '../../src/app/workspace.ts';

it('examples/fleet selects exactly the clusters OCM would, and writes a ManifestWork for each', async () => {
  const r = await runWorkspace({ repo: join(import.meta.dirname, '../../examples/fleet') });
  expect(r.ok).toBe(true);
  const selected = Object.fromEntries(r.placements!.map((p) => [p.rendered.name, p.clusters.map((c) => c.name)]));
  expect(selected).toEqual({
    // stage=dev over `global`: dev-euw-2 never reported Available (unreachable taint).
    'shop-storefront-dev': ['dev-euw-1', 'dev-use-1', 'dev-usw-1'],
    // stage=prod, region us-east|us-west, 4 clusters: prod-use-3 is unavailable, prod-usw-2 has a maintenance
    // taint, all others score 100 (fresh Balance, no own decisions), so the first four names win.
    'shop-nightly-report': ['prod-use-1', 'prod-use-2', 'prod-usw-1', 'prod-usw-3'],
    'shop-storefront-prod': ['prod-use-1', 'prod-use-2', 'prod-usw-1', 'prod-usw-3'],
    'shop-status-page': ['prod-use-1', 'prod-use-2', 'prod-usw-1', 'prod-usw-3'],
    // eu-prod (byop): set eu, 2 clusters, Steady + 2×ResourceAllocatableMemory: euw-3 (256Gi) 300,
    // euw-2 (128Gi, decided) 134, euw-1 (64Gi, decided) 0; euw-4 is being deleted.
    'shop-storefront-eu': ['prod-euw-2', 'prod-euw-3'],
  });
  const works = r.works!.map((w) => `${w.work.metadata.namespace}/${w.work.metadata.name}`).sort();
  expect(works).toEqual([
    'dev-euw-1/shop-storefront-dev',
    'dev-use-1/shop-storefront-dev',
    'dev-usw-1/shop-storefront-dev',
    'prod-euw-2/shop-storefront-eu',
    'prod-euw-3/shop-storefront-eu',
    'prod-use-1/shop-nightly-report',
    'prod-use-1/shop-status-page',
    'prod-use-1/shop-storefront-prod',
    'prod-use-2/shop-nightly-report',
    'prod-use-2/shop-status-page',
    'prod-use-2/shop-storefront-prod',
    'prod-usw-1/shop-nightly-report',
    'prod-usw-1/shop-status-page',
    'prod-usw-1/shop-storefront-prod',
    'prod-usw-3/shop-nightly-report',
    'prod-usw-3/shop-status-page',
    'prod-usw-3/shop-storefront-prod',
  ]);
});
