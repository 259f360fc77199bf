import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../src/core/types.ts';
import { crdErrors } from '../helpers/crds.ts';
import { messages, renderFiles } from '../helpers/pipeline.ts';

const envWith = (topology: string, policies = '') => `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: prod
  namespace: shop
spec:
  topology:
${topology}${policies}`;

const profile = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: web
  namespace: shop
spec:
  workload:
    components:
      - name: web
        type: webservice
        properties:
          image: nginx:1.27
          port: 80
        traits:
          - type: scaler
            properties:
              replicas: 2
      - name: api
        type: webservice
        properties:
          image: api:1.0
          port: 8080
`;

const deployment = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: web
  namespace: shop
spec:
  workload:
    name: web
    namespace: shop-web
  workloadProfileRef:
    name: web
  environmentRef:
    name: prod
`;

const lifecycle = (create: boolean, nsOrphan: boolean, wlOrphan: boolean) => `    type: topology-ocm
    properties:
      manifestWorkReplicaSet:
        manifestWorkTemplate:
          lifecycle:
            spokeNamespace:
              create: ${create}
              orphan: ${nsOrphan}
            workload:
              orphan: ${wlOrphan}
`;

function render(envText: string) {
  const r = renderFiles({ 'env.yaml': envText, 'profile.yaml': profile, 'deploy.yaml': deployment });
  expect(messages(r)).toEqual([]);
  const hub = r.rendered![0].hubObjects;
  return { r, hub, mwrs: hub.find((o) => o.kind === 'ManifestWorkReplicaSet')! as any, placement: hub.find((o) => o.kind === 'Placement') as any };
}

describe('topology-ocm', () => {
  it('defaults: Placement in managed-cluster-set-global over the global set, All rollout, Foreground, Namespace shipped first', () => {
    const { mwrs, placement } = render(envWith('    type: topology-ocm\n'));
    expect(placement.metadata).toMatchObject({ name: 'shop-web', namespace: 'managed-cluster-set-global' });
    expect(placement.spec).toEqual({ clusterSets: ['global'] });
    expect(mwrs.metadata.namespace).toBe('managed-cluster-set-global');
    expect(mwrs.spec.placementRefs).toEqual([{ name: 'shop-web', rolloutStrategy: { type: 'All', all: {} } }]);
    expect(mwrs.spec.manifestWorkTemplate.deleteOption).toEqual({ propagationPolicy: 'Foreground' });
    const kinds = mwrs.spec.manifestWorkTemplate.workload.manifests.map((m: K8sObject) => `${m.kind}/${m.metadata.name}`);
    expect(kinds).toEqual(['Namespace/shop-web', 'Service/api', 'Service/web', 'Deployment/api', 'Deployment/web']);
    for (const m of mwrs.spec.manifestWorkTemplate.workload.manifests) {
      expect(m.metadata.labels['app.kubernetes.io/managed-by']).toBe('hubcast');
      if (m.kind !== 'Namespace') expect(m.metadata.namespace).toBe('shop-web');
    }
  });

  it.each([
    [true, false, false, { propagationPolicy: 'Foreground' }, true],
    [false, false, false, { propagationPolicy: 'Foreground' }, false],
    [true, false, true, { propagationPolicy: 'Orphan' }, true],
    [
      true,
      true,
      false,
      { propagationPolicy: 'SelectivelyOrphan', selectivelyOrphans: { orphaningRules: [{ group: '', resource: 'namespaces', name: 'shop-web' }] } },
      true,
    ],
    [false, true, false, { propagationPolicy: 'Foreground' }, false],
  ])('lifecycle create=%s nsOrphan=%s workloadOrphan=%s', (create, nsOrphan, wlOrphan, deleteOption, hasNs) => {
    const { mwrs } = render(envWith(lifecycle(create, nsOrphan, wlOrphan)));
    expect(mwrs.spec.manifestWorkTemplate.deleteOption).toEqual(deleteOption);
    const kinds = mwrs.spec.manifestWorkTemplate.workload.manifests.map((m: K8sObject) => m.kind);
    expect(kinds.includes('Namespace')).toBe(hasNs);
  });

  it('passes placement and rollout through and validates against the OCM CRDs', () => {
    const { hub, placement, mwrs } = render(
      envWith(`    type: topology-ocm
    properties:
      hubNamespace: fleet
      manifestWorkReplicaSet:
        rolloutStrategy:
          type: Progressive
          progressive:
            maxConcurrency: 2
      placement:
        clusterSets: [prod]
        numberOfClusters: 3
        predicates:
          - requiredClusterSelector:
              labelSelector:
                matchLabels:
                  region: us-east-2
`),
    );
    expect(placement.metadata.namespace).toBe('fleet');
    expect(placement.spec.numberOfClusters).toBe(3);
    expect(mwrs.spec.placementRefs[0].rolloutStrategy).toEqual({ type: 'Progressive', progressive: { maxConcurrency: 2 } });
    for (const o of hub) expect(crdErrors(o)).toEqual([]);
  });

  it('errors when <namespace>.<name> exceeds 63 characters, with the limit in the hint', () => {
    const long = deployment.replace(
      '  name: web\n  namespace: shop\nspec',
      '  name: a-very-long-deployment-name-for-the-web-frontend\n  namespace: shop\nspec',
    );
    const r = renderFiles({ 'env.yaml': envWith('    type: topology-ocm\n'), 'profile.yaml': profile, 'deploy.yaml': long });
    expect(messages(r)).toEqual([
      'deploy.yaml:4:9: error: ManifestWorkReplicaSet "managed-cluster-set-global.shop-a-very-long-deployment-name-for-the-web-frontend" is 80 characters; OCM allows at most 63 for <namespace>.<name> [name-too-long]\n  hint: set a shorter name with the annotation hubcast.io/name (at most 36 characters here), or use the per-cluster layout',
    ]);
  });
});

