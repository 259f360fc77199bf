// Placement scheduling cases written from OCM's documented behaviour (ocm-flux.md section C).

import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/core/types.ts';
import { binding, cluster, decision, inventoryOf, place, reasonOf, score, set } from './helpers.ts';

const up = (name: string, labels: Record<string, string> = {}) => cluster(name, { labels });

describe('which clusters a Placement can see (C.2)', () => {
  it('sees nothing without a ManagedClusterSetBinding in its namespace: NoManagedClusterSetBindings, NotReady', () => {
    const inv = inventoryOf(up('a'), binding('other', 'global'));
    const r = place(inv, {});
    expect(r.selected).toEqual([]);
    expect(r.satisfied.reason).toBe('NoManagedClusterSetBindings');
    expect(r.ready).toBe(false);
    expect(reasonOf(r, 'a')).toBe('no ManagedClusterSetBinding in namespace apps');
  });

  it('ignores a binding to a set that does not exist', () => {
    const inv = inventoryOf(up('a'), binding('apps', 'missing'));
    expect(place(inv, {}).satisfied.reason).toBe('NoManagedClusterSetBindings');
  });

  it('assumes the hub-maintained sets: global selects every cluster, default the clusters without a set label', () => {
    const inv = inventoryOf(
      up('a'),
      up('b', { 'cluster.open-cluster-management.io/clusterset': 'edge' }),
      set('edge'),
      binding('apps', 'global'),
      binding('dflt', 'default'),
    );
    expect(place(inv, {}).selected).toEqual(['a', 'b']);
    expect(place(inv, {}, 'dflt').selected).toEqual(['a']);
  });

  it('ExclusiveClusterSetLabel sets hold the clusters labelled with the set name', () => {
    const inv = inventoryOf(up('a', { 'cluster.open-cluster-management.io/clusterset': 'prod' }), up('b'), set('prod'), binding('apps', 'prod'));
    const r = place(inv, {});
    expect(r.selected).toEqual(['a']);
    expect(reasonOf(r, 'b')).toBe('in sets default, global, none of them bound in namespace apps (bound: prod)');
  });

  it('LabelSelector sets select by labels and may overlap; a nil selector selects nothing', () => {
    const inv = inventoryOf(
      up('a', { region: 'eu' }),
      up('b', { region: 'us' }),
      set('eu', { selectorType: 'LabelSelector', labelSelector: { matchLabels: { region: 'eu' } } }),
      set('none', { selectorType: 'LabelSelector' }),
      binding('apps', 'eu'),
      binding('apps', 'global'),
      binding('n', 'none'),
    );
    expect(place(inv, { clusterSets: ['eu'] }).selected).toEqual(['a']);
    expect(place(inv, {}).selected).toEqual(['a', 'b']);
    expect(place(inv, {}, 'n').satisfied.reason).toBe('AllManagedClusterSetsEmpty');
  });

  it('spec.clusterSets intersects the bound sets; no intersection is NoIntersection', () => {
    const inv = inventoryOf(up('a'), binding('apps', 'global'));
    const r = place(inv, { clusterSets: ['prod'] });
    expect(r.satisfied.reason).toBe('NoIntersection');
    expect(r.eligibleSets).toEqual([]);
  });

  it('excludes clusters being deleted', () => {
    const inv = inventoryOf(up('a'), cluster('b', { deleting: true }), binding('apps', 'global'));
    const r = place(inv, {});
    expect(r.selected).toEqual(['a']);
    expect(reasonOf(r, 'b')).toMatch(/being deleted/);
  });

  it('a set with an unknown selectorType is reported', () => {
    const inv = inventoryOf(up('a'), set('odd', { selectorType: 'Magic' }), binding('apps', 'odd'));
    const r = place(inv, {});
    expect(r.diagnostics.map((d) => d.message)).toEqual(['Placement apps/p: ManagedClusterSet odd: selectorType is not right: Magic']);
  });
});

