// The fast YAML subset parser against `yaml` itself: on every input it either declines
// (undefined) or gives exactly `yaml`'s values (types, -0, NaN, key order), documents and root
// positions. Random documents come from the subset grammar and from mutations that break it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseAllDocuments } from 'yaml';
import { generateFleet, prng, SIZES } from '../../bench/fleet-generator.ts';
import { parseYamlSubset } from '../../src/load/yaml-subset.ts';
import { emitYaml } from '../../src/emit/yaml-emitter.ts';
import type { Json } from '../../src/core/types.ts';

type Rnd = () => number;

/** What `yaml` makes of a text with hubcast's options; undefined when it reports any problem. */
function reference(text: string): { docs: unknown[]; roots: { line: number; column: number }[] } | undefined {
  const lineCounter = new LineCounter();
  const list = parseAllDocuments(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  if (!Array.isArray(list) || list.some((d) => d.errors.length || d.warnings.length)) return undefined;
  try {
    return {
      docs: list.map((d) => d.toJS({ maxAliasCount: 0 })),
      roots: list.map((d) => {
        const { line, col } = lineCounter.linePos(d.contents?.range?.[0] ?? 0);
        return { line, column: col };
      }),
    };
  } catch {
    return undefined;
  }
}

/** Deep equality that tells numbers from strings, -0 from 0, and checks key order. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** 'bail', 'ok', or a description of the disagreement. */
function compare(text: string): string {
  const fast = parseYamlSubset(text);
  if (!fast) return 'bail';
  const ref = reference(text);
  if (!ref) return `accepted what yaml rejects: ${JSON.stringify(text)}`;
  if (!same(fast.docs, ref.docs)) return `values differ on ${JSON.stringify(text)}: ${JSON.stringify(fast.docs)} vs ${JSON.stringify(ref.docs)}`;
  const roots = fast.roots.filter((_, i) => fast.docs[i] !== null);
  const refRoots = ref.roots.filter((_, i) => fast.docs[i] !== null);
  if (!same(roots, refRoots)) return `root positions differ on ${JSON.stringify(text)}: ${JSON.stringify(roots)} vs ${JSON.stringify(refRoots)}`;
  return 'ok';
}

function run(texts: Iterable<string>): { ok: number; bail: number; failures: string[] } {
  const out = { ok: 0, bail: 0, failures: [] as string[] };
  for (const text of texts) {
    const r = compare(text);
    if (r === 'ok') out.ok++;
    else if (r === 'bail') out.bail++;
    else if (out.failures.length < 5) out.failures.push(r);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Random documents

const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** Plain scalars the core schema reads as numbers, booleans, null or strings, all valid as values. */
const PLAIN = [
  'nginx',
  'app.kubernetes.io/name',
  'http://x.example:80/p?q=1',
  'a b',
  'a  b',
  'a#b',
  '-x',
  '.5x',
  'héllo',
  '日本',
  '😀',
  'registry.bench.example/app-001:{{ .var.tag }}',
  '250m',
  '256Mi',
  'v1',
  'apps/v1',
  'a:b',
  'key:value',
  'x]',
  'x}',
  'a,b',
  'a[b]',
  "x'",
  'x"',
  '...',
  '---',
  '~x',
  'a ',
  'a  ',
  '1:30',
  '1,5',
  '0x1F',
  '0X1F',
  '0xg',
  '1e3',
  '1E3',
  '1.',
  '.5',
  '-.5',
  '+.5',
  '.inf',
  '-.Inf',
  '+.INF',
  '.NaN',
  '-.NaN',
  '.nan',
  '.NAN',
  '0o17',
  '0O17',
  '0o8',
  '+12',
  '-12',
  '-0',
  '+0',
  '0',
  '1_000',
  '012',
  '09',
  '0x',
  '1e',
  '.e3',
  '1.50',
  '0.0',
  '-0.0',
  '1e-3',
  '1e+3',
  '12345678901234567890',
  '3.14159',
  'True',
  'TRUE',
  'tRUE',
  'true',
  'false',
  'False',
  'yes',
  'No',
  'on',
  'off',
  'y',
  'n',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
];
/** Plain text that is not a plain scalar, or not only one: indicators, nested maps, comments. */
const WILD = [
  '-',
  '?',
  ':',
  '? x',
  ': x',
  '-- x',
  'a: b',
  'a:',
  '- a',
  '- - a',
  '#x',
  'a #b',
  'a # b',
  '@x',
  '`x',
  '%x',
  '!x',
  '!!str x',
  '&x',
  '*x',
  '|',
  '>',
  '|-',
  '>+',
  '[x',
  '{x',
  '[]',
  '{}',
  "'x",
  '"x',
  '--- x',
  '<<',
  '__proto__',
  'x: y: z',
  '',
];
const KEYS = [
  'a',
  'b',
  'name',
  'image',
  'app.kubernetes.io/name',
  'a b',
  'a#b',
  'a:b',
  'http://x',
  '1',
  '0x1F',
  'true',
  'null',
  '~',
  '-a',
  '.5',
  '<<',
  '__proto__',
  'constructor',
  'toString',
  'a ',
  '? a',
  '"q"',
  "'s'",
  '"a": b',
  'é',
  '',
];
const PRINTABLE = [
  'a',
  'Z',
  '0',
  ' ',
  '  ',
  ':',
  ': ',
  '#',
  ' #',
  "'",
  '"',
  '\\',
  '/',
  ',',
  '[',
  ']',
  '{',
  '}',
  '-',
  '?',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  'é',
  '日',
  '😀',
  '\u00a0',
];
const CHARS = [...PRINTABLE, '\t', '\n', '\r', '\u0085', '\u2028', '\ufeff', '\u0001', '\ud800'];
const ESCAPES = ['\\n', '\\t', '\\"', '\\\\', '\\/', '\\u00e9', '\\x41', '\\N', '\\_', '\\L', '\\P', '\\0', '\\e', '\\ ', '\\U0001F600', '\\ud800'];
const BAD_ESCAPES = ['\\q', '\\x4', '\\u12', '\\U00110000', '\\'];

function randomString(rnd: Rnd, max = 6): string {
  let s = '';
  const n = Math.floor(rnd() * max);
  for (let i = 0; i < n; i++) s += pick(rnd, rnd() < wild ? CHARS : PRINTABLE);
  return s;
}

function doubleQuoted(rnd: Rnd): string {
  if (rnd() < 0.4) return JSON.stringify(randomString(rnd)); // what the templates' `json` prints
  let s = '"';
  const n = Math.floor(rnd() * 5);
  for (let i = 0; i < n; i++) s += rnd() < 0.5 ? pick(rnd, rnd() < wild ? BAD_ESCAPES : ESCAPES) : pick(rnd, PRINTABLE).replace(/["\\]/, 'x');
  return `${s}"`;
}

function singleQuoted(rnd: Rnd): string {
  return `'${randomString(rnd).replace(/'/g, rnd() < wild ? "'" : "''")}'`;
}

/** How often the generator writes something dubious; the mutation test breaks documents further. */
let wild = 0.02;

function scalar(rnd: Rnd): string {
  const r = rnd();
  if (r < wild) return pick(rnd, WILD);
  if (r < 0.55) return pick(rnd, PLAIN);
  if (r < 0.75) return doubleQuoted(rnd);
  if (r < 0.85) return singleQuoted(rnd);
  if (r < 0.95) return JSON.stringify(pick(rnd, [0, -1, 1.5, 1e21, true, false, null, 'x']));
  return '';
}

function key(rnd: Rnd): string {
  const r = rnd();
  if (r < 1 - 2 * wild) return pick(rnd, KEYS.slice(0, 8));
  if (r < 1 - wild) return pick(rnd, KEYS);
  return rnd() < 0.5 ? doubleQuoted(rnd) : singleQuoted(rnd);
}

/** A one-line flow collection: JSON as the templates print it, or YAML flow with spaces. */
function flow(rnd: Rnd, depth: number): string {
  if (rnd() < 0.5) {
    const value = (d: number): unknown =>
      d > 0 && rnd() < 0.4
        ? rnd() < 0.5
          ? Array.from({ length: Math.floor(rnd() * 3) }, () => value(d - 1))
          : Object.fromEntries(Array.from({ length: Math.floor(rnd() * 3) }, () => [randomString(rnd, 3), value(d - 1)]))
        : pick(rnd, [1, -0.5, 'x', 'a: b', true, null, '', '{}', 'é\n']);
    return JSON.stringify(value(depth + 1));
  }
  const sep = () => pick(rnd, [', ', ',', ' , ', ',  ']);
  const item = (): string => (depth > 0 && rnd() < 0.3 ? flow(rnd, depth - 1) : scalar(rnd));
  const n = Math.floor(rnd() * 4);
  if (rnd() < 0.5) return `[${pick(rnd, ['', ' '])}${Array.from({ length: n }, item).join(sep())}${pick(rnd, ['', ' ', ',', ', '])}]`;
  const pair = () => `${key(rnd)}${rnd() < wild ? ':' : pick(rnd, [': ', ' : ', ':  '])}${item()}`;
  return `{${pick(rnd, ['', ' '])}${Array.from({ length: n }, pair).join(sep())}${pick(rnd, ['', ' ', ','])}}`;
}

function comment(rnd: Rnd): string {
  return rnd() < 0.15 ? pick(rnd, [' # c', ' #', '  # c: d', '#c', ' # - x']) : '';
}

function inline(rnd: Rnd, depth: number): string {
  return rnd() < 0.2 ? flow(rnd, depth) : scalar(rnd);
}

/** Lines of a block map (or sequence) at `indent`, with comments and blank lines here and there. */
function block(rnd: Rnd, indent: number, depth: number): string[] {
  const pad = ' '.repeat(indent);
  const step = () => pick(rnd, [2, 2, 2, 1, 3, 4]);
  const lines: string[] = [];
  const extra = () => {
    if (rnd() < 0.08) lines.push(rnd() < 0.5 ? '' : pick(rnd, ['  ', ' '.repeat(Math.floor(rnd() * 8)) + '# comment']));
  };
  const n = 1 + Math.floor(rnd() * 4);
  if (rnd() < 0.65 || depth === 0) {
    for (let i = 0; i < n; i++) {
      extra();
      const k = key(rnd);
      if (depth > 0 && rnd() < 0.35) {
        const sameIndentSeq = rnd() < 0.3;
        lines.push(`${pad}${k}:${comment(rnd)}`);
        lines.push(...(sameIndentSeq ? seq(rnd, indent, depth - 1) : block(rnd, indent + step(), depth - 1)));
      } else if (rnd() < 0.1) lines.push(`${pad}${k}:${pick(rnd, ['', ' ', '  '])}`);
      else
        lines.push(
          `${pad}${k}${rnd() < wild ? pick(rnd, [':', ' : ', ':\t']) : pick(rnd, [': ', ':  '])}${inline(rnd, depth)}${comment(rnd)}${rnd() < 0.05 ? '  ' : ''}`,
        );
    }
    return lines;
  }
  return seq(rnd, indent, depth);
}

function seq(rnd: Rnd, indent: number, depth: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (depth > 0 && r < 0.35) {
      // `- key: v` with the map going on under it (compact), or on the lines below.
      const gap = pick(rnd, [1, 1, 1, 2, 3]);
      const inner = block(rnd, indent + 1 + gap, depth - 1);
      if (rnd() < 0.7) lines.push(`${pad}-${' '.repeat(gap)}${inner[0].trimStart()}`, ...inner.slice(1));
      else lines.push(`${pad}-${comment(rnd)}`, ...inner);
    } else if (depth > 0 && r < 0.45) {
      const inner = seq(rnd, indent + 2, depth - 1);
      lines.push(`${pad}- ${inner[0].trimStart()}`, ...inner.slice(1)); // `- - a`
    } else if (r < 0.5) lines.push(`${pad}-${pick(rnd, ['', ' '])}`);
    else lines.push(`${pad}- ${inline(rnd, depth)}${comment(rnd)}`);
  }
  return lines;
}

function document(rnd: Rnd): string {
  const docs: string[] = [];
  const n = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) {
    const body = rnd() < 0.1 ? [] : block(rnd, rnd() < 0.1 ? 2 : 0, 1 + Math.floor(rnd() * 3));
    const head =
      i === 0 && rnd() < 0.6
        ? rnd() < 0.3
          ? ['# header']
          : []
        : [pick(rnd, rnd() < wild ? ['--- x', '... x', '---x'] : ['---', '---', '--- # doc', '---  ', '...\n---', '...\n# c\n---'])];
    docs.push([...head, ...body].join('\n'));
  }
  return docs.join('\n') + pick(rnd, ['\n', '\n', '', '\n\n', '\n---\n', '\n...\n', '\n# end\n']);
}

/** Break a document the ways people and templates do. */
function mutate(rnd: Rnd, text: string): string {
  const r = rnd();
  if (r < 0.05) return text.replace(/\n/g, '\r\n');
  if (r < 0.08) return `\ufeff${text}`;
  const lines = text.split('\n');
  const at = Math.floor(rnd() * lines.length);
  if (r < 0.3) {
    const line = lines[at];
    const p = Math.floor(rnd() * (line.length + 1));
    lines[at] = line.slice(0, p) + pick(rnd, CHARS) + line.slice(p + (rnd() < 0.5 ? 1 : 0));
  } else if (r < 0.45) lines[at] = ` ${lines[at]}`;
  else if (r < 0.55) lines[at] = lines[at].replace(/^ /, '');
  else if (r < 0.65) lines.splice(at, 0, lines[at]);
  else if (r < 0.72) lines.splice(at, 1);
  else if (r < 0.8) lines[at] = lines[at].replace(/^( *)/, '$1\t');
  else if (r < 0.88) lines[at] = `${lines[at]}${pick(rnd, [' ', '  ', ' #', ':', ' x', '\\', "'", '"'])}`;
  else lines[at] = lines[at].replace(/: /, pick(rnd, [':', ' : ', ': &a ', ': *a', ': !!str ', ': |', ': >-\n  x']));
  return lines.join('\n');
}

describe('parseYamlSubset against yaml', () => {
  it('agrees on random documents of the subset grammar', () => {
    const rnd = prng(0x5eed);
    const r = run(Array.from({ length: 3000 }, () => document(rnd)));
    expect(r.failures).toEqual([]);
    // The comparison means something only if the fast path reads most of them.
    expect(r.ok).toBeGreaterThan(500);
  });

  it('agrees on mutated documents', () => {
    const rnd = prng(0xbad);
    wild = 0.1;
    const r = run(
      Array.from({ length: 3000 }, () => {
        let text = document(rnd);
        for (let m = 1 + Math.floor(rnd() * 3); m > 0; m--) text = mutate(rnd, text);
        return text;
      }),
    );
    expect(r.failures).toEqual([]);
    wild = 0.02;
    expect(r.ok).toBeGreaterThan(100);
    expect(r.bail).toBeGreaterThan(100);
  });

  it('agrees on every scalar, key and flow collection of the pools', () => {
    const values = [...PLAIN, ...WILD, ...[...ESCAPES, ...BAD_ESCAPES].map((e) => `"${e}"`), "'it''s'", "''", '""', "'a''", '"a'];
    const texts = [
      ...values.flatMap((v) => [`k: ${v}`, `k: ${v} # c`, `- ${v}`, `k: [${v}]`, `k: {x: ${v}}`, `{"k":${v}}`, `k: [${v}, ${v}]`]),
      ...KEYS.flatMap((k) => [`${k}: v`, `${k}:`, `- ${k}: v`, `m: {${k}: v}`, `${k}: v\n${k}: w`]),
    ];
    const r = run(texts);
    expect(r.failures).toEqual([]);
    expect(r.ok).toBeGreaterThan(200);
  });

  it('agrees on the benchmark fleet and reads all of it', () => {
    const files = Object.values(generateFleet(SIZES.small));
    const r = run(files);
    expect(r.failures).toEqual([]);
    expect(r.bail).toBe(0);
  });
});

// The same claim, property-based: fast-check generates the inputs and, on a disagreement, shrinks it
// to a smallest example. Fixed seeds keep runs reproducible.
describe('parseYamlSubset against yaml (fast-check)', () => {
  const agrees = (text: string): boolean => {
    const r = compare(text);
    return r === 'ok' || r === 'bail';
  };

  it('reads any JSON value as hubcast emits it exactly as yaml does, and reads most of them', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const text = emitYaml(v as Json);
        if (parseYamlSubset(text)) read++;
        return agrees(text);
      }),
      { numRuns: 2000, seed: 17 },
    );
    expect(read).toBeGreaterThan(1000);
  });

  it('declines or agrees on any text made of YAML fragments', () => {
    const fragments = [
      ...PLAIN,
      ...WILD,
      ...KEYS,
      ...CHARS,
      ...ESCAPES,
      ...BAD_ESCAPES,
      ': ',
      '- ',
      '\n',
      '\n  ',
      '\n- ',
      '\n---\n',
      '[',
      ']',
      '{',
      '}',
      ', ',
      '"',
      "'",
      ' # c',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 24 }), (parts) => agrees(parts.join(''))),
      { numRuns: 5000, seed: 23 },
    );
  });
});

