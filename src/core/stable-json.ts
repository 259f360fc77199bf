// JSON with sorted keys and two-space indentation: the lock file and --json output must be
// byte-identical for identical inputs, whatever order objects were built in.

import { setOwn } from './own-key.ts';

export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) setOwn(out, k, sortKeys(v));
    }
    return out;
  }
  return value;
}
