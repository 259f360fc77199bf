// Diagnostics are data: every stage returns them instead of throwing, so the CLI can report
// all problems at once, positioned at file:line:column, and decide the exit code.

export type Severity = 'error' | 'warning' | 'info';

export interface SourcePos {
  file: string;
  line: number;
  column: number;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable, greppable identifier such as `unknown-reference` or `yaml-syntax`. */
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** What the user can do about it ("did you mean ...", "add ... to ..."). */
  hint?: string;
}

export function diag(severity: Severity, code: string, message: string, at?: SourcePos, hint?: string): Diagnostic {
  const d: Diagnostic = { severity, code, message };
  if (at) {
    d.file = at.file;
    d.line = at.line;
    d.column = at.column;
  }
  if (hint) d.hint = hint;
  return d;
}

export const error = (code: string, message: string, at?: SourcePos, hint?: string): Diagnostic => diag('error', code, message, at, hint);
export const warning = (code: string, message: string, at?: SourcePos, hint?: string): Diagnostic => diag('warning', code, message, at, hint);
export const info = (code: string, message: string, at?: SourcePos, hint?: string): Diagnostic => diag('info', code, message, at, hint);

export const isError = (d: Diagnostic): boolean => d.severity === 'error';

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some(isError);
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: by file, position, then severity and message. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort(
    (a, b) =>
      cmp(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      severityRank[a.severity] - severityRank[b.severity] ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message),
  );
}

/** `file:line:col: error: message [code]` plus an indented hint line. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ''}: ` : '';
  const head = `${where}${d.severity}: ${d.message} [${d.code}]`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Byte-wise string comparison (locale-independent, like Go's sort). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Error thrown by a stage that cannot continue; carries diagnostics for the user, never a stack trace. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'DiagnosticError';
  }
}

/** Levenshtein-based "did you mean" suggestion among candidates. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of [...candidates].sort(cmp)) {
    const d = editDistance(input.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(input.length / 3));
  return bestScore <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagPrev = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diagPrev + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagPrev = tmp;
    }
  }
  return prev[b.length];
}
