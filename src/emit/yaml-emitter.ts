// Purpose-built deterministic YAML emitter for generated manifests (ManifestWorks, Flux objects).
//
// Why hand-written instead of `yaml`'s stringify (engineering.md §6.3/§6.4):
//  - Speed: `yaml` stringify is 10-20x slower than JSON.stringify (it builds a Document/AST and
//    resolves every scalar against the schema); we must emit 10,000 ManifestWorks in well under a
//    second. This emitter walks plain JSON once and appends strings: ~2.5x JSON.stringify and ~28x
//    faster than `yaml` stringify on 10,000 ManifestWork-like objects (Node 20, measured).
//  - Determinism: output depends only on the value, never on JS insertion order (integer-like keys
//    come first in JS objects), shared object identity (no anchors/aliases) or line width (no folding).
//  - Reader-safety: a string is written plain only if a YAML 1.2 core-schema reader AND a YAML 1.1
//    reader (go-yaml v2, older kubectl paths, `yaml` with version '1.1') read it back as the identical
//    string; otherwise it is double-quoted (or a literal block for multi-line text).
//
// Output rules: block style, 2-space indent, sequences indented under their key, `{}`/`[]` only for
// empty collections, no tags/anchors/flow style, LF line endings, one trailing `\n` per document.
// (A `|+` block that would end the document is double-quoted instead, to keep that last rule.)
// Key order: Kubernetes objects (maps with string `apiVersion` and `kind`) put apiVersion, kind,
// metadata, spec, data, stringData, type first; their `metadata` maps put name, generateName,
// namespace, labels, annotations first; everything else is sorted by `cmp` (UTF-16 code units).

import { isShared } from '../core/shared-maps.ts';
import { cmp } from '../core/diagnostics.ts';
import type { Json, JsonObject } from '../core/types.ts';

/** One YAML document (no `---`), ending with exactly one `\n`. Throws TypeError on non-JSON input. */
export function emitYaml(value: Json): string {
  return new Writer(undefined, false).document(value);
}

/** Emits one document as a YAML text; `emitYaml`, or an emitter that shares a memo (`objectEmitter`). */
export type Emit = (value: Json) => string;

// The per-cluster layout embeds the same manifest objects (one JS object, shared) in a ManifestWork per
// cluster: 100 clusters would serialize each 100 times. An object emitter memoizes Kubernetes objects by
// identity and position; its caller promises not to mutate them while it uses the emitter. A document's
// own text is kept only with `keepDocuments` (a memo the caller keeps across runs, the pipeline's, for
// objects a later run reuses unchanged): within one tree each document is emitted once, and keeping every
// file's text alive would defeat streaming the tree to disk.
// Keyed by object, then by position (column * 2, plus 1 when nothing follows it in the document).
export type ObjectTextMemo = WeakMap<JsonObject, Map<number, string>>;

/** An Emit that serializes shared objects once, into `memo` (a new one by default). */
export function objectEmitter(memo: ObjectTextMemo = new WeakMap(), keepDocuments = false): Emit {
  const keys: KeyTexts = new Map();
  return (value) => new Writer(memo, keepDocuments, keys).document(value);
}

// A tree's documents use few distinct keys (apiVersion, metadata, label keys...), each written thousands of
// times: an emitter keeps each key's text, up to a bound (a ConfigMap's data keys can be many and unique).
type KeyTexts = Map<string, string>;
const MAX_KEY_TEXTS = 4096;

/** Several documents joined with `---\n`. */
export function emitYamlStream(values: readonly Json[]): string {
  let s = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) s += '---\n';
    s += emitYaml(values[i]);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Key order

const OBJECT_RANK: Readonly<Record<string, number>> = Object.assign(Object.create(null), {
  apiVersion: 1,
  kind: 2,
  metadata: 3,
  spec: 4,
  data: 5,
  stringData: 6,
  type: 7,
});
const METADATA_RANK: Readonly<Record<string, number>> = Object.assign(Object.create(null), {
  name: 1,
  generateName: 2,
  namespace: 3,
  labels: 4,
  annotations: 5,
});

function rankedCompare(a: string, b: string, rank: Readonly<Record<string, number>>): number {
  const ra = rank[a];
  const rb = rank[b];
  if (ra !== undefined) return rb !== undefined ? ra - rb : -1;
  if (rb !== undefined) return 1;
  return cmp(a, b);
}

/**
 * Key order of a map. `objectMap`: the map is a Kubernetes object (has string `apiVersion` and
 * `kind`), so its well-known top-level fields come first; otherwise plain `cmp` order.
 */
export function compareKeys(a: string, b: string, objectMap: boolean): number {
  return objectMap ? rankedCompare(a, b, OBJECT_RANK) : cmp(a, b);
}

