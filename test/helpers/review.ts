// Review test helpers: the fleet example as in-memory files, and a change set between two sets
// of files rendered by the real pipeline.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { diffSides } from '../../src/review/change-set.ts';
import { ignoreRules } from '../../src/review/ignore-config.ts';
import type { ChangeSet } from '../../src/review/model.ts';
import { sideFromPipeline, type ReviewSide } from '../../src/review/side.ts';
import { renderFiles } from './pipeline.ts';

export type Files = Record<string, string>;

const root = join(import.meta.dirname, '../..');

export function exampleFiles(example: string): Files {
  const dir = join(root, 'examples', example);
  const out: Files = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split(sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** Replace exactly one occurrence of `from` in a file (fails loudly when the example changed). */
export function edit(files: Files, path: string, from: string, to: string): Files {
  const text = files[path];
  if (text === undefined) throw new Error(`no file ${path}`);
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${path}: expected exactly one "${from}"`);
  return { ...files, [path]: text.slice(0, at) + to + text.slice(at + from.length) };
}

export function side(files: Files, which: 'base' | 'head'): ReviewSide {
  return sideFromPipeline(renderFiles(files), { side: which, label: which });
}

export function review(base: Files, head: Files, opts: { flags?: string[]; noDefaults?: boolean; context?: number } = {}): ChangeSet {
  const { rules, diagnostics } = ignoreRules({ flags: opts.flags ?? [], noDefaults: opts.noDefaults ?? false });
  if (diagnostics.length) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return diffSides(side(base, 'base'), side(head, 'head'), { context: opts.context ?? 3, ignore: rules });
}
