// Rollouts in the per-cluster layout, on the examples/rollouts specs and inventory: waves as OCM
// orders them, a change of one wave's membership touching only the files it must, what plan, the
// pull request body and the diff say about waves. The command line runs in process
// (test/helpers/cli-run.ts); no real process: nothing here is about one.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { planRollouts, planText } from '../../src/app/plan.ts';
import { rolloutOrder } from '../../src/deliver/change-summary.ts';
import { blobSha } from '../../src/deliver/blob-hash.ts';
import { prContent } from '../../src/deliver/pr-content.ts';
import { changesByEnvironment, FLEET, treeChanges } from '../../src/deliver/tree-changes.ts';
import { parseTree } from '../../src/review/hub-objects.ts';
import { targetLabel } from '../../src/review/model.ts';
import { messages, renderFiles } from '../helpers/pipeline.ts';
import { edit, review } from '../helpers/review.ts';
import { diffText } from '../../src/app/diff-text.ts';
import { markdownReport } from '../../src/review/markdown-report.ts';
import { htmlReport } from '../../src/review/html-report.ts';
import { hubcast } from '../helpers/cli-run.ts';

const dir = join(import.meta.dirname, '../../examples/rollouts');
const files = (): Record<string, string> => ({
  'hubcast.yaml': readFileSync(join(dir, 'hubcast.yaml'), 'utf8'),
  'rollouts.yaml': readFileSync(join(dir, 'rollouts.yaml'), 'utf8'),
  'inventory/hub-export.yaml': readFileSync(join(dir, 'inventory/hub-export.yaml'), 'utf8'),
});

function render(f = files()) {
  const r = renderFiles(f);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r;
}

/** Paths added, removed or changed between two trees. */
function changed(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const out = new Set<string>();
  for (const [p, t] of a) if (b.get(p) !== t) out.add(p);
  for (const p of b.keys()) if (!a.has(p)) out.add(p);
  return [...out].filter((p) => p !== 'hubcast.lock.json').sort();
}