describe('parseYamlSubset values', () => {
  it('reads specs and rendered templates as yaml does', () => {
    const text = [
      '# a profile',
      'apiVersion: spectrocloud.com/v1beta1',
      'kind: WorkloadProfile',
      'metadata:',
      '  name: app  # trailing comment',
      '  labels: {"app.kubernetes.io/name":"api","n":1,"b":true,"z":null}',
      'spec:',
      '  ports:',
      '  - containerPort: 8080',
      '    expose: true',
      '  - - nested',
      '    - 0x1F',
      '  env: [{"name":"A","value":"\\u00e9\\n"}]',
      '  empty:',
      "  quoted: 'it''s'",
      '  numbers: [012, 1e3, .inf, -.NaN, 0o17, +12, 1_000, -0, 1.50]',
      '---',
      '---  # empty above',
      'a: 1',
      '',
    ].join('\n');
    const fast = parseYamlSubset(text);
    expect(fast?.docs).toEqual([
      {
        apiVersion: 'spectrocloud.com/v1beta1',
        kind: 'WorkloadProfile',
        metadata: { name: 'app', labels: { 'app.kubernetes.io/name': 'api', n: 1, b: true, z: null } },
        spec: {
          ports: [{ containerPort: 8080, expose: true }, ['nested', 31]],
          env: [{ name: 'A', value: 'é\n' }],
          empty: null,
          quoted: "it's",
          numbers: [12, 1000, Infinity, '-.NaN', 15, 12, '1_000', -0, 1.5],
        },
      },
      null,
      { a: 1 },
    ]);
    expect(Object.is((fast!.docs[0] as { spec: { numbers: number[] } }).spec.numbers[7], -0)).toBe(true);
    expect(fast?.roots).toEqual([
      { line: 2, column: 1 },
      { line: 0, column: 0 },
      { line: 19, column: 1 },
    ]);
    expect(compare(text)).toBe('ok');
  });

  it('reads an empty stream as no documents, and a lone --- as one empty document', () => {
    expect(parseYamlSubset('')?.docs).toEqual([]);
    expect(parseYamlSubset('# only a comment\n')?.docs).toEqual([]);
    expect(parseYamlSubset('---\n')?.docs).toEqual([null]);
    expect(parseYamlSubset('a: 1\n---\n')?.docs).toEqual([{ a: 1 }, null]);
  });
});

