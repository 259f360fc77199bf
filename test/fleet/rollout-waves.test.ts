// Waves follow OCM's rollout order (sdk-go rollout.go) for a fresh rollout of the same decisions.

import { describe, expect, it } from 'vitest';
import type { DecisionGroup } from '../../src/placement/decisions.ts';
import { mergeWaves, rolloutSize, rolloutWaves } from '../../src/fleet/rollout-waves.ts';
import { durationSeconds } from '../../src/placement/rollout-strategy.ts';
import { binding, cluster, inventoryOf, place } from '../placement/helpers.ts';

const g = (index: number, name: string, clusters: string[]): DecisionGroup => ({ index, name, clusters, decisions: [] });
const pos = () => undefined;
const clusters = (n: number) => Array.from({ length: n }, (_, i) => `c${String(i + 1).padStart(2, '0')}`);
const waves = (s: unknown, groups: DecisionGroup[]) => rolloutWaves(s as never, groups, pos, 'test').plan.waves.map((w) => w.clusters);

describe('rolloutWaves', () => {
  it('All is one wave of every cluster', () => {
    expect(waves({ type: 'All' }, [g(0, 'a', ['b1', 'a1']), g(1, '', ['z'])])).toEqual([['a1', 'b1', 'z']]);
  });

  it('Progressive: mandatory groups one by one, then the others by name in chunks of maxConcurrency', () => {
    const groups = [g(0, 'canary', ['k2', 'k1']), g(1, '', ['b', 'd']), g(2, '', ['a', 'c', 'e'])];
    const s = { type: 'Progressive', progressive: { mandatoryDecisionGroups: [{ groupName: 'canary' }], maxConcurrency: 2 } };
    expect(waves(s, groups)).toEqual([['k1', 'k2'], ['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('Progressive: a percentage is rounded up over the non-mandatory clusters, as OCM computes it (7% of 100 is 8)', () => {
    expect(rolloutSize('10%', 100, 100)).toBe(10);
    expect(rolloutSize('7%', 100, 100)).toBe(Math.ceil((7 / 100) * 100));
    expect(rolloutSize(0, 5, 5)).toBe(5);
    expect(rolloutSize(9, 5, 5)).toBe(5);
    const w = waves({ type: 'Progressive', progressive: { maxConcurrency: '10%' } }, [g(0, '', clusters(100))]);
    expect(w).toHaveLength(10);
    expect(w.every((x) => x.length === 10)).toBe(true);
  });

  it('Progressive without maxConcurrency: mandatory groups, then everything else at once', () => {
    const s = { type: 'Progressive', progressive: { mandatoryDecisionGroups: [{ groupIndex: 1 }] } };
    expect(waves(s, [g(0, '', ['a']), g(1, '', ['b']), g(2, '', ['c'])])).toEqual([['b'], ['a', 'c']]);
  });

  it('ProgressivePerGroup: mandatory groups first (a name selects every group of that name), then group by group', () => {
    const groups = [g(0, 'x', ['a']), g(1, 'canary', ['c']), g(2, 'canary', ['d']), g(3, '', ['f', 'e'])];
    const s = { type: 'ProgressivePerGroup', progressivePerGroup: { mandatoryDecisionGroups: [{ groupName: 'canary' }] } };
    expect(waves(s, groups)).toEqual([['c'], ['d'], ['a'], ['e', 'f']]);
  });

  it('progressDeadline becomes the wave timeout; minSuccessTime and maxFailures are warnings; bad values are errors', () => {
    const r = rolloutWaves(
      { type: 'Progressive', progressive: { progressDeadline: '90m', minSuccessTime: '5m', maxFailures: '20%' } },
      [g(0, '', ['a'])],
      pos,
      'test',
    );
    expect(r.plan.timeout).toBe('90m');
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'rollout-unsupported'],
      ['warning', 'rollout-unsupported'],
    ]);
    expect(r.plan.unsupported).toHaveLength(2);
    const bad = rolloutWaves({ type: 'Progressive', progressive: { maxConcurrency: 'ten', progressDeadline: '1d' } }, [g(0, '', ['a'])], pos, 'test');
    expect(bad.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['rollout-invalid', 'rollout-invalid']);
    expect(
      rolloutWaves({ type: 'Progressive', progressive: { progressDeadline: 'None', maxFailures: 0, minSuccessTime: '0s' } }, [g(0, '', ['a'])], pos, 'test')
        .diagnostics,
    ).toEqual([]);
  });

  it('reads durations as Go does: 1h30m is a valid deadline, 0m0s is no soak time, a quoted count is refused as rollout.go refuses it', () => {
    expect([durationSeconds('1h30m'), durationSeconds('90m'), durationSeconds('10ms'), durationSeconds('0'), durationSeconds('1d')]).toEqual([
      5400,
      5400,
      0.01,
      0,
      undefined,
    ]);
    const ok = rolloutWaves(
      { type: 'Progressive', progressive: { progressDeadline: '1h30m', minSuccessTime: '0m0s', maxFailures: '0%' } },
      [g(0, '', ['a'])],
      pos,
      't',
    );
    expect(ok.diagnostics).toEqual([]);
    expect(ok.plan.timeout).toBe('1h30m');
    const quoted = rolloutWaves({ type: 'ProgressivePerGroup', progressivePerGroup: { maxFailures: '1' } }, [g(0, '', ['a'])], pos, 't');
    expect(quoted.diagnostics.map((d) => [d.severity, d.code, d.hint])).toEqual([['error', 'rollout-invalid', 'write 1 without quotes, or 1%']]);
  });

  it('several Placements: wave n is every wave n; a cluster stays in its earliest wave', () => {
    const a = rolloutWaves({ type: 'ProgressivePerGroup' }, [g(0, '', ['a', 'b']), g(1, '', ['c'])], pos, 't').plan;
    const b = rolloutWaves({ type: 'ProgressivePerGroup' }, [g(0, '', ['c']), g(1, '', ['d'])], pos, 't').plan;
    expect(mergeWaves([a, b]).map((w) => w.clusters)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('on the decision groups of a real Placement evaluation (groupStrategy with clustersPerDecisionGroup)', () => {
    const inv = inventoryOf(
      ...['e1', 'e2', 'e3', 'w1', 'w2'].map((n) => cluster(n, { labels: { region: n.startsWith('e') ? 'east' : 'west' } })),
      binding('apps', 'global'),
    );
    const r = place(inv, {
      decisionStrategy: {
        groupStrategy: {
          clustersPerDecisionGroup: 2,
          decisionGroups: [{ groupName: 'west', groupClusterSelector: { labelSelector: { matchLabels: { region: 'west' } } } }],
        },
      },
    });
    expect(r.groups.map((x) => x.clusters)).toEqual([['w1', 'w2'], ['e1', 'e2'], ['e3']]);
    expect(waves({ type: 'ProgressivePerGroup' }, r.groups)).toEqual([['w1', 'w2'], ['e1', 'e2'], ['e3']]);
    expect(waves({ type: 'Progressive', progressive: { mandatoryDecisionGroups: [{ groupName: 'west' }], maxConcurrency: 1 } }, r.groups)).toEqual([
      ['w1', 'w2'],
      ['e1'],
      ['e2'],
      ['e3'],
    ]);
  });
});