describe('rollout waves', () => {
  it('Progressive: the canary group, then the others by name 25% at a time; ProgressivePerGroup: group by group', () => {
    const rows = planRollouts(render());
    expect(rows.map((x) => [x.deployment, x.type, x.timeout, x.waves.map((w) => w.clusters.join(','))])).toEqual([
      [
        'web/web-edge',
        'Progressive',
        '30m',
        ['edge-ams-1,edge-nyc-1', 'edge-ams-2,edge-fra-1', 'edge-fra-2,edge-nyc-2', 'edge-sfo-1,edge-sfo-2', 'edge-sin-1,edge-sin-2'],
      ],
      ['web/web-regions', 'ProgressivePerGroup', '1h', ['edge-ams-1,edge-ams-2', 'edge-fra-1,edge-fra-2', 'edge-nyc-1,edge-nyc-2', 'edge-sfo-1,edge-sfo-2']],
    ]);
    expect(rows[0].waves[1].kustomization).toBe('hubcast-wave-web-web-edge-2');
  });

  it('each wave is a Flux Kustomization depending on the one before, with the progressDeadline as timeout', () => {
    const tree = render().tree!;
    // A deployment's waves are one file of flux/, in wave order.
    const chain = parseAllDocuments(tree.get('flux/rollout-web-web-regions.yaml')!).map((d) => d.toJS());
    expect(chain.map((k) => k.metadata.name)).toEqual([1, 2, 3, 4].map((n) => `hubcast-wave-web-web-regions-${n}`));
    expect([...tree.keys()].filter((p) => p.startsWith('flux/') && p.includes('wave'))).toEqual([]);
    expect(parse(tree.get('flux/kustomization.yaml')!).resources).toContain('rollout-web-web-regions.yaml');
    const [k1, k2] = chain;
    expect(k1.spec.dependsOn).toBeUndefined();
    expect(k2.spec).toMatchObject({
      dependsOn: [{ name: 'hubcast-wave-web-web-regions-1' }],
      path: './rollouts/web/web-regions/wave-2',
      timeout: '1h',
      wait: true,
      prune: true,
    });
    expect(k2.spec.healthCheckExprs[0].current).toContain("e.type == 'Available'");
    expect(k2.spec.healthCheckExprs[0].current).toContain('e.observedGeneration == metadata.generation');
    const work = parse(tree.get('rollouts/web/web-regions/wave-2/edge-fra-1_manifestwork-web-web-regions.yaml')!);
    expect(work.metadata).toMatchObject({ name: 'web-web-regions', namespace: 'edge-fra-1', labels: { 'hubcast.io/rollout-wave': '2' } });
    // No work of a rolled-out deployment is left in a cluster folder, where it would be applied at once.
    expect([...tree.keys()].filter((p) => p.startsWith('clusters/'))).toEqual([]);
  });

  it('a cluster leaving one wave touches only that wave: its work file and the wave kustomization.yaml', () => {
    const before = render().tree!;
    const f = files();
    // edge-sfo-2 moves to region ap: the by-region Placement no longer selects it (web-edge still does).
    f['inventory/hub-export.yaml'] = f['inventory/hub-export.yaml'].replace(/(name: edge-sfo-2\n {2}labels:\n {4}tier: edge\n {4}region: )us/, '$1ap');
    const after = render(f).tree!;
    expect(changed(before, after)).toEqual([
      'rollouts/web/web-regions/wave-4/edge-sfo-2_manifestwork-web-web-regions.yaml',
      'rollouts/web/web-regions/wave-4/kustomization.yaml',
    ]);
  });

  it('a cluster moving from one wave to another touches its work file in both wave folders and their two kustomization.yaml', () => {
    const before = render().tree!;
    const f = files();
    // edge-sin-2 joins the canary group: it moves from wave 5 to wave 1; the other clusters keep their waves.
    f['inventory/hub-export.yaml'] = f['inventory/hub-export.yaml'].replace(
      'name: edge-sin-2\n  labels:\n    tier: edge\n',
      'name: edge-sin-2\n  labels:\n    canary: "true"\n    tier: edge\n',
    );
    const after = render(f).tree!;
    expect(changed(before, after)).toEqual([
      'rollouts/web/web-edge/wave-1/edge-sin-2_manifestwork-web-web-edge.yaml',
      'rollouts/web/web-edge/wave-1/kustomization.yaml',
      'rollouts/web/web-edge/wave-5/edge-sin-2_manifestwork-web-web-edge.yaml',
      'rollouts/web/web-edge/wave-5/kustomization.yaml',
    ]);
    expect(after.has('rollouts/web/web-edge/wave-5/edge-sin-2_manifestwork-web-web-edge.yaml')).toBe(false);
  });

  it('All (or a rollout of one wave) keeps the cluster folders: nothing moves for users without rollouts', () => {
    const f = files();
    f['rollouts.yaml'] = f['rollouts.yaml'].replace('type: ProgressivePerGroup', 'type: All');
    const tree = render(f).tree!;
    expect(tree.has('clusters/edge-fra-1/manifestwork-web-web-regions.yaml')).toBe(true);
    expect([...tree.keys()].some((p) => p.startsWith('rollouts/web/web-regions/'))).toBe(false);
    expect(tree.has('flux/kustomization-hubcast-edge-fra-1.yaml')).toBe(true);
  });

  it('minSuccessTime and maxFailures above 0 are warnings at the field and notes in plan', () => {
    const f = files();
    f['rollouts.yaml'] = f['rollouts.yaml'].replace(
      '              progressDeadline: 1h',
      '              progressDeadline: 1h\n              minSuccessTime: 10m\n              maxFailures: 1',
    );
    const r = render(f);
    expect(messages(r)).toEqual([
      expect.stringMatching(
        /^rollouts\.yaml:\d+:\d+: warning: deployment web\/web-regions .*minSuccessTime 10m cannot be expressed with Flux waves.*\[rollout-unsupported\]/,
      ),
      expect.stringMatching(/^rollouts\.yaml:\d+:\d+: warning: deployment web\/web-regions .*maxFailures 1 cannot be expressed.*\[rollout-unsupported\]/),
    ]);
    const text = planText(r);
    expect(text).toContain('rollout web/web-regions: ProgressivePerGroup, 4 waves, each within 1h (progressDeadline)');
    expect(text).toContain('not honoured: minSuccessTime 10m');
    expect(text).toContain('not honoured: maxFailures 1');
  });

  it('two folders whose Flux Kustomizations would share a name are an error naming both, not one folder silently left out', () => {
    const deployment = (ns: string, name: string, env: string, workNs: string) =>
      [
        'apiVersion: spectrocloud.com/v1beta1',
        'kind: WorkloadDeployment',
        `metadata: {name: ${name}, namespace: ${ns}, annotations: {hubcast.io/name: ${workNs}}}`,
        `spec: {workload: {name: web, namespace: ${workNs}}, workloadProfileRef: {name: web, namespace: web}, environmentRef: {name: ${env}, namespace: web}}`,
        '',
      ].join('\n');
    // Deployment web-web/edge's waves and web/web-edge's are both hubcast-wave-web-web-edge-<n>.
    const waves = files();
    waves['more.yaml'] = deployment('web-web', 'edge', 'edge', 'other');
    const r = renderFiles(waves);
    expect(r.ok).toBe(false);
    // One error for the pair of deployments, not one per wave.
    expect(messages(r)).toEqual([
      expect.stringMatching(
        /^more\.yaml:3:18: error: the Flux Kustomization hubcast-wave-web-web-edge-1 would apply both \.\/rollouts\/web\/web-edge\/wave-1 \(wave 1 of deployment web\/web-edge\) and \.\/rollouts\/web-web\/edge\/wave-1 \(wave 1 of deployment web-web\/edge\).*\[name-collision\]/,
      ),
    ]);
    // A cluster's folder and a wave.
    const cluster = files();
    cluster['rollouts.yaml'] = cluster['rollouts.yaml'].replace('type: ProgressivePerGroup', 'type: All');
    cluster['inventory/hub-export.yaml'] = cluster['inventory/hub-export.yaml'].replaceAll('edge-fra-1', 'wave-web-web-edge-5');
    expect(messages(renderFiles(cluster))).toContainEqual(
      expect.stringMatching(
        /^rollouts\.yaml:72:9: error: the Flux Kustomization hubcast-wave-web-web-edge-5 would apply both \.\/rollouts\/web\/web-edge\/wave-5 \(wave 5 of deployment web\/web-edge\) and \.\/clusters\/wave-web-web-edge-5 \(cluster wave-web-web-edge-5\)/,
      ),
    );
    // Two Environments in the replica-set layout: web/x-y and web-x/y.
    const envs = files();
    const edge = envs['rollouts.yaml'].split('---\n')[0];
    envs['more.yaml'] = [
      edge.replace('name: edge', 'name: x-y'),
      edge.replace('name: edge', 'name: y').replace('namespace: web', 'namespace: web-x'),
      deployment('web', 'one', 'x-y', 'one'),
      deployment('web', 'two', 'y', 'two').replace('environmentRef: {name: y, namespace: web}', 'environmentRef: {name: y, namespace: web-x}'),
    ].join('---\n');
    const rs = renderFiles(envs, { layout: 'replicaset' });
    expect(messages(rs)).toEqual([
      expect.stringMatching(
        /^more\.yaml:\d+:\d+: error: the Flux Kustomization hubcast-web-x-y would apply both \.\/environments\/web\/x-y \(Environment web\/x-y\) and \.\/environments\/web-x\/y \(Environment web-x\/y\).*\[name-collision\]/,
      ),
    ]);
    expect(rs.tree).toBeUndefined();
  });

  it('a rolloutStrategy OCM would reject is an error at its line', () => {
    const f = files();
    f['rollouts.yaml'] = f['rollouts.yaml'].replace('maxConcurrency: 25%', 'maxConcurrency: quarter');
    const r = renderFiles(f);
    expect(r.ok).toBe(false);
    expect(messages(r)).toEqual([
      expect.stringMatching(/^rollouts\.yaml:\d+:\d+: error: .*maxConcurrency must be a number or a percentage.*\[rollout-invalid\]/),
    ]);
  });

  it('typos, strings OCM refuses and settings of another type are reported, in the replica-set layout too', () => {
    const f = files();
    f['rollouts.yaml'] = f['rollouts.yaml']
      .replace('maxConcurrency: 25%', 'maxConcurency: 25%')
      .replace(
        'mandatoryDecisionGroups:\n              - groupName: canary',
        'mandatoryDecisionGroups:\n              - groupName: canary\n                groupIdx: 1',
      )
      .replace('            type: ProgressivePerGroup\n            progressivePerGroup:', '            progressivePerGroup:')
      .replace('              progressDeadline: 1h', '              progressDeadline: 1h\n              maxFailures: "2"');
    for (const layout of ['per-cluster', 'replicaset'] as const) {
      const r = renderFiles(f, { layout });
      expect(r.ok).toBe(false);
      expect(messages(r), layout).toEqual([
        'rollouts.yaml:34:27: error: deployment web/web-edge (Placement fleet-hub/web-web-edge): unknown field mandatoryDecisionGroups.groupIdx [rollout-invalid]\n  hint: did you mean groupIndex?',
        'rollouts.yaml:35:28: error: deployment web/web-edge (Placement fleet-hub/web-web-edge): unknown field progressive.maxConcurency [rollout-invalid]\n  hint: did you mean maxConcurrency?',
        'rollouts.yaml:52:13: warning: deployment web/web-regions (Placement fleet-hub/by-region): rolloutStrategy.progressivePerGroup is ignored, as OCM ignores it: the type is All (the default) [rollout-ignored]\n  hint: set type: ProgressivePerGroup to use it, or remove it',
        'rollouts.yaml:54:28: error: deployment web/web-regions (Placement fleet-hub/by-region): maxFailures must be a number or a percentage (0%..100%), not "2": OCM refuses a string that is not a percentage, and rolls out nothing [rollout-invalid]\n  hint: write 2 without quotes, or 2%',
      ]);
    }
  });

  it('a topology-ocm-byop Environment with manifestWorkReplicaSet.rolloutStrategy: a warning that it is not used', () => {
    const f = files();
    f['rollouts.yaml'] = f['rollouts.yaml'].replace(
      '        - name: by-region\n          rolloutStrategy:\n            type: ProgressivePerGroup\n            progressivePerGroup:\n              progressDeadline: 1h\n',
      '        - name: by-region\n      manifestWorkReplicaSet:\n        rolloutStrategy:\n          type: ProgressivePerGroup\n',
    );
    for (const layout of ['per-cluster', 'replicaset'] as const) {
      expect(messages(renderFiles(f, { layout })), layout).toEqual([
        'rollouts.yaml:51:9: warning: Environment web/regions: manifestWorkReplicaSet.rolloutStrategy is ignored by topology-ocm-byop, which rolls out each Placement by its placementRefs[].rolloutStrategy (All when unset) [rollout-ignored]\n  hint: move it under each entry of placementRefs',
      ]);
    }
  });

  it('a progressDeadline OCM reads as a Go duration (1h30m) is the wave timeout; with several Placements the shortest wins', () => {
    const f = files();
    f['inventory/hub-export.yaml'] += `---
apiVersion: cluster.open-cluster-management.io/v1beta1
kind: Placement
metadata: {name: asia, namespace: fleet-hub}
spec:
  predicates:
    - requiredClusterSelector: {labelSelector: {matchLabels: {region: ap}}}
`;
    f['rollouts.yaml'] = f['rollouts.yaml'].replace(
      '              progressDeadline: 1h',
      '              progressDeadline: 1h30m\n        - name: asia\n          rolloutStrategy: {type: Progressive, progressive: {maxConcurrency: 1, progressDeadline: 45m}}',
    );
    const r = render(f);
    const row = planRollouts(r).find((x) => x.deployment === 'web/web-regions')!;
    // 45m is shorter than 1h30m, though it sorts after it as text.
    expect(row.timeout).toBe('45m');
    expect(row.waves.map((w) => w.clusters.join(','))).toEqual([
      'edge-ams-1,edge-ams-2,edge-sin-1',
      'edge-fra-1,edge-fra-2,edge-sin-2',
      'edge-nyc-1,edge-nyc-2',
      'edge-sfo-1,edge-sfo-2',
    ]);
    expect(parseAllDocuments(r.tree!.get('flux/rollout-web-web-regions.yaml')!)[0].toJS().spec.timeout).toBe('45m');
    f['rollouts.yaml'] = f['rollouts.yaml'].replace('progressDeadline: 45m', 'progressDeadline: 2h');
    expect(planRollouts(render(f)).find((x) => x.deployment === 'web/web-regions')!.timeout).toBe('1h30m');
  });

  it('a mandatory decision group that matches no group is a warning: the canary wave would silently go', () => {
    const f = files();
    f['rollouts.yaml'] = f['rollouts.yaml'].replace(
      'mandatoryDecisionGroups:\n              - groupName: canary',
      'mandatoryDecisionGroups:\n              - groupName: canry',
    );
    const r = render(f);
    expect(messages(r)).toEqual([
      'rollouts.yaml:33:17: warning: deployment web/web-edge (Placement fleet-hub/web-web-edge): mandatory decision group "canry" matches no decision group of the selected clusters (2 groups, named canary), so it gets no wave of its own [rollout-no-group]\n  hint: name a group of the Placement\'s decisionStrategy.groupStrategy.decisionGroups (did you mean canary?)',
    ]);
  });

  it('with delivery: flux-pull a workload change leaves every work as it is, so the waves cannot hold it: a warning and a plan note', () => {
    const f = files();
    f['hubcast.yaml'] += 'delivery: flux-pull\n';
    const before = render(f);
    f['rollouts.yaml'] = f['rollouts.yaml'].replace('web:3.4.1', 'web:3.5.0');
    const after = render(f);
    // Only the spoke folders change: nothing that a wave applies.
    const paths = changed(before.tree!, after.tree!);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => /^clusters\/[^/]+\/spoke\//.test(p))).toBe(true);
    expect(messages(after).filter((m) => m.includes('flux-pull'))).toEqual([
      expect.stringMatching(
        /^rollouts\.yaml:72:9: warning: deployment web\/web-edge: with delivery: flux-pull each spoke pulls a workload change itself, all at once.*\[rollout-unsupported\]/,
      ),
      expect.stringMatching(/^rollouts\.yaml:86:9: warning: deployment web\/web-regions: with delivery: flux-pull each spoke pulls/),
    ]);
    expect(planText(after)).toContain('  not honoured: with delivery: flux-pull each spoke pulls a workload change itself, all at once');
  });

  it('the diff groups works by wave, in rollout order, and the pull request says which wave goes first', () => {
    const tree = render().tree!;
    const targets = parseTree(tree)
      .items.filter((i) => i.ref.kind === 'ManifestWork' && i.workload === 'web/web-edge')
      .map((i) => targetLabel(i.target));
    expect(targets).toContain('wave 1 · cluster edge-ams-1');
    expect(targets).toContain('wave 5 · cluster edge-sin-2');
    const body = rolloutOrder([
      { path: 'rollouts/web/web-edge/wave-3/edge-nyc-2_manifestwork-web-web-edge.yaml', kind: 'changed' },
      { path: 'rollouts/web/web-edge/wave-1/edge-ams-1_manifestwork-web-web-edge.yaml', kind: 'changed' },
      { path: 'rollouts/web/web-edge/wave-1/kustomization.yaml', kind: 'changed' },
      { path: 'clusters/x/manifestwork-a.yaml', kind: 'changed' },
      // A wave that is gone (the rollout got fewer waves) applies nothing: it is not in the order.
      { path: 'rollouts/web/web-edge/wave-4/edge-sin-1_manifestwork-web-web-edge.yaml', kind: 'removed' },
    ]);
    expect(body).toContain('`web/web-edge`: wave 1 (edge-ams-1) goes first, then wave 3 (edge-nyc-2), each once the wave before it is healthy');
    expect(body).not.toContain('wave 4');
  });
});

