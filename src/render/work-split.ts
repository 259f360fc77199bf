// OCM rejects a ManifestWork whose manifests add up to more than 512000 bytes, each counted as its
// webhook counts it (ocm pkg/work/webhook/common/validator.go: `manifest.Size()`, the protobuf size
// of the RawExtension): the JSON the API server hands it, where Go escapes <, > and & as \u003c..., plus
// a tag and a length prefix. When a workload is larger, its objects are split across numbered works:
// CRDs and Namespaces first (in works of their own, so they exist before what uses them), then
// the rest in apply order, each work filled up to the limit. The first work keeps the plain
// name and the split depends only on the objects, so names stay put while the workload does.

import type { K8sObject } from '../core/types.ts';

const FIRST_KINDS = new Set(['CustomResourceDefinition', 'Namespace']);

// Manifests are shared between the works of every cluster a deployment runs on: measure each once.
const sizes = new WeakMap<K8sObject, { json: number; ocm: number }>();
/** Characters Go's encoding/json escapes and JSON.stringify does not: <, >, & (1 byte -> 6), U+2028/U+2029 (3 -> 6). */
const GO_ESCAPED = /[<>&\u2028\u2029]/g;

function measure(o: K8sObject): { json: number; ocm: number } {
  let m = sizes.get(o);
  if (m === undefined) {
    const text = JSON.stringify(o);
    const json = Buffer.byteLength(text, 'utf8');
    let raw = json;
    for (const c of text.matchAll(GO_ESCAPED)) raw += c[0] === '<' || c[0] === '>' || c[0] === '&' ? 5 : 3;
    m = { json, ocm: 1 + raw + (raw < 1 << 7 ? 1 : raw < 1 << 14 ? 2 : raw < 1 << 21 ? 3 : 4) };
    sizes.set(o, m);
  }
  return m;
}

/** Bytes of the object's JSON. */
export const manifestSize = (o: K8sObject): number => measure(o).json;
/** The size OCM's ManifestWork webhook counts for one manifest. */
export const ocmManifestSize = (o: K8sObject): number => measure(o).ocm;

export type SplitResult = { parts: K8sObject[][] } | { tooLarge: { object: K8sObject; size: number } } | { exceeds: number };

/** Parts of at most `limit` bytes each; `allowSplit` false reports the total instead of splitting. */
export function splitBySize(manifests: readonly K8sObject[], limit: number, allowSplit: boolean): SplitResult {
  const sizes = manifests.map(ocmManifestSize);
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