describe('predicates (C.3 filters)', () => {
  const inv = inventoryOf(
    cluster('a', { labels: { stage: 'prod', region: 'us-east' }, claims: { 'platform.open-cluster-management.io': 'AWS' } }),
    cluster('b', { labels: { stage: 'prod', region: 'eu-west' }, claims: { 'platform.open-cluster-management.io': 'GCP' } }),
    cluster('c', { labels: { stage: 'dev', region: 'us-east' } }),
    binding('apps', 'global'),
  );

  it('ANDs the label and claim selectors inside one predicate', () => {
    const r = place(inv, {
      predicates: [
        {
          requiredClusterSelector: {
            labelSelector: { matchLabels: { stage: 'prod' } },
            claimSelector: { matchExpressions: [{ key: 'platform.open-cluster-management.io', operator: 'In', values: ['AWS'] }] },
          },
        },
      ],
    });
    expect(r.selected).toEqual(['a']);
    expect(reasonOf(r, 'b')).toBe('predicate: claim platform.open-cluster-management.io=GCP; needs platform.open-cluster-management.io=AWS');
    expect(reasonOf(r, 'c')).toBe('predicate: label stage=dev; needs stage=prod');
  });

  it('ORs predicates', () => {
    const r = place(inv, {
      predicates: [
        { requiredClusterSelector: { labelSelector: { matchLabels: { region: 'eu-west' } } } },
        { requiredClusterSelector: { labelSelector: { matchLabels: { stage: 'dev' } } } },
      ],
    });
    expect(r.selected).toEqual(['b', 'c']);
    expect(reasonOf(r, 'a')).toBe('matches none of 2 predicates: #1 label region=us-east; needs region=eu-west; #2 label stage=prod; needs stage=dev');
  });

  it('supports In, NotIn, Exists and DoesNotExist; NotIn matches a missing label', () => {
    const sel = (e: JsonObject) => place(inv, { predicates: [{ requiredClusterSelector: { labelSelector: { matchExpressions: [e] } } }] }).selected;
    expect(sel({ key: 'region', operator: 'In', values: ['us-east', 'x'] })).toEqual(['a', 'c']);
    expect(sel({ key: 'region', operator: 'NotIn', values: ['us-east'] })).toEqual(['b']);
    expect(sel({ key: 'tier', operator: 'NotIn', values: ['gold'] })).toEqual(['a', 'b', 'c']);
    expect(sel({ key: 'tier', operator: 'Exists' })).toEqual([]);
    expect(sel({ key: 'tier', operator: 'DoesNotExist' })).toEqual(['a', 'b', 'c']);
  });

  it('an empty selector matches every cluster', () => {
    expect(place(inv, { predicates: [{ requiredClusterSelector: {} }] }).selected).toEqual(['a', 'b', 'c']);
  });

  it('an invalid selector makes the Placement misconfigured: nothing selected, an error at the spec', () => {
    const r = place(inv, { predicates: [{ requiredClusterSelector: { labelSelector: { matchExpressions: [{ key: 'x', operator: 'In' }] } } }] });
    expect(r.selected).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'placement-misconfigured', file: 'placement.yaml' });
    expect(r.diagnostics[0].message).toContain('operator In needs at least one value');
  });

  it('evaluates CEL selectors over managedCluster, ANDed with the label selector; an evaluation error is no match', () => {
    const r = place(inv, {
      predicates: [
        {
          requiredClusterSelector: {
            labelSelector: { matchLabels: { stage: 'prod' } },
            celSelector: {
              celExpressions: ['managedCluster.metadata.labels["region"].startsWith("us-")', 'managedCluster.status.clusterClaims.exists(c, c.value == "AWS")'],
            },
          },
        },
      ],
    });
    expect(r.selected).toEqual(['a']);
    expect(reasonOf(r, 'b')).toBe('predicate: CEL expression 1 is false');
    const missing = place(inv, {
      predicates: [{ requiredClusterSelector: { celSelector: { celExpressions: ['managedCluster.metadata.labels["tier"] == "gold"'] } } }],
    });
    expect(missing.selected).toEqual([]);
    expect(reasonOf(missing, 'a')).toMatch(/^predicate: CEL expression 1 failed: /);
  });

  it('CEL scores() reads AddOnPlacementScores of the cluster', () => {
    const withScores = inventoryOf(
      up('a'),
      up('b'),
      binding('apps', 'global'),
      score('a', 'usage', { cpuAvailable: 40 }),
      score('b', 'usage', { cpuAvailable: -5 }),
    );
    const r = place(withScores, {
      predicates: [
        { requiredClusterSelector: { celSelector: { celExpressions: ['managedCluster.scores("usage").exists(s, s.name == "cpuAvailable" && s.value > 0)'] } } },
      ],
    });
    expect(r.selected).toEqual(['a']);
  });

  it('a CEL syntax error is a misconfiguration; a function hubcast lacks means the hub must decide', () => {
    const bad = place(inv, { predicates: [{ requiredClusterSelector: { celSelector: { celExpressions: ['managedCluster.metadata.name =='] } } }] });
    expect(bad.diagnostics[0].code).toBe('placement-misconfigured');
    const semver = place(inv, {
      predicates: [
        { requiredClusterSelector: { celSelector: { celExpressions: ['semver(managedCluster.metadata.labels["v"]).isGreaterThan(semver("1.0.0"))'] } } },
      ],
    });
    expect(semver.diagnostics).toEqual([]);
    expect(semver.needsHub).toContain('semver');
    expect(semver.ready).toBe(false);
  });
});