describe('the pull request of the fleet', () => {
  it('says, in its body, which wave of each rolled-out deployment goes first', () => {
    const base = render().tree!;
    const head = render(edit(files(), 'rollouts.yaml', 'image: registry.acme.example/web:3.4.1', 'image: registry.acme.example/web:3.5.0')).tree!;
    const blobs = new Map([...base].map(([p, t]) => [p, blobSha(t)]));
    const changes = changesByEnvironment(treeChanges(blobs, head, ['hubcast.lock.json'])).get(FLEET)!;
    const { body } = prContent(
      { environment: FLEET, changes, nextLock: JSON.parse(head.get('hubcast.lock.json')!) },
      { sha: 'a'.repeat(40), subject: 'web 3.5.0', body: '', author: 'A <a@example.com>', date: '2026-11-01T00:00:00Z' },
      'hubcast/rendered',
    );
    expect(body).toContain('`web/web-edge`: wave 1 (edge-ams-1, edge-nyc-1) goes first, then wave 2 (edge-ams-2, edge-fra-1), then wave 3');
    expect(body).toContain('`web/web-regions`: wave 1 (edge-ams-1, edge-ams-2) goes first');
  });
});

describe('a work that changes wave, in `hubcast diff`', () => {
  const plain = { out: () => {}, err: () => {}, color: false };
  const works = (cs: ReturnType<typeof review>) =>
    cs.environments.flatMap((e) => e.targets.flatMap((t) => t.workloads.flatMap((w) => w.works.map((x) => ({ target: targetLabel(t.target), ...x })))));

  it('says which wave it moves from and to, in every format, with one caution per deployment', () => {
    // 25% -> 50% of the 8 non-canary clusters: edge-fra-2 and edge-nyc-2 move from wave 3 to wave 2, ...
    const cs = review(files(), edit(files(), 'rollouts.yaml', 'maxConcurrency: 25%', 'maxConcurrency: 50%'));
    const moved = works(cs).filter((w) => w.moved);
    expect(moved.map((w) => [w.ref.namespace, w.moved, w.status])).toEqual([
      ['edge-fra-2', 'moves from wave 3 to wave 2', 'changed'],
      ['edge-nyc-2', 'moves from wave 3 to wave 2', 'changed'],
      ['edge-sfo-1', 'moves from wave 4 to wave 3', 'changed'],
      ['edge-sfo-2', 'moves from wave 4 to wave 3', 'changed'],
      ['edge-sin-1', 'moves from wave 5 to wave 3', 'changed'],
      ['edge-sin-2', 'moves from wave 5 to wave 3', 'changed'],
    ]);
    // Grouped under the wave it goes to; a work is changed, never shown as deleted and added.
    expect(moved[0].target).toBe('wave 2 · cluster edge-fra-2');
    expect(works(cs).filter((w) => w.ref.kind === 'ManifestWork' && w.status !== 'changed')).toEqual([]);
    const text = diffText(cs, plain);
    expect(text).toMatch(/~ ManifestWork edge-fra-2\/web-web-edge\n\s+moves from wave 3 to wave 2\n/);
    expect(markdownReport(cs).parts.join('')).toContain('**<code>~</code> ManifestWork edge-sin-1/web-web-edge** · moves from wave 5 to wave 3');
    expect(htmlReport(cs)).toContain('<span class="moved">moves from wave 4 to wave 3</span>');
    expect(cs.notes.filter((n) => n.code === 'wave-move')).toEqual([
      expect.objectContaining({
        level: 'caution',
        workload: 'web/web-edge',
        message: expect.stringMatching(
          /^6 ManifestWork\(s\) change rollout wave \(edge-fra-2, edge-nyc-2, edge-sfo-1, edge-sfo-2, edge-sin-1 and 1 more\): each passes from one Flux Kustomization to another/,
        ),
      }),
    ]);
  });

  it('from the cluster folder into a wave when a deployment starts rolling out, and no caution when the works orphan their workload', () => {
    const all = edit(files(), 'rollouts.yaml', 'type: ProgressivePerGroup', 'type: All');
    const cs = review(all, files());
    const moved = works(cs).filter((w) => w.moved && w.ref.name === 'web-web-regions');
    expect(moved).toHaveLength(8);
    expect(moved.find((w) => w.ref.namespace === 'edge-fra-1')?.moved).toBe("moves from the cluster's folder (applied at once) to wave 2");
    expect(cs.notes.map((n) => n.code)).toContain('wave-move');
    const orphan = (f: Record<string, string>) =>
      edit(
        f,
        'rollouts.yaml',
        '      manifestWorkReplicaSet:\n        rolloutStrategy:\n          type: Progressive',
        '      manifestWorkReplicaSet:\n        manifestWorkTemplate:\n          lifecycle:\n            workload:\n              orphan: true\n        rolloutStrategy:\n          type: Progressive',
      );
    const quiet = review(orphan(files()), orphan(edit(files(), 'rollouts.yaml', 'maxConcurrency: 25%', 'maxConcurrency: 50%')));
    expect(works(quiet).filter((w) => w.moved)).toHaveLength(6);
    expect(quiet.notes.filter((n) => n.code === 'wave-move')).toEqual([]);
  });
});

