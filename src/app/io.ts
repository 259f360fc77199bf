// Where a use case prints: the front end's stdout and stderr, and whether colour is on. Text
// helpers for both front ends (the CLI on a terminal, the Action in its log).

export interface Io {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
}

const codes = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;
export function paint(io: Io, c: keyof typeof codes, s: string): string {
  return io.color ? `\u001b[${codes[c]}m${s}\u001b[0m` : s;
}

/** Left-aligned plain-text table. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n');
}
