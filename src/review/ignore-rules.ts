// Noise control: rules that hide whole objects (`Kind[/namespace]/name`) or fields inside them
// (`SELECTOR#/json/pointer`). `*` matches within a name or pointer segment, a `**` segment any
// depth. What a rule hid is counted, so the report can say "3 changes hidden by filters".

import type { Json } from '../core/types.ts';
import { canonicalJson } from '../resolve/revisions.ts';
import { DROP, mapItems, mapValues } from './copy-on-write.ts';
import type { ObjectRef } from './model.ts';

export interface IgnoreRule {
  /** The rule as written, for the report. */
  text: string;
  kind: RegExp;
  namespace: RegExp;
  name: RegExp;
  /** Unescaped pointer segments; absent: the rule hides the whole object. */
  pointer?: string[];
}

/**
 * On by default, off with --no-default-ignores: chart/version labels and checksum annotations
 * change on every chart bump without changing behaviour.
 */
export const DEFAULT_IGNORE_RULES = ['*#/**/labels/helm.sh~1chart', '*#/**/labels/app.kubernetes.io~1version', '*#/**/annotations/checksum~1*'];

const globs = new Map<string, RegExp>();

/** Compiled once per pattern: rules are matched against every key of every object. */
function glob(s: string): RegExp {
  let re = globs.get(s);
  if (!re) {
    re = new RegExp(
      `^${s
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    globs.set(s, re);
  }
  return re;
}

const ANY = /^.*$/;

/** A rule, or an error message saying what is wrong with it. */
export function parseIgnoreRule(text: string): IgnoreRule | string {
  const hash = text.indexOf('#');
  const selector = hash < 0 ? text : text.slice(0, hash);
  const pointerText = hash < 0 ? undefined : text.slice(hash + 1);
  const parts = selector.split('/');
  if (!selector || parts.length > 3 || parts.some((p) => p === '')) {
    return `ignore rule "${text}": the selector must be Kind, Kind/name or Kind/namespace/name (use * for any)`;
  }
  const [kind, a, b] = parts;
  const rule: IgnoreRule = {
    text,
    kind: glob(kind),
    namespace: parts.length === 3 ? glob(a) : ANY,
    name: parts.length === 3 ? glob(b) : parts.length === 2 ? glob(a) : ANY,
  };
  if (pointerText !== undefined) {
    if (!pointerText.startsWith('/') || pointerText === '/') return `ignore rule "${text}": after # comes a JSON pointer such as /metadata/labels/team`;
    rule.pointer = pointerText
      .slice(1)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return rule;
}

export function ruleMatches(rule: IgnoreRule, ref: ObjectRef): boolean {
  return rule.kind.test(ref.kind) && rule.namespace.test(ref.namespace ?? '') && rule.name.test(ref.name);
}

type Stripped = [path: string, value: Json][];

// Copy-on-write: `**` rules visit every node of every object, so a subtree a rule removes nothing
// from comes back as is (no copy, no garbage), and the path is joined only for a field removed.
// (No named closures per node: tsx, which runs the benchmark, names each one as it is created.)
function stripAt(v: Json, segs: readonly string[], at: number, path: string[], out: Stripped): Json | typeof DROP {
  if (at === segs.length) {
    out.push([path.map((k) => `/${k}`).join(''), v]);
    return DROP;
  }
  let match: RegExp | undefined;
  let next = at + 1;
  if (segs[at] === '**') {
    v = stripAt(v, segs, at + 1, path, out) as Json;
    if ((v as unknown) === DROP) return DROP;
    next = at;
  } else match = glob(segs[at]);
  return mapChildren(v, (child, key) => {
    if (match && !match.test(key)) return child;
    path.push(key);
    const r = stripAt(child, segs, next, path, out);
    path.pop();
    return r;
  });
}

function mapChildren(v: Json, f: (child: Json, key: string) => Json | typeof DROP): Json {
  if (Array.isArray(v)) return mapItems(v, f);
  if (v && typeof v === 'object') return mapValues(v, f);
  return v;
}

export interface FieldFilterResult {
  base?: Json;
  head?: Json;
  /** Rules that hid a difference between the two sides. */
  hid: string[];
}

function canonical(s: Stripped): string {
  return JSON.stringify([...s].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([p, v]) => [p, canonicalJson(v)]));
}

/** Remove the fields the pointer rules name from both sides; report which rules hid a difference. */
export function stripFields(rules: readonly IgnoreRule[], ref: ObjectRef, base: Json | undefined, head: Json | undefined): FieldFilterResult {
  const hid: string[] = [];
  for (const rule of rules) {
    if (!rule.pointer || !ruleMatches(rule, ref)) continue;
    const outB: Stripped = [];
    const outH: Stripped = [];
    if (base !== undefined) base = stripAt(base, rule.pointer, 0, [], outB) as Json;
    if (head !== undefined) head = stripAt(head, rule.pointer, 0, [], outH) as Json;
    // Only a field present on both sides counts: an added or removed object shows as such anyway.
    if (base !== undefined && head !== undefined && canonical(outB) !== canonical(outH)) hid.push(rule.text);
  }
  return { base, head, hid };
}

/** The first whole-object rule that hides this object, if any. */
export function hidingRule(rules: readonly IgnoreRule[], ref: ObjectRef): IgnoreRule | undefined {
  return rules.find((r) => !r.pointer && ruleMatches(r, ref));
}