describe('wave health', () => {
  it('counts a work healthy only on conditions about its current generation (evaluated with a real CEL engine)', async () => {
    const { MANIFESTWORK_WAVE_HEALTH } = await import('../../src/flux/hub.ts');
    const { evaluate } = await import('@marcbachmann/cel-js');
    const cond = (type: string, status: string, observedGeneration?: number) =>
      observedGeneration === undefined ? { type, status } : { type, status, observedGeneration };
    const check = (expr: unknown, generation: number, status: object, spec: object = {}) => evaluate(String(expr), { metadata: { generation }, spec, status });
    const current = MANIFESTWORK_WAVE_HEALTH.current;
    expect(check(current, 3, { conditions: [cond('Applied', 'True', 3), cond('Available', 'True', 3)] })).toBe(true);
    // The agent has not seen generation 3 yet: the previous revision's conditions do not let the next wave start.
    expect(check(current, 3, { conditions: [cond('Applied', 'True', 2), cond('Available', 'True', 2)] })).toBe(false);
    expect(check(current, 3, { conditions: [cond('Applied', 'True'), cond('Available', 'True')] })).toBe(true);
    expect(check(current, 1, {})).toBe(false);
    expect(check(MANIFESTWORK_WAVE_HEALTH.failed, 3, { conditions: [cond('Applied', 'False', 3)] })).toBe(true);
    expect(check(MANIFESTWORK_WAVE_HEALTH.failed, 3, { conditions: [cond('Applied', 'False', 2)] })).toBe(false);
  });

  it('where status feedback is configured, counts a work healthy once its feedback says the workload is ready', async () => {
    const { MANIFESTWORK_WAVE_HEALTH } = await import('../../src/flux/hub.ts');
    const { evaluate } = await import('@marcbachmann/cel-js');
    const conditions = [
      { type: 'Applied', status: 'True', observedGeneration: 2 },
      { type: 'Available', status: 'True', observedGeneration: 2 },
    ];
    const web = { group: 'apps', resource: 'deployments', namespace: 'shop', name: 'web' };
    const spec = { manifestConfigs: [{ resourceIdentifier: web, feedbackRules: [{ type: 'WellKnownStatus' }] }] };
    const int = (name: string, integer: number) => ({ name, fieldValue: { type: 'Integer', integer } });
    const synced = { conditions: [{ type: 'StatusFeedbackSynced', status: 'True', reason: 'StatusFeedbackSynced' }] };
    const manifest = (values?: object[]) => ({
      resourceMeta: { ordinal: 0, group: 'apps', version: 'v1', kind: 'Deployment', resource: 'deployments', namespace: 'shop', name: 'web' },
      ...(values ? { ...synced, statusFeedback: { values } } : {}),
    });
    const svc = { resourceMeta: { ordinal: 1, group: '', version: 'v1', kind: 'Service', resource: 'services', namespace: 'shop', name: 'web' } };
    const healthy = (manifests: object[], s: object = spec) =>
      evaluate(String(MANIFESTWORK_WAVE_HEALTH.current), { metadata: { generation: 2 }, spec: s, status: { conditions, resourceStatus: { manifests } } });
    expect(healthy([manifest([int('Replicas', 3), int('ReadyReplicas', 3), int('AvailableReplicas', 3)]), svc])).toBe(true);
    // Not synced yet, not all ready, none ready (the API omits readyReplicas 0): the next wave waits.
    expect(healthy([manifest(), svc])).toBe(false);
    expect(healthy([manifest([int('Replicas', 3), int('ReadyReplicas', 1)]), svc])).toBe(false);
    expect(healthy([manifest([int('Replicas', 3)]), svc])).toBe(false);
    // Scaled to zero: nothing to wait for. Without feedback configured: the conditions alone.
    expect(healthy([manifest([]), svc])).toBe(true);
    expect(healthy([manifest(), svc], {})).toBe(true);
    // flux-pull: the spoke Kustomization's Ready condition, reported as `ready`.
    const ks = { group: 'kustomize.toolkit.fluxcd.io', resource: 'kustomizations', namespace: 'flux-system', name: 'hubcast-shop-web' };
    const pull = { manifestConfigs: [{ resourceIdentifier: ks, feedbackRules: [{ type: 'JSONPaths', jsonPaths: [] }] }] };
    const spoke = (ready: string) => ({
      resourceMeta: { ordinal: 1, ...ks, version: 'v1', kind: 'Kustomization' },
      ...synced,
      statusFeedback: { values: [{ name: 'ready', fieldValue: { type: 'String', string: ready } }] },
    });
    expect(healthy([spoke('True')], pull)).toBe(true);
    expect(healthy([spoke('False')], pull)).toBe(false);
  });
});

describe('hubcast plan --require-ready (the command line, on a folder)', () => {
  it('withholds a deployment whose Placement is missing with a warning, and fails with the flag', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'hubcast-ready-'));
    try {
      cpSync(dir, repo, { recursive: true });
      writeFileSync(join(repo, 'rollouts.yaml'), readFileSync(join(dir, 'rollouts.yaml'), 'utf8').replace('- name: by-region', '- name: by-zone'));
      const run = (...extra: string[]) => hubcast(['plan', '--repo', repo, '--no-history', ...extra]);
      const lax = await run();
      expect(lax.code, lax.stderr).toBe(0);
      expect(lax.stderr).toMatch(/warning: Environment web\/regions is NotReady: Placement fleet-hub\/by-zone .* is withheld/);
      expect(lax.stdout).toContain('environment web/regions@v1: NotReady (PlacementNotFound: placement fleet-hub/by-zone not found)');
      expect(lax.stdout).toContain('rollout web/web-edge: Progressive, 5 waves');
      const strict = await run('--require-ready');
      expect(strict.code).toBe(1);
      expect(strict.stderr).toMatch(
        /error: Environment web\/regions is NotReady: .*\(required by --require-ready or requireReady: true\) \[placement-not-found\]/,
      );
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
