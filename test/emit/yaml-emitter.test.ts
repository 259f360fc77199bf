import { describe, it, expect } from 'vitest';
import { parseAllDocuments, parseDocument } from 'yaml';
import { compareKeys, compareMetadataKeys, emitYaml, emitYamlStream, objectEmitter, type ObjectTextMemo } from '../../src/emit/yaml-emitter.ts';
import type { Json } from '../../src/core/types.ts';
import { markShared } from '../../src/core/shared-maps.ts';

type Version = '1.1' | '1.2';
const VERSIONS: readonly Version[] = ['1.2', '1.1'];

/**
 * Parses one document strictly (no errors, no warnings) with typed map keys: mapAsMap keeps a
 * plain `1:` key as the number 1, so a key that should have been quoted cannot slip through.
 */
function read(text: string, version: Version): unknown {
  const doc = parseDocument(text, { version });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  expect(doc.warnings.map((e) => e.message)).toEqual([]);
  return doc.toJS({ mapAsMap: true });
}

/** The shape `read` returns for a Json value: objects become Maps. */
function asMaps(v: Json): unknown {
  if (Array.isArray(v)) return v.map(asMaps);
  if (v !== null && typeof v === 'object') {
    return new Map(Object.entries(v).map(([k, x]) => [k, asMaps(x)]));
  }
  return v;
}

function expectRoundTrip(v: Json): string {
  const text = emitYaml(v);
  for (const version of VERSIONS) expect(read(text, version), `YAML ${version}:\n${text}`).toEqual(asMaps(v));
  return text;
}

