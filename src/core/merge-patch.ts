// JSON merge patch (RFC 7396) with one extension: lists whose key is named in `listKeys` are
// merged item by item, matched by a key field, like Kubernetes strategic merge patch.
// Used by trait patches (with POD_LIST_KEYS) and by Environment override policies (with
// `null`: every list replaces). Pure: inputs are never mutated, the result shares nothing with them.

import { isObject, type Json, type JsonObject, type ObjPath } from './types.ts';

/**
 * Field name -> key of the list items. `a|b` means: match by `a` when the patch item has it,
 * else by `b` (container ports have `containerPort`, Service ports have `port`).
 */
export type ListKeys = Readonly<Record<string, string>>;

/** The list keys trait patches use. Lists not named here (tolerations, args, ...) are replaced. */
export const POD_LIST_KEYS: ListKeys = Object.freeze({
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  env: 'name',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  ports: 'containerPort|port',
});

/**
 * A patch list item `{<key>: x, $patch: delete}` removes the matching item of a keyed list;
 * `{<key>: x, $patch: existing, ...}` merges into it and throws MissingItemError when there is none
 * (a trait that sets the image of container X must not add a container X).
 */
export const DELETE_DIRECTIVE = '$patch';

export class MissingItemError extends Error {
  constructor(
    readonly list: string,
    readonly key: string,
    readonly value: Json,
  ) {
    super(`${list} has no item with ${key} ${JSON.stringify(value)}`);
    this.name = 'MissingItemError';
  }
}

/**
 * Merge `patch` into `base`:
 * - maps deep-merge; a `null` value in the patch deletes the key;
 * - scalars, and lists not named in `listKeys`, replace;
 * - lists named in `listKeys` (by the field holding them) merge by key: a patch item whose key
 *   matches a base item deep-merges into it (in place), other patch items are appended in
 *   patch order, base items the patch does not name are kept. A patch item without the key is
 *   appended. `{key: x, $patch: delete}` removes the matching base item.
 * `path` is where `base` sits (its last string segment names the list for the first call).
 */
export function mergePatch(base: Json | undefined, patch: Json, listKeys: ListKeys | null = null, path: ObjPath = []): Json {
  if (isObject(patch)) {
    const out: JsonObject = isObject(base) ? cloneObject(base) : {};
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) {
        delete out[k];
        continue;
      }
      const next = mergePatch(Object.hasOwn(out, k) ? out[k] : undefined, v, listKeys, [...path, k]);
      setOwn(out, k, next);
    }
    return out;
  }
  if (Array.isArray(patch)) {
    const field = path.length > 0 ? path[path.length - 1] : undefined;
    const keySpec = listKeys && typeof field === 'string' && Object.hasOwn(listKeys, field) ? listKeys[field] : undefined;
    if (keySpec === undefined) return clone(patch);
    return mergeKeyedList(Array.isArray(base) ? base : [], patch, keySpec, listKeys, path);
  }
  return patch;
}

function mergeKeyedList(base: Json[], patch: Json[], keySpec: string, listKeys: ListKeys | null, path: ObjPath): Json[] {
  const out: (Json | undefined)[] = base.map(clone);
  const alternatives = keySpec.split('|');
  for (const item of patch) {
    if (!isObject(item)) {
      out.push(clone(item));
      continue;
    }
    const key = alternatives.find((k) => item[k] !== undefined && item[k] !== null);
    const remove = item[DELETE_DIRECTIVE] === 'delete';
    const mustExist = item[DELETE_DIRECTIVE] === 'existing';
    const idx = key === undefined ? -1 : out.findIndex((b) => isObject(b) && b[key] !== undefined && sameScalar(b[key], item[key]));
    if (remove) {
      if (idx >= 0) out[idx] = undefined;
      continue;
    }
    const body: JsonObject = { ...item };
    delete body[DELETE_DIRECTIVE];
    if (idx >= 0) {
      out[idx] = mergePatch(out[idx], body, listKeys, [...path, idx]);
    } else if (mustExist) {
      throw new MissingItemError(String(path[path.length - 1] ?? ''), key ?? alternatives[0], key === undefined ? null : item[key]);
    } else {
      // A new item is a merge into nothing: nulls inside it are dropped like in any patch map.
      out.push(mergePatch(undefined, body, listKeys, [...path, out.length]));
    }
  }
  return out.filter((x): x is Json => x !== undefined);
}

function sameScalar(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  // A port written as 80 and as "80" is the same port.
  return (typeof a === 'number' || typeof a === 'string') && (typeof b === 'number' || typeof b === 'string') && String(a) === String(b);
}

function clone<T extends Json | undefined>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => clone(x)) as T;
  if (isObject(v)) return cloneObject(v) as T;
  return v;
}

function cloneObject(o: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(o)) setOwn(out, k, clone(v));
  return out;
}

/** Assign without ever touching a prototype (`__proto__` is an ordinary key in JSON). */
function setOwn(o: JsonObject, k: string, v: Json): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}
