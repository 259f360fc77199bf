// metav1.LabelSelector semantics (k8s.io/apimachinery labels): matchLabels and matchExpressions
// are ANDed, an empty selector matches everything. Used for Placement label and claim selectors,
// LabelSelector ManagedClusterSets and decision groups. Mismatches are explained in words.

import type { Json, JsonObject } from '../core/types.ts';
import { labelKeyProblem, labelValueProblem } from '../core/k8s-names.ts';

export type Operator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface Requirement {
  key: string;
  operator: Operator;
  values: string[];
}

/** A parsed selector; `nothing` is the nil selector of a LabelSelector set (matches no cluster). */
export interface Selector {
  requirements: Requirement[];
  nothing?: boolean;
}

const OPERATORS: readonly string[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/**
 * Parse a LabelSelector. `claimsOnly` is the Placement claimSelector (matchExpressions only).
 * Returns an error message (as the apiserver/scheduler would reject it) instead of a selector.
 */
export function parseSelector(value: Json | undefined, claimsOnly = false): Selector | { error: string; path: (string | number)[] } {
  if (value === undefined || value === null) return { requirements: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return { error: 'must be a map', path: [] };
  const requirements: Requirement[] = [];
  const ml = (value as JsonObject).matchLabels;
  if (ml !== undefined && !claimsOnly) {
    if (!ml || typeof ml !== 'object' || Array.isArray(ml)) return { error: 'matchLabels must be a map of strings', path: ['matchLabels'] };
    for (const k of Object.keys(ml).sort()) {
      if (typeof ml[k] !== 'string') return { error: `matchLabels.${k} must be a string`, path: ['matchLabels', k] };
      const bad = labelProblem(k, [ml[k] as string]);
      if (bad) return { error: `matchLabels: ${bad}`, path: ['matchLabels', k] };
      requirements.push({ key: k, operator: 'In', values: [ml[k] as string] });
    }
  }
  const me = (value as JsonObject).matchExpressions;
  if (me !== undefined) {
    if (!Array.isArray(me)) return { error: 'matchExpressions must be a list', path: ['matchExpressions'] };
    for (let i = 0; i < me.length; i++) {
      const e = me[i] as JsonObject;
      const at = ['matchExpressions', i];
      if (!e || typeof e !== 'object' || typeof e.key !== 'string') return { error: 'each match expression needs a key', path: at };
      const op = e.operator;
      if (typeof op !== 'string' || !OPERATORS.includes(op)) return { error: `operator must be one of ${OPERATORS.join(', ')}`, path: [...at, 'operator'] };
      const values = Array.isArray(e.values) ? e.values.map(String) : [];
      if ((op === 'In' || op === 'NotIn') && values.length === 0) return { error: `operator ${op} needs at least one value`, path: [...at, 'values'] };
      if ((op === 'Exists' || op === 'DoesNotExist') && values.length > 0) return { error: `operator ${op} takes no values`, path: [...at, 'values'] };
      const bad = claimsOnly ? undefined : labelProblem(e.key, values);
      if (bad) return { error: `matchExpressions[${i}]: ${bad}`, path: at };
      requirements.push({ key: e.key, operator: op as Operator, values });
    }
  }
  return { requirements };
}

/** As the API server validates a label selector (metav1validation): keys and values must be valid labels. */
function labelProblem(key: string, values: string[]): string | undefined {
  const kp = labelKeyProblem(key);
  if (kp) return `key "${key}" ${kp}`;
  for (const v of values) {
    const vp = labelValueProblem(v);
    if (vp) return `value "${v.slice(0, 80)}" of ${key} ${vp}`;
  }
  return undefined;
}

export function isSelector(s: Selector | { error: string }): s is Selector {
  return !('error' in s);
}

export function matchesRequirement(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.hasOwn(labels, r.key);
  switch (r.operator) {
    case 'In':
      return has && r.values.includes(labels[r.key]);
    case 'NotIn':
      return !has || !r.values.includes(labels[r.key]);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
  }
}

export function matches(s: Selector, labels: Record<string, string>): boolean {
  if (s.nothing) return false;
  return s.requirements.every((r) => matchesRequirement(r, labels));
}

export function describeRequirement(r: Requirement): string {
  switch (r.operator) {
    case 'In':
      return r.values.length === 1 ? `${r.key}=${r.values[0]}` : `${r.key} in (${r.values.join(', ')})`;
    case 'NotIn':
      return `${r.key} not in (${r.values.join(', ')})`;
    case 'Exists':
      return `${r.key} exists`;
    case 'DoesNotExist':
      return `no ${r.key}`;
  }
}

/** Why `labels` fail `s` (the first failing requirement), or undefined when they match. */
export function explainMismatch(s: Selector, labels: Record<string, string>, noun = 'label'): string | undefined {
  if (s.nothing) return 'the selector is empty (nil), which matches nothing';
  const r = s.requirements.find((x) => !matchesRequirement(x, labels));
  if (!r) return undefined;
  const actual = Object.hasOwn(labels, r.key) ? `${noun} ${r.key}=${labels[r.key]}` : `no ${noun} ${r.key}`;
  return `${actual}; needs ${describeRequirement(r)}`;
}
