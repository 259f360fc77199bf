// One golden case per stock definition (properties in, objects out), each naming the KubeVela
// definition it mirrors (kubevela/kubevela vela-templates/definitions/...) and any deliberate
// difference. The objects are what the template and traits render, before hubcast's identity
// labels; each case's objects also go through `kubectl kustomize`. To accept a change of output:
// `npm run golden:update`, then read `git diff test/golden/stock` as the review of it.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/core/types.ts';
import { emitYaml } from '../../src/emit/yaml-emitter.ts';
import { renderComponent } from '../../src/definitions/component.ts';
import { loadStockDefinitions } from '../../src/definitions/stock-definitions.ts';
import type { RenderContext } from '../../src/definitions/definition-types.ts';
import { kustomizeBuild } from '../helpers/kustomize.ts';

const update = process.env.HUBCAST_UPDATE_GOLDEN === '1';
const stock = loadStockDefinitions('mural-system');
const dir = join(import.meta.dirname, 'stock');

interface Case {
  /** Golden file name (test/golden/stock/<name>.yaml). */
  name: string;
  /** The KubeVela definition mirrored, and the deliberate differences if any. */
  mirrors: string;
  type: string;
  properties: JsonObject;
  traits?: { type: string; properties: JsonObject }[];
  /** hubcast.yaml definitions.selectorLabels (default hubcast). */
  labels?: 'hubcast' | 'kubevela';
  source?: JsonObject;
}

