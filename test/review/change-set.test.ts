import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { JsonObject, K8sObject } from '../../src/core/types.ts';
import { stableJson } from '../../src/core/stable-json.ts';
import { emitYaml } from '../../src/emit/yaml-emitter.ts';
import { diffSides } from '../../src/review/change-set.ts';
import { WORK_SIZE_LIMIT } from '../../src/review/dangers.ts';
import { ignoreRules } from '../../src/review/ignore-config.ts';
import { splitImage } from '../../src/review/images.ts';
import type { ChangeSet } from '../../src/review/model.ts';
import type { ReviewSide } from '../../src/review/side.ts';
import { edit, exampleFiles, review, side } from '../helpers/review.ts';

const labels = {
  'hubcast.io/deployment': 'web',
  'hubcast.io/deployment-namespace': 'shop',
  'hubcast.io/environment': 'prod',
  'hubcast.io/environment-namespace': 'shop',
};

function deployment(name: string, extra: JsonObject = {}): K8sObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'shop' },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'app',
              image: 'registry.example/app:1.0',
              env: [
                { name: 'A', value: '1' },
                { name: 'B', value: '2' },
              ],
              args: ['--x', '--y'],
            },
            { name: 'sidecar', image: 'registry.example/proxy:2.0' },
          ],
        },
      },
      ...extra,
    },
  };
}

const namespace = (name: string): K8sObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });

function work(name: string, manifests: K8sObject[], deleteOption: JsonObject = { propagationPolicy: 'Foreground' }, cluster = 'spoke-1'): K8sObject {
  return {
    apiVersion: 'work.open-cluster-management.io/v1',
    kind: 'ManifestWork',
    metadata: { name, namespace: cluster, labels },
    spec: { deleteOption, workload: { manifests: manifests as never } },
  };
}

function sideOf(which: 'base' | 'head', objects: K8sObject[], text: (o: K8sObject) => string = (o) => emitYaml(o as never)): ReviewSide {
  return {
    side: which,
    label: which,
    tree: new Map(objects.map((o) => [`${o.metadata.namespace}/${o.kind}-${o.metadata.name}.yaml`, text(o)])),
    withheld: [],
    errors: [],
  };
}

function diff(base: K8sObject[], head: K8sObject[], flags: string[] = [], noDefaults = false, text?: (o: K8sObject) => string): ChangeSet {
  const { rules } = ignoreRules({ flags, noDefaults });
  return diffSides(sideOf('base', base), sideOf('head', head, text), { context: 3, ignore: rules });
}

const objects = (cs: ChangeSet) => cs.environments.flatMap((e) => e.targets.flatMap((t) => t.workloads.flatMap((w) => w.works.flatMap((x) => x.objects))));

