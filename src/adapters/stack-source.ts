// Maps a stack's bundle frames (dist/*.mjs:line:col) to src/ files and lines, read from the bundle's
// .map file only when an internal error is printed: turning source maps on for the process instead
// (process.setSourceMapsEnabled) makes Node read and index the multi-megabyte map at every start.

import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

// A frame's location: file:///…/x.mjs:LINE:COLUMN (the path may hold a colon: file:///C:/… on Windows).
const FRAME = /(file:\/\/\/[^\s()]+?\.mjs):(\d+):(\d+)/g;

/** The stack with each frame in a bundle that has a linked .map renamed to its source file, line and column. */
export function sourceStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (url: string): SourceMap | undefined => {
    if (!maps.has(url)) {
      let map: SourceMap | undefined;
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
      } catch {
        map = undefined; // no map (run from src/, or not a bundle): the frame stays as it is
      }
      maps.set(url, map);
    }
    return maps.get(url);
  };
  return stack.replace(FRAME, (frame, url: string, line: string, col: string) => {
    const entry = mapOf(url)?.findEntry(Number(line) - 1, Number(col) - 1);
    if (!entry || !('originalSource' in entry)) return frame;
    // A path, as Node prints a mapped frame: /…/src/cli/main.ts:LINE:COLUMN.
    return `${fileURLToPath(new URL(entry.originalSource, url))}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