describe('taints and tolerations (C.3)', () => {
  const taint = (key: string, effect: string, value = '', timeAdded?: string) => ({ key, value, effect, timeAdded });

  it('NoSelect taints exclude unless tolerated; Equal matches the value, Exists any value', () => {
    const inv = inventoryOf(cluster('a', { taints: [taint('gpu', 'NoSelect', 'true')] }), up('b'), binding('apps', 'global'));
    expect(place(inv, {}).selected).toEqual(['b']);
    expect(reasonOf(place(inv, {}), 'a')).toBe('taint gpu=true:NoSelect is not tolerated');
    expect(place(inv, { tolerations: [{ key: 'gpu', operator: 'Equal', value: 'true' }] }).selected).toEqual(['a', 'b']);
    expect(place(inv, { tolerations: [{ key: 'gpu', value: 'false' }] }).selected).toEqual(['b']);
    expect(place(inv, { tolerations: [{ key: 'gpu', operator: 'Exists' }] }).selected).toEqual(['a', 'b']);
    expect(place(inv, { tolerations: [{ operator: 'Exists' }] }).selected).toEqual(['a', 'b']);
    expect(place(inv, { tolerations: [{ key: 'gpu', operator: 'Exists', effect: 'NoSelectIfNew' }] }).selected).toEqual(['b']);
  });

  it('PreferNoSelect never excludes; NoSelectIfNew keeps clusters already decided and excludes new ones', () => {
    const inv = inventoryOf(
      cluster('a', { taints: [taint('maint', 'PreferNoSelect')] }),
      cluster('b', { taints: [taint('drain', 'NoSelectIfNew')] }),
      cluster('c', { taints: [taint('drain', 'NoSelectIfNew')] }),
      binding('apps', 'global'),
      decision('apps', 'p', ['b']),
    );
    expect(place(inv, {}).selected).toEqual(['b', 'a']);
    expect(reasonOf(place(inv, {}), 'c')).toBe('taint drain:NoSelectIfNew is not tolerated');
  });

  it('adds the hub taints: unreachable when Available is missing or Unknown, unavailable when False', () => {
    const inv = inventoryOf(cluster('new', { available: null }), cluster('down', { available: 'False' }), up('ok'), binding('apps', 'global'));
    const r = place(inv, {});
    expect(r.selected).toEqual(['ok']);
    expect(reasonOf(r, 'new')).toBe(
      'taint cluster.open-cluster-management.io/unreachable:NoSelect is not tolerated (ManagedClusterConditionAvailable is Unknown)',
    );
    expect(reasonOf(r, 'down')).toBe(
      'taint cluster.open-cluster-management.io/unavailable:NoSelect is not tolerated (ManagedClusterConditionAvailable is False)',
    );
  });

  it('tolerationSeconds holds strictly before timeAdded + seconds', () => {
    const inv = inventoryOf(cluster('a', { taints: [taint('flaky', 'NoSelect', '', '2026-11-20T11:55:00Z')] }), binding('apps', 'global'));
    const tol = { tolerations: [{ key: 'flaky', operator: 'Exists', tolerationSeconds: 600 }] };
    const r = place(inv, tol);
    expect(r.selected).toEqual(['a']);
    expect(reasonOf(r, 'a')).toBe('selected while a toleration lasts (until 2026-11-20T12:05:00.000Z)');
    expect(place(inv, tol, 'apps', 'p', Date.parse('2026-11-20T12:05:00Z')).selected).toEqual([]);
  });

  it('validates tolerations with the scheduler messages', () => {
    const inv = inventoryOf(up('a'), binding('apps', 'global'));
    expect(place(inv, { tolerations: [{ value: 'x' }] }).diagnostics[0].message).toContain('If the key is empty, operator must be Exists.');
    expect(place(inv, { tolerations: [{ key: 'k', operator: 'Exists', value: 'x' }] }).diagnostics[0].message).toContain(
      'If the operator is Exists, the value should be empty.',
    );
  });
});