/** Key order of the `metadata` map of a Kubernetes object. */
export function compareMetadataKeys(a: string, b: string): number {
  return rankedCompare(a, b, METADATA_RANK);
}

const compareObjectKeys = (a: string, b: string): number => rankedCompare(a, b, OBJECT_RANK);

// ---------------------------------------------------------------------------------------------
// Scalars

/** All case variants of YAML 1.1/1.2 keywords (null, booleans, merge/value keys): must be quoted. */
const KEYWORDS: ReadonlySet<string> = (() => {
  const set = new Set<string>(['~', '<<', '=']);
  const add = (w: string, i: number, acc: string): void => {
    if (i === w.length) set.add(acc);
    else {
      add(w, i + 1, acc + w[i]);
      add(w, i + 1, acc + w[i].toUpperCase());
    }
  };
  // Over-approximation (e.g. `yEs`) is harmless: quoting a string never changes its value.
  for (const w of ['y', 'n', 'yes', 'no', 'true', 'false', 'on', 'off', 'null']) add(w, 0, '');
  return set;
})();

// Common case: identifiers, label keys, DNS names, paths. Cannot be a number/date (letter first)
// or contain an indicator sequence; only the keyword check remains.
const FAST_PLAIN = /^[A-Za-z_][\w./@=+-]*$/;

// Characters that force quoting of a single-line string: tab, C0/C1 controls, DEL, NEL, U+2028/9
// (line breaks in YAML 1.1), BOM, the non-characters U+FFFE/U+FFFF, and lone surrogates.
const UNSAFE_CHAR = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;
// Same for literal block scalars, which may contain tab and LF, but no CR and no trailing
// whitespace on a line (editors and diff tools strip it, and it is invisible in review).
const BLOCK_UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[ \t](?:\n|$)|\p{Cs}/u;

// Anything a reader might resolve as a number, with `_` already removed (YAML 1.1 and go-yaml allow
// digit separators). Deliberately generous: `.`, `+`, `1:2:3.5`, `1.`, `1e5`, `0x`, `0B1`, `+.Inf`.
const NUMBER_LIKE = /^[-+]?(?:[0-9][0-9:]*)?(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/;
const PREFIXED_INT = /^[-+]?0[xXoObB][0-9a-fA-F]*$/;
const INF_NAN = /^[-+]?\.(?:inf|nan)$/i;
// YAML 1.1 timestamps all start with YYYY-M (go-yaml's quick check is the same).
const DATE_LIKE = /^[0-9]{4}-[0-9]/;

/** YAML indicator characters (and space) that may not start a plain scalar (we never use the `-a` exemption). */
const BAD_FIRST: ReadonlySet<number> = new Set([...'-?:,[]{}#&*!|>\'"%@` '].map((c) => c.charCodeAt(0)));

// Durations (`10m`, `1h30m`) and relative paths (`./clusters/a`), which every Flux object holds: plain in every
// reader (no `e`, so never a float; a `./` start is no number, date or indicator), decided without the slow path.
const FAST_PLAIN_FLUX = /^(?:[0-9]+[smh](?:[0-9]+[smh])*|\.\/[\w./@=+-]*)$/;
// Only digits (a wave number as a label value): a number to every reader, so quoted.
const DIGITS = /^[0-9]+$/;

function isPlainSafe(s: string): boolean {
  if (FAST_PLAIN.test(s)) return s.length > 5 || !KEYWORDS.has(s);
  if (FAST_PLAIN_FLUX.test(s)) return true;
  if (DIGITS.test(s)) return false;
  const n = s.length;
  if (n === 0 || BAD_FIRST.has(s.charCodeAt(0))) return false;
  const last = s.charCodeAt(n - 1);
  if (last === 0x20 || last === 0x3a /* : */) return false;
  if (UNSAFE_CHAR.test(s) || s.includes(': ') || s.includes(' #')) return false;
  if (KEYWORDS.has(s)) return false;
  const c = s.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b /* + */ || c === 0x2e /* . */) {
    if (s.startsWith('...')) return false; // document end marker at top level
    if (DATE_LIKE.test(s)) return false;
    const t = s.includes('_') ? s.replace(/_/g, '') : s;
    if (NUMBER_LIKE.test(t) || PREFIXED_INT.test(t) || INF_NAN.test(t)) return false;
  }
  return true;
}

// JSON.stringify output is a valid YAML double-quoted scalar, except that it leaves these raw:
// DEL and C1 controls (not printable in YAML), NEL/U+2028/U+2029 (line breaks in YAML 1.1, which
// would be folded), BOM and U+FFFE/U+FFFF. Escape them as \uXXXX, which YAML 1.1 and 1.2 both read.
const JSON_LEFT_RAW = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const JSON_LEFT_RAW_G = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
const escapeChar = (c: string): string => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

