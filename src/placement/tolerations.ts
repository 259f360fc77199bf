// The TaintToleration filter (ocm plugins/tainttoleration): a cluster passes when every taint is
// tolerated. PreferNoSelect always is; NoSelectIfNew is for clusters already decided; otherwise a
// toleration must match effect, key and value, and with tolerationSeconds only until it expires.

import type { Json, JsonObject } from '../core/types.ts';
import type { Cluster, Taint } from './inventory.ts';

export interface Toleration {
  key: string;
  operator: 'Equal' | 'Exists';
  value: string;
  effect: string;
  tolerationSeconds?: number;
}

const EFFECTS: readonly string[] = ['NoSelect', 'PreferNoSelect', 'NoSelectIfNew'];

/** Parse and validate tolerations; the messages are the scheduler's own (PlacementMisconfigured). */
export function parseTolerations(value: Json | undefined): { tolerations: Toleration[]; error?: { message: string; index: number } } {
  const tolerations: Toleration[] = [];
  const list = Array.isArray(value) ? value : [];
  for (let i = 0; i < list.length; i++) {
    const t = (list[i] ?? {}) as JsonObject;
    if (t.operator !== undefined && t.operator !== null && t.operator !== '' && t.operator !== 'Exists' && t.operator !== 'Equal') {
      return { tolerations, error: { message: `toleration operator ${JSON.stringify(t.operator)} is not supported: use Equal or Exists`, index: i } };
    }
    if (t.effect !== undefined && t.effect !== null && t.effect !== '' && !EFFECTS.includes(t.effect as string)) {
      return { tolerations, error: { message: `toleration effect ${JSON.stringify(t.effect)} is not one of ${EFFECTS.join(', ')}`, index: i } };
    }
    const op = t.operator === 'Exists' ? 'Exists' : 'Equal';
    const key = typeof t.key === 'string' ? t.key : '';
    const val = typeof t.value === 'string' ? t.value : '';
    if (!key && op !== 'Exists') return { tolerations, error: { message: 'If the key is empty, operator must be Exists.', index: i } };
    if (op === 'Exists' && val) return { tolerations, error: { message: 'If the operator is Exists, the value should be empty.', index: i } };
    const tol: Toleration = { key, operator: op, value: val, effect: typeof t.effect === 'string' ? t.effect : '' };
    if (typeof t.tolerationSeconds === 'number') tol.tolerationSeconds = t.tolerationSeconds;
    tolerations.push(tol);
  }
  return { tolerations };
}

function tolerates(t: Toleration, taint: Taint, now: number): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (t.operator === 'Equal' && t.value !== taint.value) return false;
  if (t.tolerationSeconds === undefined) return true;
  // An unset timeAdded is Go's zero time: the toleration has long expired.
  return now < (taint.timeAdded ?? 0) + t.tolerationSeconds * 1000;
}

export function describeTaint(t: Taint): string {
  return `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}

/** The first taint the placement does not tolerate, or undefined when the cluster passes. */
export function untoleratedTaint(cluster: Cluster, tolerations: readonly Toleration[], inDecision: boolean, now: number): Taint | undefined {
  for (const taint of cluster.taints) {
    if (taint.effect === 'PreferNoSelect') continue;
    if (taint.effect === 'NoSelectIfNew' && inDecision) continue;
    if (!tolerations.some((t) => tolerates(t, taint, now))) return taint;
  }
  return undefined;
}

/** When a toleration with tolerationSeconds keeps a cluster selectable, the earliest expiry (ms). */
export function toleranceExpiry(cluster: Cluster, tolerations: readonly Toleration[], now: number): number | undefined {
  let min: number | undefined;
  for (const taint of cluster.taints) {
    if (taint.effect === 'PreferNoSelect') continue;
    const t = tolerations.find((x) => tolerates(x, taint, now));
    if (t?.tolerationSeconds !== undefined) {
      const at = (taint.timeAdded ?? 0) + t.tolerationSeconds * 1000;
      min = min === undefined ? at : Math.min(min, at);
    }
  }
  return min;
}