describe('semantic comparison', () => {
  it('never shows key order or formatting as a change', () => {
    const w = work('web', [deployment('web')]);
    // The head file written by another YAML writer: reversed keys, flow style, other quoting.
    const reversed = (o: unknown): unknown =>
      Array.isArray(o)
        ? o.map(reversed)
        : o && typeof o === 'object'
          ? Object.fromEntries(
              Object.entries(o)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : o;
    const cs = diff([w], [w], [], false, (o) => stringify(reversed(o), { collectionStyle: 'flow', defaultStringType: 'QUOTE_SINGLE' }));
    expect(cs.totals).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(cs.environments).toEqual([]);
  });

  it('compares a side rendered in this process equal to the same tree read back from YAML', () => {
    const fleet = exampleFiles('fleet');
    const inProcess = side(fleet, 'base');
    const fromFiles: ReviewSide = { ...side(fleet, 'head'), objects: undefined };
    expect(inProcess.objects?.size).toBeGreaterThan(0);
    const cs = diffSides(inProcess, fromFiles, { context: 3, ignore: [] });
    expect(cs.totals).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(cs.revisions).toEqual([]);
  });

  it('does not count a pure reorder of a list keyed by name, but does count an ordered list', () => {
    const base = deployment('web');
    const reordered = structuredClone(base) as any;
    const c = reordered.spec.template.spec.containers;
    reordered.spec.template.spec.containers = [c[1], { ...c[0], env: [c[0].env[1], c[0].env[0]] }];
    expect(diff([work('web', [base])], [work('web', [reordered])]).totals.changed).toBe(0);

    reordered.spec.template.spec.containers[1].args = ['--y', '--x'];
    const cs = diff([work('web', [base])], [work('web', [reordered])]);
    expect(cs.totals.changed).toBe(1);
    expect(objects(cs)[0].diff).toContain('-            - "--x"');
  });

  it('shows one unified diff per changed object with a few lines of context', () => {
    const head = deployment('web');
    (head.spec as any).template.spec.containers[0].image = 'registry.example/app:1.1';
    const cs = diff([work('web', [deployment('web')])], [work('web', [head])], [], false);
    const [o] = objects(cs);
    expect(o).toMatchObject({ status: 'changed', ref: { kind: 'Deployment', namespace: 'shop', name: 'web' }, added: 1, removed: 1 });
    expect(o.diff.split('\n')[0]).toMatch(/^@@ -\d+,7 \+\d+,7 @@$/);
    expect(cs.images).toEqual([{ image: 'registry.example/app', from: '1.0', to: '1.1', objects: 1, workloads: ['shop/web'] }]);
  });

  it('matches a renamed object and a new hash suffix by content, shown old -> new', () => {
    const cm = (name: string, extra: JsonObject = {}): K8sObject => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, namespace: 'shop' },
      data: { a: '1', b: '2', c: '3', ...extra } as never,
    });
    const other = (name: string, data: JsonObject): K8sObject => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, namespace: 'shop', labels },
      data: data as never,
    });
    const cs = diff(
      [work('web', [cm('settings-7h2bkd5t6c'), other('old', { z: 'unrelated' })])],
      [work('web', [cm('settings-m8f4d9k2t1', { d: '4' }), other('new-thing', { y: 'other' })])],
    );
    const byStatus = Object.fromEntries(objects(cs).map((o) => [`${o.status}:${o.ref.name}`, o]));
    expect(byStatus['changed:settings-m8f4d9k2t1'].from).toMatchObject({ name: 'settings-7h2bkd5t6c' });
    expect(byStatus['added:new-thing']).toBeDefined();
    expect(byStatus['removed:old']).toBeDefined();
  });
});

describe('secrets', () => {
  const secret = (data: Record<string, string>, stringData?: Record<string, string>): K8sObject => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'db', namespace: 'shop', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ data }) } },
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    ...(stringData ? { stringData } : {}),
  });

  it('shows byte counts and whether each value changed, never the value, embedded or on the hub', () => {
    const base = secret({ password: 'twelve-chars', user: 'admin' });
    const head = secret({ password: 'fourteen-chars', user: 'admin', token: 'abc' }, { url: 'postgres://u:p@db' });
    for (const cs of [
      diff([work('db', [base])], [work('db', [head])]),
      diff([{ ...base, metadata: { ...base.metadata, labels } }], [{ ...head, metadata: { ...head.metadata, labels } }]),
    ]) {
      const json = stableJson(cs);
      for (const leaked of [
        'twelve-chars',
        'fourteen-chars',
        'admin',
        'abc',
        'postgres://',
        Buffer.from('twelve-chars').toString('base64'),
        Buffer.from('fourteen-chars').toString('base64'),
      ]) {
        expect(json).not.toContain(leaked);
      }
      expect(json).toContain('changed (12 -> 14 bytes)');
      expect(json).toContain('unchanged (5 bytes)');
      expect(json).toContain('added (3 bytes)');
      expect(json).toContain('added (17 bytes)');
      expect(json).toContain('"secret": true');
    }
  });

  it('shows a Secret with identical values as unchanged', () => {
    const s = secret({ password: 'x' });
    expect(diff([work('db', [s])], [work('db', [s])]).totals.changed).toBe(0);
  });
});

