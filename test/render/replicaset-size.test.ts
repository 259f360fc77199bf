// The ManifestWork size guard also holds in the replica-set layout: every ManifestWork a
// ManifestWorkReplicaSet stamps out carries its template's manifests, so an oversized template
// is split across numbered replica sets, or is an error with sizeLimit.onExceed: fail.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { crdErrors } from '../helpers/crds.ts';
import { messages, renderFiles } from '../helpers/pipeline.ts';

const specs = {
  'env.yaml':
    'apiVersion: spectrocloud.com/v1beta1\nkind: Environment\nmetadata:\n  name: prod\n  namespace: shop\nspec:\n  topology:\n    type: topology-ocm\n    properties:\n      placement: {}\n',
  'profile.yaml':
    'apiVersion: spectrocloud.com/v1beta1\nkind: WorkloadProfile\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  workload:\n    components:\n      - name: web\n        type: webservice\n        properties:\n          image: nginx:1.27\n          port: 80\n',
  'deploy.yaml':
    'apiVersion: spectrocloud.com/v1beta1\nkind: WorkloadDeployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  workload:\n    name: web\n    namespace: shop-web\n  workloadProfileRef:\n    name: web\n  environmentRef:\n    name: prod\n',
};

describe('ManifestWorkReplicaSet size guard', () => {
  it('splits a template over the limit: the Namespace first, then the rest, each replica set valid for its CRD', () => {
    const r = renderFiles({ ...specs, 'hubcast.yaml': 'sizeLimit: {bytes: 1024}\n' }, { layout: 'replicaset' });
    expect(messages(r)).toEqual([]);
    const sets = [...r.tree!.entries()].filter(([p]) => p.includes('manifestworkreplicaset-')).map(([p, t]) => [p, parse(t)] as const);
    expect(sets.map(([p]) => p.replace(/^.*\//, ''))).toEqual([
      'manifestworkreplicaset-shop-web-2.yaml',
      'manifestworkreplicaset-shop-web-3.yaml',
      'manifestworkreplicaset-shop-web.yaml',
    ]);
    const kinds = Object.fromEntries(
      sets.map(([, o]) => [o.metadata.name, o.spec.manifestWorkTemplate.workload.manifests.map((m: { kind: string }) => m.kind)]),
    );
    expect(kinds).toEqual({ 'shop-web': ['Namespace'], 'shop-web-2': ['Service'], 'shop-web-3': ['Deployment'] });
    for (const [p, o] of sets) {
      expect(crdErrors(o), p).toEqual([]);
      expect(JSON.stringify(o.spec.manifestWorkTemplate.workload.manifests).length).toBeLessThanOrEqual(1024);
    }
  });

  it('is an error with sizeLimit.onExceed: fail, and nothing is written', () => {
    const r = renderFiles({ ...specs, 'hubcast.yaml': 'sizeLimit: {bytes: 1024, onExceed: fail}\n' }, { layout: 'replicaset' });
    expect(r.ok).toBe(false);
    expect(r.tree).toBeUndefined();
    expect(messages(r)[0]).toMatch(
      /^deploy\.yaml:\d+:\d+: error: ManifestWorkReplicaSet managed-cluster-set-global\/shop-web would stamp out ManifestWorks of \d+ bytes of manifests; OCM rejects more than 1024 \[manifestwork-too-large\]/,
    );
  });
});
