// A reader for the plain block-YAML that spec files are written in, for the revision index only:
// block mappings and sequences, plain scalars, one-line quoted scalars and flow collections, block
// scalars (`|`, `>-`), comments. Anything else (anchors, tags, multi-line flow or quoted scalars,
// tabs, YAML-only escapes, odd indentation, duplicate keys, ...) returns NOT_SIMPLE and
// the caller parses the document with js-yaml, so the result is always what js-yaml gives (a
// differential test checks this).
//
// Hand-written because of a measured need: indexing 5,000 commits parses about 5,000 distinct
// document versions, and js-yaml took three quarters of the index time (bench/revision-index.ts).
// This reader is several times faster on such documents. Plain scalars resolve through js-yaml's own
// YAML 1.2 core tags, so `1.0`, `0x1F`, `~` or `True` read exactly as in js-yaml.

import { boolCoreTag, CORE_SCHEMA, floatCoreTag, intCoreTag, load, NOT_RESOLVED, nullCoreTag } from 'js-yaml';

export const NOT_SIMPLE: unique symbol = Symbol('not simple YAML');

type Value = null | boolean | number | string | Value[] | { [k: string]: Value };
type Mapping = { [k: string]: Value };

/** A block collection being read: its entries start at column `indent`. */
interface Frame {
  indent: number;
  seq: Value[] | undefined;
  map: Mapping | undefined;
  /** A sequence written at its parent key's indentation (`key:\n- a`). */
  atParentIndent: boolean;
}

/** An entry whose value is on the following lines: `key:` or `-` with nothing after it. */
interface Pending {
  frame: Frame;
  key: string | undefined;
}

// Thrown from deep inside the reader when the document is not simple; caught in parseSimpleYaml.
const DECLINE = { declined: true };
const bail = (): never => {
  throw DECLINE;
};

// Control characters, lone or paired surrogates, BOMs, tabs and carriage returns: js-yaml rejects
// some and gives meaning to others; none is worth handling here.
const UNUSUAL = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
const MAX_DEPTH = 50; // js-yaml refuses nesting deeper than 100

const NEWLINE = 10;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const PLUS = 43;
const COLON = 58;

/** One document (as cut by documentTexts): its value, or NOT_SIMPLE. */
export function parseSimpleYaml(text: string): unknown {
  if (UNUSUAL.test(text)) return NOT_SIMPLE;
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e === DECLINE) return NOT_SIMPLE;
    throw e;
  }
}

class Reader {
  private readonly stack: Frame[] = [];
  private pending: Pending | undefined;
  private root: Value | undefined;
  private started = false;
  /** Start of the next line to read (a block scalar reads ahead). */
  private pos = 0;

  constructor(private readonly text: string) {}

  document(): Value {
    const text = this.text;
    while (this.pos < text.length) {
      const start = this.pos;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      this.pos = end + 1;
      this.line(start, end);
    }
    if (this.root === undefined) bail(); // empty, or a lone scalar
    this.closePending();
    return this.root!;
  }

  private line(start: number, end: number): void {
    const text = this.text;
    let i = start;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (i === end || text.charCodeAt(i) === HASH) return; // blank or comment
    const indent = i - start;
    if (indent === 0 && this.marker(i, end)) return;
    this.started = true;

    const dash = isDash(text, i, end);
    if (this.pending) {
      const p = this.pending;
      this.pending = undefined;
      const owner = p.frame.indent;
      if (indent > owner || (indent === owner && dash && p.key !== undefined)) {
        const frame = this.open(indent, dash, indent === owner);
        this.assign(p.frame, p.key, frame.seq ?? frame.map!);
      } else {
        this.assign(p.frame, p.key, null);
      }
    } else if (this.stack.length === 0) {
      if (indent !== 0) bail();
      const frame = this.open(0, dash, false);
      this.root = frame.seq ?? frame.map;
    }

    let top = this.stack[this.stack.length - 1];
    while (top.indent > indent || (top.indent === indent && top.atParentIndent && !dash)) {
      this.stack.pop();
      top = this.stack[this.stack.length - 1];
      if (!top) bail();
    }
    if (top.indent !== indent) bail();
    if (top.seq) {
      if (!dash) bail();
      this.item(top, i + 1, end);
    } else {
      if (dash) bail();
      this.entry(top, i, end);
    }
  }

