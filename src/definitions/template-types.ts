// Shapes shared by the template engine, its helpers and its load-time check.

import type { SourcePos } from '../core/diagnostics.ts';
import type { Json } from '../core/types.ts';

/** Where a template's text sits inside its definition file. */
export interface TemplateOrigin {
  file: string;
  /** 1-based file line of the template's first line. */
  line: number;
  /** 1-based file column where the template's lines start (block scalar indentation + 1). */
  column: number;
  /** For messages, e.g. `webservice@1.0.0 spec.template`. */
  label: string;
}

/** The data every template sees. */
export interface TemplateData {
  name: string;
  properties: Json;
  context: Json;
}

export interface CompiledTemplate {
  readonly source: string;
  readonly origin: TemplateOrigin;
  /** @internal */
  readonly entry: CacheEntry;
}

export interface Loc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export interface CacheEntry {
  fn?: HandlebarsTemplateDelegate;
  /** Produces `fn` on first use (see buildEntry). */
  compileFn?: () => HandlebarsTemplateDelegate;
  /** Problems found at compile time, positioned relative to the template. */
  problems: { message: string; loc?: Loc; hint?: string }[];
  /** `line:column` of each `{{json X}}` -> the text of X, for runtime messages. */
  jsonArgs: Map<string, string>;
}

export function pointLoc(line: number, column: number): Loc {
  return { start: { line, column }, end: { line, column } };
}

export function locKey(loc: Loc): string {
  return `${loc.start.line}:${loc.start.column}`;
}

export function firstLine(s: string): string {
  return s.split('\n')[0];
}

/** Template-relative Handlebars location (1-based line, 0-based column) -> file position. */
export function toFilePos(origin: TemplateOrigin, loc?: Loc): SourcePos {
  if (!loc) return { file: origin.file, line: origin.line, column: origin.column };
  return { file: origin.file, line: origin.line + loc.start.line - 1, column: origin.column + loc.start.column };
}
