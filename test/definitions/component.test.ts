import { sortDiagnostics } from '../../src/core/diagnostics.ts';
// The definition engine end to end: the seed profiles render to exact objects, every stock
// definition renders a realistic example, property errors point at the profile.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourcePos } from '../../src/core/diagnostics.ts';
import type { JsonObject, ObjPath } from '../../src/core/types.ts';
import { parseYamlFile } from '../../src/load/yaml-source.ts';
import { renderComponent } from '../../src/definitions/component.ts';
import { loadStockDefinitions } from '../../src/definitions/stock-definitions.ts';
import type { ComponentInput, Definition, RenderContext } from '../../src/definitions/definition-types.ts';

const stock = loadStockDefinitions('mural-system');

function def(kind: 'ComponentDefinition' | 'TraitDefinition', name: string): Definition {
  const d = stock.definitions.find((x) => x.kind === kind && x.name === name);
  if (!d) throw new Error(`no stock ${kind} ${name}`);
  return d;
}

const context: RenderContext = {
  workload: { name: 'my-workload', namespace: 'hello-universe' },
  deployment: { name: 'hello-universe-demo', namespace: 'hello-universe' },
  environment: { name: 'primary', namespace: 'hello-universe' },
};

/** Components of a WorkloadProfile file, as the resolve stage hands them to the renderer. */
function profileComponents(path: string, text: string, ctx: RenderContext = context): ComponentInput[] {
  const { documents, diagnostics } = parseYamlFile({ path, text });
  expect(diagnostics).toEqual([]);
  const doc = documents[0];
  const components = ((doc.body.spec as JsonObject).workload as JsonObject).components as JsonObject[];
  return components.map((c, i) => {
    const base: ObjPath = ['spec', 'workload', 'components', i];
    const traits = ((c.traits as JsonObject[] | undefined) ?? []).map((t, j) => ({
      definition: def('TraitDefinition', String(t.type).split('@')[0]),
      properties: (t.properties as JsonObject | undefined) ?? {},
      pos: (p: ObjPath): SourcePos => doc.pos([...base, 'traits', j, 'properties', ...p]),
    }));
    return {
      name: String(c.name),
      definition: def('ComponentDefinition', String(c.type).split('@')[0]),
      properties: (c.properties as JsonObject | undefined) ?? {},
      pos: (p: ObjPath): SourcePos => doc.pos([...base, 'properties', ...p]),
      traits,
      context: ctx,
    };
  });
}

const selector = (name: string) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': 'my-workload' });

