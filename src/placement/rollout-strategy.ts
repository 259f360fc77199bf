// What OCM accepts in a rolloutStrategy (cluster v1alpha1 RolloutStrategy, the ManifestWorkReplicaSet
// CRD and sdk-go rollout.go), checked from the spec alone so both layouts report it at its line:
// the fields of each type, `progressDeadline` as the CRD pattern and time.ParseDuration read it,
// `minSuccessTime` as a Go duration, and `maxConcurrency`/`maxFailures` as an integer or a
// percentage (a string without `%` passes the CRD but rollout.go refuses it, and nothing rolls out).

import { didYouMean, error, warning, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import { isObject, type Json, type ObjPath } from '../core/types.ts';

export const ROLLOUT_TYPES = ['All', 'Progressive', 'ProgressivePerGroup'] as const;
/** The settings key of each type. */
export const ROLLOUT_KEYS = { All: 'all', Progressive: 'progressive', ProgressivePerGroup: 'progressivePerGroup' } as const;
const FIELDS: Record<string, readonly string[]> = {
  all: ['maxFailures', 'minSuccessTime', 'progressDeadline'],
  progressive: ['mandatoryDecisionGroups', 'maxConcurrency', 'maxFailures', 'minSuccessTime', 'progressDeadline'],
  progressivePerGroup: ['mandatoryDecisionGroups', 'maxFailures', 'minSuccessTime', 'progressDeadline'],
};
const INT_OR_PERCENT = /^(100|[0-9]{1,2})%$/;
/** Go's time.ParseDuration syntax (the units rollout fields can meet). */
const GO_DURATION = /^[-+]?(0|([0-9]*(\.[0-9]*)?(ns|us|µs|μs|ms|s|m|h))+)$/;
const UNIT_SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, μs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** Seconds of a Go duration (`90m`, `1h30m`, `0`), or undefined when it is not one. */
export function durationSeconds(value: string): number | undefined {
  if (!GO_DURATION.test(value) || value.replace(/^[-+]/, '') === '.') return undefined;
  const sign = value.startsWith('-') ? -1 : 1;
  let total = 0;
  for (const m of value.matchAll(/([0-9]*(?:\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(m[1] || 0) * UNIT_SECONDS[m[2]];
  return sign * total;
}

/** OCM's progressDeadline: `None`, or whole numbers with h, m, s (ms) such as 90m or 1h30m. */
export function validDeadline(value: Json | undefined): boolean {
  return typeof value === 'string' && (value === 'None' || /^([0-9]+(ms|h|m|s))+$/.test(value));
}

const keysHint = (key: string, known: readonly string[]) => {
  const guess = didYouMean(key, known);
  return guess ? `did you mean ${guess}?` : `the fields are ${known.join(', ')}`;
};

/** Errors OCM would refuse the strategy for, and a warning for settings its type ignores. */
export function rolloutStrategyProblems(strategy: Json | undefined, pos: (p: ObjPath) => SourcePos | undefined, who: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (strategy === undefined) return out;
  const bad = (path: ObjPath, message: string, hint: string) => out.push(error('rollout-invalid', `${who}: ${message}`, pos(path), hint));
  if (!isObject(strategy)) {
    bad([], 'rolloutStrategy must be an object with a type', 'write type: All, Progressive or ProgressivePerGroup and its settings');
    return out;
  }
  const top = ['type', ...Object.values(ROLLOUT_KEYS)];
  for (const k of Object.keys(strategy)) if (!top.includes(k)) bad([k], `unknown field rolloutStrategy.${k}`, keysHint(k, top));
  const type = strategy.type ?? 'All';
  if (typeof type !== 'string' || !(ROLLOUT_TYPES as readonly string[]).includes(type)) {
    const guess = typeof type === 'string' ? didYouMean(type, ROLLOUT_TYPES) : undefined;
    bad(
      ['type'],
      `rolloutStrategy.type must be All, Progressive or ProgressivePerGroup, not ${JSON.stringify(type)}`,
      guess ? `did you mean ${guess}?` : 'OCM rejects any other type',
    );
  } else {
    const mine = ROLLOUT_KEYS[type as keyof typeof ROLLOUT_KEYS];
    for (const other of Object.values(ROLLOUT_KEYS)) {
      if (other === mine || strategy[other] === undefined) continue;
      out.push(
        warning(
          'rollout-ignored',
          `${who}: rolloutStrategy.${other} is ignored, as OCM ignores it: the type is ${type}${strategy.type === undefined ? ' (the default)' : ''}`,
          pos([other]),
          `set type: ${Object.entries(ROLLOUT_KEYS).find(([, v]) => v === other)![0]} to use it, or remove it`,
        ),
      );
    }
  }
  for (const key of Object.values(ROLLOUT_KEYS)) {
    const cfg = strategy[key];
    if (cfg === undefined) continue;
    if (!isObject(cfg)) {
      bad([key], `rolloutStrategy.${key} must be an object`, `write its settings (${FIELDS[key].join(', ')}) under ${key}:`);
      continue;
    }
    for (const k of Object.keys(cfg)) if (!FIELDS[key].includes(k)) bad([key, k], `unknown field ${key}.${k}`, keysHint(k, FIELDS[key]));
    const deadline = cfg.progressDeadline;
    if (deadline !== undefined && !validDeadline(deadline))
      bad(
        [key, 'progressDeadline'],
        `progressDeadline must be None or whole numbers with h, m or s (90m, 1h30m), not ${JSON.stringify(deadline)}`,
        'write e.g. 30m or 2h, or None to wait indefinitely',
      );
    const soak = cfg.minSuccessTime;
    if (soak !== undefined && (typeof soak !== 'string' || durationSeconds(soak) === undefined))
      bad(
        [key, 'minSuccessTime'],
        `minSuccessTime must be a duration such as 5m or 1h30m, not ${JSON.stringify(soak)}`,
        'write the soak time with its unit, e.g. 300s or 5m',
      );
    for (const field of ['maxConcurrency', 'maxFailures'] as const) {
      const v = cfg[field];
      if (v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0) || (typeof v === 'string' && INT_OR_PERCENT.test(v))) continue;
      const digits = typeof v === 'string' && /^[0-9]+$/.test(v);
      bad(
        [key, field],
        `${field} must be a number or a percentage (0%..100%), not ${JSON.stringify(v)}${digits ? ': OCM refuses a string that is not a percentage, and rolls out nothing' : ''}`,
        digits ? `write ${v} without quotes, or ${v}%` : 'write a count such as 2, or a share of the clusters such as 25%',
      );
    }
    const groups = cfg.mandatoryDecisionGroups;
    if (groups === undefined || !FIELDS[key].includes('mandatoryDecisionGroups')) continue;
    if (!Array.isArray(groups)) {
      bad([key, 'mandatoryDecisionGroups'], 'mandatoryDecisionGroups must be a list of {groupName} or {groupIndex}', 'write e.g. - groupName: canary');
      continue;
    }
    groups.forEach((g, i) => {
      const at: ObjPath = [key, 'mandatoryDecisionGroups', i];
      if (!isObject(g)) return bad(at, 'each mandatoryDecisionGroups entry must be {groupName} or {groupIndex}', 'write e.g. - groupName: canary');
      for (const k of Object.keys(g))
        if (k !== 'groupName' && k !== 'groupIndex') bad([...at, k], `unknown field mandatoryDecisionGroups.${k}`, keysHint(k, ['groupName', 'groupIndex']));
      if (g.groupName !== undefined && typeof g.groupName !== 'string')
        bad([...at, 'groupName'], 'groupName must be a string', 'write the decision group name');
      if (g.groupIndex !== undefined && !(typeof g.groupIndex === 'number' && Number.isInteger(g.groupIndex) && g.groupIndex >= 0 && g.groupIndex < 2 ** 31))
        bad([...at, 'groupIndex'], `groupIndex must be a whole number from 0, not ${JSON.stringify(g.groupIndex)}`, 'write the decision group index, e.g. 0');
    });
  }
  return out;
}