describe('emitYaml: layout and key order', () => {
  it('writes a Deployment exactly, independent of insertion order', () => {
    const deployment: Json = {
      status: {},
      spec: {
        template: {
          spec: {
            volumes: [],
            containers: [
              {
                resources: { limits: { memory: '128Mi', cpu: '500m' } },
                ports: [{ protocol: 'TCP', containerPort: 8080 }],
                name: 'web',
                image: 'nginx:1.25',
                env: [
                  { value: 'yes', name: 'ENABLED' },
                  { name: 'RATIO', value: '0.5' },
                  { name: 'EMPTY', value: null },
                ],
                args: ['--port=8080', 'serve', '-v'],
              },
            ],
          },
          metadata: { labels: { app: 'web' } },
        },
        selector: { matchLabels: { app: 'web' } },
        replicas: 3,
        paused: false,
      },
      metadata: {
        labels: { 'app.kubernetes.io/name': 'web', app: 'web', '10': 'ten' },
        annotations: { 'hubcast.io/ratio': 0.25 },
        namespace: 'prod',
        name: 'web',
        finalizers: [],
      },
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      extra: [
        // An object embedded in a list (as in ManifestWork manifests) gets object key order too.
        { data: { b: '2', a: '1' }, metadata: { namespace: 'prod', name: 'cfg' }, kind: 'ConfigMap', apiVersion: 'v1' },
        { kind: 'NotAnObject', spec: 1, data: 2 },
      ],
    };
    const expected = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
  labels:
    "10": ten
    app: web
    app.kubernetes.io/name: web
  annotations:
    hubcast.io/ratio: 0.25
  finalizers: []
spec:
  paused: false
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - args:
            - "--port=8080"
            - serve
            - "-v"
          env:
            - name: ENABLED
              value: "yes"
            - name: RATIO
              value: "0.5"
            - name: EMPTY
              value: null
          image: nginx:1.25
          name: web
          ports:
            - containerPort: 8080
              protocol: TCP
          resources:
            limits:
              cpu: 500m
              memory: 128Mi
      volumes: []
extra:
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: cfg
      namespace: prod
    data:
      a: "1"
      b: "2"
  - data: 2
    kind: NotAnObject
    spec: 1
status: {}
`;
    expect(emitYaml(deployment)).toBe(expected);
    expectRoundTrip(deployment);
  });

  it('writes scalars, empty collections and nested sequences', () => {
    expect(emitYaml(null)).toBe('null\n');
    expect(emitYaml(true)).toBe('true\n');
    expect(emitYaml(42)).toBe('42\n');
    expect(emitYaml('plain')).toBe('plain\n');
    expect(emitYaml({})).toBe('{}\n');
    expect(emitYaml([])).toBe('[]\n');
    expect(emitYaml([[1, [2, 3]], [], [{}], [{ a: [] }]])).toBe('- - 1\n  - - 2\n    - 3\n- []\n- - {}\n- - a: []\n');
    expect(emitYaml({ a: [{ b: null, c: [true] }] })).toBe('a:\n  - b: null\n    c:\n      - true\n');
  });

  it('orders Kubernetes object and metadata keys, everything else by cmp', () => {
    const keys = ['type', 'zeta', 'spec', 'Alpha', 'kind', 'data', 'metadata', 'apiVersion', 'stringData', '10'];
    expect([...keys].sort((a, b) => compareKeys(a, b, true))).toEqual([
      'apiVersion',
      'kind',
      'metadata',
      'spec',
      'data',
      'stringData',
      'type',
      '10',
      'Alpha',
      'zeta',
    ]);
    expect([...keys].sort((a, b) => compareKeys(a, b, false))).toEqual([
      '10',
      'Alpha',
      'apiVersion',
      'data',
      'kind',
      'metadata',
      'spec',
      'stringData',
      'type',
      'zeta',
    ]);
    const meta = ['uid', 'annotations', 'labels', 'namespace', 'generateName', 'name', 'Z'];
    expect([...meta].sort(compareMetadataKeys)).toEqual(['name', 'generateName', 'namespace', 'labels', 'annotations', 'Z', 'uid']);
    // Integer-like keys come first in JS insertion order; output must not depend on it.
    expect(emitYaml({ b: 1, '2': 1, a: 1, '10': 1 })).toBe('"10": 1\n"2": 1\na: 1\nb: 1\n');
    // `metadata` ordering applies only under a Kubernetes object; `kind` alone is not an object;
    // a non-string apiVersion is not an object either (e.g. a schema's `properties`).
    expect(emitYaml({ metadata: { namespace: 'x', name: 'y' } })).toBe('metadata:\n  name: "y"\n  namespace: x\n');
    expect(emitYaml({ kind: 'K', data: 1 })).toBe('data: 1\nkind: K\n');
    expect(emitYaml({ kind: { type: 'string' }, apiVersion: { type: 'string' } })).toBe('apiVersion:\n  type: string\nkind:\n  type: string\n');
    // Metadata-like ordering is not applied to nested maps inside metadata.
    expect(emitYaml({ apiVersion: 'v1', kind: 'K', metadata: { labels: { namespace: 'a', name: 'b' } } })).toBe(
      'apiVersion: v1\nkind: K\nmetadata:\n  labels:\n    name: b\n    namespace: a\n',
    );
  });

  it('never writes anchors, aliases or tags for shared objects', () => {
    const shared = { a: [1] };
    const text = emitYaml({ x: shared, y: shared, z: [shared, shared] });
    expect(text).toBe('x:\n  a:\n    - 1\n"y":\n  a:\n    - 1\nz:\n  - a:\n      - 1\n  - a:\n      - 1\n');
    expect(text).not.toMatch(/[&*!]/);
  });

  it('uses an explicit key for keys longer than an implicit key may be', () => {
    const long = 'k'.repeat(1100);
    const text = expectRoundTrip({ [long]: { a: 1 }, short: [long] });
    expect(text.startsWith(`? "${long}"\n:\n  a: 1\n`)).toBe(true);
    expectRoundTrip({ ['q'.repeat(1000)]: 'x', ['r: '.repeat(400)]: ['y'] });
  });
});

describe('emitYaml: numbers', () => {
  it('round-trips integers and floats under YAML 1.1 and 1.2', () => {
    const nums = [0, 1, -1, 42, 2 ** 53 - 1, 1e20, 0.5, -0.25, 0.1, 1 / 3, 1.5e-7, 5e-324, 1e21, 1.7976931348623157e308, -1e100];
    for (const n of nums) expectRoundTrip({ n, list: [n] });
  });

  it('writes exponent floats with a fraction so YAML 1.1 reads them as floats', () => {
    expect(emitYaml(1e21)).toBe('1.0e+21\n');
    expect(emitYaml(-5e-7)).toBe('-5.0e-7\n');
    expect(emitYaml(1.5e300)).toBe('1.5e+300\n');
    expect(emitYaml(-0)).toBe('0\n');
  });

  it('throws TypeError on values that are not JSON', () => {
    const bad: unknown[] = [NaN, Infinity, -Infinity, undefined, () => 1, 10n, Symbol('s'), new Date(0), new Map()];
    for (const b of bad) {
      expect(() => emitYaml(b as Json)).toThrow(TypeError);
      expect(() => emitYaml({ a: [b] } as unknown as Json)).toThrow(TypeError);
    }
    expect(() => emitYaml({ a: undefined } as unknown as Json)).toThrow(TypeError);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => emitYaml([1, , 3] as Json)).toThrow(TypeError);
    // The buffer is reset after a throw.
    expect(emitYaml({ ok: 1 })).toBe('ok: 1\n');
  });
});

// Each string must come back identical under YAML 1.2 core and YAML 1.1, as a value and as a key.
const TRICKY: readonly string[] = [
  '',
  ' ',
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  'on',
  'On',
  'ON',
  'off',
  'Off',
  'OFF',
  'null',
  'Null',
  'NULL',
  '~',
  '0755',
  '0o17',
  '0x1F',
  '0b101',
  '1_000',
  '+1',
  '-1',
  '.5',
  '1.',
  '1e3',
  '1.10',
  '.inf',
  '-.Inf',
  '.nan',
  '190:20:30',
  '12:30',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '2001-12-14 21:59:43.10 -5',
  '.',
  '...',
  '---',
  '- x',
  '-x',
  '? x',
  ': x',
  ',x',
  '[x]',
  '{x}',
  '# x',
  '&a',
  '*a',
  '!tag',
  '|',
  '>',
  "'q'",
  '"q"',
  '%YAML',
  '@x',
  '`x`',
  ' lead',
  'trail ',
  'a: b',
  'key: value # c',
  'a #b',
  'a#b',
  'a:',
  'a:b',
  '<<',
  '=',
  'a\tb',
  'naïve',
  '日本語',
  'emoji 😀',
  'a\u2028b',
  'a\u2029b',
  'a\u0085b',
  'del\u007f',
  'c1\u0080',
  'nul\u0000',
  'bell\u0007',
  '\ufeffbom',
  'nbsp\u00a0',
  '\u00a0lead',
  'quote"s',
  "it's",
  'back\\slash',
  'C:\\dir\\',
  'https://example.com/a?b=1&c=2#frag',
  'http://x/#y',
  'a\nb',
  'a\nb\n',
  'a\nb\n\n',
  '\n',
  '\n\n',
  'x\n',
  '  indented\nnext\n',
  '\n  after blank',
  'tab\tin\nblock',
  '\tlead tab\nx',
  'trailing space \nx',
  'cr\r\nlf',
  'a\n...\n---\nb',
  '# not comment\n- not item\n',
  '10Gi',
  '500m',
  '1.2.3',
  'nginx:1.25',
  'v1',
  '$(VAR)',
];

describe('emitYaml: strings', () => {
  it.each(TRICKY.map((s) => [JSON.stringify(s), s]))('round-trips %s as value and key', (_, s) => {
    expectRoundTrip(s);
    expectRoundTrip([s]);
    expectRoundTrip({ [s]: s, nested: { [s]: [s, { [s]: s }] } });
  });

  it('quotes everything a YAML 1.1 or 1.2 reader would re-type', () => {
    // Includes forms the `yaml` package's 1.1 schema misses but go-yaml v2 (strconv) re-types.
    const mustQuote = [
      '',
      'y',
      'N',
      'yes',
      'On',
      'OFF',
      'Null',
      '~',
      '<<',
      '=',
      '0755',
      '0o17',
      '0O17',
      '0x1F',
      '0X1F',
      '0b101',
      '1_000',
      '+1',
      '.5',
      '1.',
      '1e3',
      '1E+3',
      '1.10',
      '.inf',
      '-.Inf',
      '+.INF',
      '.nan',
      '._5',
      '190:20:30',
      '12:30',
      '2001-12-14',
      '2001-1-1',
      '2001-12-14t21:59:43.10-05:00',
      '.',
      '...',
      '+',
      '- x',
      ' a',
      'a ',
      'a:',
      'a: b',
      'a #b',
      'a\tb',
      'a\u2028b',
      'a\u0085b',
      'x\u007f',
      '\ufeffx',
      '@x',
      '`x`',
      '%x',
      '7',
      '042',
      '1e5',
      './a: b',
      './a #b',
    ];
    for (const s of mustQuote) expect(emitYaml({ v: s }), JSON.stringify(s)).toMatch(/^v: "/);
  });

  it('keeps common Kubernetes strings plain', () => {
    const plain = [
      'nginx:1.25',
      'registry.io/team/app@sha256:abc',
      'app.kubernetes.io/name',
      '10Gi',
      '500m',
      '1.2.3',
      'v1',
      'a#b',
      'https://example.com/a?b=1&c=2#frag',
      '/var/run',
      'a,b',
      'naïve',
      '日本語',
      '$(VAR)',
      'x-1_y.z',
      '.spec.x',
      '10m',
      '1h30m',
      '90s',
      './rollouts/team-0/app-000/wave-1',
    ];
    for (const s of plain) expect(emitYaml({ v: s })).toBe(`v: ${s}\n`);
  });

  it('escapes characters JSON.stringify leaves raw the YAML way', () => {
    expect(emitYaml('a\u2028b\u2029c\u0085d\u007fe\ufefff')).toBe('"a\\u2028b\\u2029c\\u0085d\\u007fe\\ufefff"\n');
    expect(emitYaml('tab\there')).toBe('"tab\\there"\n');
    expect(emitYaml(['del\u007f', 'c1\u0099'])).toBe('- "del\\u007f"\n- "c1\\u0099"\n');
  });

  it('writes multi-line strings as literal blocks with the right chomping and indentation', () => {
    expect(emitYaml({ a: 'x\ny\n' })).toBe('a: |\n  x\n  y\n');
    expect(emitYaml({ a: 'x\ny' })).toBe('a: |-\n  x\n  y\n');
    expect(emitYaml({ a: 'x\n\ny\n\n', b: 1 })).toBe('a: |+\n  x\n\n  y\n\nb: 1\n');
    expect(emitYaml({ a: '  x\ny' })).toBe('a: |2-\n    x\n  y\n');
    expect(emitYaml({ a: '\n  x\n' })).toBe('a: |2\n\n    x\n');
    expect(emitYaml({ l: [{ k: '  x\n' }] })).toBe('l:\n  - k: |2\n        x\n');
    expect(emitYaml(['a\nb'])).toBe('- |-\n  a\n  b\n');
    expect(emitYaml('a\nb\n')).toBe('|\n  a\n  b\n');
    // At document level an indentation indicator is relative to column -1, which readers disagree on.
    expect(emitYaml('  x\ny')).toBe('"  x\\ny"\n');
    // Not representable as a literal block: trailing spaces, CR, control characters, only newlines.
    expect(emitYaml({ a: 'x \ny' })).toBe('a: "x \\ny"\n');
    expect(emitYaml({ a: 'x\r\ny' })).toBe('a: "x\\r\\ny"\n');
    expect(emitYaml({ a: 'x\n\u0001' })).toBe('a: "x\\n\\u0001"\n');
    expect(emitYaml({ a: '\n\n' })).toBe('a: "\\n\\n"\n');
    // Keys never use block scalars.
    expect(emitYaml({ 'a\nb': 1 })).toBe('"a\\nb": 1\n');
  });

  it('ends every document with exactly one newline, even when the last string keeps blank lines', () => {
    for (const v of [{ a: 'x\n\n' }, ['x\n\n\n'], 'x\n\n', { a: { b: ['y', 'x\n\n'] } }] as Json[]) {
      const text = expectRoundTrip(v);
      expect(text.endsWith('\n')).toBe(true);
      expect(text.endsWith('\n\n')).toBe(false);
    }
  });
});

describe('emitYamlStream', () => {
  it('joins documents with ---', () => {
    const docs: Json[] = [
      { kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'a' } },
      { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'b', namespace: 'a' }, data: { k: '---\n...\n' } },
      'last',
    ];
    const text = emitYamlStream(docs);
    expect(text).toBe(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n' +
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n  namespace: a\ndata:\n  k: |\n    ---\n    ...\n' +
        '---\nlast\n',
    );
    for (const version of VERSIONS) {
      const parsed = parseAllDocuments(text, { version });
      expect(Array.isArray(parsed)).toBe(true);
      if (!Array.isArray(parsed)) return;
      expect(parsed.flatMap((d) => d.errors)).toEqual([]);
      expect(parsed.map((d) => d.toJS())).toEqual(docs);
    }
    expect(emitYamlStream([])).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// Seeded fuzzing: deterministic, so a failure reproduces with the printed seed/index.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHAR_POOL = [
  ...'abcxyzAZ_019',
  ...'-?:,[]{}#&*!|>\'"%@`',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n',
  '\t',
  '.',
  '+',
  '=',
  '<',
  '~',
  '\\',
  '/',
  'é',
  '日',
  '😀',
  '\u2028',
  '\u0085',
  '\u007f',
  '\u00a0',
  '\r',
  '\u0000',
  '\ufeff',
];
const TOKEN_POOL = [
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'null',
  '~',
  'true',
  '0x1F',
  '0o17',
  '0755',
  '1_000',
  '1e3',
  '1.',
  '.5',
  '.inf',
  '-.Inf',
  '.nan',
  '12:30',
  '190:20:30',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '...',
  '---',
  '<<',
  '=',
  '- ',
  ': ',
  ' #',
  '# ',
  '\n  ',
  '\n\n',
  'apiVersion',
  'kind',
  'metadata',
  'name',
];
const KEY_POOL = ['apiVersion', 'kind', 'metadata', 'spec', 'data', 'type', 'name', 'namespace', 'labels', '10', '2'];

function fuzzValue(rnd: () => number, depth: number): Json {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const r = rnd();
  if (depth > 0 && r < 0.2) {
    const n = Math.floor(rnd() * 5);
    return Array.from({ length: n }, () => fuzzValue(rnd, depth - 1));
  }
  if (depth > 0 && r < 0.45) {
    const obj: { [k: string]: Json } = {};
    // Sometimes a Kubernetes-shaped object, to exercise the ranked key orders.
    if (rnd() < 0.3) {
      obj.apiVersion = 'v1';
      obj.kind = fuzzString(rnd, pick);
      obj.metadata = { name: fuzzString(rnd, pick), zone: 1, namespace: 'ns', labels: {} };
    }
    const n = Math.floor(rnd() * 6);
    for (let i = 0; i < n; i++) {
      obj[rnd() < 0.3 ? pick(KEY_POOL) : fuzzString(rnd, pick)] = fuzzValue(rnd, depth - 1);
    }
    return obj;
  }
  if (r < 0.55) return rnd() < 0.5 ? null : rnd() < 0.5;
  if (r < 0.7) {
    const kind = rnd();
    if (kind < 0.4) return Math.floor(rnd() * 2000) - 1000;
    if (kind < 0.6) return (rnd() - 0.5) * 10 ** Math.floor(rnd() * 60 - 30);
    if (kind < 0.8) return Math.floor(rnd() * 2 ** 53) * 10 ** Math.floor(rnd() * 20);
    return pick([0.1, 1e21, 5e-324, -1.5e-7, 2 ** 53, 1e300]);
  }
  return fuzzString(rnd, pick);
}

function fuzzString(rnd: () => number, pick: <T>(xs: readonly T[]) => T): string {
  let s = '';
  const n = Math.floor(rnd() * 8);
  for (let i = 0; i < n; i++) s += rnd() < 0.25 ? pick(TOKEN_POOL) : pick(CHAR_POOL);
  if (rnd() < 0.1) s = String(Math.floor(rnd() * 100000) / 100); // number-looking strings
  return s;
}

/** The same value with every map's keys inserted in a different (random) order. */
function shuffleKeys(v: Json, rnd: () => number): Json {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, rnd));
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [keys[i], keys[j]] = [keys[j], keys[i]];
  }
  const out: { [k: string]: Json } = {};
  for (const k of keys) out[k] = shuffleKeys(v[k], rnd);
  return out;
}