const cases: Case[] = [
  {
    name: 'webservice',
    mirrors: 'internal/component/webservice.cue; differences: nodePort also for LoadBalancer, legacy `port` exposed (seed 000)',
    type: 'webservice',
    labels: 'kubevela',
    properties: {
      image: 'nginx:1.27',
      ports: [
        { port: 80, expose: true },
        { port: 9090, containerPort: 9091, name: 'metrics' },
        { port: 53, protocol: 'UDP', expose: true },
      ],
      exposeType: 'NodePort',
      env: [{ name: 'MODE', value: 'prod' }],
      cpu: '250m',
      memory: '128Mi',
      livenessProbe: { httpGet: { path: '/healthz', port: 80 } },
      volumeMounts: {
        pvc: [{ name: 'data', mountPath: '/data', claimName: 'data-pvc' }],
        configMap: [
          { name: 'cfg', mountPath: '/etc/app/a.conf', subPath: 'a.conf', cmName: 'app-config' },
          { name: 'cfg', mountPath: '/etc/app/b.conf', subPath: 'b.conf', cmName: 'app-config' },
        ],
        secret: [{ name: 'creds', mountPath: '/secrets', secretName: 'app-creds', items: [{ key: 'token', path: 'token' }] }],
        emptyDir: [{ name: 'cache', mountPath: '/cache', medium: 'Memory' }],
        hostPath: [{ name: 'logs', mountPath: '/var/log/app', path: '/var/log' }],
      },
      hostAliases: [{ ip: '10.0.0.1', hostnames: ['db.internal'] }],
    },
  },
  {
    name: 'webservice-hubcast-labels',
    mirrors: 'internal/component/webservice.cue with hubcast selector labels (the default)',
    type: 'webservice',
    properties: { image: 'nginx:1.27', ports: [{ port: 8080, expose: true }] },
  },
  {
    name: 'worker',
    mirrors: 'internal/component/worker.cue; differences: labels, annotations, args, limit and subPath accepted',
    type: 'worker',
    labels: 'kubevela',
    properties: { image: 'busybox', cmd: ['sleep', '1000'], volumeMounts: { emptyDir: [{ name: 'scratch', mountPath: '/scratch' }] } },
  },
  {
    name: 'task',
    mirrors: 'internal/component/task.cue (Job <app>-<component>); differences: volumeMounts accepted (KubeVela task has only the legacy volumes)',
    type: 'task',
    labels: 'kubevela',
    properties: {
      image: 'perl',
      cmd: ['perl', '-e', 'print 1'],
      count: 2,
      volumeMounts: { secret: [{ name: 'key', mountPath: '/key', secretName: 'api-key' }] },
    },
  },
  {
    name: 'cron-task',
    mirrors: 'internal/component/cron-task.cue (batch/v1, clusters >= 1.25); difference: batch/v1beta1 for older clusters is not rendered',
    type: 'cron-task',
    labels: 'kubevela',
    properties: { schedule: '*/5 * * * *', image: 'busybox', labels: { team: 'ops' }, hostAliases: [{ ip: '10.0.0.2', hostnames: ['a'] }] },
  },
  {
    name: 'daemon',
    mirrors: 'internal/component/daemon.cue; difference: a non-TCP exposed port keeps its protocol in the Service',
    type: 'daemon',
    labels: 'kubevela',
    properties: {
      image: 'fluent/fluent-bit:3',
      ports: [{ port: 2020, expose: true }, { port: 5170, protocol: 'UDP', expose: true }, { port: 9000 }],
      volumeMounts: { hostPath: [{ name: 'varlog', mountPath: '/var/log', path: '/var/log' }] },
    },
  },
  {
    name: 'statefulset',
    mirrors: 'internal/component/statefulset.cue (no serviceName, no volumeClaimTemplates, Service not headless, as KubeVela)',
    type: 'statefulset',
    labels: 'kubevela',
    properties: { image: 'redis:7', ports: [{ port: 6379, expose: true, nodePort: 30079 }], exposeType: 'NodePort', args: ['--appendonly', 'yes'] },
    traits: [{ type: 'scaler', properties: { replicas: 3 } }],
  },
  {
    name: 'k8s-objects',
    mirrors: 'internal/component/k8s-objects.cue',
    type: 'k8s-objects',
    properties: { objects: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { a: 'b' } }] },
  },
  {
    name: 'helm',
    mirrors: 'fluxcd addon helm component; differences: Flux v2 APIs, version pinned (docs/sources.md)',
    type: 'helm',
    properties: { chart: 'podinfo', repository: 'podinfo', version: '6.x' },
    source: {
      type: 'helm',
      repository: { name: 'podinfo', namespace: 'ns' },
      url: 'https://charts.example.com',
      chart: 'podinfo',
      range: '6.x',
      version: '6.5.0',
      tag: '6.5.0',
    },
  },
  {
    name: 'kustomize',
    mirrors: 'fluxcd addon kustomize component; difference: commit pinned (docs/sources.md)',
    type: 'kustomize',
    properties: { url: 'https://git.example.com/app.git', ref: { branch: 'main' }, path: './deploy' },
    source: { type: 'git', url: 'https://git.example.com/app.git', ref: 'main', branch: 'main', commit: '0123456789abcdef0123456789abcdef01234567' },
  },
  ...traitCases(),
];