describe('topology-ocm-byop', () => {
  it('references existing Placements and passes deleteOption through, with no Placement and no Namespace', () => {
    const { hub, mwrs } = render(
      envWith(`    type: topology-ocm-byop
    properties:
      hubNamespace: managed-cluster-set-global
      placementRefs:
        - name: eu-prod
          rolloutStrategy:
            type: All
      manifestWorkReplicaSet:
        manifestWorkTemplate:
          deleteOption:
            propagationPolicy: SelectivelyOrphan
            selectivelyOrphans:
              orphaningRules:
                - name: example-ns
                  resource: namespaces
`),
    );
    expect(hub.map((o) => o.kind)).toEqual(['ManifestWorkReplicaSet']);
    expect(mwrs.spec.placementRefs).toEqual([{ name: 'eu-prod', rolloutStrategy: { type: 'All' } }]);
    expect(mwrs.spec.manifestWorkTemplate.deleteOption.propagationPolicy).toBe('SelectivelyOrphan');
    expect(mwrs.spec.manifestWorkTemplate.workload.manifests.some((m: K8sObject) => m.kind === 'Namespace')).toBe(false);
    expect(crdErrors(mwrs)).toEqual([]);
  });
});

describe('override policies', () => {
  const override = `  policies:
    - name: prod-overrides
      type: override
      properties:
        components:
          - name: "w*"
            properties:
              image: nginx:1.28
            traits:
              - type: scaler
                properties:
                  replicas: 5
          - name: api
            traits:
              - type: scaler
                properties:
                  replicas: 3
`;
  it('deep-merges properties, merges traits by type, adds missing traits, matches globs anchored', () => {
    const { r } = render(envWith('    type: topology-ocm\n', override));
    const deps = r.rendered![0].manifests.filter((m) => m.kind === 'Deployment') as any[];
    const web = deps.find((d) => d.metadata.name === 'web');
    const api = deps.find((d) => d.metadata.name === 'api');
    expect(web.spec.template.spec.containers[0].image).toBe('nginx:1.28');
    expect(web.spec.replicas).toBe(5);
    expect(api.spec.template.spec.containers[0].image).toBe('api:1.0');
    expect(api.spec.replicas).toBe(3);
  });

  it('removes a trait with disable: true', () => {
    const disable = override.replace('                properties:\n                  replicas: 5\n', '                disable: true\n');
    const { r } = render(envWith('    type: topology-ocm\n', disable));
    const web = r.rendered![0].manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'web') as any;
    expect(web.spec.replicas).toBeUndefined();
  });

  it('warns when an override matches no component, at the override', () => {
    const r = renderFiles({
      'env.yaml': envWith('    type: topology-ocm\n', override.replace('"w*"', 'frontend')),
      'profile.yaml': profile,
      'deploy.yaml': deployment,
    });
    expect(messages(r)).toEqual([
      'env.yaml:14:19: warning: override for component "frontend" matches no component of any profile deployed to this environment [override-no-match]\n  hint: give the override a `type` to add the component where it is missing',
    ]);
  });
});

describe('override policy shape', () => {
  it('rejects an unknown field inside an override policy, at its key', () => {
    const bad = `  policies:
    - type: override
      properties:
        components:
          - name: web
            propertys:
              image: x
`;
    const r = renderFiles({ 'env.yaml': envWith('    type: topology-ocm\n', bad), 'profile.yaml': profile, 'deploy.yaml': deployment });
    expect(messages(r)).toContain(
      'env.yaml:14:13: error: Environment: unknown field "propertys" in spec.policies[0].properties.components[0] [schema]\n  hint: did you mean "properties"?',
    );
  });
});
