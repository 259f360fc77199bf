// Lists of named items (containers, env, ports, volumes) are keyed by name: Kubernetes merges
// them by key, so a pure reorder is not a change. Head lists are put in base order before diffing.

import { isObject, type Json, type JsonObject } from '../core/types.ts';
import { mapItems, mapValues } from './copy-on-write.ts';

/** Every item an object with a string `name`, and no name twice. */
function keyedNames(list: Json[]): string[] | undefined {
  const names: string[] = [];
  for (const item of list) {
    if (!isObject(item) || typeof item.name !== 'string') return undefined;
    names.push(item.name);
  }
  return new Set(names).size === names.length ? names : undefined;
}

/**
 * `head` with every keyed list reordered to follow `base` (items new in head keep their order, after).
 * Copy-on-write: a part that needs no reorder comes back as is, so its text can be reused.
 */
export function alignToBase(base: Json | undefined, head: Json): Json {
  if (Array.isArray(base) && Array.isArray(head)) {
    const bn = keyedNames(base);
    const hn = keyedNames(head);
    // Not keyed, or the same names in the same order: nothing moves.
    if (!bn || !hn || (bn.length === hn.length && bn.every((n, i) => n === hn[i]))) return mapItems(head, (h, i) => alignToBase(base[Number(i)], h));
    const byName = new Map(head.map((h) => [(h as JsonObject).name as string, h]));
    const baseByName = new Map(base.map((b) => [(b as JsonObject).name as string, b]));
    const order = [...bn.filter((n) => byName.has(n)), ...hn.filter((n) => !baseByName.has(n))];
    return order.map((n) => alignToBase(baseByName.get(n), byName.get(n)!));
  }
  if (isObject(base) && isObject(head)) return mapValues(head, (v, k) => alignToBase(base[k], v));
  return head;
}
