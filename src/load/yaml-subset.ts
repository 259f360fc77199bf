// A fast parser for the plain YAML that specs and rendered templates are written in: block maps
// and sequences, plain and quoted one-line scalars, one-line flow collections, comments, `---`, `...`.
// Hand-written because measurement said so (issue #8): the `yaml` package spent ~410 ms of a
// 1.6 s render building CST, AST and positions that a successful run never reads.
//
// It gives exactly what `yaml`'s parseAllDocuments(...).toJS() gives under hubcast's options
// (YAML 1.2 core schema, uniqueKeys, strict, no aliases) or nothing: on anything outside the
// subset (anchors, tags, block scalars, multi-line scalars, duplicate keys, odd indentation, any
// doubt) it returns undefined and the caller parses with `yaml`, which keeps every error message
// and position as they were. test/load/yaml-subset.test.ts checks this against `yaml` by fuzzing.

import type { Json, JsonObject } from '../core/types.ts';

/** What the subset parser reads from a YAML stream. */
export interface SubsetStream<T = Json> {
  /** The documents' values, null for an empty document. */
  docs: T[];
  /** Where each document's root node starts, 1-based as `yaml` counts (0, 0 for an empty document). */
  roots: { line: number; column: number }[];
}

/** The documents of a YAML stream, or undefined when the text is outside the subset and must go to `yaml`. */
export function parseYamlSubset(text: string): SubsetStream | undefined {
  if (REFUSED.test(text)) return undefined;
  try {
    return new SubsetParser(text).stream();
  } catch {
    // BAIL, or anything unforeseen (a stack overflow on deep nesting): `yaml` decides.
    return undefined;
  }
}

/** The documents when each is a map or empty (null): the only roots hubcast reads without `yaml`. */
export function parseYamlMaps(text: string): SubsetStream<JsonObject | null> | undefined {
  const stream = parseYamlSubset(text);
  const maps = stream?.docs.every((d) => d === null || (typeof d === 'object' && !Array.isArray(d)));
  return maps ? (stream as SubsetStream<JsonObject | null>) : undefined;
}

/** Tabs, CR, BOM, control and non-printable characters, and line breaks other than \n: left to `yaml`. */
const REFUSED = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

const BAIL = Symbol('outside the YAML subset');

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const COMMA = 0x2c;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;

/** Characters that cannot start a plain scalar, or start something the subset leaves to `yaml`. */
const INDICATORS = new Set([...',[]{}#&*!|>\'"%@`?:'].map((c) => c.charCodeAt(0)));
/** Characters that end a plain scalar in a flow collection. */
const FLOW_ENDS = new Set([...',[]{}'].map((c) => c.charCodeAt(0)));

/** YAML's double-quoted escapes with a fixed meaning (\x, \u and \U are handled apart). */
const ESCAPES = new Map<string, string>(
  Object.entries({
    '0': '\0',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
  }),
);
const HEX_LENGTHS = new Map([
  ['x', 2],
  ['u', 4],
  ['U', 8],
]);
const HEX = /^[0-9a-fA-F]+$/;

