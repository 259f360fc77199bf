// OCM rejects a ManifestWork whose manifests add up to more than 512000 bytes (each counted as
// its JSON encoding). When a workload is larger, its objects are split across numbered works:
// CRDs and Namespaces first (in works of their own, so they exist before what uses them), then
// the rest in apply order, each work filled up to the limit. The first work keeps the plain
// name and the split depends only on the objects, so names stay put while the workload does.

import type { K8sObject } from '../core/types.ts';

const FIRST_KINDS = new Set(['CustomResourceDefinition', 'Namespace']);

// Manifests are shared between the works of every cluster a deployment runs on: measure each once.
const sizes = new WeakMap<K8sObject, number>();

export function manifestSize(o: K8sObject): number {
  let n = sizes.get(o);
  if (n === undefined) {
    n = Buffer.byteLength(JSON.stringify(o), 'utf8');
    sizes.set(o, n);
  }
  return n;
}

export type SplitResult = { parts: K8sObject[][] } | { tooLarge: { object: K8sObject; size: number } } | { exceeds: number };

/** Parts of at most `limit` bytes each; `allowSplit` false reports the total instead of splitting. */
export function splitBySize(manifests: readonly K8sObject[], limit: number, allowSplit: boolean): SplitResult {
  const sizes = manifests.map(manifestSize);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= limit) return { parts: [[...manifests]] };
  if (!allowSplit) return { exceeds: total };
  const big = manifests.findIndex((_, i) => sizes[i] > limit);
  if (big >= 0) return { tooLarge: { object: manifests[big], size: sizes[big] } };
  const parts: K8sObject[][] = [];
  const fill = (items: number[]) => {
    let current: K8sObject[] = [];
    let used = 0;
    for (const i of items) {
      if (current.length && used + sizes[i] > limit) {
        parts.push(current);
        current = [];
        used = 0;
      }
      current.push(manifests[i]);
      used += sizes[i];
    }
    if (current.length) parts.push(current);
  };
  const idx = manifests.map((_, i) => i);
  fill(idx.filter((i) => FIRST_KINDS.has(manifests[i].kind)));
  fill(idx.filter((i) => !FIRST_KINDS.has(manifests[i].kind)));
  return { parts };
}

/** `<name>`, `<name>-2`, `<name>-3`, ... */
export function partName(base: string, index: number): string {
  return index === 0 ? base : `${base}-${index + 1}`;
}