  /** `---` (only before the content; documentTexts cuts the stream there) and what else starts a line at column 0. */
  private marker(i: number, end: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === DASH && text.startsWith('---', i) && (i + 3 === end || text.charCodeAt(i + 3) === SPACE)) {
      if (this.started || !isBlankOrComment(text, i + 3, end)) bail();
      this.started = true;
      return true;
    }
    if (c === 37 /* % */ || (c === 46 /* . */ && text.startsWith('...', i))) bail();
    return false;
  }

  private open(indent: number, dash: boolean, atParentIndent: boolean): Frame {
    if (this.stack.length >= MAX_DEPTH) bail();
    const frame: Frame = dash
      ? { indent, seq: [], map: undefined, atParentIndent }
      : { indent, seq: undefined, map: {}, atParentIndent };
    this.stack.push(frame);
    return frame;
  }

  private assign(frame: Frame, key: string | undefined, value: Value): void {
    if (key === undefined) frame.seq!.push(value);
    else frame.map![key] = value;
  }

  private closePending(): void {
    if (this.pending) this.assign(this.pending.frame, this.pending.key, null);
    this.pending = undefined;
  }

  /** A sequence entry; `i` is just after its dash. */
  private item(frame: Frame, i: number, end: number): void {
    const text = this.text;
    let j = i;
    while (j < end && text.charCodeAt(j) === SPACE) j++;
    if (j === end || text.charCodeAt(j) === HASH) {
      this.pending = { frame, key: undefined };
      return;
    }
    if (isDash(text, j, end)) bail(); // `- - a`
    const keyEnd = keyLength(text, j, end);
    if (keyEnd >= 0) {
      // `- key: value`: a mapping whose keys line up with this first one.
      const map = this.open(j - (i - 1) + frame.indent, false, false);
      frame.seq!.push(map.map!);
      this.entry(map, j, end);
      return;
    }
    frame.seq!.push(this.value(frame.indent, j, end));
  }

  /** A mapping entry `key: value` or `key:` starting at `i`. */
  private entry(frame: Frame, i: number, end: number): void {
    const text = this.text;
    const keyEnd = keyLength(text, i, end);
    if (keyEnd < 0) bail();
    const key = readKey(text, i, keyEnd);
    const map = frame.map!;
    if (Object.prototype.hasOwnProperty.call(map, key)) bail(); // js-yaml: duplicated mapping key
    let j = keyEnd + 1;
    while (j < end && text.charCodeAt(j) === SPACE) j++;
    if (j === end || text.charCodeAt(j) === HASH) {
      map[key] = null; // keeps the key's place; set again when its value is read
      this.pending = { frame, key };
      return;
    }
    map[key] = this.value(frame.indent, j, end);
  }

  /** The value of `key: value` or `- value` at `i`, owned by an entry at column `owner`. */
  private value(owner: number, i: number, end: number): Value {
    const text = this.text;
    const c = text[i];
    if (c === '|' || c === '>') return this.blockScalar(owner, i, end);
    if (c === '"' || c === "'") {
      const stop = quotedEnd(text, i, end);
      if (stop < 0 || !isAfterValue(text, stop, end)) bail();
      return quotedValue(text, i, stop);
    }
    if (c === '[' || c === '{') {
      const flow = new Flow(text, i, end);
      const value = flow.value(0);
      if (!isAfterValue(text, flow.pos, end)) bail();
      return value;
    }
    if (!isPlainStart(text, i, end)) bail();
    const line = plainLine(text, i, end);
    const first = text.slice(i, line.stop);
    return plainScalar(line.comment ? first : this.plainContinuation(owner, first));
  }

  /**
   * A plain scalar goes on over the following lines indented deeper than its owner: lines are
   * joined by a space, or by one line break per blank line between them (YAML line folding).
   */
  private plainContinuation(owner: number, first: string): string {
    const text = this.text;
    let out = first;
    let blanks = 0;
    for (let pos = this.pos; pos < text.length; ) {
      const start = pos;
      let k = start;
      while (text.charCodeAt(k) === SPACE) k++;
      // Most often the next line is another entry: tell from its indentation, before finding its end.
      if (k - start <= owner && k < text.length && text.charCodeAt(k) !== NEWLINE) break;
      let e = text.indexOf('\n', k);
      if (e < 0) e = text.length;
      pos = e + 1;
      if (k === e) {
        blanks++;
        continue;
      }
      if (text.charCodeAt(k) === HASH) break; // a comment line ends the scalar
      if (PLAIN_INDICATORS.has(text[k])) bail();
      const line = plainLine(text, k, e);
      out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
      out += text.slice(k, line.stop);
      blanks = 0;
      this.pos = pos;
      if (line.comment) break;
    }
    return out;
  }

  /**
   * A block scalar whose header (`|`, `>-`, ...) is at `i`, owned by an entry at column `owner`: its
   * extent is found here (blank lines, and lines indented at least as much as its first line), and
   * its value is js-yaml's, read from just those lines (literal and folded rules are subtle).
   */
  private blockScalar(owner: number, i: number, end: number): string {
    const text = this.text;
    let h = i + 1;
    const chomp = text.charCodeAt(h);
    if (chomp === DASH || chomp === PLUS) h++;
    if (!isAfterValue(text, h, end)) bail(); // an explicit indentation, or something else after the header
    let indent = -1;
    let last = end;
    let pos = end + 1;
    while (pos < text.length) {
      let e = text.indexOf('\n', pos);
      if (e < 0) e = text.length;
      let k = pos;
      while (k < e && text.charCodeAt(k) === SPACE) k++;
      if (k < e) {
        if (indent < 0) {
          if (k - pos <= owner) break;
          indent = k - pos;
        } else if (k - pos < indent) break;
      }
      last = e;
      pos = e + 1;
    }
    if (indent < 0) bail(); // no content
    this.pos = pos;
    try {
      const { v } = load(`v: ${text.slice(i, h)}\n${text.slice(end + 1, last + 1)}`, { schema: CORE_SCHEMA }) as { v: unknown };
      if (typeof v !== 'string') bail();
      return v as string;
    } catch {
      return bail();
    }
  }
}

