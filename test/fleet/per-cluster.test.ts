// The per-cluster layout end to end: Environment + profile + deployment + inventory in, one
// ManifestWork per selected cluster and the Flux objects out, every object checked against the
// official CRDs and every folder built with the real `kubectl kustomize`.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeTree } from '../../src/adapters/tree-writer.ts';
import type { OutputTree } from '../../src/emit/tree.ts';
import { crdErrors, hasCrd } from '../helpers/crds.ts';
import { buildEveryFolder } from '../helpers/kustomize.ts';
import { messages, renderFiles } from '../helpers/pipeline.ts';
import { binding, cluster } from '../placement/helpers.ts';

const env = (topology: string) => `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: prod
  namespace: shop
spec:
  topology:
${topology}`;

const ocm = (
  extra = '',
  placement = '        predicates:\n          - requiredClusterSelector:\n              labelSelector:\n                matchLabels: {stage: prod}\n',
) => `    type: topology-ocm
    properties:
${extra}      placement:
${placement}`;

const profile = (env = '', extraComponent = '') => `apiVersion: spectrocloud.com/v1beta1
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
${env}${extraComponent}`;

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

const inventory = [
  cluster('east-1', { labels: { stage: 'prod', region: 'us-east' } }),
  cluster('west-1', { labels: { stage: 'prod', region: 'us-west' } }),
  cluster('dev-1', { labels: { stage: 'dev', region: 'us-east' } }),
  binding('managed-cluster-set-global', 'global'),
].join('\n---\n');

const fluxConfig = 'flux:\n  url: https://git.example.com/acme/fleet.git\n  secretRef: fleet-git\n';

function render(files: Record<string, string>, opts: { now?: number } = {}) {
  const r = renderFiles({ 'inventory.yaml': inventory, 'deploy.yaml': deployment, ...files }, opts);
  return { r, tree: r.tree, objects: r.tree ? objectsOf(r.tree) : new Map<string, any>() };
}

function objectsOf(tree: OutputTree): Map<string, any> {
  const out = new Map<string, any>();
  for (const [p, text] of tree) if (p.endsWith('.yaml') && !p.endsWith('kustomization.yaml')) out.set(p, parse(text));
  return out;
}

