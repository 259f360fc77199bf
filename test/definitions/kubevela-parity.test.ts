// What a team coming from KubeVela relies on beyond the templates themselves (the per-definition
// goldens are in test/golden/stock-definitions.test.ts): KubeVela's selector labels as a hubcast.yaml
// setting, KubeVela's override semantics, and the errors of the patch traits.

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/load/config.ts';
import { messages, renderFiles } from '../helpers/pipeline.ts';

const profile = (components: string) => `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: shop
  namespace: shop
spec:
  workload:
    components:
${components}`;

const web = `      - name: web
        type: webservice
        properties:
          image: nginx:1.27
          ports: [{ port: 80, expose: true }]
`;

const env = (policies = '') => `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: prod
  namespace: shop
spec:
  topology:
    type: topology-ocm
${policies}`;

const deployment = (name = 'shop', workload = 'shop') => `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: ${name}
  namespace: shop
spec:
  workload:
    name: ${workload}
    namespace: shop-prod
  workloadProfileRef:
    name: shop
  environmentRef:
    name: prod
`;

function manifests(files: Record<string, string>) {
  const r = renderFiles(files);
  expect(messages(r)).toEqual([]);
  return r.rendered!.flatMap((d) => d.manifests) as any[];
}

describe('hubcast.yaml definitions.selectorLabels', () => {
  const files = { 'profile.yaml': profile(web), 'env.yaml': env(), 'deploy.yaml': deployment() };

  it('selects pods with app.kubernetes.io/name + instance by default', () => {
    const dep = manifests(files).find((m) => m.kind === 'Deployment');
    expect(dep.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'shop' });
  });

  it('renders KubeVela selector labels for every definition set, or for one set by its namespace', () => {
    for (const config of ['definitions:\n  selectorLabels: kubevela\n', 'definitions:\n  sets:\n    mural-system:\n      selectorLabels: kubevela\n']) {
      const objs = manifests({ ...files, 'hubcast.yaml': config });
      const dep = objs.find((m) => m.kind === 'Deployment');
      const svc = objs.find((m) => m.kind === 'Service');
      expect(dep.spec.selector.matchLabels).toEqual({ 'app.oam.dev/component': 'web' });
      expect(dep.spec.template.metadata.labels).toEqual({ 'app.oam.dev/name': 'shop', 'app.oam.dev/component': 'web' });
      expect(svc.spec.selector).toEqual({ 'app.oam.dev/component': 'web' });
    }
    // A set's own setting wins over the default.
    const objs = manifests({ ...files, 'hubcast.yaml': 'definitions:\n  selectorLabels: kubevela\n  sets:\n    mural-system: { selectorLabels: hubcast }\n' });
    expect(objs.find((m) => m.kind === 'Deployment').spec.selector.matchLabels).toEqual({
      'app.kubernetes.io/name': 'web',
      'app.kubernetes.io/instance': 'shop',
    });
  });

  it('rejects an unknown style at its line', () => {
    const { diagnostics } = parseConfig({ path: 'hubcast.yaml', text: 'definitions:\n  selectorLabels: oam\n' });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join('\n')).toMatch(/^hubcast\.yaml:2:19 .*selectorLabels/);
  });
});

describe('override policies, KubeVela semantics', () => {
  const policy = (components: string) => `  policies:
    - name: prod
      type: override
      properties:
        components:
${components}`;

  it('adds a named component the workload lacks, with its traits', () => {
    const objs = manifests({
      'profile.yaml': profile(web),
      'env.yaml': env(
        policy(`          - name: cache
            type: worker
            externalRevision: cache-v1
            properties: { image: redis:7 }
            traits:
              - type: scaler
                properties: { replicas: 2 }
`),
      ),
      'deploy.yaml': deployment(),
    });
    const cache = objs.find((m) => m.kind === 'Deployment' && m.metadata.name === 'cache');
    expect(cache.spec.replicas).toBe(2);
    expect(cache.spec.template.spec.containers[0].image).toBe('redis:7');
  });

  it('replaces a named component of another type by the override alone', () => {
    const objs = manifests({
      'profile.yaml': profile(web),
      'env.yaml': env(
        policy(`          - name: web
            type: worker
            properties: { image: busybox }
`),
      ),
      'deploy.yaml': deployment(),
    });
    expect(objs.filter((m) => m.kind !== 'Namespace').map((m) => `${m.kind}/${m.metadata.name}`)).toEqual(['Deployment/web']);
    expect(objs.find((m) => m.kind === 'Deployment').spec.template.spec.containers[0].image).toBe('busybox');
  });

  it('accepts externalRevision on a merged component and on a profile component', () => {
    const objs = manifests({
      'profile.yaml': profile(web.replace('        type: webservice\n', '        type: webservice\n        externalRevision: web-v3\n')),
      'env.yaml': env(
        policy(`          - name: web
            externalRevision: web-v4
            properties: { image: nginx:1.28 }
`),
      ),
      'deploy.yaml': deployment(),
    });
    expect(objs.find((m) => m.kind === 'Deployment').spec.template.spec.containers[0].image).toBe('nginx:1.28');
  });
});

describe('task Job names', () => {
  it('are <workload>-<component>, so two workloads with a same-named task share a namespace', () => {
    const task = `      - name: migrate
        type: task
        properties: { image: migrate:1 }
`;
    const objs = manifests({ 'profile.yaml': profile(task), 'env.yaml': env(), 'a.yaml': deployment('a', 'orders'), 'b.yaml': deployment('b', 'billing') });
    expect(
      objs
        .filter((m) => m.kind === 'Job')
        .map((m) => m.metadata.name)
        .sort(),
    ).toEqual(['billing-migrate', 'orders-migrate']);
  });
});

describe('patch trait errors', () => {
  const withTrait = (trait: string) => ({
    'profile.yaml': profile(`${web}        traits:
${trait}`),
    'env.yaml': env(),
    'deploy.yaml': deployment(),
  });

  it('container-image on a container that does not exist', () => {
    const r = renderFiles(
      withTrait(`          - type: container-image
            properties: { containerName: nope, image: x:1 }
`),
    );
    expect(messages(r).join('\n')).toContain('Deployment "web": container "nope" not found');
  });

  it('json-patch with an operation that fails names the operation', () => {
    const r = renderFiles(
      withTrait(`          - type: json-patch
            properties:
              operations:
                - { op: replace, path: /spec/nothing/here, value: 1 }
`),
    );
    expect(messages(r).join('\n')).toContain('JSON patch of Deployment "web": operation 1 (replace /spec/nothing/here) failed');
  });

  it('json-merge-patch reaches only the main object, lists replace', () => {
    const objs = manifests(
      withTrait(`          - type: json-merge-patch
            properties:
              spec: { template: { spec: { containers: [{ name: web, image: nginx:2 }] } } }
`),
    );
    expect(objs.find((m) => m.kind === 'Deployment').spec.template.spec.containers).toEqual([{ name: 'web', image: 'nginx:2' }]);
    expect(objs.find((m) => m.kind === 'Service').spec.template).toBeUndefined();
  });
});