function isDash(text: string, i: number, end: number): boolean {
  return text.charCodeAt(i) === DASH && (i + 1 === end || text.charCodeAt(i + 1) === SPACE);
}

function isBlankOrComment(text: string, i: number, end: number): boolean {
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  return i === end || text.charCodeAt(i) === HASH;
}

// Plain keys: a letter, `_` or `$`, then letters, digits and `_ . / - $` (label and annotation keys,
// JSON-schema `$ref`).
const KEY_CHAR = new Uint8Array(128); // 1: may start a key, 2: may continue one
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$') KEY_CHAR[c.charCodeAt(0)] = 3;
for (const c of '0123456789./-') KEY_CHAR[c.charCodeAt(0)] = 2;
// Plain keys that the core schema reads as null or a boolean (js-yaml turns them back into strings,
// but not always the same string).
const NON_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * Where the colon of a `key:` at `i` is (followed by a space or the end of the line), or -1.
 * Quoted keys take the quoted-scalar rules.
 */
function keyLength(text: string, i: number, end: number): number {
  const c = text[i];
  let j: number;
  if (c === '"' || c === "'") {
    j = quotedEnd(text, i, end);
    if (j < 0) return -1;
  } else {
    if ((KEY_CHAR[text.charCodeAt(i)] & 1) === 0) return -1;
    j = i + 1;
    while (j < end && (KEY_CHAR[text.charCodeAt(j)] & 2) !== 0) j++;
  }
  if (text.charCodeAt(j) !== COLON) return -1;
  if (j + 1 < end && text.charCodeAt(j + 1) !== SPACE) return -1;
  return j;
}

function readKey(text: string, i: number, colon: number): string {
  const c = text[i];
  const key = c === '"' || c === "'" ? quotedValue(text, i, colon) : text.slice(i, colon);
  if (key === '__proto__' || (c !== '"' && c !== "'" && NON_STRING_KEYS.has(key))) bail();
  return key;
}

/** Index just past the closing quote of a one-line quoted scalar at `i`, or -1. */
function quotedEnd(text: string, i: number, end: number): number {
  const q = text[i];
  for (let j = i + 1; j < end; j++) {
    const c = text[j];
    if (c === q) {
      if (q === "'" && text[j + 1] === "'") {
        j++;
        continue;
      }
      return j + 1;
    }
    if (c === '\\' && q === '"') {
      if (!JSON_ESCAPES.has(text[j + 1])) return -1; // YAML-only escapes (\x, \e, \N, ...): js-yaml
      j++;
    }
  }
  return -1;
}

// Escapes that YAML double-quoted scalars share with JSON, and read the same way.
const JSON_ESCAPES = new Set([...'"\\/bfnrtu']);

function quotedValue(text: string, i: number, stop: number): string {
  const inner = text.slice(i + 1, stop - 1);
  if (text[i] === "'") return inner.replaceAll("''", "'");
  if (!inner.includes('\\')) return inner;
  try {
    return JSON.parse(text.slice(i, stop)) as string;
  } catch {
    return bail(); // \u without four hex digits
  }
}

/**
 * One line of a plain scalar from `i`: where its text stops (before a ` #` comment and trailing
 * spaces), and whether a comment follows. A `: ` inside would make it a mapping: not simple.
 */
