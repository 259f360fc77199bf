// Prioritizers (ocm plugins/{balance,steady,resource,addon}) and how their weights combine.
// Additive (default) starts from Balance 1 + Steady 1 and adds/overrides the configured ones;
// Exact uses only the configured ones; weight 0 turns one off. Each score is in [-100, 100].

import { isObject, type Json, type JsonObject } from '../core/types.ts';
import type { Cluster, Inventory } from './inventory.ts';

export const BUILTIN_PRIORITIZERS = ['Balance', 'Steady', 'ResourceAllocatableCPU', 'ResourceAllocatableMemory'] as const;

export interface Prioritizer {
  /** `Balance`, `Steady`, ... or `AddOn/<resourceName>/<scoreName>`. */
  key: string;
  weight: number;
  addOn?: { resourceName: string; scoreName: string };
}

export interface PlacementRef {
  namespace: string;
  name: string;
}

/** The weighted prioritizers of a prioritizerPolicy, or the scheduler's misconfiguration message. */
export function parsePrioritizerPolicy(value: Json | undefined): { prioritizers: Prioritizer[]; error?: { message: string; path: (string | number)[] } } {
  const policy = (value ?? {}) as JsonObject;
  const mode = policy.mode ?? 'Additive';
  if (mode !== 'Additive' && mode !== 'Exact' && mode !== '')
    return { prioritizers: [], error: { message: `incorrect prioritizer policy mode: ${String(mode)}`, path: ['mode'] } };
  const weights = new Map<string, Prioritizer>();
  if (mode !== 'Exact') for (const k of ['Balance', 'Steady']) weights.set(k, { key: k, weight: 1 });
  const configs = Array.isArray(policy.configurations) ? policy.configurations : [];
  for (let i = 0; i < configs.length; i++) {
    const c = (configs[i] ?? {}) as JsonObject;
    const sc = (c.scoreCoordinate ?? {}) as JsonObject;
    const weight = typeof c.weight === 'number' ? c.weight : 1;
    if (sc.type === 'AddOn') {
      const a = (sc.addOn ?? {}) as JsonObject;
      if (typeof a.resourceName !== 'string' || typeof a.scoreName !== 'string') {
        return {
          prioritizers: [],
          error: { message: 'an AddOn scoreCoordinate needs addOn.resourceName and addOn.scoreName', path: ['configurations', i, 'scoreCoordinate'] },
        };
      }
      const key = `AddOn/${a.resourceName}/${a.scoreName}`;
      weights.set(key, { key, weight, addOn: { resourceName: a.resourceName, scoreName: a.scoreName } });
    } else {
      const name = sc.builtIn;
      if (typeof name !== 'string' || !(BUILTIN_PRIORITIZERS as readonly string[]).includes(name)) {
        return {
          prioritizers: [],
          error: { message: `incorrect builtin prioritizer: ${String(name)}`, path: ['configurations', i, 'scoreCoordinate', 'builtIn'] },
        };
      }
      weights.set(name, { key: name, weight });
    }
  }
  return { prioritizers: [...weights.values()].filter((p) => p.weight !== 0) };
}

/** Balance: clusters other placements decided on often score low; never decided, 100. */
function balance(candidates: readonly Cluster[], inv: Inventory, self: PlacementRef): Map<string, number> {
  const count = new Map<string, number>();
  let max = 0;
  for (const d of inv.decisions) {
    if (d.namespace === self.namespace && d.placement === self.name) continue;
    for (const c of d.clusters) {
      const n = (count.get(c) ?? 0) + 1;
      count.set(c, n);
      max = Math.max(max, n);
    }
  }
  const out = new Map<string, number>();
  for (const c of candidates) {
    const n = count.get(c.name);
    out.set(c.name, n === undefined ? 100 : 2 * Math.trunc(100 * (0.5 - n / max)));
  }
  return out;
}

export function existingDecisionClusters(inv: Inventory, self: PlacementRef): Set<string> {
  const out = new Set<string>();
  for (const d of inv.decisions) if (d.namespace === self.namespace && d.placement === self.name) for (const c of d.clusters) out.add(c);
  return out;
}

function steady(candidates: readonly Cluster[], decided: Set<string>): Map<string, number> {
  return new Map(candidates.map((c) => [c.name, decided.has(c.name) ? 100 : 0]));
}

/** Most allocatable scores 100, least -100; clusters without the figure get no score. */
function allocatable(candidates: readonly Cluster[], resource: 'cpu' | 'memory'): Map<string, number> {
  const have = candidates.filter((c) => c.allocatable[resource] !== undefined && hasCapacity(c, resource));
  const out = new Map<string, number>();
  if (have.length === 0) return out;
  const values = have.map((c) => c.allocatable[resource]!);
  const min = Math.min(...values);
  const max = Math.max(...values);
  for (const c of have) out.set(c.name, max === min ? 100 : Math.trunc(((c.allocatable[resource]! - min) / (max - min) - 0.5) * 2 * 100));
  return out;
}

function hasCapacity(c: Cluster, resource: string): boolean {
  const cap = ((c.object.status ?? {}) as JsonObject).capacity;
  return isObject(cap) && cap[resource] !== undefined;
}

function addOn(candidates: readonly Cluster[], inv: Inventory, a: { resourceName: string; scoreName: string }, now: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of candidates) {
    const s = inv.scores.find((x) => x.cluster === c.name && x.name === a.resourceName);
    const expired = s?.validUntil !== undefined && s.validUntil <= now;
    out.set(c.name, s && !expired ? (s.scores[a.scoreName] ?? 0) : 0);
  }
  return out;
}

export interface Scored {
  cluster: Cluster;
  total: number;
  /** Per-prioritizer raw score (before weight). */
  parts: Record<string, number>;
}

export function scoreClusters(
  candidates: readonly Cluster[],
  prioritizers: readonly Prioritizer[],
  inv: Inventory,
  self: PlacementRef,
  decided: Set<string>,
  now: number,
): Scored[] {
  const tables = prioritizers.map((p) => {
    if (p.key === 'Balance') return balance(candidates, inv, self);
    if (p.key === 'Steady') return steady(candidates, decided);
    if (p.key === 'ResourceAllocatableCPU') return allocatable(candidates, 'cpu');
    if (p.key === 'ResourceAllocatableMemory') return allocatable(candidates, 'memory');
    return addOn(candidates, inv, p.addOn!, now);
  });
  return candidates.map((cluster) => {
    const parts: Record<string, number> = {};
    let total = 0;
    prioritizers.forEach((p, i) => {
      const s = tables[i].get(cluster.name) ?? 0;
      parts[p.key] = s;
      total += p.weight * s;
    });
    return { cluster, total, parts };
  });
}
