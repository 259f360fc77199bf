// Terminal output: diagnostics as `file:line:col: severity: message [code]`, colour only on a TTY
// and never with NO_COLOR or --no-color.

import { type Diagnostic, formatDiagnostic, isError } from '../core/diagnostics.ts';
import { paint, type Io } from '../app/io.ts';

export { paint, table, type Io } from '../app/io.ts';


export function processIo(noColor = false): Io {
  const color = !noColor && !process.env.NO_COLOR && !!process.stderr.isTTY && process.env.TERM !== 'dumb';
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    color,
  };
}


export function printDiagnostics(io: Io, diags: readonly Diagnostic[], verbose = false): void {
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
  if (errors) io.err(paint(io, 'red', `${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}; nothing was written`));
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
