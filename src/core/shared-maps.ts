// Maps that many documents embed as the same object (the ManifestWork spec a deployment's works share
// across clusters). The stage that builds them marks them; the emitter serializes each once. Marked
// maps are never mutated afterwards.

import type { JsonObject } from './types.ts';

const sharedMaps = new WeakSet<JsonObject>();

export function markShared<T extends JsonObject>(map: T): T {
  sharedMaps.add(map);
  return map;
}

export function isShared(map: JsonObject): boolean {
  return sharedMaps.has(map);
}
