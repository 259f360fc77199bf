// `{{ .var.NAME }}` (PaletteAI's macro), `{{ var.NAME }}`, `{{ variables.NAME }}` and, per
// cluster, `{{ cluster.name }}`, `{{ cluster.labels.KEY }}`, `{{ cluster.claims.KEY }}` inside
// profile strings. A string that is exactly one reference takes the referenced value's type.

import { setOwn } from '../core/own-key.ts';
import type { Json, ObjPath } from '../core/types.ts';

export type MacroRef = { scope: 'var'; name: string } | { scope: 'cluster'; field: 'name' } | { scope: 'cluster'; field: 'labels' | 'claims'; key: string };

const MACRO = /\{\{\s*(\.?var\.|variables\.|\.?cluster\.)([A-Za-z0-9_./-]+?)\s*\}\}/g;

export function parseMacro(prefix: string, rest: string): MacroRef | undefined {
  if (prefix.includes('var')) return { scope: 'var', name: rest };
  if (rest === 'name') return { scope: 'cluster', field: 'name' };
  const m = /^(labels|claims)\.(.+)$/.exec(rest);
  return m ? { scope: 'cluster', field: m[1] as 'labels' | 'claims', key: m[2] } : undefined;
}

export interface MacroHit {
  ref: MacroRef;
  path: ObjPath;
  text: string;
}

/** Every macro reference inside a value, with where it sits. */
export function findMacros(value: Json, path: ObjPath = []): MacroHit[] {
  const out: MacroHit[] = [];
  walk(value, path, (s, p) => {
    for (const m of s.matchAll(MACRO)) {
      const ref = parseMacro(m[1], m[2]);
      if (ref) out.push({ ref, path: p, text: m[0] });
    }
  });
  return out;
}

function walk(value: Json, path: ObjPath, fn: (s: string, path: ObjPath) => void): void {
  if (typeof value === 'string') fn(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], fn));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) walk(value[k], [...path, k], fn);
}

/**
 * Replace the macros the resolver knows; leave the others untouched (cluster macros survive
 * until the per-cluster render). `resolve` returns undefined for "not mine".
 */
export function substitute(value: Json, resolve: (ref: MacroRef) => Json | undefined): Json {
  if (typeof value === 'string') return substituteString(value, resolve);
  if (Array.isArray(value)) return value.map((v) => substitute(v, resolve));
  if (value && typeof value === 'object') {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(value)) setOwn(out, k, substitute(value[k], resolve));
    return out;
  }
  return value;
}

function substituteString(s: string, resolve: (ref: MacroRef) => Json | undefined): Json {
  if (!s.includes('{{')) return s;
  const whole = /^\{\{\s*(\.?var\.|variables\.|\.?cluster\.)([A-Za-z0-9_./-]+?)\s*\}\}$/.exec(s);
  if (whole) {
    const ref = parseMacro(whole[1], whole[2]);
    const v = ref ? resolve(ref) : undefined;
    return v === undefined ? s : v;
  }
  return s.replace(MACRO, (text, prefix: string, rest: string) => {
    const ref = parseMacro(prefix, rest);
    const v = ref ? resolve(ref) : undefined;
    if (v === undefined) return text;
    return typeof v === 'string' ? v : JSON.stringify(v);
  });
}
