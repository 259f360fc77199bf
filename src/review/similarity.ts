// Pairs removed and added objects that are the same object under a new name (a rename, a new
// hash suffix from a config generator), by how much of their content they share.

import { cmp } from '../core/diagnostics.ts';
import type { Json, JsonObject } from '../core/types.ts';

/** Leaves as `path=value` lines. */
export function flatten(v: Json | undefined, path = '', out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x, i) => flatten(x, `${path}/${i}`, out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v).sort(cmp)) flatten(v[k], `${path}/${k}`, out);
  else out.push(`${path}=${JSON.stringify(v)}`);
  return out;
}

/**
 * What an object is about, for matching: everything but apiVersion, kind and metadata (hubcast
 * stamps the same labels on every object of a workload, which would make unrelated objects look
 * alike). An object with no content beyond its metadata (a Namespace) is compared on its labels
 * and annotations.
 */
export function contentLeaves(o: JsonObject): string[] {
  const out: string[] = [];
  for (const k of Object.keys(o).sort(cmp)) if (k !== 'apiVersion' && k !== 'kind' && k !== 'metadata') flatten(o[k], `/${k}`, out);
  if (out.length) return out;
  const meta = (o.metadata ?? {}) as JsonObject;
  return flatten({ labels: meta.labels ?? {}, annotations: meta.annotations ?? {} });
}

/** A candidate's leaves, counted, and its name's stem. */
interface Content {
  size: number;
  counts: Map<string, number>;
  stem: string;
}

/** How many times each leaf occurs. */
function counts(leaves: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of leaves) out.set(x, (out.get(x) ?? 0) + 1);
  return out;
}

/** Dice coefficient over the multisets of leaves: 1 = same content, 0 = nothing shared. */
function similarity(a: Content, b: Content): number {
  if (a.size + b.size === 0) return 1;
  let common = 0;
  for (const [x, n] of a.counts) common += Math.min(n, b.counts.get(x) ?? 0);
  return (2 * common) / (a.size + b.size);
}

/** The name without a generated suffix such as kustomize's `-7h2bkd5t6c` (it must contain a digit). */
export function nameStem(name: string): string {
  const m = /^(.*)-([a-z0-9]{5,10})$/.exec(name);
  return m && /\d/.test(m[2]) ? m[1] : name;
}

export interface RenameCandidate {
  /** Only candidates with the same group are compared (kind, and namespace for works). */
  group: string;
  name: string;
  /** Asked only of candidates that are compared (see contentLeaves). */
  leaves: () => string[];
}

/** Content similarity at or above which a removed+added pair is shown as one renamed object. */
export const RENAME_THRESHOLD = 0.6;
/** A lower bar when only a generated suffix differs. */
export const STEM_THRESHOLD = 0.3;
/** Beyond this many comparisons, objects are left as removed + added (keeps huge diffs fast). */
const MAX_COMPARISONS = 250_000;

/** Index pairs [removed, added], best matches first, each object used at most once. */
export function matchRenames(removed: readonly RenameCandidate[], added: readonly RenameCandidate[]): [number, number][] {
  // Only candidates of one group are compared: the added ones by group, so the work is what is compared.
  const addedByGroup = new Map<string, number[]>();
  added.forEach((c, i) => {
    const group = addedByGroup.get(c.group);
    if (group) group.push(i);
    else addedByGroup.set(c.group, [i]);
  });
  if (removed.reduce((n, r) => n + (addedByGroup.get(r.group)?.length ?? 0), 0) > MAX_COMPARISONS) return [];
  const contents = new Map<RenameCandidate, Content>();
  const content = (c: RenameCandidate): Content => {
    let x = contents.get(c);
    if (!x) {
      const leaves = c.leaves();
      contents.set(c, (x = { size: leaves.length, counts: counts(leaves), stem: nameStem(c.name) }));
    }
    return x;
  };
  const scored: { r: number; a: number; score: number }[] = [];
  for (let r = 0; r < removed.length; r++) {
    for (const a of addedByGroup.get(removed[r].group) ?? []) {
      const x = content(removed[r]);
      const y = content(added[a]);
      const score = similarity(x, y);
      const sameStem = x.stem === y.stem;
      if (score >= RENAME_THRESHOLD || (sameStem && score >= STEM_THRESHOLD)) scored.push({ r, a, score: score + (sameStem ? 1 : 0) });
    }
  }
  scored.sort((x, y) => y.score - x.score || cmp(removed[x.r].name, removed[y.r].name) || cmp(added[x.a].name, added[y.a].name));
  const usedR = new Set<number>();
  const usedA = new Set<number>();
  const pairs: [number, number][] = [];
  for (const s of scored) {
    if (usedR.has(s.r) || usedA.has(s.a)) continue;
    usedR.add(s.r);
    usedA.add(s.a);
    pairs.push([s.r, s.a]);
  }
  return pairs;
}