describe('parseYamlSubset declines what it does not fully handle', () => {
  const declined: Record<string, string> = {
    anchor: 'a: &x 1\nb: 2\n',
    alias: 'a: 1\nb: *x\n',
    tag: 'a: !!str 1\n',
    'local tag': 'a: !thing 1\n',
    directive: '%YAML 1.2\n---\na: 1\n',
    'content after ...': 'a: 1\n... b\n',
    'duplicate key': 'a: 1\na: 2\n',
    'duplicate flow key': 'a: {b: 1, b: 2}\n',
    'duplicate key, quoted and plain': 'a: 1\n"a": 2\n',
    'tab indentation': 'a:\n\tb: 1\n',
    'tab in a value': 'a: b\tc\n',
    'CRLF line ends': 'a: 1\r\nb: 2\r\n',
    BOM: '\ufeffa: 1\n',
    'multi-line plain scalar': 'a: one\n  two\n',
    'multi-line quoted scalar': 'a: "one\n  two"\n',
    'multi-line flow collection': 'a: [1,\n  2]\n',
    'literal block scalar': 'a: |\n  text\n',
    'folded block scalar': 'a: >-\n  text\n',
    'complex key': '? a\n: 1\n',
    'odd indentation': 'a:\n    b: 1\n  c: 2\n',
    'content on the --- line': '--- a: 1\n',
    'nested map on one line': 'a: b: c\n',
    'scalar root': 'just text\n',
    'scalar on its own line': 'a:\n  text\n',
    'non-string key': '1: a\n',
    'boolean key': 'true: a\n',
    'null key': '~: a\n',
    'merge key': '<<: {a: 1}\n',
    'prototype key': '__proto__: {a: 1}\n',
    'empty flow entry': 'a: [1, , 2]\n',
    'lone comma': 'a: [ , ]\n',
    'implicit pair in a flow sequence': 'a: [b: 1]\n',
    'flow key without value': 'a: {b}\n',
    'plain flow key with a colon': 'a: {b:1}\n',
    'bad escape': 'a: "\\q"\n',
    'short hex escape': 'a: "\\x4"\n',
    'code point out of range': 'a: "\\U00110000"\n',
    'unterminated quote': "a: 'b\n",
    'text after a quoted value': 'a: "b" c\n',
    'comment without a space': 'a: "b"#c\n',
    'key too long': `${'k'.repeat(1100)}: v\n`,
    'sequence after a map entry': 'a: 1\n- b\n',
  };
  for (const [what, text] of Object.entries(declined)) {
    it(what, () => {
      expect(parseYamlSubset(text)).toBeUndefined();
    });
  }
});
