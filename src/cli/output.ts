// Terminal output: diagnostics as `file:line:col: severity: message [code]`, colour only on a TTY
// and never with NO_COLOR or --no-color.

import { type Diagnostic, formatDiagnostic, isError } from '../core/diagnostics.ts';
import { paint, type Io } from '../app/io.ts';
import { plural } from '../core/plural.ts';

export { paint, table, type Io } from '../app/io.ts';

/**
 * Where `main` prints when a caller (a test running the CLI in process) gives its own: stdout, stderr
 * and, for `render --out -`, the object stream (default: `out`, each chunk being whole documents that end
 * in a newline). Neither is a terminal, so no progress line is drawn.
 */
export interface CliIo extends Io {
  stream?(text: string): boolean;
}

export function processIo(noColor = false): Io {
  const color = !noColor && !process.env.NO_COLOR && !!process.stderr.isTTY && process.env.TERM !== 'dumb';
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    color,
  };
}

/**
 * Diagnostics, then a count line when there are errors. `outcome` ends that line with what the errors
 * prevented ("nothing was written"), and only a command that writes or pushes has one to state.
 */
export function printDiagnostics(io: Io, diags: readonly Diagnostic[], verbose = false, outcome?: string): void {
  for (const d of diags) {
    if (d.severity === 'info' && !verbose) continue;
    let text = formatDiagnostic(d);
    if (io.color) {
      const c = d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'cyan';
      text = text.replace(`${d.severity}:`, paint(io, c, `${d.severity}:`));
    }
    io.err(text);
  }
  const errors = diags.filter(isError).length;
  const warnings = diags.filter((d) => d.severity === 'warning').length;
  if (errors) io.err(paint(io, 'red', `${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}${outcome ? `; ${outcome}` : ''}`));
}

/** The `--json` diagnostics shape other tools rely on. */
export function diagnosticsJson(diags: readonly Diagnostic[]): object[] {
  return diags.map((d) => ({
    severity: d.severity,
    code: d.code,
    message: d.message,
    file: d.file ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
    ...(d.hint ? { hint: d.hint } : {}),
  }));
}