describe('emitYaml: seeded fuzz', () => {
  it('round-trips 2,000 random values under YAML 1.2 and 1.1, byte-stable and order-independent', () => {
    const rnd = mulberry32(0x6875626);
    let blocks = 0;
    let quoted = 0;
    for (let i = 0; i < 2000; i++) {
      const v = fuzzValue(rnd, 4);
      const text = emitYaml(v);
      const ctx = `case ${i}: ${JSON.stringify(v)}\n${text}`;
      for (const version of VERSIONS) expect(read(text, version), `${ctx}\nYAML ${version}`).toEqual(asMaps(v));
      expect(emitYaml(v), ctx).toBe(text);
      expect(emitYaml(shuffleKeys(v, rnd)), ctx).toBe(text);
      expect(text.endsWith('\n') && !text.endsWith('\n\n'), ctx).toBe(true);
      if (/[:-] \|/.test(text)) blocks++;
      if (text.includes('"')) quoted++;
    }
    // The generator must actually reach the interesting paths.
    expect(blocks).toBeGreaterThan(50);
    expect(quoted).toBeGreaterThan(300);
  });
});

describe('an object emitter over many documents', () => {
  it('writes every fuzzed document as emitYaml does, past its bound of remembered key texts', () => {
    const rnd = mulberry32(0x4b455953);
    const emit = objectEmitter();
    const keys = new Set<string>();
    const collect = (v: Json): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) keys.add(k), collect(x);
    };
    for (let i = 0; i < 3000; i++) {
      const v = fuzzValue(rnd, 4);
      collect(v);
      expect(emit(v), `case ${i}: ${JSON.stringify(v)}`).toBe(emitYaml(v));
    }
    // Enough distinct keys that the emitter stopped remembering new ones (4,096) and still wrote them right.
    expect(keys.size).toBeGreaterThan(4096);
  });
});