describe('prioritizers, sorting and numberOfClusters (C.3)', () => {
  it('a fresh hub scores every cluster alike, so numberOfClusters takes the first names', () => {
    const inv = inventoryOf(up('c'), up('a'), up('b'), binding('apps', 'global'));
    const r = place(inv, { numberOfClusters: 2 });
    expect(r.selected).toEqual(['a', 'b']);
    expect(reasonOf(r, 'c')).toBe('not among the first 2 (numberOfClusters): score 100, rank 3');
    expect(r.ready).toBe(true);
  });

  it('fewer candidates than numberOfClusters: all selected, NotAllDecisionsScheduled and NotReady', () => {
    const inv = inventoryOf(up('a'), binding('apps', 'global'));
    const r = place(inv, { numberOfClusters: 3 });
    expect(r.selected).toEqual(['a']);
    expect(r.satisfied).toEqual({ status: false, reason: 'NotAllDecisionsScheduled', message: '2 cluster decisions unscheduled' });
    expect(r.ready).toBe(false);
  });

  it("Balance lowers clusters other placements decided on; Steady keeps this placement's clusters", () => {
    const inv = inventoryOf(
      up('a'),
      up('b'),
      up('c'),
      binding('apps', 'global'),
      decision('apps', 'other', ['a', 'b']),
      decision('x', 'third', ['a']),
      decision('apps', 'p', ['b']),
    );
    const r = place(inv, { numberOfClusters: 2 });
    // Balance: a listed 2x (max) -> -100, b 1x -> 0, c never -> 100. Steady: b 100.
    expect(r.verdicts.map((v) => [v.cluster, v.scores])).toEqual([
      ['a', { Balance: -100, Steady: 0 }],
      ['b', { Balance: 0, Steady: 100 }],
      ['c', { Balance: 100, Steady: 0 }],
    ]);
    expect(r.selected).toEqual(['b', 'c']);
  });

  it("Balance counts a PlacementDecision without the placement label (it is some other placement's), as OCM does", () => {
    const unlabelled = decision('apps', 'p', ['a']).replace(/"labels": \{[^}]*\}/, '"labels": {}');
    expect(unlabelled).not.toContain('cluster.open-cluster-management.io/placement');
    const inv = inventoryOf(up('a'), up('b'), binding('apps', 'global'), unlabelled);
    const r = place(inv, {});
    // a: decided once by "someone else" (the max) -> -100; b never -> 100. Steady: the decision is not p's own.
    expect(r.verdicts.map((v) => [v.cluster, v.scores])).toEqual([
      ['a', { Balance: -100, Steady: 0 }],
      ['b', { Balance: 100, Steady: 0 }],
    ]);
  });

  it('Balance truncates toward zero like Go int64()', () => {
    const inv = inventoryOf(
      up('a'),
      up('b'),
      binding('apps', 'global'),
      decision('apps', 'o1', ['a', 'b']),
      decision('apps', 'o2', ['a']),
      decision('apps', 'o3', ['a']),
    );
    const r = place(inv, { prioritizerPolicy: { mode: 'Exact', configurations: [{ scoreCoordinate: { builtIn: 'Balance' } }] } });
    // b: 1/3 of max -> 2 * int64(100 * (0.5 - 0.333)) = 2 * 16 = 32
    expect(r.verdicts.find((v) => v.cluster === 'b')!.scores).toEqual({ Balance: 32 });
  });

  it('Exact mode with ResourceAllocatableCPU and weights ranks the most allocatable first', () => {
    const inv = inventoryOf(
      cluster('small', { cpu: '4' }),
      cluster('big', { cpu: '64000m' }),
      cluster('mid', { cpu: '34' }),
      up('none'),
      binding('apps', 'global'),
    );
    const r = place(inv, {
      numberOfClusters: 2,
      prioritizerPolicy: { mode: 'Exact', configurations: [{ scoreCoordinate: { type: 'BuiltIn', builtIn: 'ResourceAllocatableCPU' }, weight: 2 }] },
    });
    expect(r.selected).toEqual(['big', 'mid']);
    expect(r.verdicts.map((v) => [v.cluster, v.score])).toEqual([
      ['big', 200],
      ['mid', 0],
      ['none', 0],
      ['small', -200],
    ]);
  });

  it('Additive mode adds configured prioritizers to Balance and Steady; weight 0 disables one', () => {
    const inv = inventoryOf(cluster('a', { memory: '8Gi' }), cluster('b', { memory: '16Gi' }), binding('apps', 'global'));
    const r = place(inv, {
      numberOfClusters: 1,
      prioritizerPolicy: {
        configurations: [{ scoreCoordinate: { builtIn: 'ResourceAllocatableMemory' } }, { scoreCoordinate: { builtIn: 'Steady' }, weight: 0 }],
      },
    });
    expect(r.selected).toEqual(['b']);
    expect(r.verdicts.find((v) => v.cluster === 'b')!.scores).toEqual({ Balance: 100, ResourceAllocatableMemory: 100 });
  });

  it('AddOn scores come from AddOnPlacementScore in the cluster namespace; missing or expired count 0', () => {
    const inv = inventoryOf(
      up('a'),
      up('b'),
      up('c'),
      binding('apps', 'global'),
      score('a', 'resource-usage', { cpuAvailable: 30 }),
      score('b', 'resource-usage', { cpuAvailable: 90 }, '2026-11-20T11:00:00Z'),
    );
    const r = place(inv, {
      prioritizerPolicy: {
        mode: 'Exact',
        configurations: [{ scoreCoordinate: { type: 'AddOn', addOn: { resourceName: 'resource-usage', scoreName: 'cpuAvailable' } } }],
      },
    });
    expect(r.selected).toEqual(['a', 'b', 'c']);
    expect(r.verdicts.map((v) => v.score)).toEqual([30, 0, 0]);
  });

  it('an unknown builtIn prioritizer (Spread is documented but not implemented) is a misconfiguration', () => {
    const inv = inventoryOf(up('a'), binding('apps', 'global'));
    const r = place(inv, { prioritizerPolicy: { configurations: [{ scoreCoordinate: { builtIn: 'Spread' } }] } });
    expect(r.selected).toEqual([]);
    expect(r.diagnostics[0].message).toContain('incorrect builtin prioritizer: Spread');
  });
});

