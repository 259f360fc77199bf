// OCM rollout strategies as waves of clusters, for the per-cluster layout: the order in which
// OCM's workload appliers (sdk-go rollout.go) would reach the clusters of a fresh rollout, cut
// into batches that each wait for the previous one. All is one wave; Progressive rolls each
// mandatory decision group, then the other clusters by name in chunks of maxConcurrency;
// ProgressivePerGroup rolls decision group by decision group (mandatory ones first).

import { didYouMean, warning, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import { plural } from '../core/plural.ts';
import { asObject, type Json, type ObjPath } from '../core/types.ts';
import type { DecisionGroup } from '../placement/decisions.ts';
import { durationSeconds, ROLLOUT_KEYS, ROLLOUT_TYPES, rolloutStrategyProblems, validDeadline } from '../placement/rollout-strategy.ts';

export type RolloutType = (typeof ROLLOUT_TYPES)[number];

export interface RolloutWave {
  /** 1-based. */
  index: number;
  clusters: string[];
  /** Why these clusters go together: `mandatory group canary`, `maxConcurrency 2`, `decision group 1`. */
  why: string;
}

export interface RolloutPlan {
  type: RolloutType;
  waves: RolloutWave[];
  /** Flux `timeout` for each wave: OCM's progressDeadline; undefined for None. */
  timeout?: string;
  /** Fields the waves cannot honour, each with what hubcast does instead. */
  unsupported: string[];
}

/** OCM's calculateRolloutSize: an integer, or ceil(percent of total); out of range means `fallback`. */
export function rolloutSize(value: Json | undefined, total: number, fallback: number): number {
  let n = fallback;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.endsWith('%')) n = Math.ceil((Number.parseFloat(value.slice(0, -1)) / 100) * total);
  else if (typeof value === 'string' && /^[0-9]+$/.test(value)) n = Number(value);
  return n <= 0 || n > total ? fallback : n;
}

function chunk(items: readonly string[], size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < items.length; i += Math.max(size, 1)) out.push(items.slice(i, i + Math.max(size, 1)));
  return out;
}

/**
 * Waves of one Placement's decision groups under a rolloutStrategy. Invalid values are errors at
 * `pos(path)` (OCM's CRD would reject them); fields the waves cannot express are warnings.
 */
