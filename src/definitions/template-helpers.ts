// The isolated Handlebars instance and its closed list of pure helpers. Only `json` prints (the
// load-time check in template-check.ts enforces it); see template-engine.ts for why that is safe.

// The runtime alone (~20 KB): templates are compiled by template-compiler.ts, loaded only when one must be.
import Handlebars from 'handlebars/runtime';
import { CLUSTER_SCOPED_KINDS } from '../core/kinds.ts';
import type { Loc } from './template-types.ts';
import { isObject } from '../core/types.ts';

export class TemplateValueError extends Error {
  constructor(
    message: string,
    readonly loc?: Loc,
  ) {
    super(message);
    this.name = 'TemplateValueError';
  }
}

/**
 * A value the json helper cannot print, at `path` below its argument. The helper knows only where
 * the argument is (`loc`); the renderer, which holds the template's argument texts, names it.
 */
export class JsonValueError extends TemplateValueError {
  constructor(
    readonly problem: string,
    readonly path: string,
    loc: Loc | undefined,
  ) {
    super(`json: ${problem} at json argument${path}`, loc);
  }

  /** The message naming the argument as written in the template. */
  messageFor(argument: string | undefined): string {
    return argument === undefined ? this.message : `json: ${this.problem} at ${argument}${this.path}`;
  }
}

interface HelperOptions {
  loc?: Loc;
  name?: string;
  hash?: Record<string, unknown>;
}

export const hb = Handlebars.create();
// Built-ins we do not want reachable: `lookup` (dynamic property access, CVE-2019-20920 family)
// and `log` (side effect). `if`, `unless`, `each`, `with` stay.
hb.unregisterHelper('lookup');
hb.unregisterHelper('log');

/** Handlebars truthiness: undefined, null, false, "", 0, NaN and [] are false; {} is true. */
export function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return Boolean(v);
}

function splitArgs(args: unknown[]): { values: unknown[]; options: HelperOptions } {
  const options = (args[args.length - 1] ?? {}) as HelperOptions;
  return { values: args.slice(0, -1), options };
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a map' : `a ${typeof v}`;
}

function checkJsonValue(v: unknown, where: string, loc: Loc | undefined): void {
  if (v === undefined) throw new JsonValueError('undefined value', where, loc);
  if (typeof v === 'bigint') throw new JsonValueError('bigint value', where, loc);
  if (typeof v === 'number' && !Number.isFinite(v)) throw new JsonValueError('non-finite number', where, loc);
  if (typeof v === 'function' || typeof v === 'symbol') throw new JsonValueError(`${typeof v} value`, where, loc);
  if (Array.isArray(v)) v.forEach((x, i) => checkJsonValue(x, `${where}[${i}]`, loc));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) if (x !== undefined) checkJsonValue(x, `${where}.${k}`, loc);
}

