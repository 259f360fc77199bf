// A unified diff of two YAML texts with a few lines of context, through the `diff` package.

import { structuredPatch } from 'diff';

export interface UnifiedDiff {
  /** Hunks: `@@ -a,b +c,d @@` headers then ` `/`+`/`-` lines, joined by newlines. */
  text: string;
  added: number;
  removed: number;
}

export function unifiedDiff(oldText: string, newText: string, context: number): UnifiedDiff {
  const patch = structuredPatch('base', 'head', oldText, newText, '', '', { context });
  const lines: string[] = [];
  let added = 0;
  let removed = 0;
  for (const h of patch.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    for (const l of h.lines) {
      if (l.startsWith('\\')) continue; // "\ No newline at end of file"
      if (l[0] === '+') added++;
      else if (l[0] === '-') removed++;
      lines.push(l);
    }
  }
  return { text: lines.join('\n'), added, removed };
}