describe('ignore rules', () => {
  const labelled = (chart: string, team = 'a'): K8sObject => ({
    ...deployment('web'),
    metadata: { name: 'web', namespace: 'shop', labels: { 'helm.sh/chart': chart, team } },
  });

  it('hide chart label churn by default and disclose how many changes they hid', () => {
    const cs = diff([work('web', [labelled('web-1.0')])], [work('web', [labelled('web-1.1')])]);
    expect(cs.totals).toMatchObject({ changed: 0, hidden: 1 });
    expect(cs.hidden).toEqual([{ rule: '*#/**/labels/helm.sh~1chart', count: 1 }]);
  });

  it('can be switched off', () => {
    const cs = diff([work('web', [labelled('web-1.0')])], [work('web', [labelled('web-1.1')])], [], true);
    expect(cs.totals).toMatchObject({ changed: 1, hidden: 0 });
  });

  it('still show the rest of an object whose noise they hide', () => {
    const cs = diff([work('web', [labelled('web-1.0')])], [work('web', [labelled('web-1.1', 'b')])]);
    expect(cs.totals).toMatchObject({ changed: 1, hidden: 1 });
    expect(objects(cs)[0].diff).toContain('+    team: b');
    expect(objects(cs)[0].diff).not.toContain('helm.sh/chart');
  });

  it('hide whole objects by Kind/namespace/name with globs, and fields by JSON pointer', () => {
    const base = [work('web', [deployment('web'), deployment('cache')])];
    const head = [work('web', [deployment('web', { replicas: 3 }), deployment('cache', { replicas: 2 })])];
    expect(diff(base, head, ['Deployment/shop/cach*']).totals).toMatchObject({ changed: 1, hidden: 1 });
    expect(diff(base, head, ['Deployment#/spec/replicas']).totals).toMatchObject({ changed: 0, hidden: 2 });
    expect(ignoreRules({ flags: ['Deployment/a/b/c', 'X#spec'], noDefaults: true }).diagnostics.map((d) => d.message)).toEqual([
      'ignore rule "Deployment/a/b/c": the selector must be Kind, Kind/name or Kind/namespace/name (use * for any)',
      'ignore rule "X#spec": after # comes a JSON pointer such as /metadata/labels/team',
    ]);
  });

  it('can never hide a danger', () => {
    const cs = diff([work('web', [namespace('shop'), deployment('web')])], [work('web', [deployment('web')])], ['Namespace']);
    expect(cs.totals).toMatchObject({ removed: 0, hidden: 1 });
    expect(cs.notes.map((n) => n.code)).toEqual(['namespace-deleted']);
  });
});

describe('danger notes', () => {
  it('warns that deleting a work deletes its objects on the spoke (Foreground), and only cautions for Orphan', () => {
    const fg = diff([work('web', [deployment('web')])], []);
    expect(fg.notes).toEqual([
      {
        level: 'danger',
        code: 'work-deletes',
        workload: 'shop/web',
        message: 'ManifestWork spoke-1/web is deleted: the work agent deletes 1 of its objects from cluster spoke-1 (deleteOption Foreground)',
      },
    ]);
    expect(fg.totals).toMatchObject({ removed: 2 });
    const orphan = diff([work('web', [deployment('web')], { propagationPolicy: 'Orphan' })], []);
    expect(orphan.notes.map((n) => [n.level, n.code])).toEqual([['caution', 'work-orphans']]);
  });

  it('warns about a renamed work (delete + create)', () => {
    const cs = diff([work('web', [deployment('web')])], [work('web-v2', [deployment('web')])]);
    const [w] = cs.environments[0].targets[0].workloads[0].works;
    expect(w.from).toMatchObject({ name: 'web' });
    expect(cs.notes.map((n) => n.code)).toEqual(['work-deletes']);
    expect(cs.notes[0].message).toContain('is renamed to web-v2, which OCM applies as delete + create');
  });

  it('warns about a Namespace leaving a work, unless the deleteOption orphans it', () => {
    const base = (opt?: JsonObject) => [work('web', [namespace('shop'), deployment('web')], opt)];
    const head = [work('web', [deployment('web')])];
    expect(diff(base(), head).notes.map((n) => [n.level, n.code])).toEqual([['danger', 'namespace-deleted']]);
    const selective = { propagationPolicy: 'SelectivelyOrphan', selectivelyOrphans: { orphaningRules: [{ group: '', resource: 'namespaces', name: 'shop' }] } };
    expect(diff(base(selective), head).notes.map((n) => [n.level, n.code])).toEqual([['caution', 'namespace-orphaned']]);
  });

  it('warns about a work over the 500 KiB manifest limit', () => {
    const big: K8sObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'big', namespace: 'shop' },
      data: { blob: 'x'.repeat(WORK_SIZE_LIMIT) } as never,
    };
    const cs = diff([], [work('web', [big])]);
    expect(cs.notes.map((n) => n.code)).toEqual(['work-size']);
    expect(cs.notes[0].message).toMatch(/holds \d+ bytes of manifests; OCM rejects works over 512000 bytes/);
  });

  it('warns about an immutable field changing in place', () => {
    const head = deployment('web');
    (head.spec as any).selector = { matchLabels: { app: 'web', tier: 'front' } };
    expect(diff([work('web', [deployment('web')])], [work('web', [head])]).notes.map((n) => n.code)).toEqual(['immutable-field']);
  });
});

