// Placement celSelector expressions, evaluated with @marcbachmann/cel-js the way OCM's
// scheduler does: variable `managedCluster` (the ManagedCluster object), function
// `managedCluster.scores(name)` (AddOnPlacementScore values), expressions ANDed, an evaluation
// error meaning "no match". OCM also loads Kubernetes' CEL extension libraries (semver,
// quantity, ip, ...); an expression that needs one does not type-check here and is reported as
// needing the hub rather than guessed.

import { asObject, type Json, type JsonObject } from '../core/types.ts';
import { onDemand } from '../core/on-demand.ts';
import type { Cluster, PlacementScore } from './inventory.ts';

export type CelCompiled =
  | { ok: true; run(cluster: Cluster): { match: boolean; failed?: string } }
  | { ok: false; kind: 'syntax' | 'unsupported'; index: number; message: string };

type ScoreEntry = { name: string; value: bigint; quantity: bigint };

/** Go's unstructured decoding gives int64 for whole numbers: mirror that with bigint. */
function toCel(v: Json): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(toCel);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toCel(x)]));
  return v;
}

/** The CEL library (~80 KB, ~13 ms to load): the application loads it only for Placements that use CEL. */
const cel = onDemand('the CEL library (a Placement with celExpressions)', () => import('./cel-library.ts'));

export const loadCel = (): Promise<void> => cel.load();

/** A Placement predicate's CEL expressions, as schedule() reads them (undefined: none). */
export function celExpressionsOf(predicate: unknown): Json[] | undefined {
  const exprs = asObject(asObject(asObject(predicate).requiredClusterSelector).celSelector).celExpressions;
  return Array.isArray(exprs) && exprs.length ? exprs : undefined;
}

/** Whether scheduling a Placement of this spec compiles CEL (so the library must be loaded first). */
export function placementUsesCel(spec: JsonObject): boolean {
  return Array.isArray(spec.predicates) && spec.predicates.some((p) => celExpressionsOf(p) !== undefined);
}

export function compileCel(expressions: readonly string[], scores: readonly PlacementScore[], now: number): CelCompiled {
  const { Environment, ParseError } = cel.get();
  let current: Cluster | undefined;
  const scoresOf = (name: string): ScoreEntry[] => {
    const s = scores.find((x) => x.cluster === current?.name && x.name === name);
    if (!s || (s.validUntil !== undefined && s.validUntil <= now)) return [];
    return Object.keys(s.scores)
      .sort()
      .map((k) => ({ name: k, value: BigInt(Math.trunc(s.scores[k])), quantity: 0n }));
  };
  const env = new Environment({ homogeneousAggregateLiterals: false })
    .registerVariable('managedCluster', 'map')
    .registerFunction('map.scores(string): list<map>', (_mc: unknown, name: string) => scoresOf(name));
  const programs: ((ctx: object) => unknown)[] = [];
  for (let i = 0; i < expressions.length; i++) {
    try {
      const p = env.parse(expressions[i]);
      const check = p.check();
      if (!check.valid) return { ok: false, kind: 'unsupported', index: i, message: firstLine(check.error?.message) };
      programs.push(p);
    } catch (e) {
      return { ok: false, kind: e instanceof ParseError ? 'syntax' : 'unsupported', index: i, message: firstLine((e as Error).message) };
    }
  }
  return {
    ok: true,
    run(cluster) {
      current = cluster;
      const ctx = { managedCluster: toCel(cluster.object) };
      for (let i = 0; i < programs.length; i++) {
        try {
          if (programs[i](ctx) !== true) return { match: false, failed: `CEL expression ${i + 1} is false` };
        } catch (e) {
          return { match: false, failed: `CEL expression ${i + 1} failed: ${firstLine((e as Error).message)}` };
        }
      }
      return { match: true };
    },
  };
}

function firstLine(s: string | undefined): string {
  return (s ?? 'invalid expression').split('\n')[0];
}