describe('shared Kubernetes objects (memoized by identity by an object emitter)', () => {
  it('keeps no state between calls, so a mutated object is written as it is now', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '1' } };
    expect(objectEmitter()({ items: [cm, cm] } as never)).toContain('a: "1"');
    cm.data.a = '2';
    expect(emitYaml({ items: [cm] } as never)).toContain('a: "2"');
  });

  it('writes one object shared at different depths and positions correctly each time', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { note: 'line 1\nline 2\n' } };
    const doc = { apiVersion: 'v1', kind: 'List', items: [cm, { nested: [cm] }, cm], last: { deep: { deeper: [cm] } } };
    const text = objectEmitter()(doc as never);
    expect(parseDocument(text).toJS()).toEqual(doc);
    expect(emitYaml(doc as never)).toBe(text); // the same with and without the memo
    expect(emitYaml(cm as never)).toBe('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  note: |\n    line 1\n    line 2\n');
  });
});

describe('shared maps (markShared) and memos kept across calls', () => {
  it('writes a marked map shared by many documents once, with the same text as unshared', () => {
    const spec = markShared({
      workload: { manifests: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { z: '1', a: 'x: y' } }] },
      deleteOption: { propagationPolicy: 'Foreground' },
    });
    const works = ['c1', 'c2', 'c3'].map((c) => ({
      apiVersion: 'work.open-cluster-management.io/v1',
      kind: 'ManifestWork',
      metadata: { name: 'w', namespace: c },
      spec,
    }));
    const memo: ObjectTextMemo = new WeakMap();
    const emit = objectEmitter();
    const texts = works.map((w) => emit(w as never));
    expect(texts).toEqual(works.map((w) => emitYaml(JSON.parse(JSON.stringify(w)) as never)));
    expect(texts[1]).toContain('namespace: c2');
    // A memo the caller keeps also serves whole documents again on a later call.
    objectEmitter(memo, true)(works[0] as never);
    expect(memo.get(works[0] as never)?.size).toBe(1);
    expect(memo.get(spec as never)?.size).toBe(1);
  });
});

describe('reentrancy', () => {
  it('emits a document from inside another emission (a toJSON-free getter calling the emitter) unchanged', () => {
    const inner = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'inner' }, data: { a: 'b' } };
    const innerText = emitYaml(inner as never);
    const outer: Record<string, unknown> = { apiVersion: 'v1', kind: 'List', metadata: { name: 'outer' } };
    // A getter runs while the outer document is half written: a module-level buffer would interleave.
    Object.defineProperty(outer, 'items', { enumerable: true, get: () => [emitYaml(inner as never)] });
    const text = emitYaml(outer as never);
    expect(parseDocument(text).toJS()).toEqual({ apiVersion: 'v1', kind: 'List', metadata: { name: 'outer' }, items: [innerText] });
    expect(emitYaml(inner as never)).toBe(innerText);
  });
});