function quote(s: string): string {
  const j = JSON.stringify(s);
  return JSON_LEFT_RAW.test(j) ? j.replace(JSON_LEFT_RAW_G, escapeChar) : j;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new TypeError(`emitYaml: cannot emit non-finite number ${n}`);
  const s = String(n); // -0 prints as "0", like JSON
  // `1e+21` is a float in YAML 1.2 but a string in YAML 1.1 (its floats need a `.`): add `.0`.
  return s.includes('e') && !s.includes('.') ? s.replace('e', '.0e') : s;
}

// ---------------------------------------------------------------------------------------------
// Writer. A string with `+=` (V8 ropes) measured ~15% faster than pushing chunks into an array and
// joining. One writer per document, so emitting is reentrant and keeps no state between calls.

/**
 * `+=` leaves a rope: one small heap object per piece, ~30 for a work's header. A tree keeps its 10,000 documents,
 * so every young-generation collection copied those pieces (the collector was ~40% of the emit stage). Reading a
 * character makes V8 flatten the rope in place into one string, and its pieces die young. A memo hit is appended
 * after flattening what precedes it (so shared text is referenced, never copied); a tree's document without hits
 * is flattened whole. The medium fleet's emit stage in process: All 70 -> 52 ms, Progressive 93 -> 68 ms.
 */
function flatten(s: string): void {
  s.charCodeAt(0);
}

const PADS: string[] = [''];
function pad(n: number): string {
  let p = PADS[n];
  if (p === undefined) p = PADS[n] = ' '.repeat(n);
  return p;
}

// Longest implicit key a YAML reader accepts is 1024 characters; longer keys use `? key`.
const MAX_IMPLICIT_KEY = 1000;

/** Which key order a map gets (besides Kubernetes objects, detected from the map itself). */
type MapKind = 0 | 1;
const PLAIN: MapKind = 0;
const METADATA: MapKind = 1;

/** Non-string scalar (null, boolean, number); anything else is a programming error. */
function scalarText(v: unknown): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'number':
      return numberText(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      throw new TypeError(`emitYaml: cannot emit a value of type ${typeof v}`);
  }
}

function mapKeys(obj: object): string[] {
  const proto: unknown = Object.getPrototypeOf(obj);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`emitYaml: cannot emit a ${obj.constructor?.name ?? 'non-plain'} object`);
  }
  return Object.keys(obj);
}

class Writer {
  private out = '';
  /** Memo hits appended so far. */
  private hits = 0;

  constructor(
    private readonly memo: ObjectTextMemo | undefined,
    private readonly keepDocuments: boolean,
    private readonly keys?: KeyTexts,
  ) {}

  document(value: Json): string {
    this.writeTop(value);
    // A tree's document built only of its own small pieces is kept flat (see flatten); emitYaml's caller
    // (no memo) mostly writes the text out at once, where a rope dies young and flattening would only copy.
    if (this.hits === 0 && this.memo !== undefined) flatten(this.out);
    return this.out;
  }

  private writeTop(v: Json): void {
    if (v !== null && typeof v === 'object') {
      if (Array.isArray(v)) {
        if (v.length === 0) this.out += '[]\n';
        else this.writeSeq(v, 0, true);
      } else {
        const keys = mapKeys(v);
        if (keys.length === 0) this.out += '{}\n';
        else this.writeMap(v, keys, 0, PLAIN, true);
      }
    } else if (typeof v === 'string') {
      this.writeString(v, -1, true);
    } else {
      this.out += scalarText(v) + '\n';
    }
  }

  /**
   * Writes a string scalar (after `key: ` or `- `) and its line end. `col` is the column of the key
   * or dash, -1 at document level; literal block content goes at col + 2. `atEnd`: nothing follows
   * in the document, so a keep-chomped block would leave blank lines at the end of the file.
   */
  private writeString(s: string, col: number, atEnd: boolean): void {
    if (isPlainSafe(s)) {
      this.out += s + '\n';
      return;
    }
    if (s.includes('\n') && !BLOCK_UNSAFE.test(s) && this.writeLiteral(s, col, atEnd)) return;
    this.out += quote(s) + '\n';
  }