function plainLine(text: string, i: number, end: number): { stop: number; comment: boolean } {
  let stop = end;
  let comment = false;
  for (let j = i + 1; j < end; j++) {
    const ch = text.charCodeAt(j);
    if (ch === HASH && text.charCodeAt(j - 1) === SPACE) {
      stop = j;
      comment = true;
      break;
    }
    if (ch === COLON && (j + 1 === end || text.charCodeAt(j + 1) === SPACE)) bail();
  }
  while (text.charCodeAt(stop - 1) === SPACE) stop--;
  return { stop, comment };
}

/** After a quoted or flow value: only spaces, then perhaps a comment. */
function isAfterValue(text: string, i: number, end: number): boolean {
  if (i === end) return true;
  if (text.charCodeAt(i) !== SPACE) return false;
  return isBlankOrComment(text, i, end);
}

// Indicators that cannot start a plain scalar here, or give it another meaning (anchors, aliases,
// tags, block scalars, directives, reserved characters, flow indicators).
const NOT_PLAIN_START = new Set(['&', '*', '!', '|', '>', '%', '@', '`', ',', '[', ']', '{', '}', '#', "'", '"']);
// A line that goes on a plain scalar and starts with one of these is left to js-yaml.
const PLAIN_INDICATORS = new Set([...NOT_PLAIN_START, '-', '?', ':']);

function isPlainStart(text: string, i: number, end: number): boolean {
  const c = text[i];
  if (NOT_PLAIN_START.has(c)) return false;
  // `-`, `?` and `:` start a plain scalar only before a non-space; `?`/`:` are left to js-yaml.
  if (c === '?' || c === ':') return false;
  if (c === '-') return i + 1 < end && text.charCodeAt(i + 1) !== SPACE;
  return true;
}

// First characters of core-schema null, bool, int and float forms; anything else is a string.
const MAYBE_NOT_STRING = new Set([...'~nNtTfF-+.0123456789']);
const CORE_TAGS = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];

function plainScalar(s: string): Value {
  if (!MAYBE_NOT_STRING.has(s[0])) return s;
  for (const tag of CORE_TAGS) {
    const v = tag.resolve(s, false, tag.tagName);
    if (v !== NOT_RESOLVED) return v as Value;
  }
  return s;
}

/** A one-line flow collection: `[a, "b", {c: 1}]`. Plain scalars in it hold no `#` or `:`. */
class Flow {
  constructor(
    private readonly text: string,
    public pos: number,
    private readonly end: number,
  ) {}

  value(depth: number): Value {
    if (depth >= MAX_DEPTH) bail();
    const c = this.text[this.pos];
    if (c === '[') return this.sequence(depth);
    if (c === '{') return this.mapping(depth);
    if (c === '"' || c === "'") {
      const stop = quotedEnd(this.text, this.pos, this.end);
      if (stop < 0) bail();
      const v = quotedValue(this.text, this.pos, stop);
      this.pos = stop;
      return v;
    }
    return plainScalar(this.plain());
  }

  private sequence(depth: number): Value[] {
    const out: Value[] = [];
    this.entries(']', () => out.push(this.value(depth + 1)));
    return out;
  }

  private mapping(depth: number): Mapping {
    const out: Mapping = {};
    this.entries('}', () => {
      const colon = keyLength(this.text, this.pos, this.end);
      if (colon < 0 || colon + 1 >= this.end) bail();
      const key = readKey(this.text, this.pos, colon);
      if (Object.prototype.hasOwnProperty.call(out, key)) bail();
      this.pos = colon + 1;
      this.spaces();
      out[key] = this.value(depth + 1);
    });
    return out;
  }

  /** From an opening bracket to its `close`: entries read by `entry`, separated by commas. */
  private entries(close: string, entry: () => void): void {
    this.pos++;
    this.spaces();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    for (;;) {
      entry();
      this.spaces();
      const c = this.text[this.pos++];
      if (c === close) return;
      if (c !== ',') bail();
      this.spaces();
      if (this.text[this.pos] === close) bail(); // a trailing comma: left to js-yaml
    }
  }

  /** A plain scalar up to the next `,`, `]` or `}`, trimmed. */
  private plain(): string {
    const text = this.text;
    const start = this.pos;
    if (!isPlainStart(text, start, this.end) || text[start] === '-') bail();
    let j = start;
    for (; j < this.end; j++) {
      const c = text[j];
      if (c === ',' || c === ']' || c === '}') break;
      if (c === '#' || c === ':' || c === '[' || c === '{' || c === '"' || c === "'") bail();
    }
    if (j === this.end) bail(); // not closed on this line
    this.pos = j;
    while (text.charCodeAt(j - 1) === SPACE) j--;
    return text.slice(start, j);
  }

  private spaces(): void {
    while (this.pos < this.end && this.text.charCodeAt(this.pos) === SPACE) this.pos++;
  }
}
