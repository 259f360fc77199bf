// The ManifestWork size guard also holds in the replica-set layout: every ManifestWork a
// ManifestWorkReplicaSet stamps out carries its template's manifests, so an oversized template
// is split across numbered replica sets, or is an error with sizeLimit.onExceed: fail.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { crdErrors } from '../helpers/crds.ts';
import { messages, renderFiles } from '../helpers/pipeline.ts';
import { manifestSize, ocmManifestSize } from '../../src/render/work-split.ts';

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

describe('the size OCM counts', () => {
  it("is the API server's JSON (Go escapes <, > and &) plus each manifest's protobuf framing", () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { script: 'a && b > c' } };
    const json = Buffer.byteLength(JSON.stringify(cm));
    expect(manifestSize(cm)).toBe(json);
    // 3 characters become \u0026\u0026 ... (5 bytes more each); 1 tag byte and 1 length byte (under 128 bytes).
    expect(ocmManifestSize(cm)).toBe(json + 3 * 5 + 2);
  });

  it('a template that fits as JSON.stringify counts it but not as OCM counts it is split (or an error)', () => {
    const shell = '&& '.repeat(120);
    const profile = specs['profile.yaml'].replace(
      '      - name: web\n',
      `      - name: script\n        type: k8s-objects\n        properties:\n          objects:\n            - apiVersion: v1\n              kind: ConfigMap\n              metadata: {name: script}\n              data: {run: "${shell}"}\n      - name: web\n`,
    );
    const r = renderFiles({ ...specs, 'profile.yaml': profile, 'hubcast.yaml': 'sizeLimit: {bytes: 2560, onExceed: fail}\n' }, { layout: 'replicaset' });
    const manifests = renderFiles({ ...specs, 'profile.yaml': profile }, { layout: 'replicaset' }).rendered![0].manifests;
    expect(manifests.reduce((n, m) => n + Buffer.byteLength(JSON.stringify(m)), 0)).toBeLessThan(2560);
    expect(manifests.reduce((n, m) => n + ocmManifestSize(m), 0)).toBeGreaterThan(2560);
    expect(messages(r)[0]).toMatch(/would stamp out ManifestWorks of \d+ bytes of manifests; OCM rejects more than 2560 \[manifestwork-too-large\]/);
  });
});