/** Every object valid for its CRD and every folder built by kubectl kustomize. */
function checkTree(tree: OutputTree): void {
  let checked = 0;
  for (const [p, o] of objectsOf(tree)) {
    // Flux objects carried inside a ManifestWork (flux-pull) must be valid for the spoke's CRDs too.
    for (const x of [o, ...(o.kind === 'ManifestWork' ? o.spec.workload.manifests : [])]) {
      if (!hasCrd(x.apiVersion, x.kind)) continue;
      expect(crdErrors(x), `${p} ${x.kind}`).toEqual([]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
  const dir = mkdtempSync(join(tmpdir(), 'hubcast-pc-'));
  try {
    writeTree(join(dir, 'out'), tree);
    const folders = [...tree.keys()].filter((p) => p.endsWith('kustomization.yaml')).map((k) => dirname(k));
    const built = buildEveryFolder(join(dir, 'out'), folders);
    expect(built.has('.')).toBe(true);
    for (const [f, text] of built) expect(text, f).toMatch(/^apiVersion: /m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('per-cluster ManifestWorks', () => {
  it('writes one ManifestWork per selected cluster, in its namespace, with a stable name and identity labels', () => {
    const { r, tree, objects } = render({ 'env.yaml': env(ocm()), 'profile.yaml': profile(), 'hubcast.yaml': fluxConfig });
    expect(messages(r)).toEqual([]);
    expect(r.layout).toBe('per-cluster');
    const works = [...objects.entries()].filter(([, o]) => o.kind === 'ManifestWork');
    expect(works.map(([p]) => p)).toEqual(['clusters/east-1/manifestwork-shop-web.yaml', 'clusters/west-1/manifestwork-shop-web.yaml']);
    const w = works[0][1];
    expect(w.metadata).toMatchObject({ name: 'shop-web', namespace: 'east-1' });
    expect(w.metadata.labels).toMatchObject({
      'hubcast.io/deployment': 'web',
      'hubcast.io/deployment-namespace': 'shop',
      'hubcast.io/environment': 'prod',
      'hubcast.io/environment-namespace': 'shop',
    });
    expect(w.spec.deleteOption).toEqual({ propagationPolicy: 'Foreground' });
    expect(w.spec.workload.manifests.map((m: any) => m.kind)).toEqual(['Namespace', 'Service', 'Deployment']);
    expect([...tree!.keys()].some((p) => p.startsWith('environments/'))).toBe(false);
    checkTree(tree!);
  });

  it('maps the lifecycle to deleteOption as the replica-set layout does', () => {
    const lifecycle = (nsCreate: boolean, nsOrphan: boolean, wlOrphan: boolean) =>
      `      manifestWorkReplicaSet:\n        manifestWorkTemplate:\n          lifecycle:\n            spokeNamespace: {create: ${nsCreate}, orphan: ${nsOrphan}}\n            workload: {orphan: ${wlOrphan}}\n`;
    const work = (l: string) => render({ 'env.yaml': env(ocm(l)), 'profile.yaml': profile() }).objects.get('clusters/east-1/manifestwork-shop-web.yaml');
    expect(work(lifecycle(true, false, true)).spec.deleteOption).toEqual({ propagationPolicy: 'Orphan' });
    const selective = work(lifecycle(true, true, false));
    expect(selective.spec.deleteOption).toEqual({
      propagationPolicy: 'SelectivelyOrphan',
      selectivelyOrphans: { orphaningRules: [{ group: '', resource: 'namespaces', name: 'shop-web' }] },
    });
    const noNs = work(lifecycle(false, false, false));
    expect(noNs.spec.workload.manifests.map((m: any) => m.kind)).toEqual(['Service', 'Deployment']);
  });

  it('renders {{ cluster.name }} and {{ cluster.labels.KEY }} per cluster', () => {
    const e =
      '          env:\n            - name: CLUSTER\n              value: "{{ cluster.name }}"\n            - name: REGION\n              value: "at {{ cluster.labels.region }}"\n';
    const { r, objects } = render({ 'env.yaml': env(ocm()), 'profile.yaml': profile(e) });
    expect(messages(r)).toEqual([]);
    const envOf = (c: string) =>
      objects.get(`clusters/${c}/manifestwork-shop-web.yaml`).spec.workload.manifests.find((m: any) => m.kind === 'Deployment').spec.template.spec.containers[0]
        .env;
    expect(envOf('east-1')).toEqual([
      { name: 'CLUSTER', value: 'east-1' },
      { name: 'REGION', value: 'at us-east' },
    ]);
    expect(envOf('west-1')).toEqual([
      { name: 'CLUSTER', value: 'west-1' },
      { name: 'REGION', value: 'at us-west' },
    ]);
  });

  it('plan and explain count the objects of a deployment rendered per cluster ({{ cluster.* }})', async () => {
    const { planRows } = await import('../../src/app/plan.ts');
    const { explainDeployment, explanationText } = await import('../../src/app/explain.ts');
    const e = '          env:\n            - name: CLUSTER\n              value: "{{ cluster.name }}"\n';
    const { r } = render({ 'env.yaml': env(ocm()), 'profile.yaml': profile(e) });
    expect(planRows(r)[0].objects).toEqual({ Deployment: 1, Namespace: 1, Service: 1 });
    const d = r.rendered![0];
    expect(explanationText(explainDeployment(d.resolved, d, r.works))).toMatch(/\nworkload +application; 1 Deployment, 1 Namespace, 1 Service$/);
    // With no work to count from (no cluster selected, or withheld): the same objects.
    const none = '        predicates:\n          - requiredClusterSelector:\n              labelSelector:\n                matchLabels: {stage: qa}\n';
    const empty = render({ 'env.yaml': env(ocm('', none)), 'profile.yaml': profile(e) }).r;
    expect(empty.works).toEqual([]);
    expect(planRows(empty)[0].objects).toEqual({ Deployment: 1, Namespace: 1, Service: 1 });
    const x = empty.rendered![0];
    expect(explanationText(explainDeployment(x.resolved, x, empty.works))).toMatch(/\nworkload +application; 1 Deployment, 1 Namespace, 1 Service$/);
  });

  it('errors at the profile line when a selected cluster lacks a referenced label, and in the replica-set layout', () => {
    const e = '          env:\n            - name: ZONE\n              value: "{{ cluster.labels.zone }}"\n';
    const { r } = render({ 'env.yaml': env(ocm()), 'profile.yaml': profile(e) });
    expect(r.ok).toBe(false);
    expect(r.tree).toBeUndefined();
    expect(messages(r)).toContain(
      'profile.yaml:16:22: error: component "web" uses {{ cluster.labels.zone }}, but ManagedCluster east-1, west-1 have no label zone [cluster-value-missing]\n  hint: give every selected cluster the label, or narrow the Placement to clusters that have it',
    );
    const rs = renderFiles({ 'env.yaml': env(ocm()), 'profile.yaml': profile(e), 'deploy.yaml': deployment }, { layout: 'replicaset' });
    expect(messages(rs)[0]).toMatch(/^profile\.yaml:16:22: error: component "web" uses \{\{ cluster\.labels\.zone \}\}, which needs the per-cluster layout/);
  });

  it('a Namespace two deployments share on a cluster is applied once, from an Orphan work of its own', () => {
    const api = profile()
      .replace('name: web\n  namespace: shop\nspec', 'name: api\n  namespace: shop\nspec')
      .replace('      - name: web\n', '      - name: api\n');
    const other = deployment
      .replace('name: web\n  namespace: shop\n', 'name: api\n  namespace: shop\n')
      .replace('workloadProfileRef:\n    name: web', 'workloadProfileRef:\n    name: api');
    const { r, tree, objects } = render({
      'env.yaml': env(ocm()),
      'profile.yaml': profile(),
      'profile-api.yaml': api,
      'deploy-api.yaml': other,
      'hubcast.yaml': fluxConfig,
    });
    expect(messages(r)).toEqual([]);
    const ns = objects.get('clusters/east-1/manifestwork-hubcast-namespaces.yaml');
    expect(ns.spec.deleteOption).toEqual({ propagationPolicy: 'Orphan' });
    expect(ns.spec.workload.manifests).toEqual([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop-web', labels: { 'app.kubernetes.io/managed-by': 'hubcast' } } },
    ]);
    for (const w of ['shop-web', 'shop-api'])
      expect(objects.get(`clusters/east-1/manifestwork-${w}.yaml`).spec.workload.manifests.map((m: any) => m.kind)).toEqual(['Service', 'Deployment']);
    checkTree(tree!);
  });

  it('any other object two deployments put on one cluster is an error naming both and where they are', () => {
    const other = deployment.replace('name: web\n  namespace: shop\n', 'name: web-b\n  namespace: shop\n');
    const { r } = render({ 'env.yaml': env(ocm()), 'profile.yaml': profile(), 'deploy-b.yaml': other });
    expect(r.ok).toBe(false);
    const conflicts = messages(r).filter((m) => m.includes('[object-conflict]'));
    expect(conflicts.map((m) => m.replace(/\n.*$/s, ''))).toEqual([
      'deploy.yaml:4:9: error: Deployment shop-web/web is in the ManifestWorks of two deployments on cluster east-1: shop/web (deploy.yaml:4:9) and shop/web-b (deploy-b.yaml:4:9); OCM would let both works fight over it, and deleting either deletes it [object-conflict]',
      'deploy.yaml:4:9: error: Service shop-web/web is in the ManifestWorks of two deployments on cluster east-1: shop/web (deploy.yaml:4:9) and shop/web-b (deploy-b.yaml:4:9); OCM would let both works fight over it, and deleting either deletes it [object-conflict]',
    ]);
  });

  it('three deployments with the same object: every one is named (the first, paired with each other)', () => {
    const b = deployment.replace('name: web\n  namespace: shop\n', 'name: web-b\n  namespace: shop\n');
    const c = deployment.replace('name: web\n  namespace: shop\n', 'name: web-c\n  namespace: shop\n');
    const { r } = render({ 'env.yaml': env(ocm()), 'profile.yaml': profile(), 'deploy-b.yaml': b, 'deploy-c.yaml': c });
    const conflicts = messages(r)
      .filter((m) => m.includes('Service shop-web/web'))
      .map((m) => m.replace(/^.*two deployments on cluster east-1: (.*?);.*$/s, '$1'));
    expect(conflicts).toEqual([
      'shop/web (deploy.yaml:4:9) and shop/web-b (deploy-b.yaml:4:9)',
      'shop/web (deploy.yaml:4:9) and shop/web-c (deploy-c.yaml:4:9)',
    ]);
  });

  it('a cluster-scoped object conflicts across workload namespaces, a stray metadata.namespace or not; a namespaced one does not', () => {
    const objects = (ns: string) => `      - name: rbac
        type: k8s-objects
        properties:
          objects:
            - apiVersion: rbac.authorization.k8s.io/v1
              kind: ClusterRole
              metadata: {name: reader${ns}}
              rules: []
            - apiVersion: v1
              kind: ConfigMap
              metadata: {name: settings}
              data: {a: "1"}
`;
    const other = deployment
      .replace('name: web\n  namespace: shop\n', 'name: api\n  namespace: shop\n')
      .replace('namespace: shop-web', 'namespace: shop-api')
      .replace('workloadProfileRef:\n    name: web', 'workloadProfileRef:\n    name: api');
    const api = profile('', objects(', namespace: shop-api')).replace('name: web\n  namespace: shop\nspec', 'name: api\n  namespace: shop\nspec');
    const { r } = render({ 'env.yaml': env(ocm()), 'profile.yaml': profile('', objects('')), 'profile-api.yaml': api, 'deploy-api.yaml': other });
    expect(messages(r)).toEqual([
      'deploy-api.yaml:4:9: error: ClusterRole reader is in the ManifestWorks of two deployments on cluster east-1: shop/api (deploy-api.yaml:4:9) and shop/web (deploy.yaml:4:9); OCM would let both works fight over it, and deleting either deletes it [object-conflict]\n  hint: render the object from one deployment only: it is cluster-scoped, so every namespace shares it (give each deployment its own name for it)',
    ]);
  });

  it('reports two deployments rendering the same ManifestWork name', () => {
    const other = deployment.replace('name: web\n  namespace: shop\n', 'name: web-b\n  namespace: shop\n  annotations: {hubcast.io/name: shop-web}\n');
    const { r } = render({ 'env.yaml': env(ocm()), 'profile.yaml': profile(), 'deploy-b.yaml': other });
    expect(messages(r).some((m) => m.includes('ManifestWork east-1/shop-web is rendered by two deployments (shop/web and shop/web-b)'))).toBe(true);
  });

  it('a topology-ocm-byop Placement not in the inventory: Environment NotReady, its deployments withheld with a warning, the rest rendered', async () => {
    const { planText } = await import('../../src/app/plan.ts');
    const byop = '    type: topology-ocm-byop\n    properties:\n      placementRefs:\n        - name: eu-prod\n';
    const other = env(ocm()).replace('name: prod\n', 'name: us\n');
    const usDeployment = deployment.replace('name: web\n  namespace: shop\n', 'name: web-us\n  namespace: shop\n').replace('name: prod\n', 'name: us\n');
    const { r, tree } = render({ 'env.yaml': env(byop), 'env-us.yaml': other, 'deploy-us.yaml': usDeployment, 'profile.yaml': profile() });
    expect(r.ok).toBe(true);
    expect(messages(r)).toEqual([
      expect.stringMatching(
        /^env\.yaml:11:17: warning: Environment shop\/prod is NotReady: Placement managed-cluster-set-global\/eu-prod \(topology-ocm-byop\) is not in the inventory.*deployment shop\/web is withheld.*\[placement-not-found\]/,
      ),
    ]);
    expect([...tree!.keys()].filter((p) => p.includes('manifestwork-'))).toEqual([
      'clusters/east-1/manifestwork-shop-web-us.yaml',
      'clusters/west-1/manifestwork-shop-web-us.yaml',
    ]);
    const text = planText(r);
    expect(text).toContain('environment shop/prod@v1: NotReady (PlacementNotFound: placement managed-cluster-set-global/eu-prod not found)');
    expect(text).toContain('environment shop/us@v1: Ready');
    // requireReady (hubcast.yaml, or --require-ready): an error, nothing rendered.
    const strict = render({
      'env.yaml': env(byop),
      'env-us.yaml': other,
      'deploy-us.yaml': usDeployment,
      'profile.yaml': profile(),
      'hubcast.yaml': 'requireReady: true\n',
    });
    expect(strict.r.ok).toBe(false);
    expect(strict.tree).toBeUndefined();
    expect(messages(strict.r)[0]).toMatch(
      /^env\.yaml:11:17: error: Environment shop\/prod is NotReady: .*\(required by --require-ready or requireReady: true\)/,
    );
  });

  it('--require-ready fails on any NotReady Environment: no cluster selected, or fewer than numberOfClusters', () => {
    const none = '        predicates:\n          - requiredClusterSelector:\n              labelSelector:\n                matchLabels: {stage: qa}\n';
    const strict = 'requireReady: true\n';
    const empty = render({ 'env.yaml': env(ocm('', none)), 'profile.yaml': profile(), 'hubcast.yaml': strict });
    expect(empty.r.ok).toBe(false);
    expect(empty.tree).toBeUndefined();
    expect(messages(empty.r)).toEqual([
      'env.yaml:10:7: error: Environment shop/prod is NotReady: Placement managed-cluster-set-global/shop-web selects 0 clusters of at least 1 wanted (NoManagedClusterMatched) (required by --require-ready or requireReady: true) [environment-not-ready]\n  hint: run hubcast plan to see why each cluster was not selected',
    ]);
    const three = ocm(
      '',
      '        numberOfClusters: 3\n        predicates:\n          - requiredClusterSelector:\n              labelSelector:\n                matchLabels: {stage: prod}\n',
    );
    expect(messages(render({ 'env.yaml': env(three), 'profile.yaml': profile(), 'hubcast.yaml': strict }).r)).toEqual([
      expect.stringMatching(
        /^env\.yaml:10:7: error: Environment shop\/prod is NotReady: .* selects 2 clusters of 3 wanted \(NotAllDecisionsScheduled\) \(required by --require-ready or requireReady: true\)/,
      ),
    ]);
    // Without it: rendered on the clusters there are (OCM's MWRS does the same), a warning when there are none.
    expect(render({ 'env.yaml': env(three), 'profile.yaml': profile() }).r.ok).toBe(true);
    expect(messages(render({ 'env.yaml': env(ocm('', none)), 'profile.yaml': profile() }).r)[0]).toContain('[no-clusters]');
  });

  it('schedules an existing Placement from the inventory for topology-ocm-byop', () => {
    const placement = `apiVersion: cluster.open-cluster-management.io/v1beta1
kind: Placement
metadata: {name: west, namespace: managed-cluster-set-global}
spec:
  predicates: [{requiredClusterSelector: {labelSelector: {matchLabels: {region: us-west}}}}]
`;
    const byop = '    type: topology-ocm-byop\n    properties:\n      placementRefs:\n        - name: west\n';
    const { r, objects } = render({ 'env.yaml': env(byop), 'profile.yaml': profile(), 'placement.yaml': placement });
    expect(messages(r)).toEqual([]);
    expect([...objects.keys()].filter((p) => p.includes('manifestwork'))).toEqual(['clusters/west-1/manifestwork-shop-web.yaml']);
  });

  it('falls back to Placement + ManifestWorkReplicaSet when a CEL selector needs functions hubcast lacks', () => {
    const cel =
      '        predicates:\n          - requiredClusterSelector:\n              celSelector:\n                celExpressions:\n                  - semver(managedCluster.metadata.labels["v"]).isGreaterThan(semver("1.0.0"))\n';
    const { r, tree } = render({ 'env.yaml': env(ocm('', cel)), 'profile.yaml': profile(), 'hubcast.yaml': fluxConfig });
    expect(r.ok).toBe(true);
    expect(r.diagnostics.find((d) => d.code === 'placement-needs-hub')?.message).toContain(
      'it is rendered as Placement + ManifestWorkReplicaSet and the hub schedules it',
    );
    expect([...tree!.keys()].filter((p) => !p.endsWith('kustomization.yaml') && p !== 'hubcast.lock.json')).toEqual([
      'environments/shop/prod/manifestworkreplicaset-shop-web.yaml',
      'environments/shop/prod/placement-shop-web.yaml',
      'flux/gitrepository-hubcast.yaml',
      'flux/kustomization-hubcast-shop-prod.yaml',
      'flux/kustomization-hubcast.yaml',
    ]);
    checkTree(tree!);
  });

  it('checks the rolloutStrategy of a deployment it leaves to the hub too', () => {
    const cel =
      '        predicates:\n          - requiredClusterSelector:\n              celSelector:\n                celExpressions:\n                  - semver(managedCluster.metadata.labels["v"]).isGreaterThan(semver("1.0.0"))\n';
    const rollout = '      manifestWorkReplicaSet:\n        rolloutStrategy:\n          type: Progressive\n          progressive: {maxConcurrency: "2"}\n';
    const { r } = render({ 'env.yaml': env(ocm(rollout, cel)), 'profile.yaml': profile(), 'hubcast.yaml': fluxConfig });
    expect(r.ok).toBe(false);
    expect(messages(r)).toEqual([
      expect.stringMatching(/^env\.yaml:13:41: error: deployment shop\/web .*maxConcurrency must be a number or a percentage.*\[rollout-invalid\]/),
    ]);
  });

  it('warns when a deployment selects no cluster, since Flux would then remove its works', () => {
    const none = '        predicates:\n          - requiredClusterSelector:\n              labelSelector:\n                matchLabels: {stage: qa}\n';
    const { r, tree } = render({ 'env.yaml': env(ocm('', none)), 'profile.yaml': profile() });
    expect(r.ok).toBe(true);
    expect(messages(r)).toEqual([
      'deploy.yaml:4:9: warning: deployment shop/web selects no cluster (managed-cluster-set-global/shop-web: NoManagedClusterMatched); no ManifestWork is written for it, so Flux removes any it had [no-clusters]\n  hint: run hubcast plan to see why each cluster was not selected',
    ]);
    expect([...tree!.keys()].some((p) => p.startsWith('clusters/'))).toBe(false);
  });

  it('fails without any ManagedCluster when the per-cluster layout is asked for', () => {
    const r = renderFiles({ 'env.yaml': env(ocm()), 'profile.yaml': profile(), 'deploy.yaml': deployment }, { layout: 'per-cluster' });
    expect(messages(r)).toContain(
      'error: the per-cluster layout needs an inventory with ManagedClusters [no-inventory]\n  hint: add the hub export (kubectl get managedclusters,managedclustersets,managedclustersetbindings,placements -o yaml) to the repo or pass --inventory DIR, or use --layout replicaset',
    );
  });
});

describe('ManifestWork size guard', () => {
  // A ConfigMap of ~120 kB per component: five of them exceed OCM's 512000-byte limit.
  const big = (i: number) =>
    `      - name: data-${i}\n        type: k8s-objects\n        properties:\n          objects:\n            - apiVersion: v1\n              kind: ConfigMap\n              metadata: {name: data-${i}}\n              data: {blob: "${'x'.repeat(120_000)}"}\n`;
  const crd = `      - name: crd\n        type: k8s-objects\n        properties:\n          objects:\n            - apiVersion: apiextensions.k8s.io/v1\n              kind: CustomResourceDefinition\n              metadata: {name: widgets.acme.example}\n              spec: {group: acme.example, names: {kind: Widget, plural: widgets}, scope: Namespaced, versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]}\n`;
  const files = (cfg = '') => ({
    'env.yaml': env(ocm()),
    'profile.yaml': profile('', [0, 1, 2, 3, 4].map(big).join('') + crd),
    ...(cfg ? { 'hubcast.yaml': cfg } : {}),
  });

  it('splits deterministically: CRDs and Namespaces first, the first work keeps the plain name', () => {
    const { r, objects } = render(files());
    expect(messages(r)).toEqual([]);
    const works = [...objects.entries()]
      .filter(([p]) => p.startsWith('clusters/east-1/'))
      .map(([, o]) => o)
      .sort((a, b) => a.metadata.name.length - b.metadata.name.length || (a.metadata.name < b.metadata.name ? -1 : 1));
    expect(works.map((w) => w.metadata.name)).toEqual(['shop-web', 'shop-web-2', 'shop-web-3']);
    expect(works[0].spec.workload.manifests.map((m: any) => m.kind)).toEqual(['CustomResourceDefinition', 'Namespace']);
    for (const w of works) expect(Buffer.byteLength(w.spec.workload.manifests.map((m: any) => JSON.stringify(m)).join(''))).toBeLessThanOrEqual(512000);
    const again = render(files()).objects;
    expect([...again.keys()]).toEqual([...objects.keys()]);
  });

  it('fails with a clear error when configured to', () => {
    const { r } = render(files('sizeLimit:\n  onExceed: fail\n'));
    expect(r.ok).toBe(false);
    expect(messages(r).find((m) => m.includes('manifestwork-too-large'))).toMatch(
      /^deploy\.yaml:4:9: error: ManifestWork east-1\/shop-web would hold \d+ bytes of manifests; OCM rejects more than 512000/,
    );
  });

  it('flux-pull does not embed the objects, so no limit applies', () => {
    const { r, objects } = render(files(`${fluxConfig}delivery: flux-pull\n`));
    expect(messages(r)).toEqual([]);
    expect([...objects.keys()].filter((p) => p.startsWith('clusters/east-1/manifestwork'))).toEqual(['clusters/east-1/manifestwork-shop-web.yaml']);
  });
});

describe('Flux objects', () => {
  it('a GitRepository for the generated branch and one Kustomization per cluster: prune, health checks, no postBuild, no dependsOn', () => {
    const { tree, objects } = render({ 'env.yaml': env(ocm()), 'profile.yaml': profile(), 'hubcast.yaml': `generatedBranch: rendered/main\n${fluxConfig}` });
    const repo = objects.get('flux/gitrepository-hubcast.yaml');
    expect(repo.spec).toEqual({
      interval: '1m',
      ref: { branch: 'rendered/main' },
      secretRef: { name: 'fleet-git' },
      url: 'https://git.example.com/acme/fleet.git',
    });
    const root = objects.get('flux/kustomization-hubcast.yaml');
    expect(root.spec).toMatchObject({ path: './flux', prune: true, sourceRef: { kind: 'GitRepository', name: 'hubcast' } });
    const ks = objects.get('flux/kustomization-hubcast-east-1.yaml');
    expect(ks.spec).toMatchObject({ path: './clusters/east-1', prune: true, wait: true, interval: '10m' });
    expect(ks.spec.healthCheckExprs[0]).toMatchObject({ apiVersion: 'work.open-cluster-management.io/v1', kind: 'ManifestWork' });
    const fluxObjects = [...objects.values()].filter((o) => o.kind === 'Kustomization');
    expect(fluxObjects).toHaveLength(3);
    for (const k of fluxObjects) {
      expect(k.spec.postBuild).toBeUndefined();
      expect(k.spec.dependsOn).toBeUndefined();
    }
    expect(tree!.get('flux/kustomization.yaml')).toContain('- kustomization-hubcast.yaml');
  });

  it('the health expressions behave on ManifestWork statuses (evaluated with a real CEL engine)', async () => {
    const { MANIFESTWORK_HEALTH } = await import('../../src/flux/hub.ts');
    const { evaluate } = await import('@marcbachmann/cel-js');
    const cond = (type: string, status: string) => ({ type, status });
    const check = (expr: string, status: object) => evaluate(expr, { status });
    const current = String(MANIFESTWORK_HEALTH.current);
    const failed = String(MANIFESTWORK_HEALTH.failed);
    expect(check(current, { conditions: [cond('Applied', 'True'), cond('Available', 'True')] })).toBe(true);
    expect(check(current, { conditions: [cond('Applied', 'True'), cond('Available', 'False')] })).toBe(false);
    expect(check(current, {})).toBe(false);
    expect(check(failed, { conditions: [cond('Applied', 'False')] })).toBe(true);
    expect(check(failed, { conditions: [] })).toBe(false);
  });

  it('writes no Flux objects without flux.url, and the tree still builds', () => {
    const { tree } = render({ 'env.yaml': env(ocm()), 'profile.yaml': profile() });
    expect([...tree!.keys()].some((p) => p.startsWith('flux/'))).toBe(false);
    checkTree(tree!);
  });

  it('the replica-set layout gets one Kustomization per environment', () => {
    const r = renderFiles({ 'env.yaml': env(ocm()), 'profile.yaml': profile(), 'deploy.yaml': deployment, 'hubcast.yaml': fluxConfig });
    const objects = objectsOf(r.tree!);
    expect(objects.get('flux/kustomization-hubcast-shop-prod.yaml').spec).toMatchObject({ path: './environments/shop/prod', prune: true });
    checkTree(r.tree!);
  });
});

describe('spoke pull (delivery: flux-pull)', () => {
  const cfg =
    `${fluxConfig}delivery: flux-pull\nflux:\n  url: https://git.example.com/acme/fleet.git\n  spoke:\n    secretRef: spoke-git\n    decryptionSecret: sops-age\n`.replace(
      fluxConfig,
      '',
    );

  it('each ManifestWork carries a spoke GitRepository + Kustomization pointing at the cluster folder; the objects live there', () => {
    const lifecycle = (wl: boolean) =>
      `      manifestWorkReplicaSet:\n        manifestWorkTemplate:\n          lifecycle:\n            spokeNamespace: {create: true, orphan: true}\n            workload: {orphan: ${wl}}\n`;
    const { r, tree, objects } = render({ 'env.yaml': env(ocm(lifecycle(false))), 'profile.yaml': profile(), 'hubcast.yaml': cfg });
    expect(messages(r)).toEqual([]);
    const w = objects.get('clusters/east-1/manifestwork-shop-web.yaml');
    expect(w.spec.deleteOption).toEqual({ propagationPolicy: 'Foreground' });
    const [repo, ks] = w.spec.workload.manifests;
    expect(repo).toMatchObject({
      kind: 'GitRepository',
      metadata: { name: 'hubcast-shop-web', namespace: 'flux-system' },
      spec: { secretRef: { name: 'spoke-git' }, ref: { branch: 'hubcast/rendered' } },
    });
    expect(ks.spec).toMatchObject({
      path: './clusters/east-1/spoke/shop-web',
      prune: true,
      wait: true,
      decryption: { provider: 'sops', secretRef: { name: 'sops-age' } },
    });
    expect(ks.spec.deletionPolicy).toBeUndefined();
    expect(w.spec.manifestConfigs[0].resourceIdentifier).toEqual({
      group: 'kustomize.toolkit.fluxcd.io',
      resource: 'kustomizations',
      namespace: 'flux-system',
      name: 'hubcast-shop-web',
    });
    const ns = objects.get('clusters/east-1/spoke/shop-web/namespace-shop-web.yaml');
    expect(ns.metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
    expect(objects.get('clusters/east-1/spoke/shop-web/deployment-web.yaml').metadata.namespace).toBe('shop-web');
    // The hub folder does not list the spoke folder; the spoke folder builds on its own.
    expect(tree!.get('clusters/east-1/kustomization.yaml')).not.toContain('spoke');
    checkTree(tree!);
    // An orphaned workload survives the spoke Kustomization's deletion.
    const orphaned = render({ 'env.yaml': env(ocm(lifecycle(true))), 'profile.yaml': profile(), 'hubcast.yaml': cfg }).objects;
    expect(orphaned.get('clusters/east-1/manifestwork-shop-web.yaml').spec.workload.manifests[1].spec.deletionPolicy).toBe('Orphan');
  });

  it('needs flux.url and the per-cluster layout', () => {
    const r = renderFiles({ 'env.yaml': env(ocm()), 'profile.yaml': profile(), 'deploy.yaml': deployment, 'hubcast.yaml': 'delivery: flux-pull\n' });
    expect(messages(r)).toEqual([
      'hubcast.yaml:1:1: error: delivery: flux-pull needs flux.url, the repository the spokes pull from [config]\n  hint: set flux.url (and flux.spoke.secretRef when it is private) in hubcast.yaml',
      'hubcast.yaml:1:1: error: delivery: flux-pull needs the per-cluster layout (each spoke pulls its own folder) [config]\n  hint: add an inventory with ManagedClusters, or remove delivery: flux-pull',
    ]);
  });
});
