// OCM rollout strategies as waves of clusters, for the per-cluster layout: the order in which
// OCM's workload appliers (sdk-go rollout.go) would reach the clusters of a fresh rollout, cut
// into batches that each wait for the previous one. All is one wave; Progressive rolls each
// mandatory decision group, then the other clusters by name in chunks of maxConcurrency;
// ProgressivePerGroup rolls decision group by decision group (mandatory ones first).

import { error, warning, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import { asObject, type Json, type ObjPath } from '../core/types.ts';
import type { DecisionGroup } from '../placement/decisions.ts';

export type RolloutType = 'All' | 'Progressive' | 'ProgressivePerGroup';

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

const INT_OR_PERCENT = /^((100|[0-9]{1,2})%|[0-9]+)$/;
const DEADLINE = /^(([0-9])+[hms])$|^None$/;

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
  const diagnostics: Diagnostic[] = [];
  const s = asObject(strategy);
  const type = (s.type ?? 'All') as string;
  // Built-in sort: the same UTF-16 order as cmp, without a call per comparison (100 deployments x 100 clusters).
  const all = [...new Set(groups.flatMap((g) => g.clusters))].sort();
  const one = (why: string): RolloutWave[] => (all.length ? [{ index: 1, clusters: all, why }] : []);
  if (type !== 'All' && type !== 'Progressive' && type !== 'ProgressivePerGroup') {
    diagnostics.push(
      error('rollout-invalid', `${who}: rolloutStrategy.type must be All, Progressive or ProgressivePerGroup, not ${JSON.stringify(type)}`, pos(['type'])),
    );
    return { plan: { type: 'All', waves: one('all clusters'), unsupported: [] }, diagnostics };
  }
  const key = type === 'All' ? 'all' : type === 'Progressive' ? 'progressive' : 'progressivePerGroup';
  const cfg = asObject(s[key]);
  const at = (...p: ObjPath) => pos([key, ...p]);
  const unsupported: string[] = [];
  const deadline = cfg.progressDeadline;
  let timeout: string | undefined;
  if (deadline !== undefined) {
    if (typeof deadline !== 'string' || !DEADLINE.test(deadline))
      diagnostics.push(
        error(
          'rollout-invalid',
          `${who}: progressDeadline must be None or a number with h, m or s (90m, 2h), not ${JSON.stringify(deadline)}`,
          at('progressDeadline'),
        ),
      );
    else if (deadline !== 'None') timeout = deadline;
  }
  for (const field of ['maxFailures', 'maxConcurrency'] as const) {
    const v = cfg[field];
    if (v !== undefined && !(typeof v === 'number' ? Number.isInteger(v) && v >= 0 : INT_OR_PERCENT.test(String(v)))) {
      diagnostics.push(error('rollout-invalid', `${who}: ${field} must be a number or a percentage (0%..100%), not ${JSON.stringify(v)}`, at(field)));
    }
  }
  if (type !== 'All') {
    const soak = cfg.minSuccessTime;
    if (soak !== undefined && soak !== '0' && soak !== 0 && !/^0+[hms]?$/.test(String(soak))) {
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
    if (mf !== undefined && mf !== 0 && mf !== '0' && mf !== '0%') {
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
  for (const m of list) {
    const x = asObject(m);
    if (typeof x.groupName === 'string' && x.groupName !== '') {
      for (const g of groups) if (g.name === x.groupName) mandatory.add(g.index);
    } else {
      const i = typeof x.groupIndex === 'number' ? x.groupIndex : 0;
      if (groups.some((g) => g.index === i)) mandatory.add(i);
    }
  }
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