describe('a side that fails to render', () => {
  const fleet = exampleFiles('fleet');

  it('withholds only the deployment the error is in, never showing it as deleted', () => {
    const head = edit(fleet, 'shop/deployments.yaml', '    name: dev\n', '    name: dve\n');
    const cs = review(fleet, head);
    expect(cs.withheld).toEqual([{ workload: 'shop/storefront-dev', sides: ['head'] }]);
    expect(cs.totals).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(cs.head.ok).toBe(false);
    expect(cs.head.errors[0]).toMatch(/^shop\/deployments\.yaml:16:11: error: Environment "dve" not found/);
  });

  it('withholds every deployment when an error cannot be placed (a YAML syntax error)', () => {
    const head = edit(edit(fleet, 'shop/variables.yaml', 'value: warn', 'value: [warn'), 'shop/deployments.yaml', 'imageTag: 2.1.0\n', 'imageTag: 2.2.0\n');
    const cs = review(fleet, head);
    expect(cs.withheld).toEqual([{ workload: '*', sides: ['head'] }]);
    expect(cs.environments).toEqual([]);
    expect(cs.revisions).toEqual([]);
  });

  it('withholds a deployment whose own document is invalid, and shows the others', () => {
    let head = edit(
      fleet,
      'shop/deployments.yaml',
      '  name: nightly-report\n  namespace: shop\nspec:\n',
      '  name: nightly-report\n  namespace: shop\nspec:\n  bogus: 1\n',
    );
    head = edit(head, 'shop/deployments.yaml', 'imageTag: 2.1.0\n', 'imageTag: 2.2.0\n');
    const cs = review(fleet, head);
    expect(cs.withheld.map((w) => w.workload)).toContain('shop/nightly-report');
    expect(cs.withheld.map((w) => w.workload)).not.toContain('shop/storefront-prod');
    expect(cs.totals.changed).toBe(2);
    expect(cs.totals.removed).toBe(0);
  });

  it('keeps the clean deployments of a failed side rendered as they would be', () => {
    const head = edit(fleet, 'shop/deployments.yaml', '    name: dev\n', '    name: dve\n');
    const s = side(head, 'head');
    expect(s.withheld).toEqual(['shop/storefront-dev']);
    expect([...s.tree.keys()].some((p) => p.includes('storefront-prod'))).toBe(true);
    expect([...s.tree.keys()].some((p) => p.includes('storefront-dev'))).toBe(false);
  });
});

describe('images', () => {
  it('splits registry ports, digests and bare names', () => {
    expect(splitImage('registry:5000/team/app:1.2')).toEqual({ repo: 'registry:5000/team/app', tag: '1.2' });
    expect(splitImage('app@sha256:abc')).toEqual({ repo: 'app', tag: 'sha256:abc' });
    expect(splitImage('registry:5000/app')).toEqual({ repo: 'registry:5000/app', tag: 'latest' });
  });
});