/** The helper list; every helper is pure. Only `json` may print (enforced by the AST check). */
const helpers: Record<string, (...args: unknown[]) => unknown> = {
  json(...args) {
    const { values, options } = splitArgs(args);
    if (values.length !== 1) throw new TemplateValueError('json takes exactly one value', options.loc);
    checkJsonValue(values[0], '', options.loc);
    return JSON.stringify(values[0]);
  },
  default(...args) {
    const { values } = splitArgs(args);
    for (const v of values) if (v !== undefined && v !== null) return v;
    return values[values.length - 1];
  },
  defined(...args) {
    const { values } = splitArgs(args);
    return values[0] !== undefined && values[0] !== null;
  },
  eq(...args) {
    const { values } = splitArgs(args);
    return values[0] === values[1];
  },
  ne(...args) {
    const { values } = splitArgs(args);
    return values[0] !== values[1];
  },
  and(...args) {
    return splitArgs(args).values.every(truthy);
  },
  or(...args) {
    return splitArgs(args).values.some(truthy);
  },
  not(...args) {
    return !truthy(splitArgs(args).values[0]);
  },
  concat(...args) {
    const { values, options } = splitArgs(args);
    return values
      .map((v, i) => {
        if (typeof v === 'string') return v;
        if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') return String(v);
        throw new TemplateValueError(`concat: argument ${i + 1} is ${describe(v)}, not a string or number`, options.loc);
      })
      .join('');
  },
  lower(...args) {
    const { values, options } = splitArgs(args);
    if (typeof values[0] !== 'string') throw new TemplateValueError(`lower: argument is ${describe(values[0])}, not a string`, options.loc);
    return values[0].toLowerCase();
  },
  upper(...args) {
    const { values, options } = splitArgs(args);
    if (typeof values[0] !== 'string') throw new TemplateValueError(`upper: argument is ${describe(values[0])}, not a string`, options.loc);
    return values[0].toUpperCase();
  },
  trunc63(...args) {
    const { values, options } = splitArgs(args);
    if (typeof values[0] !== 'string') throw new TemplateValueError(`trunc63: argument is ${describe(values[0])}, not a string`, options.loc);
    return truncateName(values[0], 63);
  },
  // Maps are walked in key order (code units, as Go sorts JSON keys): KubeVela iterates a
  // parameter map sorted, and the output must not depend on how the user ordered the YAML.
  keys(...args) {
    const { values } = splitArgs(args);
    return isObject(values[0]) ? sortedKeys(values[0]) : [];
  },
  values(...args) {
    const { values } = splitArgs(args);
    const m = values[0];
    return isObject(m) ? sortedKeys(m).map((k) => m[k]) : [];
  },
  entries(...args) {
    const { values } = splitArgs(args);
    const m = values[0];
    return isObject(m) ? sortedKeys(m).map((key) => ({ key, value: m[key] })) : [];
  },
  /** Items of a list, keys of a map, characters of a string; 0 for undefined/null. */
  length(...args) {
    const { values, options } = splitArgs(args);
    const v = values[0];
    if (v === undefined || v === null) return 0;
    if (Array.isArray(v) || typeof v === 'string') return v.length;
    if (isObject(v)) return Object.keys(v).length;
    throw new TemplateValueError(`length: argument is ${describe(v)}, not a list, map or string`, options.loc);
  },
  /** The lists given, one after the other; undefined/null arguments are skipped. */
  flatten(...args) {
    const { values, options } = splitArgs(args);
    const out: unknown[] = [];
    values.forEach((v, i) => {
      if (v === undefined || v === null) return;
      if (!Array.isArray(v)) throw new TemplateValueError(`flatten: argument ${i + 1} is ${describe(v)}, not a list`, options.loc);
      out.push(...v);
    });
    return out;
  },
  /** The first item of a list for each value of `field` (KubeVela de-duplicates volumes by name so). */
  uniqueBy(...args) {
    const { values, options } = splitArgs(args);
    const [list, field] = values;
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) throw new TemplateValueError(`uniqueBy: argument 1 is ${describe(list)}, not a list`, options.loc);
    if (typeof field !== 'string') throw new TemplateValueError('uniqueBy: argument 2 must be a field name', options.loc);
    const seen = new Set<unknown>();
    return list.filter((item) => {
      const key = isObject(item) && Object.hasOwn(item, field) ? item[field] : undefined;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
  /** The distinct scalars of a list, first occurrence kept. */
  uniq(...args) {
    const { values, options } = splitArgs(args);
    const list = values[0];
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) throw new TemplateValueError(`uniq: argument is ${describe(list)}, not a list`, options.loc);
    return [...new Set(list)];
  },
  merge(...args) {
    const { values, options } = splitArgs(args);
    const out: Record<string, unknown> = {};
    values.forEach((v, i) => {
      if (v === undefined || v === null) return;
      if (!isObject(v)) throw new TemplateValueError(`merge: argument ${i + 1} is ${describe(v)}, not a map`, options.loc);
      for (const [k, x] of Object.entries(v)) defineOwn(out, k, x);
    });
    return out;
  },
  dict(...args) {
    const { values, options } = splitArgs(args);
    if (values.length % 2 !== 0) throw new TemplateValueError('dict takes key/value pairs', options.loc);
    const out: Record<string, unknown> = {};
    for (let i = 0; i < values.length; i += 2) {
      const k = values[i];
      if (typeof k !== 'string') throw new TemplateValueError(`dict: key ${i / 2 + 1} is ${describe(k)}, not a string`, options.loc);
      if (values[i + 1] !== undefined) defineOwn(out, k, values[i + 1]);
    }
    return out;
  },
  where(...args) {
    const { values, options } = splitArgs(args);
    const [list, key, value] = values;
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) throw new TemplateValueError(`where: argument 1 is ${describe(list)}, not a list`, options.loc);
    if (typeof key !== 'string') throw new TemplateValueError('where: argument 2 must be a field name', options.loc);
    return list.filter((item) => isObject(item) && Object.hasOwn(item, key) && item[key] === value);
  },
  isList(...args) {
    return Array.isArray(splitArgs(args).values[0]);
  },
  isMap(...args) {
    return isObject(splitArgs(args).values[0]);
  },
  namespaced(...args) {
    const { values } = splitArgs(args);
    const [kind, extra] = values;
    if (typeof kind !== 'string') return true;
    if (Array.isArray(extra) && extra.includes(kind)) return false;
    return !CLUSTER_SCOPED_KINDS.has(kind);
  },
  /** `(get x "a" "b")`: x.a.b through own properties only; undefined when any step is missing. */
  get(...args) {
    const { values } = splitArgs(args);
    let cur: unknown = values[0];
    for (const seg of values.slice(1)) {
      if (cur === null || typeof cur !== 'object') return undefined;
      const key = String(seg);
      if (!Object.hasOwn(cur, key)) return undefined;
      cur = (cur as Record<string, unknown>)[key];
    }
    return cur;
  },
};

/** The helpers a template may call, for docs and error hints. */
export const HELPER_NAMES = Object.freeze(Object.keys(helpers).sort());
export const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
export const VALUE_HELPERS = new Set(HELPER_NAMES.filter((h) => h !== 'json'));
export const ALLOWED_DATA = new Set(['index', 'key', 'first', 'last', 'root']);
export const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__']);

for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);

export const COMPILE_OPTIONS = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { ...Object.fromEntries(HELPER_NAMES.map((h) => [h, true])), lookup: false, log: false },
  data: true,
} as const;

/** Cut a Kubernetes name to `max` characters without leaving a trailing `-` or `.`. */
export function truncateName(s: string, max = 63): string {
  return s.length <= max ? s : s.slice(0, max).replace(/[-.]+$/, '');
}

function sortedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function defineOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
