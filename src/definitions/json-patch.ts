// JSON Patch (RFC 6902) for the `jsonPatch` trait patch section (KubeVela's json-patch trait).
// The library applies the operations to a copy; a failing operation is reported, never thrown.

import { applyPatch, type Operation } from 'fast-json-patch/commonjs/core.js';
import type { Json, JsonObject } from '../core/types.ts';

export type JsonPatchResult = { result: JsonObject } | { error: string };

export function applyJsonPatch(doc: JsonObject, operations: readonly Json[]): JsonPatchResult {
  for (const [i, op] of operations.entries()) {
    if (op === null || typeof op !== 'object' || Array.isArray(op) || typeof op.op !== 'string' || typeof op.path !== 'string') {
      return { error: `operation ${i + 1} needs string fields "op" and "path"` };
    }
  }
  let current = doc as unknown;
  for (const [i, op] of operations.entries()) {
    try {
      // One at a time, so that the error names the operation; validate=true checks op and value.
      current = applyPatch(current, [op as unknown as Operation], true, false).newDocument;
    } catch (e) {
      const o = op as JsonObject;
      const why = String((e as Error).message ?? e).split('\n')[0];
      return { error: `operation ${i + 1} (${String(o.op)} ${String(o.path)}) failed: ${why}` };
    }
  }
  if (current === null || typeof current !== 'object' || Array.isArray(current))
    return { error: 'the operations replace the object with something that is not a map' };
  return { result: current as JsonObject };
}