export function rolloutWaves(
  strategy: Json | undefined,
  groups: readonly DecisionGroup[],
  pos: (p: ObjPath) => SourcePos | undefined,
  who: string,
): { plan: RolloutPlan; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = rolloutStrategyProblems(strategy, pos, who);
  const s = asObject(strategy);
  const named = (s.type ?? 'All') as string;
  // Built-in sort: the same UTF-16 order as cmp, without a call per comparison (100 deployments x 100 clusters).
  const all = [...new Set(groups.flatMap((g) => g.clusters))].sort();
  const one = (why: string): RolloutWave[] => (all.length ? [{ index: 1, clusters: all, why }] : []);
  if (!(ROLLOUT_TYPES as readonly string[]).includes(named)) return { plan: { type: 'All', waves: one('all clusters'), unsupported: [] }, diagnostics };
  const type = named as RolloutType;
  const key = ROLLOUT_KEYS[type];
  const cfg = asObject(s[key]);
  const at = (...p: ObjPath) => pos([key, ...p]);
  const unsupported: string[] = [];
  const deadline = cfg.progressDeadline;
  const timeout = validDeadline(deadline) && deadline !== 'None' ? (deadline as string) : undefined;
  if (type !== 'All') {
    const soak = cfg.minSuccessTime;
    if (typeof soak === 'string' && (durationSeconds(soak) ?? 0) > 0) {
      unsupported.push(`minSuccessTime ${String(soak)}: each wave starts as soon as the previous one is healthy (no soak time)`);
      diagnostics.push(
        warning(
          'rollout-unsupported',
          `${who}: minSuccessTime ${String(soak)} cannot be expressed with Flux waves; a wave starts as soon as the previous one is healthy`,
          at('minSuccessTime'),
          'wait by hand (flux suspend) or drop minSuccessTime; see docs/per-cluster.md',
        ),
      );
    }
    const mf = cfg.maxFailures;
    if ((typeof mf === 'number' && mf > 0) || (typeof mf === 'string' && /^[0-9]+%$/.test(mf) && Number.parseInt(mf, 10) > 0)) {
      unsupported.push(`maxFailures ${String(mf)}: no failure is tolerated, a wave with an unhealthy cluster holds the next one`);
      diagnostics.push(
        warning(
          'rollout-unsupported',
          `${who}: maxFailures ${String(mf)} cannot be expressed with Flux waves; one unhealthy cluster holds the next wave`,
          at('maxFailures'),
          'set maxFailures: 0 or drop it; see docs/per-cluster.md',
        ),
      );
    }
  }
  if (type === 'All') return { plan: { type, waves: one('all clusters'), timeout, unsupported }, diagnostics };

  // Mandatory groups: by groupName (every group of that name), else by groupIndex.
  const mandatory = new Set<number>();
  const list = Array.isArray(cfg.mandatoryDecisionGroups) ? cfg.mandatoryDecisionGroups : [];
  list.forEach((m, n) => {
    const x = asObject(m);
    const byName = typeof x.groupName === 'string' && x.groupName !== '';
    const i = typeof x.groupIndex === 'number' ? x.groupIndex : 0;
    const found = groups.filter((g) => (byName ? g.name === x.groupName : g.index === i && g.clusters.length > 0));
    for (const g of found) mandatory.add(g.index);
    // OCM skips a mandatory group that matches none; a typo would silently drop the canary wave.
    if (found.length === 0 && groups.some((g) => g.clusters.length > 0)) {
      const names = [...new Set(groups.filter((g) => g.name).map((g) => g.name))];
      diagnostics.push(
        warning(
          'rollout-no-group',
          `${who}: mandatory decision group ${byName ? JSON.stringify(x.groupName) : `index ${i}`} matches no decision group of the selected clusters (${plural(groups.length, 'group')}${names.length ? `, named ${names.join(', ')}` : ''}), so it gets no wave of its own`,
          at('mandatoryDecisionGroups', n),
          byName
            ? `name a group of the Placement's decisionStrategy.groupStrategy.decisionGroups${didYouMean(String(x.groupName), names) ? ` (did you mean ${didYouMean(String(x.groupName), names)}?)` : ''}`
            : 'use the index of an existing decision group (plan --json shows them)',
        ),
      );
    }
  });
  const waves: RolloutWave[] = [];
  const push = (clusters: string[], why: string) => {
    if (clusters.length) waves.push({ index: waves.length + 1, clusters: [...clusters].sort(), why });
  };
  const ordered = [...groups].sort((a, b) => a.index - b.index);
  const groupLabel = (g: DecisionGroup) => `decision group ${g.index}${g.name ? ` (${g.name})` : ''}`;
  for (const g of ordered) if (mandatory.has(g.index)) push(g.clusters, `mandatory ${groupLabel(g)}`);
  const rest = ordered.filter((g) => !mandatory.has(g.index));
  if (type === 'ProgressivePerGroup') {
    for (const g of rest) push(g.clusters, groupLabel(g));
  } else {
    const clusters = [...new Set(rest.flatMap((g) => g.clusters))].sort();
    const size = rolloutSize(cfg.maxConcurrency, clusters.length, clusters.length);
    const why = cfg.maxConcurrency === undefined ? 'the other clusters' : `maxConcurrency ${String(cfg.maxConcurrency)} (${size} of ${clusters.length})`;
    for (const part of chunk(clusters, size)) push(part, why);
  }
  return { plan: { type, waves, timeout, unsupported }, diagnostics };
}

/** Several Placements: wave n holds every Placement's wave n; a cluster stays in its earliest wave. */
export function mergeWaves(plans: readonly RolloutPlan[]): RolloutWave[] {
  const seen = new Set<string>();
  const out: RolloutWave[] = [];
  const depth = Math.max(0, ...plans.map((p) => p.waves.length));
  for (let i = 0; i < depth; i++) {
    const clusters: string[] = [];
    const whys: string[] = [];
    for (const p of plans) {
      const w = p.waves[i];
      if (!w) continue;
      whys.push(w.why);
      for (const c of w.clusters) if (!seen.has(c)) seen.add(c), clusters.push(c);
    }
    if (clusters.length) out.push({ index: out.length + 1, clusters: clusters.sort(), why: [...new Set(whys)].join('; ') });
  }
  return out;
}