function traitCases(): Case[] {
  const web = { image: 'nginx:1.27', ports: [{ port: 80, expose: true }] };
  const t = (name: string, mirrors: string, traits: Case['traits'], properties: JsonObject = web): Case => ({
    name: `trait-${name}`,
    mirrors,
    type: 'webservice',
    labels: 'kubevela',
    properties,
    traits,
  });
  return [
    t(
      'gateway',
      'internal/trait/gateway.cue (networking.k8s.io/v1); differences: a port shared by two paths is listed once in the Service; secretName needs domain',
      [
        {
          type: 'gateway',
          properties: {
            domain: 'shop.example.com',
            http: { '/': 80, '/api': 8080, '/static': 80 },
            secretName: 'shop-tls',
            pathType: 'Prefix',
            name: 'public',
            classInSpec: true,
          },
        },
      ],
    ),
    t(
      'ingress',
      'deprecated/ingress.cue in the v1 shape of ingress-1-20.cue; differences: networking.k8s.io/v1, several Service ports named',
      [{ type: 'ingress', properties: { domain: 'shop.example.com', http: { '/': 8080 } } }],
      { image: 'nginx:1.27' },
    ),
    t(
      'ingress-1-20',
      'deprecated/ingress-1-20.cue; difference: several Service ports named',
      [{ type: 'ingress-1-20', properties: { domain: 'a.example.com', http: { '/': 8080, '/m': 9090 }, class: 'traefik' } }],
      { image: 'nginx:1.27' },
    ),
    t('expose', 'internal/trait/expose.cue; differences: `selector` (KubeVela matchLabels, also accepted), targetPort, no annotations {} when none', [
      { type: 'expose', properties: { name: 'web-lb', type: 'LoadBalancer', ports: [{ port: 443, targetPort: 80 }] } },
    ]),
    t('hostalias', 'internal/trait/hostalias.cue (patchKey ip)', [
      { type: 'hostalias', properties: { hostAliases: [{ ip: '127.0.0.1', hostnames: ['local'] }] } },
    ]),
    t('node-affinity', 'deprecated/node-affinity.cue', [
      { type: 'node-affinity', properties: { affinity: { 'topology.kubernetes.io/zone': ['eu-1a', 'eu-1b'] }, tolerations: { dedicated: 'web' } } },
    ]),
    t('init-container', 'internal/trait/init-container.cue', [
      {
        type: 'init-container',
        properties: {
          name: 'fetch',
          image: 'busybox',
          cmd: ['wget', '-O', '/work/index.html', 'http://example.com'],
          initMountPath: '/work',
          appMountPath: '/usr/share/nginx/html',
        },
      },
    ]),
    t('container-image', 'internal/trait/container-image.cue', [{ type: 'container-image', properties: { image: 'nginx:1.28', imagePullPolicy: 'Always' } }]),
    t('json-patch', 'internal/trait/json-patch.cue (the main object only)', [
      {
        type: 'json-patch',
        properties: {
          operations: [
            { op: 'add', path: '/spec/replicas', value: 2 },
            { op: 'add', path: '/spec/template/spec/dnsPolicy', value: 'None' },
          ],
        },
      },
    ]),
    t('json-merge-patch', 'internal/trait/json-merge-patch.cue (the main object only)', [
      { type: 'json-merge-patch', properties: { spec: { minReadySeconds: 10, template: { spec: { terminationGracePeriodSeconds: 5 } } } } },
    ]),
    t('scaler', 'internal/trait/scaler.cue', [{ type: 'scaler', properties: { replicas: 4 } }]),
    t('hpa', 'internal/trait/hpa.cue (autoscaling/v2)', [{ type: 'hpa', properties: { min: 2, max: 6, cpu: { value: 70 } } }]),
    t('resources', 'internal/trait/resource.cue (named resources here)', [{ type: 'resources', properties: { cpu: '500m', memory: '1Gi' } }]),
    t('labels', 'internal/trait/labels.cue', [{ type: 'labels', properties: { team: 'shop' } }]),
    t('annotations', 'internal/trait/annotations.cue', [{ type: 'annotations', properties: { 'example.com/owner': 'shop' } }]),
    t('env', 'internal/trait/env.cue (map form)', [{ type: 'env', properties: { env: { LOG_LEVEL: 'debug' } } }]),
    t('command', 'internal/trait/command.cue', [{ type: 'command', properties: { command: ['nginx'], args: ['-g', 'daemon off;'] } }]),
    t('storage', 'internal/trait/storage.cue; difference: created objects are named <name>, not pvc-<name>', [
      { type: 'storage', properties: { pvc: [{ name: 'data', mountPath: '/data' }] } },
    ]),
    t('sidecar', 'internal/trait/sidecar.cue', [{ type: 'sidecar', properties: { name: 'proxy', image: 'envoyproxy/envoy:v1.31' } }]),
    t('service-account', 'internal/trait/service-account.cue', [{ type: 'service-account', properties: { name: 'shop', create: true } }]),
    t('scheduling', 'internal/trait/affinity.cue and topologyspreadconstraints.cue, folded into one trait', [
      { type: 'scheduling', properties: { nodeSelector: { disk: 'ssd' }, topologySpreadConstraints: [{ topologyKey: 'topology.kubernetes.io/zone' }] } },
    ]),
    t('gpu', 'no KubeVela equivalent (hubcast only)', [{ type: 'gpu', properties: { count: 1 } }]),
    t('k8s-update-strategy', 'internal/trait/k8s-update-strategy.cue', [
      { type: 'k8s-update-strategy', properties: { strategy: { rollingStrategy: { maxSurge: '50%' } } } },
    ]),
    t('securitycontext', 'internal/trait/securitycontext.cue', [{ type: 'securitycontext', properties: { dropCapabilities: ['ALL'], runAsUser: 1000 } }]),
    t('podsecuritycontext', 'internal/trait/podsecuritycontext.cue', [
      { type: 'podsecuritycontext', properties: { fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } } },
    ]),
    t('topologyspreadconstraints', 'internal/trait/topologyspreadconstraints.cue', [
      {
        type: 'topologyspreadconstraints',
        properties: {
          constraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', labelSelector: { matchLabels: { 'app.oam.dev/component': 'web' } } }],
        },
      },
    ]),
  ];
}

