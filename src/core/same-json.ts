// Equality of two JSON values, whatever the key order. Hand-written because `util.isDeepStrictEqual`
// (which also weighs prototypes, symbols and non-enumerable keys) was 11% of a fleet-wide diff, where
// this runs for each of 10,000 works.

import type { Json } from './types.ts';

/** `except`: two values that count as equal where they meet at the same place (parts compared apart). */
export function sameJson(a: Json | undefined, b: Json | undefined, except?: readonly [Json, Json]): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (except && a === except[0] && b === except[1]) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i], except)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (!Object.hasOwn(b, k) || !sameJson(a[k], b[k], except)) return false;
  return true;
}
