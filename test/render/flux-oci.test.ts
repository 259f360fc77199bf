// Flux objects for OCI artifacts (`flux.url: oci://...`): the hub pulls the hub artifact and one
// artifact per cluster, each spoke (flux-pull) only its own cluster's artifact; every object valid
// against the official CRDs (OCIRepository is source.toolkit.fluxcd.io/v1).

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bootstrapObjects } from '../../src/flux/hub.ts';
import { deliveryConfig } from '../../src/load/delivery-config.ts';
import { parseConfig } from '../../src/load/config.ts';
import { crdErrors, hasCrd } from '../helpers/crds.ts';
import { messages, renderFiles } from '../helpers/pipeline.ts';
import { binding, cluster } from '../placement/helpers.ts';

const files = (hubcast: string) => ({
  'inventory.yaml': [
    cluster('east-1', { labels: { stage: 'prod' } }),
    cluster('west-1', { labels: { stage: 'prod' } }),
    binding('managed-cluster-set-global', 'global'),
  ].join('\n---\n'),
  'env.yaml': `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata: {name: prod, namespace: shop}
spec:
  topology:
    type: topology-ocm
    properties:
      placement:
        predicates:
          - requiredClusterSelector: {labelSelector: {matchLabels: {stage: prod}}}
`,
  'profile.yaml': `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata: {name: web, namespace: shop}
spec:
  workload:
    components:
      - name: web
        type: webservice
        properties: {image: 'nginx:1.27', port: 80}
`,
  'deploy.yaml': `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata: {name: web, namespace: shop}
spec:
  workload: {name: web, namespace: shop-web}
  workloadProfileRef: {name: web}
  environmentRef: {name: prod}
`,
  'hubcast.yaml': hubcast,
});

const OCI = 'flux:\n  url: oci://registry.example.com/acme/fleet\n  tag: prod\n  secretRef: fleet-oci\n';

function objects(tree: Map<string, string>): Map<string, any> {
  const out = new Map<string, any>();
  for (const [p, text] of tree) if (p.endsWith('.yaml') && !p.endsWith('kustomization.yaml')) out.set(p, parse(text));
  return out;
}

function valid(o: any): void {
  for (const x of [o, ...(o.kind === 'ManifestWork' ? o.spec.workload.manifests : [])])
    if (hasCrd(x.apiVersion, x.kind)) expect(crdErrors(x), `${x.kind}/${x.metadata.name}`).toEqual([]);
}

describe('Flux objects for OCI artifacts', () => {
  it('the hub pulls the hub artifact for ./flux and each cluster artifact for its folder', () => {
    const r = renderFiles(files(OCI));
    expect(messages(r)).toEqual([]);
    const o = objects(r.tree!);
    expect(o.get('flux/ocirepository-hubcast.yaml')).toEqual({
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'OCIRepository',
      metadata: { name: 'hubcast', namespace: 'flux-system', labels: { 'app.kubernetes.io/managed-by': 'hubcast' } },
      spec: { interval: '1m', ref: { tag: 'prod' }, url: 'oci://registry.example.com/acme/fleet', secretRef: { name: 'fleet-oci' } },
    });
    expect(o.get('flux/kustomization-hubcast.yaml').spec).toMatchObject({ path: './flux', sourceRef: { kind: 'OCIRepository', name: 'hubcast' } });
    expect(o.get('flux/ocirepository-hubcast-east-1.yaml').spec).toMatchObject({
      url: 'oci://registry.example.com/acme/fleet/clusters/east-1',
      ref: { tag: 'prod' },
    });
    expect(o.get('flux/kustomization-hubcast-east-1.yaml').spec).toMatchObject({
      path: './clusters/east-1',
      sourceRef: { kind: 'OCIRepository', name: 'hubcast-east-1' },
    });
    expect([...o.keys()].some((p) => p.includes('gitrepository'))).toBe(false);
    for (const x of o.values()) valid(x);
  });

  it('in spoke pull, each ManifestWork carries an OCIRepository for its own cluster only', () => {
    const r = renderFiles(files(`${OCI}  spoke:\n    secretRef: spoke-oci\ndelivery: flux-pull\n`));
    expect(messages(r)).toEqual([]);
    const o = objects(r.tree!);
    for (const c of ['east-1', 'west-1']) {
      const w = o.get(`clusters/${c}/manifestwork-shop-web.yaml`);
      const [repo, ks] = w.spec.workload.manifests;
      expect(repo).toMatchObject({
        kind: 'OCIRepository',
        spec: { url: `oci://registry.example.com/acme/fleet/clusters/${c}`, ref: { tag: 'prod' }, secretRef: { name: 'spoke-oci' } },
      });
      expect(ks.spec).toMatchObject({ path: `./clusters/${c}/spoke/shop-web`, sourceRef: { kind: 'OCIRepository', name: 'hubcast-shop-web' } });
      valid(w);
    }
  });

  it('bootstrap prints an OCIRepository and the root Kustomization', () => {
    const { config } = parseConfig({ path: 'hubcast.yaml', text: `${OCI}  insecure: true\n` });
    const flux = deliveryConfig(config).flux;
    const [repo, ks] = bootstrapObjects({ ...flux, url: flux.url! });
    expect(repo).toMatchObject({ kind: 'OCIRepository', spec: { url: 'oci://registry.example.com/acme/fleet', ref: { tag: 'prod' }, insecure: true } });
    expect(ks.spec).toMatchObject({ sourceRef: { kind: 'OCIRepository', name: 'hubcast' }, path: './flux' });
    valid(repo);
    valid(ks);
  });

  it('refuses an oci:// URL that is not a registry repository, at its line', () => {
    const { diagnostics } = parseConfig({ path: 'hubcast.yaml', text: 'flux:\n  url: oci://registry.example.com/Acme\n' });
    expect(diagnostics.map((d) => [d.line, d.column, d.message, d.hint])).toEqual([
      [
        2,
        8,
        expect.stringContaining('flux.url must match'),
        'use https://, ssh:// or oci://HOST[:PORT]/REPOSITORY (the repository in lowercase letters, digits, and . _ - / between them)',
      ],
    ]);
  });
});