function render(c: Case): string {
  const def = (kind: string, name: string) => {
    const d = stock.definitions.find((x) => x.kind === kind && x.name === name);
    if (!d) throw new Error(`no stock ${kind} ${name}`);
    return d;
  };
  const pos = () => ({ file: 'profile.yaml', line: 1, column: 1 });
  const context: RenderContext = {
    workload: { name: 'shop', namespace: 'shop-prod' },
    deployment: { name: 'shop-prod', namespace: 'shop' },
    environment: { name: 'prod', namespace: 'shop' },
    labelStyle: c.labels ?? 'hubcast',
    ...(c.source ? { source: c.source } : {}),
  };
  const out = renderComponent({
    name: c.type === 'webservice' && c.name.startsWith('trait-') ? 'web' : c.name.replace(/-hubcast-labels$/, ''),
    definition: def('ComponentDefinition', c.type),
    properties: c.properties,
    pos,
    traits: (c.traits ?? []).map((t) => ({ definition: def('TraitDefinition', t.type), properties: t.properties, pos })),
    context,
  });
  expect(out.diagnostics).toEqual([]);
  return `# ${c.mirrors}\n` + out.objects.map((o) => `---\n${emitYaml(o as unknown as JsonObject)}`).join('');
}

describe('stock definitions render what their KubeVela counterparts render', () => {
  it('every stock definition has a golden case', () => {
    const covered = new Set(cases.flatMap((c) => [c.type, ...(c.traits ?? []).map((t) => t.type)]));
    const missing = stock.definitions.filter((d) => !covered.has(d.name)).map((d) => d.name);
    expect(missing).toEqual([]);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.mirrors}`, () => {
      const text = render(c);
      const file = join(dir, `${c.name}.yaml`);
      if (update) writeFileSync(file, text);
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('the rendered objects build with kubectl kustomize', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'hubcast-stock-'));
    try {
      const files = cases.map((c) => `${c.name}.yaml`);
      // One namespace per case, so that the cases' same-named objects do not collide in one build.
      for (const c of cases) writeFileSync(join(tmp, `${c.name}.yaml`), render(c).replaceAll('namespace: shop-prod', `namespace: ${c.name}`));
      writeFileSync(join(tmp, 'kustomization.yaml'), `resources:\n${files.map((f) => `  - ${f}`).join('\n')}\n`);
      const built = kustomizeBuild(tmp);
      expect(built).toContain('kind: DaemonSet');
      expect(built).toContain('kind: Ingress');
      expect(built).toContain('name: shop-task');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);
});
