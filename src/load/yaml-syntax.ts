// YAML syntax errors as a user needs them: one problem once, where it starts. `yaml` reports an
// unclosed bracket or quote where it gave up (often the end of the file), and one mistake often
// as several errors at one place; this finds the opening character and keeps the first.

import { Parser, type Document } from 'yaml';
import { error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';

const hints: Record<string, string> = {
  DUPLICATE_KEY: 'remove or rename one of the duplicated keys',
  BAD_INDENT: 'check the indentation: YAML nests by spaces, not tabs',
  TAB_AS_INDENT: 'replace tabs with spaces',
  BLOCK_AS_IMPLICIT_KEY: 'a value containing ": " needs quotes',
  MULTILINE_IMPLICIT_KEY: 'a key must be on one line; quote the value or fix the indentation',
  BLOCK_IN_FLOW: 'inside { } and [ ], separate entries with commas and keep them on one line, or use block style',
};

/** A `{`, `[`, `"` or `'` that the text never closes. */
export interface Opener {
  offset: number;
  open: string;
  close: string;
}

const CLOSERS: Record<string, string> = { '{': '}', '[': ']' };

/** Unclosed flow collections and quoted scalars, from `yaml`'s concrete syntax tree (no guessing at the text). */
export function unclosedOpeners(text: string): Opener[] {
  const out: Opener[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 200) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const t = v as { type?: string; offset?: number; source?: string; start?: { source?: string; offset?: number }; end?: { source?: string }[] };
    if (t.type === 'flow-collection' && t.start?.source && CLOSERS[t.start.source]) {
      const close = CLOSERS[t.start.source];
      if (!(t.end ?? []).some((e) => e.source === close)) out.push({ offset: t.start.offset ?? t.offset ?? 0, open: t.start.source, close });
    } else if ((t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') && typeof t.source === 'string') {
      const q = t.type === 'double-quoted-scalar' ? '"' : "'";
      if (!closedQuote(t.source, q)) out.push({ offset: t.offset ?? 0, open: q, close: q });
    }
    for (const [k, x] of Object.entries(t)) if (k !== 'source') walk(x, depth + 1);
  };
  try {
    for (const token of new Parser().parse(text)) walk(token, 0);
  } catch {
    // The CST is only used to improve positions: without it, `yaml`'s own ones stand.
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function closedQuote(source: string, q: string): boolean {
  if (source.length < 2 || !source.endsWith(q)) return false;
  if (q === "'") return true;
  let slashes = 0;
  for (let i = source.length - 2; i >= 0 && source[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0;
}

const UNCLOSED = /must be sufficiently indented and end with a|Missing closing|Unexpected (flow-map-end|flow-seq-end|end of)/i;

/**
 * The syntax problems of one document: an unclosed opener at the place it was opened; duplicate keys
 * each (they are independent); of anything else only the first, because what follows a structural
 * mistake is usually the same mistake seen again.
 */
export function syntaxProblems(text: string, doc: Document, at: (offset: number) => SourcePos, openers: readonly Opener[]): Diagnostic[] {
  if (!doc.errors.length) return [];
  const [start, , end] = doc.range ?? [0, text.length, text.length];
  const out: Diagnostic[] = [];
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  let structural = false;
  const used = new Set<Opener>();
  for (const e of errors) {
    if (e.code === 'DUPLICATE_KEY') {
      out.push(error('yaml-syntax', `YAML ${e.code}: ${firstLine(e.message)}`, at(e.pos[0]), hints[e.code]));
      continue;
    }
    if (structural) continue;
    structural = true;
    const opener = UNCLOSED.test(e.message)
      ? openers.find((o) => o.offset >= start && o.offset <= Math.max(end, e.pos[0]) && o.offset < e.pos[0] && !used.has(o))
      : undefined;
    if (opener) {
      used.add(opener);
      const stop = at(e.pos[0]);
      const what = opener.open === '{' ? 'flow map' : opener.open === '[' ? 'flow list' : 'quoted string';
      out.push(
        error(
          'yaml-syntax',
          `YAML: the ${what} opened here with ${opener.open} is never closed (reading stopped at line ${stop.line})`,
          at(opener.offset),
          `add the closing ${opener.close}${opener.open === '{' || opener.open === '[' ? ', or write the entries in block style' : ''}`,
        ),
      );
      continue;
    }
    out.push(error('yaml-syntax', `YAML ${e.code}: ${firstLine(e.message)}`, at(e.pos[0]), hints[e.code]));
  }
  return out;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