// The YAML 1.2 core schema's plain-scalar tags, in the order `yaml` tries them.
const MAYBE_NOT_STRING = /^[-+.0-9~nNtTfF]/;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a (non-empty) plain scalar under the core schema, as `yaml` resolves it. */
function resolvePlain(s: string): Json {
  if (!MAYBE_NOT_STRING.test(s)) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** `yaml` refuses implicit keys longer than this. */
const MAX_KEY = 1024;

function skipSpaces(line: string, p: number): number {
  while (line.charCodeAt(p) === SPACE) p++;
  return p;
}

function indentOf(line: string): number {
  return skipSpaces(line, 0);
}

/** `end` moved back over the spaces that end line[start, end). */
function trimSpaces(line: string, start: number, end: number): number {
  while (end > start && line.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/** `---` or `...` at the start of a line, alone or followed by a space. */
function isMarker(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c !== DASH && c !== 0x2e) return false;
  return line.charCodeAt(1) === c && line.charCodeAt(2) === c && (line.length === 3 || line.charCodeAt(3) === SPACE);
}

/** A block sequence entry at column `col`: `-` followed by a space or the end of the line. */
function isEntry(line: string, col: number): boolean {
  return line.charCodeAt(col) === DASH && (col + 1 === line.length || line.charCodeAt(col + 1) === SPACE);
}

function bail(): never {
  throw BAIL;
}

function setKey(obj: JsonObject, key: string, value: Json): void {
  // `yaml` refuses duplicates (uniqueKeys); `<<` and `__proto__` have meanings best left to it.
  if (key === '__proto__' || key === '<<' || Object.hasOwn(obj, key)) bail();
  obj[key] = value;
}

class SubsetParser {
  private readonly lines: string[];
  /** The line being parsed; a block node returns with it on the first content line after the node. */
  private i = 0;
  /** The column being parsed inside a flow collection. */
  private p = 0;

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  stream(): SubsetStream {
    const { lines } = this;
    const docs: Json[] = [];
    const roots: SubsetStream['roots'] = [];
    const empty = () => {
      docs.push(null);
      roots.push({ line: 0, column: 0 });
    };
    // 'open': a `---` started a document with no content yet; 'content': the last document has
    // some; 'none': the last one was ended by `...` (which, with nothing open, is an empty one).
    let state: 'none' | 'open' | 'content' = 'none';
    let k = this.next(0);
    while (k < lines.length) {
      const line = lines[k];
      if (isMarker(line)) {
        const rest = skipSpaces(line, 3);
        if (rest < line.length && line.charCodeAt(rest) !== HASH) bail(); // content on the marker's line
        if (line.charCodeAt(0) === DASH) {
          if (state === 'open') empty();
          state = 'open';
        } else {
          if (state !== 'content') empty();
          state = 'none';
        }
        k = this.next(k + 1);
        continue;
      }
      this.i = k;
      const col = indentOf(line);
      roots.push({ line: k + 1, column: col + 1 });
      docs.push(this.blockNode(col));
      state = 'content';
      k = this.i;
      if (k < lines.length && !isMarker(lines[k])) bail(); // a line less indented than the root
    }
    if (state === 'open') empty();
    return { docs, roots };
  }

  /** The first line at or after `from` with content (not blank, not only a comment). */
  private next(from: number): number {
    const { lines } = this;
    for (let k = from; k < lines.length; k++) {
      const line = lines[k];
      const ind = indentOf(line);
      if (ind < line.length && line.charCodeAt(ind) !== HASH) return k;
    }
    return lines.length;
  }

  /** Indentation of content line `k`; -1 past the end or at a document marker (which closes every block). */
  private level(k: number): number {
    if (k >= this.lines.length) return -1;
    const line = this.lines[k];
    return isMarker(line) ? -1 : indentOf(line);
  }

  /** A block map or sequence starting at column `col` of the current line. */
  private blockNode(col: number): Json {
    const line = this.lines[this.i];
    if (isEntry(line, col)) return this.blockSeq(col);
    if (this.keyEnd(line, col) >= 0) return this.blockMap(col);
    return bail(); // a scalar or flow collection on a line of its own
  }

  private blockSeq(col: number): Json[] {
    const { lines } = this;
    const seq: Json[] = [];
    for (;;) {
      const line = lines[this.i];
      const p = skipSpaces(line, col + 1);
      if (p >= line.length || line.charCodeAt(p) === HASH) seq.push(this.below(col, false));
      else if (isEntry(line, p))
        seq.push(this.blockSeq(p)); // `- - a`
      else if (this.keyEnd(line, p) >= 0)
        seq.push(this.blockMap(p)); // `- name: a`
      else seq.push(this.inlineValue(line, p));
      const lv = this.level(this.i);
      if (lv < col) return seq;
      if (lv > col) bail(); // a multi-line scalar, or indentation that does not line up
      if (!isEntry(lines[this.i], col)) return seq; // the map this sequence is a value of goes on
    }
  }

  private blockMap(col: number): JsonObject {
    const { lines } = this;
    const map: JsonObject = {};
    for (;;) {
      const line = lines[this.i];
      const colon = this.keyEnd(line, col);
      if (colon < 0) bail();
      const key = this.key(line, col, colon);
      const p = skipSpaces(line, colon + 1);
      const value = p >= line.length || line.charCodeAt(p) === HASH ? this.below(col, true) : this.inlineValue(line, p);
      setKey(map, key, value);
      const lv = this.level(this.i);
      if (lv < col) return map;
      if (lv > col) bail();
    }
  }

  /**
   * The value of a key or entry with nothing after it on its line: a block node indented deeper
   * on the following lines (for a key, also a sequence at the key's own indentation), or null.
   */
  private below(col: number, ofKey: boolean): Json {
    const k = this.next(this.i + 1);
    this.i = k;
    const lv = this.level(k);
    if (lv > col) return this.blockNode(lv);
    if (ofKey && lv === col && isEntry(this.lines[k], col)) return this.blockSeq(col);
    return null;
  }

  /**
   * Where the implicit key starting at column `p` ends: the column of its `:` (followed by a
   * space or the end of the line), or -1 when the line holds no key there.
   */
  private keyEnd(line: string, p: number): number {
    const c = line.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      let end: number;
      try {
        end = this.quoted(line, p);
      } catch {
        return -1;
      }
      return line.charCodeAt(end) === COLON && (end + 1 === line.length || line.charCodeAt(end + 1) === SPACE) ? end : -1;
    }
    if (c === LBRACKET || c === LBRACE) return -1;
    for (let k = p; k < line.length; k++) {
      const ch = line.charCodeAt(k);
      if (ch === COLON && (k + 1 === line.length || line.charCodeAt(k + 1) === SPACE)) return k;
      if (ch === HASH && line.charCodeAt(k - 1) === SPACE) return -1;
    }
    return -1;
  }

  /** The key from column `col` to its `:` at `colon`: a quoted scalar, or a plain one that is a string. */
  private key(line: string, col: number, colon: number): string {
    if (colon - col > MAX_KEY) bail();
    const c = line.charCodeAt(col);
    if (c === DQUOTE || c === SQUOTE) {
      this.quoted(line, col);
      return this.scalar;
    }
    if (INDICATORS.has(c) || c === DASH || line.charCodeAt(colon - 1) === SPACE) bail();
    const key = line.slice(col, colon);
    if (typeof resolvePlain(key) !== 'string') bail(); // 1: or true: keys become "1" / "true" in JS; rare, left to `yaml`
    return key;
  }

  /** A scalar or flow collection from column `p` to the end of the line (a comment may follow). */
  private inlineValue(line: string, p: number): Json {
    const c = line.charCodeAt(p);
    let value: Json;
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      end = this.quoted(line, p);
      value = this.scalar;
    } else if (c === LBRACKET || c === LBRACE) {
      this.p = p;
      value = this.flowNode(line);
      end = this.p;
    } else {
      if (INDICATORS.has(c) || (c === DASH && (p + 1 === line.length || line.charCodeAt(p + 1) === SPACE))) bail();
      const hash = line.indexOf(' #', p);
      const text = line.slice(p, trimSpaces(line, p, hash < 0 ? line.length : hash));
      if (text.includes(': ') || text.charCodeAt(text.length - 1) === COLON) bail(); // a nested map on one line: an error
      this.i = this.next(this.i + 1);
      return resolvePlain(text);
    }
    const rest = skipSpaces(line, end);
    if (rest < line.length && (line.charCodeAt(rest) !== HASH || rest === end)) bail();
    this.i = this.next(this.i + 1);
    return value;
  }

  /** The last quoted scalar's value (set by `quoted`). */
  private scalar = '';

  /** Parse the one-line quoted scalar at column `p` into `scalar`; returns the column after its closing quote. */
  private quoted(line: string, p: number): number {
    const quote = line.charCodeAt(p);
    let out = '';
    let start = p + 1;
    for (let k = p + 1; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (c === quote) {
        if (quote === SQUOTE && line.charCodeAt(k + 1) === SQUOTE) {
          out += line.slice(start, k + 1);
          start = ++k + 1;
          continue;
        }
        this.scalar = out + line.slice(start, k);
        return k + 1;
      }
      if (c === 0x5c && quote === DQUOTE) {
        out += line.slice(start, k);
        const e = line[++k];
        const fixed = e === undefined ? undefined : ESCAPES.get(e);
        if (fixed !== undefined) out += fixed;
        else {
          const n = e === undefined ? undefined : HEX_LENGTHS.get(e);
          const hex = line.substr(k + 1, n ?? 0);
          if (n === undefined || hex.length !== n || !HEX.test(hex)) bail(); // also a `\` ending the line
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) bail();
          out += String.fromCodePoint(code);
          k += n;
        }
        start = k + 1;
      }
    }
    return bail(); // the scalar goes on to the next line
  }

  /** A node inside a one-line flow collection, from column `this.p`; leaves `this.p` after it. */
  private flowNode(line: string): Json {
    let p = skipSpaces(line, this.p);
    const c = line.charCodeAt(p);
    if (c === LBRACKET) {
      const seq: Json[] = [];
      p = skipSpaces(line, p + 1);
      if (line.charCodeAt(p) === RBRACKET) {
        this.p = p + 1;
        return seq;
      }
      for (;;) {
        this.p = p;
        seq.push(this.flowNode(line));
        p = this.flowSeparator(line, RBRACKET);
        if (p < 0) return seq;
      }
    }
    if (c === LBRACE) {
      const map: JsonObject = {};
      p = skipSpaces(line, p + 1);
      if (line.charCodeAt(p) === RBRACE) {
        this.p = p + 1;
        return map;
      }
      for (;;) {
        const key = this.flowKey(line, p);
        this.p = skipSpaces(line, this.p);
        const v = line.charCodeAt(this.p);
        if (v === COMMA || v === RBRACE || Number.isNaN(v)) bail(); // an empty value
        setKey(map, key, this.flowNode(line));
        p = this.flowSeparator(line, RBRACE);
        if (p < 0) return map;
      }
    }
    if (c === DQUOTE || c === SQUOTE) {
      this.p = this.quoted(line, p);
      return this.scalar;
    }
    this.p = this.flowPlainEnd(line, p);
    return resolvePlain(line.slice(p, trimSpaces(line, p, this.p)));
  }

  /**
   * After a flow entry: `,` and the next entry (returns its column), or the closing bracket, also
   * after a trailing comma (returns -1 with `this.p` after it). Implicit pairs are left to `yaml`.
   */
  private flowSeparator(line: string, close: number): number {
    let p = skipSpaces(line, this.p);
    if (line.charCodeAt(p) === COMMA) p = skipSpaces(line, p + 1);
    else if (line.charCodeAt(p) !== close) bail();
    if (line.charCodeAt(p) === close) {
      this.p = p + 1;
      return -1;
    }
    if (p >= line.length || line.charCodeAt(p) === COMMA) bail();
    return p;
  }

  /** A flow map key at column `p` and its `:`; leaves `this.p` after the `:`. */
  private flowKey(line: string, p: number): string {
    const c = line.charCodeAt(p);
    let key: string;
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      end = this.quoted(line, p);
      key = this.scalar;
    } else {
      end = this.flowPlainEnd(line, p);
      key = line.slice(p, trimSpaces(line, p, end));
      if (typeof resolvePlain(key) !== 'string') bail();
    }
    const colon = skipSpaces(line, end);
    if (colon - p > MAX_KEY || line.charCodeAt(colon) !== COLON) bail(); // `{a}`: a key without a value
    // After a plain key, `:` must be followed by a space (`{a:1}` is one scalar); JSON's `"a":1` needs none.
    if (c !== DQUOTE && c !== SQUOTE && line.charCodeAt(colon + 1) !== SPACE) bail();
    this.p = colon + 1;
    return key;
  }

  /** The end of a plain scalar in a flow collection (a `:` ends it; the caller decides what that means). */
  private flowPlainEnd(line: string, p: number): number {
    const c = line.charCodeAt(p);
    if (
      p >= line.length ||
      INDICATORS.has(c) ||
      (c === DASH && (line.charCodeAt(p + 1) === SPACE || FLOW_ENDS.has(line.charCodeAt(p + 1)) || p + 1 === line.length))
    )
      bail();
    let k = p;
    for (; k < line.length; k++) {
      const ch = line.charCodeAt(k);
      if (FLOW_ENDS.has(ch) || ch === COLON) break;
      if (ch === HASH && line.charCodeAt(k - 1) === SPACE) bail(); // a comment inside a flow collection
    }
    return k;
  }
}