  /** Literal block scalar (`|`, `|-`, `|+`, with `2` when the text starts with spaces). */
  private writeLiteral(s: string, col: number, atEnd: boolean): boolean {
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 0x0a) end--;
    const trailing = s.length - end;
    let first = 0;
    while (first < end && s.charCodeAt(first) === 0x0a) first++;
    if (first === end) return false; // only newlines: nothing to auto-detect indentation from
    // Readers auto-detect the indentation from the first non-empty line; a leading space there would
    // be taken as indentation, so state it explicitly. At document level the indicator would be
    // relative to column -1, so quote instead.
    const indicator = s.charCodeAt(first) === 0x20;
    if (indicator && col < 0) return false;
    if (trailing > 1 && atEnd) return false;
    this.out += indicator ? '|2' : '|';
    this.out += trailing === 0 ? '-\n' : trailing === 1 ? '\n' : '+\n';
    const p = pad(col < 0 ? 2 : col + 2);
    let start = 0;
    while (start <= end) {
      let nl = s.indexOf('\n', start);
      if (nl < 0 || nl > end) nl = end;
      if (nl > start) this.out += p + s.slice(start, nl) + '\n';
      else this.out += '\n';
      start = nl + 1;
    }
    for (let i = 1; i < trailing; i++) this.out += '\n';
    return true;
  }

  private writeKey(k: string, col: number): void {
    let text = this.keys?.get(k);
    if (text === undefined) {
      text = isPlainSafe(k) ? k : quote(k);
      if (this.keys && this.keys.size < MAX_KEY_TEXTS) this.keys.set(k, text);
    }
    if (text.length <= MAX_IMPLICIT_KEY) this.out += text;
    else this.out += '? ' + quote(k) + '\n' + pad(col); // explicit key; the `: value` follows as usual
  }

  private writeMap(obj: JsonObject, keys: string[], col: number, kind: MapKind, atEnd: boolean): void {
    const k8s = kind !== METADATA && typeof obj.apiVersion === 'string' && typeof obj.kind === 'string';
    const memo = this.memo !== undefined && (k8s ? col !== 0 || this.keepDocuments : isShared(obj));
    const order = kind === METADATA ? compareMetadataKeys : k8s ? compareObjectKeys : cmp;
    if (!memo) {
      keys.sort(order);
      this.writeMapEntries(obj, keys, col, k8s, atEnd);
      return;
    }
    const at = col * 2 + (atEnd ? 1 : 0);
    const seen = this.memo!.get(obj);
    const hit = seen?.get(at);
    if (hit !== undefined) {
      flatten(this.out);
      this.out += hit;
      this.hits++;
      return;
    }
    keys.sort(order);
    const start = this.out.length;
    this.writeMapEntries(obj, keys, col, k8s, atEnd);
    (seen ?? this.memo!.set(obj, new Map()).get(obj)!).set(at, this.out.slice(start));
  }

  private writeMapEntries(obj: JsonObject, keys: string[], col: number, objectMap: boolean, atEnd: boolean): void {
    const n = keys.length;
    const p = pad(col);
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      const v = obj[k];
      const last = atEnd && i === n - 1;
      if (i > 0) this.out += p;
      this.writeKey(k, col);
      if (typeof v === 'string') {
        this.out += ': ';
        this.writeString(v, col, last);
      } else if (v !== null && typeof v === 'object') {
        if (Array.isArray(v)) {
          if (v.length === 0) this.out += ': []\n';
          else {
            this.out += ':\n' + pad(col + 2);
            this.writeSeq(v, col + 2, last);
          }
        } else {
          const childKeys = mapKeys(v);
          if (childKeys.length === 0) this.out += ': {}\n';
          else {
            this.out += ':\n' + pad(col + 2);
            const childKind = objectMap && k === 'metadata' ? METADATA : PLAIN;
            this.writeMap(v, childKeys, col + 2, childKind, last);
          }
        }
      } else {
        this.out += ': ' + scalarText(v) + '\n';
      }
    }
  }

  /** Writes a non-empty sequence whose first dash goes at the current position (column `col`). */
  private writeSeq(arr: readonly Json[], col: number, atEnd: boolean): void {
    const n = arr.length;
    const p = pad(col);
    for (let i = 0; i < n; i++) {
      const v = arr[i];
      const last = atEnd && i === n - 1;
      if (i > 0) this.out += p;
      if (typeof v === 'string') {
        this.out += '- ';
        this.writeString(v, col, last);
      } else if (v !== null && typeof v === 'object') {
        // Compact form: the first entry of a nested collection shares the dash line.
        if (Array.isArray(v)) {
          if (v.length === 0) this.out += '- []\n';
          else {
            this.out += '- ';
            this.writeSeq(v, col + 2, last);
          }
        } else {
          const keys = mapKeys(v);
          if (keys.length === 0) this.out += '- {}\n';
          else {
            this.out += '- ';
            this.writeMap(v, keys, col + 2, PLAIN, last);
          }
        }
      } else {
        this.out += '- ' + scalarText(v) + '\n';
      }
    }
  }
}