describe('stock definitions', () => {
  it('load without diagnostics', () => {
    expect(stock.diagnostics).toEqual([]);
    expect(stock.definitions.map((d) => `${d.kind}/${d.name}@${d.version}`)).toEqual([
      'ComponentDefinition/cron-task@1.0.0',
      'ComponentDefinition/daemon@1.0.0',
      'ComponentDefinition/helm@1.0.0',
      'ComponentDefinition/k8s-objects@1.0.0',
      'ComponentDefinition/kustomize@1.0.0',
      'ComponentDefinition/statefulset@1.0.0',
      'ComponentDefinition/task@1.0.0',
      'ComponentDefinition/webservice@1.0.0',
      'ComponentDefinition/worker@1.0.0',
      'TraitDefinition/annotations@1.0.0',
      'TraitDefinition/command@1.0.0',
      'TraitDefinition/container-image@1.0.0',
      'TraitDefinition/env@1.0.0',
      'TraitDefinition/expose@1.0.0',
      'TraitDefinition/gateway@1.0.0',
      'TraitDefinition/gpu@1.0.0',
      'TraitDefinition/hostalias@1.0.0',
      'TraitDefinition/hpa@1.0.0',
      'TraitDefinition/ingress@1.0.0',
      'TraitDefinition/ingress-1-20@1.0.0',
      'TraitDefinition/init-container@1.0.0',
      'TraitDefinition/json-merge-patch@1.0.0',
      'TraitDefinition/json-patch@1.0.0',
      'TraitDefinition/k8s-update-strategy@1.0.0',
      'TraitDefinition/labels@1.0.0',
      'TraitDefinition/node-affinity@1.0.0',
      'TraitDefinition/podsecuritycontext@1.0.0',
      'TraitDefinition/resources@1.0.0',
      'TraitDefinition/scaler@1.0.0',
      'TraitDefinition/scheduling@1.0.0',
      'TraitDefinition/securitycontext@1.0.0',
      'TraitDefinition/service-account@1.0.0',
      'TraitDefinition/sidecar@1.0.0',
      'TraitDefinition/storage@1.0.0',
      'TraitDefinition/topologyspreadconstraints@1.0.0',
    ]);
    for (const d of stock.definitions) {
      expect(d.namespace).toBe('mural-system');
      expect(d.description.length).toBeGreaterThan(20);
      expect(d.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(def('ComponentDefinition', 'task').workloadType).toBe('task');
    expect(def('ComponentDefinition', 'webservice').workloadType).toBe('application');
  });

  it('describe every property and close every object level they define', () => {
    // Raw Kubernetes objects (k8s-objects) are open on purpose.
    const open = new Set(['k8s-objects.objects[]', 'k8s-objects.objects[].metadata']);
    const walk = (schema: unknown, where: string, problems: string[], topLevel: boolean): void => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      if (topLevel && typeof s.description !== 'string') problems.push(`${where}: no description`);
      if (s.properties && s.additionalProperties === undefined && !open.has(where)) problems.push(`${where}: additionalProperties not set`);
      for (const [k, v] of Object.entries((s.properties as Record<string, unknown>) ?? {}))
        walk(v, `${where}.${k}`, problems, !where.includes('.') && !where.includes('#'));
      if (s.items) walk(s.items, `${where}[]`, problems, false);
      for (const [k, v] of Object.entries((s.definitions as Record<string, unknown>) ?? {})) walk(v, `${where}#${k}`, problems, false);
    };
    const problems: string[] = [];
    for (const d of stock.definitions) walk(d.schema, d.name, problems, false);
    expect(problems).toEqual([]);
  });
});

describe('docs/definitions.md', () => {
  it('documents every stock definition and each of its properties', () => {
    const doc = readFileSync(new URL('../../docs/definitions.md', import.meta.url), 'utf8');
    const missing: string[] = [];
    for (const d of stock.definitions) {
      const start = doc.indexOf(`### ${d.name} (`);
      if (start < 0) {
        missing.push(d.name);
        continue;
      }
      const section = doc.slice(start, doc.indexOf('\n### ', start + 1) >>> 0);
      for (const p of Object.keys((d.schema.properties as object) ?? {})) if (!section.includes(`\`${p}\``)) missing.push(`${d.name}.${p}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('seed 000: hello-universe', () => {
  const text = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: hello-universe-demo
  namespace: mural-system
spec:
  workload:
    components:
      - name: ui
        type: webservice
        properties:
          image: ghcr.io/spectrocloud/hello-universe:1.2.0
          port: 8080
          exposeType: ClusterIP
          labels:
            app: ui
        traits:
          - type: resources
            properties:
              cpu: '500m'
              memory: '500Mi'
              requests:
                cpu: '500m'
                memory: '500Mi'
`;

  it('renders a Deployment and a ClusterIP Service exposing the legacy port', () => {
    const [ui] = profileComponents('profiles/hello-universe.yaml', text);
    const out = renderComponent(ui);
    expect(out.diagnostics).toEqual([]);
    expect(out.objects).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'ui', namespace: 'hello-universe', labels: selector('ui') },
        spec: {
          selector: { matchLabels: selector('ui') },
          template: {
            metadata: { labels: { app: 'ui', ...selector('ui') } },
            spec: {
              containers: [
                {
                  name: 'ui',
                  image: 'ghcr.io/spectrocloud/hello-universe:1.2.0',
                  ports: [{ name: 'port-8080', containerPort: 8080, protocol: 'TCP' }],
                  resources: {
                    requests: { cpu: '500m', memory: '500Mi' },
                    limits: { cpu: '500m', memory: '500Mi' },
                  },
                },
              ],
            },
          },
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'ui', namespace: 'hello-universe', labels: selector('ui') },
        spec: {
          type: 'ClusterIP',
          selector: selector('ui'),
          ports: [{ name: 'port-8080', port: 8080, targetPort: 8080, protocol: 'TCP' }],
        },
      },
    ]);
  });

  it('is deterministic', () => {
    const [a] = profileComponents('p.yaml', text);
    const [b] = profileComponents('p.yaml', text);
    expect(JSON.stringify(renderComponent(a).objects)).toBe(JSON.stringify(renderComponent(b).objects));
  });
});

describe('seed 001: nginx-demo', () => {
  const text = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: nginx-demo
spec:
  workload:
    components:
      - name: nginx-demo # Unique name for this component
        type: webservice@v1.0.0 # Component type with pinned version
        properties:
          cpu: '0.5' # CPU request
          memory: 1024Mi # Memory request
          image: nginx:latest # Container image
          ports:
            - containerPort: 80
          expose: true # Make accessible outside the cluster
        traits:
          - type: hpa@v1.0.0 # Horizontal Pod Autoscaler trait
            properties:
              min: 1 # Minimum replicas
              max: 10 # Maximum replicas
              cpu:
                type: Utilization
                value: 50 # Scale up when CPU > 50%
          - type: scaler@v1.0.0 # Manual scaling trait
            properties:
              replicas: 1 # Starting replica count
`;

  it('renders a Deployment, a Service and an HPA', () => {
    const [nginx] = profileComponents('profiles/nginx-demo.yaml', text);
    const out = renderComponent(nginx);
    expect(out.diagnostics).toEqual([]);
    expect(out.objects).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'nginx-demo', namespace: 'hello-universe', labels: selector('nginx-demo') },
        spec: {
          replicas: 1,
          selector: { matchLabels: selector('nginx-demo') },
          template: {
            metadata: { labels: selector('nginx-demo') },
            spec: {
              containers: [
                {
                  name: 'nginx-demo',
                  image: 'nginx:latest',
                  ports: [{ name: 'port-80', containerPort: 80, protocol: 'TCP' }],
                  resources: {
                    requests: { cpu: '0.5', memory: '1024Mi' },
                    limits: { cpu: '0.5', memory: '1024Mi' },
                  },
                },
              ],
            },
          },
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'nginx-demo', namespace: 'hello-universe', labels: selector('nginx-demo') },
        spec: {
          type: 'ClusterIP',
          selector: selector('nginx-demo'),
          ports: [{ name: 'port-80', port: 80, targetPort: 80, protocol: 'TCP' }],
        },
      },
      {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'nginx-demo', namespace: 'hello-universe', labels: selector('nginx-demo') },
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'nginx-demo' },
          minReplicas: 1,
          maxReplicas: 10,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
        },
      },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

function component(name: string, type: string, properties: JsonObject, traits: [string, JsonObject][] = []): ComponentInput {
  const pos = (): SourcePos => ({ file: 'profile.yaml', line: 1, column: 1 });
  return {
    name,
    definition: def('ComponentDefinition', type),
    properties,
    pos,
    traits: traits.map(([t, p]) => ({ definition: def('TraitDefinition', t), properties: p, pos })),
    context,
  };
}

function render(input: ComponentInput) {
  const out = renderComponent(input);
  expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return out.objects;
}

const kinds = (objs: { kind: string }[]) => objs.map((o) => o.kind);
const podSpec = (o: JsonObject): JsonObject => {
  const spec = o.spec as JsonObject;
  const tpl = (o.kind === 'CronJob' ? ((spec.jobTemplate as JsonObject).spec as JsonObject).template : spec.template) as JsonObject;
  return tpl.spec as JsonObject;
};
const mainContainer = (o: JsonObject): JsonObject => (podSpec(o).containers as JsonObject[])[0];

describe('stock components', () => {
  it('webservice: ports, probes, env, limits, pull secrets; no Service without an exposed port', () => {
    const objs = render(
      component('api', 'webservice', {
        image: 'ghcr.io/acme/api:2.0.0',
        imagePullPolicy: 'IfNotPresent',
        imagePullSecrets: ['regcred'],
        annotations: { 'prometheus.io/scrape': 'true' },
        replicas: 3,
        ports: [
          { port: 80, containerPort: 8080, expose: true },
          { containerPort: 9090, name: 'metrics' },
          { port: 53, protocol: 'UDP', expose: true },
        ],
        exposeType: 'NodePort',
        cmd: ['/api'],
        args: ['--verbose'],
        env: [
          { name: 'MODE', value: 'prod' },
          { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'api', key: 'token' } } },
        ],
        cpu: '250m',
        memory: '256Mi',
        limit: { cpu: '1' },
        readinessProbe: { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 5 },
      }),
    );
    expect(kinds(objs)).toEqual(['Deployment', 'Service']);
    const [dep, svc] = objs as unknown as JsonObject[];
    expect((dep.spec as JsonObject).replicas).toBe(3);
    expect(podSpec(dep).imagePullSecrets).toEqual([{ name: 'regcred' }]);
    expect(mainContainer(dep)).toEqual({
      name: 'api',
      image: 'ghcr.io/acme/api:2.0.0',
      imagePullPolicy: 'IfNotPresent',
      command: ['/api'],
      args: ['--verbose'],
      ports: [
        { name: 'port-8080', containerPort: 8080, protocol: 'TCP' },
        { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
        { name: 'port-53-udp', containerPort: 53, protocol: 'UDP' },
      ],
      env: [
        { name: 'MODE', value: 'prod' },
        { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'api', key: 'token' } } },
      ],
      resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '256Mi' } },
      // KubeVela's probe defaults are written out.
      readinessProbe: {
        httpGet: { path: '/healthz', port: 8080 },
        periodSeconds: 5,
        initialDelaySeconds: 0,
        timeoutSeconds: 1,
        successThreshold: 1,
        failureThreshold: 3,
      },
    });
    expect(((dep.spec as JsonObject).template as JsonObject).metadata).toEqual({
      labels: selector('api'),
      annotations: { 'prometheus.io/scrape': 'true' },
    });
    expect((svc.spec as JsonObject).type).toBe('NodePort');
    expect((svc.spec as JsonObject).ports).toEqual([
      { name: 'port-8080', port: 80, targetPort: 8080, protocol: 'TCP' },
      { name: 'port-53-udp', port: 53, targetPort: 53, protocol: 'UDP' },
    ]);

    const internal = render(component('api', 'webservice', { image: 'x', ports: [{ containerPort: 8080 }] }));
    expect(kinds(internal)).toEqual(['Deployment']);
    expect(kinds(render(component('api', 'webservice', { image: 'x' })))).toEqual(['Deployment']);
  });

  it('worker: a Deployment and nothing else', () => {
    const objs = render(component('consumer', 'worker', { image: 'acme/consumer:1', cmd: ['consume'], cpu: 1, memory: '1Gi', replicas: 2 }));
    expect(kinds(objs)).toEqual(['Deployment']);
    expect(mainContainer(objs[0] as unknown as JsonObject).resources).toEqual({ requests: { cpu: 1, memory: '1Gi' }, limits: { cpu: 1, memory: '1Gi' } });
  });

  it('task: a Job with count, restart and limits', () => {
    const objs = render(
      component('migrate', 'task', { image: 'acme/migrate:5', count: 2, restart: 'OnFailure', backoffLimit: 2, ttlSecondsAfterFinished: 600 }),
    );
    expect(kinds(objs)).toEqual(['Job']);
    const spec = (objs[0] as unknown as JsonObject).spec as JsonObject;
    expect(spec).toMatchObject({ parallelism: 2, completions: 2, backoffLimit: 2, ttlSecondsAfterFinished: 600 });
    expect(podSpec(objs[0] as unknown as JsonObject).restartPolicy).toBe('OnFailure');
    expect(objs[0].apiVersion).toBe('batch/v1');
  });

  it('cron-task: a CronJob with schedule and defaults', () => {
    const objs = render(
      component('backup', 'cron-task', {
        image: 'acme/backup:1',
        schedule: '0 3 * * *',
        concurrencyPolicy: 'Forbid',
        env: [{ name: 'BUCKET', value: 's3://b' }],
      }),
    );
    expect(kinds(objs)).toEqual(['CronJob']);
    const cj = objs[0] as unknown as JsonObject;
    expect(cj.spec).toMatchObject({
      schedule: '0 3 * * *',
      concurrencyPolicy: 'Forbid',
      suspend: false,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 1,
    });
    expect(podSpec(cj).restartPolicy).toBe('Never');
    expect(mainContainer(cj)).toEqual({ name: 'backup', image: 'acme/backup:1', env: [{ name: 'BUCKET', value: 's3://b' }] });
  });

  it('cron-task requires a schedule', () => {
    const out = renderComponent(component('backup', 'cron-task', { image: 'acme/backup:1' }));
    expect(out.objects).toEqual([]);
    expect(out.diagnostics.map((d) => d.message)).toEqual(['component "backup" (cron-task@1.0.0): missing required field "schedule"']);
  });

  it('k8s-objects: verbatim, with the namespace defaulted for namespaced kinds only', () => {
    const objs = render(
      component('extras', 'k8s-objects', {
        objects: [
          { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', labels: { a: 'b' } }, data: { 'app.conf': 'x = 1\n# not a comment: really' } },
          { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'elsewhere', namespace: 'other' }, type: 'Opaque', stringData: { k: 'v' } },
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRole',
            metadata: { name: 'reader' },
            rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }],
          },
          { apiVersion: 'acme.io/v1', kind: 'Tenant', metadata: { name: 'acme' }, spec: { tier: 'gold' } },
        ],
        clusterScopedKinds: ['Tenant'],
      }),
    );
    expect(objs).toEqual([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings', labels: { a: 'b' }, namespace: 'hello-universe' },
        data: { 'app.conf': 'x = 1\n# not a comment: really' },
      },
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'elsewhere', namespace: 'other' }, type: 'Opaque', stringData: { k: 'v' } },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'reader' },
        rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }],
      },
      { apiVersion: 'acme.io/v1', kind: 'Tenant', metadata: { name: 'acme' }, spec: { tier: 'gold' } },
    ]);
  });
});

describe('stock traits', () => {
  const web = (traits: [string, JsonObject][], props: JsonObject = {}) =>
    component('web', 'webservice', { image: 'acme/web:1', ports: [{ port: 80, expose: true }], ...props }, traits);

  it('labels and annotations reach every object and the pod template; null removes', () => {
    const objs = render(
      web([
        ['labels', { team: 'payments', 'acme.io/tier': 'gold' }],
        ['hpa', {}],
        ['annotations', { 'acme.io/owner': 'ops' }],
        ['labels', { team: null }],
      ]),
    ) as unknown as JsonObject[];
    expect(kinds(objs as never)).toEqual(['Deployment', 'Service', 'HorizontalPodAutoscaler']);
    for (const o of objs) {
      expect((o.metadata as JsonObject).labels).toEqual({ ...selector('web'), 'acme.io/tier': 'gold' });
      expect((o.metadata as JsonObject).annotations).toEqual({ 'acme.io/owner': 'ops' });
    }
    expect(((objs[0].spec as JsonObject).template as JsonObject).metadata).toEqual({
      labels: { ...selector('web'), 'acme.io/tier': 'gold' },
      annotations: { 'acme.io/owner': 'ops' },
    });
  });

  it('a label trait that breaks the selector is an error', () => {
    const out = renderComponent(web([['labels', { 'app.kubernetes.io/name': 'other' }]]));
    expect(out.diagnostics.map((d) => d.code)).toEqual(['selector-mismatch']);
  });

  it('hpa: defaults to 50% CPU; memory AverageValue; Utilization needs an integer', () => {
    const [, , hpa] = render(web([['hpa', { max: 5, mem: { type: 'AverageValue', value: '1Gi' } }]])) as unknown as JsonObject[];
    expect((hpa.spec as JsonObject).metrics).toEqual([
      { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '1Gi' } } },
    ]);
    const [, , plain] = render(web([['hpa', {}]])) as unknown as JsonObject[];
    expect(plain.spec).toMatchObject({
      minReplicas: 1,
      maxReplicas: 10,
      metrics: [{ resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
    });
    const bad = renderComponent(web([['hpa', { cpu: { value: '50%' } }]]));
    expect(bad.diagnostics.map((d) => d.message)).toContain('trait "hpa" of component "web" (hpa@1.0.0): cpu.value must be an integer');
  });

  it('resources: explicit requests/limits win over the shorthand; deep-merges with the component', () => {
    const [dep] = render(web([['resources', { cpu: '1', limits: { memory: '2Gi' } }]], { memory: '1Gi' })) as unknown as JsonObject[];
    expect(mainContainer(dep).resources).toEqual({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' } });
  });

  it('env: map form replaces by name, removes with null; list form; a named container', () => {
    const [dep] = render(
      web(
        [
          ['env', { env: { MODE: 'dev', TOKEN: 'plain', OLD: null, NEW: 'yes' } }],
          ['sidecar', { name: 'proxy', image: 'envoy:1' }],
          ['env', { containerName: 'proxy', env: [{ name: 'LEVEL', value: 'debug' }] }],
        ],
        {
          env: [
            { name: 'MODE', value: 'prod' },
            { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
            { name: 'OLD', value: '1' },
          ],
        },
      ),
    ) as unknown as JsonObject[];
    const [main, proxy] = podSpec(dep).containers as JsonObject[];
    expect(main.env).toEqual([
      { name: 'MODE', value: 'dev' },
      { name: 'TOKEN', value: 'plain' },
      { name: 'NEW', value: 'yes' },
    ]);
    expect(proxy).toEqual({ name: 'proxy', image: 'envoy:1', env: [{ name: 'LEVEL', value: 'debug' }] });
  });

  it('env on a container that does not exist is an error', () => {
    const out = renderComponent(web([['env', { containerName: 'nope', env: { A: 'b' } }]]));
    expect(out.diagnostics.map((d) => d.message)).toEqual([
      'trait "env" of component "web" (env@1.0.0): the patch adds container "nope" without an image to Deployment "web"',
    ]);
  });

  it('command: replaces command and args', () => {
    const [dep] = render(
      web([['command', { command: ['/bin/sh', '-c'], args: ['exec web'] }]], { cmd: ['/web'], args: ['--a', '--b'] }),
    ) as unknown as JsonObject[];
    expect(mainContainer(dep)).toMatchObject({ command: ['/bin/sh', '-c'], args: ['exec web'] });
  });

  it('expose: a Service for a worker; a second Service needs a name', () => {
    const objs = render(
      component('q', 'worker', { image: 'acme/q:1' }, [
        ['expose', { type: 'LoadBalancer', ports: [{ port: 443, targetPort: 8443, nodePort: 30443 }], annotations: { 'lb.acme.io/internal': 'true' } }],
      ]),
    ) as unknown as JsonObject[];
    expect(kinds(objs as never)).toEqual(['Deployment', 'Service']);
    expect(objs[1]).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'q', namespace: 'hello-universe', labels: selector('q'), annotations: { 'lb.acme.io/internal': 'true' } },
      spec: { type: 'LoadBalancer', selector: selector('q'), ports: [{ name: 'port-443', port: 443, targetPort: 8443, protocol: 'TCP', nodePort: 30443 }] },
    });
    const dup = renderComponent(web([['expose', { ports: [{ port: 8080 }] }]]));
    expect(dup.diagnostics.map((d) => d.code)).toEqual(['duplicate-object']);
    expect(dup.diagnostics[0].hint).toMatch(/name/);
    expect(kinds(render(web([['expose', { name: 'web-public', type: 'NodePort', ports: [{ port: 8080 }] }]])))).toEqual(['Deployment', 'Service', 'Service']);
  });

  it('storage: volumes and mounts, PVC/ConfigMap/Secret outputs unless mountOnly', () => {
    const objs = render(
      web([
        [
          'storage',
          {
            pvc: [{ name: 'data', mountPath: '/data', size: '20Gi', storageClassName: 'fast' }],
            configMap: [
              { name: 'conf', mountPath: '/etc/web', data: { 'web.conf': 'a: b' } },
              { name: 'shared', mountPath: '/shared', mountOnly: true },
            ],
            secret: [{ name: 'tls', mountPath: '/tls', mountOnly: true, defaultMode: 256 }],
            emptyDir: [{ name: 'tmp', mountPath: '/tmp', medium: 'Memory' }],
          },
        ],
      ]),
    ) as unknown as JsonObject[];
    expect(kinds(objs as never)).toEqual(['Deployment', 'Service', 'PersistentVolumeClaim', 'ConfigMap']);
    expect(podSpec(objs[0]).volumes).toEqual([
      { name: 'pvc-data', persistentVolumeClaim: { claimName: 'data' } },
      { name: 'configmap-conf', configMap: { name: 'conf' } },
      { name: 'configmap-shared', configMap: { name: 'shared' } },
      { name: 'secret-tls', secret: { secretName: 'tls', defaultMode: 256 } },
      { name: 'emptydir-tmp', emptyDir: { medium: 'Memory' } },
    ]);
    expect(mainContainer(objs[0]).volumeMounts).toEqual([
      { name: 'pvc-data', mountPath: '/data', readOnly: false },
      { name: 'configmap-conf', mountPath: '/etc/web', readOnly: true },
      { name: 'configmap-shared', mountPath: '/shared', readOnly: true },
      { name: 'secret-tls', mountPath: '/tls', readOnly: true },
      { name: 'emptydir-tmp', mountPath: '/tmp' },
    ]);
    expect(objs[2]).toEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', namespace: 'hello-universe', labels: selector('web') },
      spec: { accessModes: ['ReadWriteOnce'], volumeMode: 'Filesystem', storageClassName: 'fast', resources: { requests: { storage: '20Gi' } } },
    });
    expect(objs[3]).toMatchObject({ kind: 'ConfigMap', metadata: { name: 'conf' }, data: { 'web.conf': 'a: b' } });
  });

  it('sidecar: appends a container', () => {
    const [dep] = render(
      web([
        [
          'sidecar',
          {
            name: 'log',
            image: 'fluent-bit:3',
            args: ['-c', '/conf'],
            volumeMounts: [{ name: 'emptydir-logs', mountPath: '/logs' }],
            cpu: '50m',
            memory: '64Mi',
          },
        ],
      ]),
    ) as unknown as JsonObject[];
    const containers = podSpec(dep).containers as JsonObject[];
    expect(containers.map((c) => c.name)).toEqual(['web', 'log']);
    expect(containers[1]).toEqual({
      name: 'log',
      image: 'fluent-bit:3',
      args: ['-c', '/conf'],
      volumeMounts: [{ name: 'emptydir-logs', mountPath: '/logs' }],
      resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '50m', memory: '64Mi' } },
    });
  });

  it('gpu: limit, product node selector, toleration', () => {
    const [job] = render(
      component('train', 'task', { image: 'acme/train:1' }, [['gpu', { count: 2, product: 'NVIDIA-A100-SXM4-80GB' }]]),
    ) as unknown as JsonObject[];
    expect(mainContainer(job).resources).toEqual({ limits: { 'nvidia.com/gpu': '2' } });
    expect(podSpec(job).nodeSelector).toEqual({ 'nvidia.com/gpu.product': 'NVIDIA-A100-SXM4-80GB' });
    expect(podSpec(job).tolerations).toEqual([{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }]);
  });

  it('scheduling: node selector, tolerations, affinity, spread with a default selector, priority', () => {
    const [dep] = render(
      web([
        [
          'scheduling',
          {
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            tolerations: [{ key: 'dedicated', value: 'web', effect: 'NoSchedule' }],
            affinity: {
              nodeAffinity: {
                requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }] },
              },
            },
            topologySpreadConstraints: [{ topologyKey: 'topology.kubernetes.io/zone' }],
            priorityClassName: 'high',
          },
        ],
      ]),
    ) as unknown as JsonObject[];
    const spec = podSpec(dep);
    expect(spec.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
    expect(spec.tolerations).toEqual([{ key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' }]);
    expect(spec.topologySpreadConstraints).toEqual([
      { labelSelector: { matchLabels: selector('web') }, topologyKey: 'topology.kubernetes.io/zone', maxSkew: 1, whenUnsatisfiable: 'DoNotSchedule' },
    ]);
    expect(spec.priorityClassName).toBe('high');
    expect(spec.affinity).toBeDefined();
  });

  it('service-account: patches the pod and creates the account', () => {
    const objs = render(
      web([['service-account', { name: 'web-sa', create: true, annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::1:role/web' } }]]),
    ) as unknown as JsonObject[];
    expect(kinds(objs as never)).toEqual(['Deployment', 'Service', 'ServiceAccount']);
    expect(podSpec(objs[0]).serviceAccountName).toBe('web-sa');
    expect(objs[2]).toEqual({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'web-sa',
        namespace: 'hello-universe',
        labels: selector('web'),
        annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::1:role/web' },
      },
    });
    expect(kinds(render(web([['service-account', {}]])))).toEqual(['Deployment', 'Service']);
  });

  it('scaler on a Job is refused: the trait does not apply', () => {
    const out = renderComponent(component('m', 'task', { image: 'x' }, [['scaler', { replicas: 2 }]]));
    expect(out.objects).toEqual([]);
    expect(out.diagnostics.map((d) => d.message)).toEqual([
      'trait "scaler" of component "m" (scaler@1.0.0): the trait applies to Deployment, StatefulSet, but the component produces Job',
    ]);
  });

  it('patches reach a CronJob pod template', () => {
    const [cj] = render(
      component('b', 'cron-task', { image: 'x', schedule: '@daily' }, [
        ['resources', { cpu: '1' }],
        ['labels', { team: 'data' }],
      ]),
    ) as unknown as JsonObject[];
    expect(mainContainer(cj).resources).toEqual({ requests: { cpu: '1' }, limits: { cpu: '1' } });
    const tpl = (((cj.spec as JsonObject).jobTemplate as JsonObject).spec as JsonObject).template as JsonObject;
    expect((tpl.metadata as JsonObject).labels).toEqual({ ...selector('b'), team: 'data' });
  });
});

describe('injection attempts stay strings', () => {
  const tricky = [
    'a: b',
    'x\n- y',
    '{{evil}}',
    '# c',
    '0755',
    'no',
    'on',
    '1.10',
    '~',
    'null',
    '"quoted"',
    "it's",
    '- item',
    '[1, 2]',
    '{a: 1}',
    '&anchor',
    '*alias',
    '!!binary',
    '12:30',
    '1e3',
    '\u2028',
    'key: |\n  block',
  ];

  it('through every kind of value position', () => {
    for (const value of tricky) {
      const objs = render(
        component(
          'web',
          'webservice',
          {
            image: value,
            labels: { app: value },
            annotations: { note: value },
            cmd: [value],
            env: [{ name: 'V', value }],
          },
          [
            ['env', { env: { W: value } }],
            ['annotations', { 'acme.io/x': value }],
          ],
        ),
      ) as unknown as JsonObject[];
      const c = mainContainer(objs[0]);
      expect(c.image).toBe(value);
      expect(c.command).toEqual([value]);
      expect(c.env).toEqual([
        { name: 'V', value },
        { name: 'W', value },
      ]);
      const meta = ((objs[0].spec as JsonObject).template as JsonObject).metadata as JsonObject;
      expect((meta.labels as JsonObject).app).toBe(value);
      expect(meta.annotations).toEqual({ note: value, 'acme.io/x': value });
      expect(objs).toHaveLength(1);
    }
  });

  it('as map keys', () => {
    const objs = render(
      component('web', 'webservice', { image: 'x' }, [['env', { env: { 'a: b': '1', '# c': '2', '{{x}}': '3' } }]]),
    ) as unknown as JsonObject[];
    expect(mainContainer(objs[0]).env).toEqual([
      { name: 'a: b', value: '1' },
      { name: '# c', value: '2' },
      { name: '{{x}}', value: '3' },
    ]);
  });
});

describe('property errors point at the profile', () => {
  const text = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: broken
spec:
  workload:
    components:
      - name: ui
        type: webservice
        properties:
          image: nginx
          imagePullPolicy: Sometimes
          port: "eighty"
          exposeTpye: NodePort
        traits:
          - type: scaler
            properties:
              replicas: two
          - type: hpa
            properties:
              cpu:
                type: Utilisation
                value: 50
`;

  it('unknown property with did-you-mean, wrong type, bad enum, each at line:col', () => {
    const [ui] = profileComponents('profiles/broken.yaml', text);
    const out = renderComponent(ui);
    expect(out.objects).toEqual([]);
    const got = sortDiagnostics(out.diagnostics).map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
    expect(got).toEqual([
      'profiles/broken.yaml:12:28 properties component "ui" (webservice@1.0.0): imagePullPolicy must be one of: "Always", "IfNotPresent", "Never"',
      'profiles/broken.yaml:13:17 properties component "ui" (webservice@1.0.0): port must be an integer',
      'profiles/broken.yaml:14:11 properties component "ui" (webservice@1.0.0): unknown field "exposeTpye" (did you mean "exposeType"?)',
      'profiles/broken.yaml:18:25 properties trait "scaler" of component "ui" (scaler@1.0.0): replicas must be an integer',
      'profiles/broken.yaml:22:23 properties trait "hpa" of component "ui" (hpa@1.0.0): cpu.type must be one of: "Utilization", "AverageValue"',
    ]);
  });

  it('a missing required property', () => {
    const out = renderComponent(component('ui', 'webservice', { port: 80 }));
    expect(out.diagnostics.map((d) => d.message)).toEqual(['component "ui" (webservice@1.0.0): missing required field "image"']);
  });

  it('a port entry with neither port nor containerPort', () => {
    const out = renderComponent(component('ui', 'webservice', { image: 'x', ports: [{ name: 'http' }] }));
    expect(out.objects).toEqual([]);
    expect(out.diagnostics.length).toBeGreaterThan(0);
    for (const d of out.diagnostics) expect(d.message).toMatch(/ports\[0\]/);
  });
});

describe('policies and kinds', () => {
  it('a trait used as a component type is refused', () => {
    const out = renderComponent({ ...component('x', 'webservice', { image: 'x' }), definition: def('TraitDefinition', 'scaler') });
    expect(out.diagnostics.map((d) => d.code)).toEqual(['definition-kind']);
  });

  it('does not mutate its input', () => {
    const input = component('web', 'webservice', { image: 'x', ports: [{ port: 80 }] }, [['labels', { a: 'b' }]]);
    const before = JSON.stringify(input.properties) + JSON.stringify(input.traits.map((t) => t.properties));
    render(input);
    expect(JSON.stringify(input.properties) + JSON.stringify(input.traits.map((t) => t.properties))).toBe(before);
  });
});