describe('decision groups and PlacementDecisions (C.4)', () => {
  const many = (n: number, labels: (i: number) => Record<string, string> = () => ({})) =>
    Array.from({ length: n }, (_, i) => up(`c${String(i).padStart(3, '0')}`, labels(i)));

  it('splits at 100 clusters per PlacementDecision, numbered from 1', () => {
    const inv = inventoryOf(...many(230), binding('apps', 'global'));
    const r = place(inv, {});
    expect(r.decisions.map((d) => [d.name, d.clusters.length, d.groupIndex])).toEqual([
      ['p-decision-1', 100, 0],
      ['p-decision-2', 100, 0],
      ['p-decision-3', 30, 0],
    ]);
  });

  it('fills named groups first, chunks by clustersPerDecisionGroup, and continues names across groups', () => {
    const inv = inventoryOf(...many(6, (i) => ({ canary: i < 2 ? 'true' : 'false' })), binding('apps', 'global'));
    const r = place(inv, {
      decisionStrategy: {
        groupStrategy: {
          clustersPerDecisionGroup: '50%',
          decisionGroups: [{ groupName: 'canary', groupClusterSelector: { labelSelector: { matchLabels: { canary: 'true' } } } }],
        },
      },
    });
    expect(r.groups.map((g) => [g.index, g.name, g.clusters, g.decisions])).toEqual([
      [0, 'canary', ['c000', 'c001'], ['p-decision-1']],
      [1, '', ['c002', 'c003', 'c004'], ['p-decision-2']],
      [2, '', ['c005'], ['p-decision-3']],
    ]);
  });

  it('always has one (empty) PlacementDecision', () => {
    const inv = inventoryOf(up('a'), binding('apps', 'global'));
    const r = place(inv, { predicates: [{ requiredClusterSelector: { labelSelector: { matchLabels: { x: 'y' } } } }] });
    expect(r.decisions).toEqual([{ name: 'p-decision-1', groupName: '', groupIndex: 0, clusters: [] }]);
    expect(r.satisfied.reason).toBe('NoManagedClusterMatched');
    expect(r.ready).toBe(false);
  });

  it('rejects an invalid clustersPerDecisionGroup', () => {
    const inv = inventoryOf(up('a'), binding('apps', 'global'));
    for (const bad of ['0%', '5']) {
      const r = place(inv, { decisionStrategy: { groupStrategy: { clustersPerDecisionGroup: bad } } });
      expect(r.diagnostics[0].code).toBe('placement-misconfigured');
    }
    // An integer larger than the selection means one group of all.
    expect(place(inv, { decisionStrategy: { groupStrategy: { clustersPerDecisionGroup: 7 } } }).groups.map((g) => g.clusters)).toEqual([['a']]);
  });
});
