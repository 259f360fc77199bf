// Maps over a JSON value's children without copying what does not change: the diff filters and
// aligns every object of a fleet, and most of them come out as they went in (no garbage, and the
// text already emitted for an unchanged part can be reused).

import type { Json, JsonObject } from '../core/types.ts';

/** Returned by a mapping function to drop the child. */
export const DROP = Symbol('drop');

type Mapper = (child: Json, key: string) => Json | typeof DROP;

/** The array with each item mapped (or dropped): the array itself when every item stays the same. */
export function mapItems(list: Json[], f: Mapper): Json[] {
  let out: Json[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const r = f(list[i], String(i));
    if (r !== list[i]) out ??= list.slice(0, i);
    if (out && r !== DROP) out.push(r);
  }
  return out ?? list;
}

/** The map with each value mapped (or dropped): the map itself when every value stays the same. */
export function mapValues(map: JsonObject, f: Mapper): JsonObject {
  const keys = Object.keys(map);
  let out: JsonObject | undefined;
  for (let i = 0; i < keys.length; i++) {
    const r = f(map[keys[i]], keys[i]);
    if (r !== map[keys[i]] && !out) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]] = map[keys[j]];
    }
    if (out && r !== DROP) out[keys[i]] = r;
  }
  return out ?? map;
}
