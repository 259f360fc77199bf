// Secret values never leave the diff engine: each data/stringData value becomes a byte count
// that still says whether it changed (helm-diff's idea), on both sides, before any diffing.

import { isObject, type Json, type JsonObject, type K8sObject } from '../core/types.ts';
import { plural } from '../core/plural.ts';

export function isSecret(o: K8sObject | undefined): boolean {
  return !!o && o.kind === 'Secret';
}

const SECRET_FIELDS = ['data', 'stringData'] as const;
/** kubectl copies the whole object, values included, into this annotation. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function byteLength(field: string, v: Json): number {
  if (typeof v !== 'string') return 0;
  return field === 'data' ? Buffer.from(v, 'base64').length : Buffer.byteLength(v, 'utf8');
}

function redactObject(o: K8sObject, values: (field: string, key: string) => string): K8sObject {
  const copy = structuredClone(o) as unknown as JsonObject;
  for (const field of SECRET_FIELDS) {
    const map = copy[field];
    if (!map || typeof map !== 'object' || Array.isArray(map)) continue;
    for (const key of Object.keys(map)) map[key] = values(field, key);
  }
  const ann = (copy.metadata as JsonObject | undefined)?.annotations as JsonObject | undefined;
  if (ann && LAST_APPLIED in ann) ann[LAST_APPLIED] = '*** redacted';
  return copy as unknown as K8sObject;
}

function fieldValue(o: K8sObject | undefined, field: string, key: string): Json | undefined {
  const map = (o as unknown as JsonObject | undefined)?.[field];
  return isObject(map) ? map[key] : undefined;
}

/**
 * Both sides of a Secret with values replaced: `*** unchanged (N bytes)` on both sides, or
 * `*** before (N bytes)` / `*** changed (N -> M bytes)`, `*** added (M bytes)`, `*** removed (N bytes)`.
 */
export function redactSecretPair(base: K8sObject | undefined, head: K8sObject | undefined): [K8sObject | undefined, K8sObject | undefined] {
  const placeholder =
    (side: 'base' | 'head') =>
    (field: string, key: string): string => {
      const b = fieldValue(base, field, key);
      const h = fieldValue(head, field, key);
      if (b === undefined) return `*** added (${plural(byteLength(field, h!), 'byte')})`;
      if (h === undefined) return `*** removed (${plural(byteLength(field, b), 'byte')})`;
      if (JSON.stringify(b) === JSON.stringify(h)) return `*** unchanged (${plural(byteLength(field, b), 'byte')})`;
      return side === 'base'
        ? `*** before (${plural(byteLength(field, b), 'byte')})`
        : `*** changed (${byteLength(field, b)} -> ${plural(byteLength(field, h), 'byte')})`;
    };
  return [base && redactObject(base, placeholder('base')), head && redactObject(head, placeholder('head'))];
}
