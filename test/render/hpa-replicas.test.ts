// scaler + hpa on one component: the Deployment leaves `replicas` to the autoscaler (a fixed count
// would be reset on every apply), through the whole pipeline with the stock definitions.

import { describe, expect, it } from 'vitest';
import { renderFiles } from '../helpers/pipeline.ts';

const files = (traits: string, components = '') => ({
  'env.yaml':
    'apiVersion: spectrocloud.com/v1beta1\nkind: Environment\nmetadata:\n  name: prod\n  namespace: shop\nspec:\n  topology:\n    type: topology-ocm\n    properties:\n      placement: {}\n',
  'profile.yaml': `apiVersion: spectrocloud.com/v1beta1
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
${traits}${components}`,
  'deploy.yaml':
    'apiVersion: spectrocloud.com/v1beta1\nkind: WorkloadDeployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  workload:\n    name: web\n    namespace: shop-web\n  workloadProfileRef:\n    name: web\n  environmentRef:\n    name: prod\n',
});

const deploymentOf = (traits: string, components = '') => {
  const r = renderFiles(files(traits, components));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { r, d: r.rendered![0].manifests.find((m) => m.kind === 'Deployment')! as unknown as { spec: Record<string, unknown> } };
};

describe('replicas and an HPA', () => {
  it('scaler + hpa: no replicas on the Deployment, and an info saying why', () => {
    const { r, d } = deploymentOf(
      '          - type: scaler\n            properties: {replicas: 4}\n          - type: hpa\n            properties: {min: 2, max: 8}\n',
    );
    expect(d.spec.replicas).toBeUndefined();
    expect(r.rendered![0].manifests.map((m) => m.kind)).toContain('HorizontalPodAutoscaler');
    expect(r.diagnostics.filter((x) => x.code === 'replicas-left-to-hpa').map((x) => x.message)).toEqual([
      'component "web": Deployment web is scaled by a HorizontalPodAutoscaler of the workload, so its fixed replicas is left out (every apply would reset the autoscaler)',
    ]);
  });

  it('an HPA another component of the workload renders (k8s-objects) manages the Deployment just as well', () => {
    const { r, d } = deploymentOf(
      '          - type: scaler\n            properties: {replicas: 4}\n',
      `      - name: autoscaling
        type: k8s-objects
        properties:
          objects:
            - apiVersion: autoscaling/v2
              kind: HorizontalPodAutoscaler
              metadata: {name: web}
              spec:
                scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                minReplicas: 2
                maxReplicas: 8
`,
    );
    expect(d.spec.replicas).toBeUndefined();
    expect(r.diagnostics.filter((x) => x.code === 'replicas-left-to-hpa').map((x) => x.message)).toEqual([
      'component "web": Deployment web is scaled by a HorizontalPodAutoscaler of the workload, so its fixed replicas is left out (every apply would reset the autoscaler)',
    ]);
  });

  it('scaler alone keeps its replicas', () => {
    const { r, d } = deploymentOf('          - type: scaler\n            properties: {replicas: 4}\n');
    expect(d.spec.replicas).toBe(4);
    expect(r.diagnostics.some((x) => x.code === 'replicas-left-to-hpa')).toBe(false);
  });
});
