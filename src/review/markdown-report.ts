// The Markdown report (the PR comment, the job summary) and its size ladder: the richest level that
// fits the budget wins (full -> diffs cut per object -> names only -> counts only); when even the
// counts do not fit, they are split into `part i/N` documents, tables and lists carried over whole rows.

import { HUBCAST_VERSION } from '../core/version.ts';
import { mdText } from './escape.ts';
import { detailBlocks, type DetailLevel } from './markdown-details.ts';
import { summaryBlocks, type Block } from './markdown-summary.ts';
import type { ChangeSet } from './model.ts';

export type Level = DetailLevel | 'counts';
export const LEVELS: readonly Level[] = ['full', 'truncated', 'names', 'counts'];

/** GitHub caps comment bodies at 65,536 characters; the rest is room for the marker and history. */
export const COMMENT_BUDGET = 60_000;
/** GitHub caps a job summary at 1 MiB (bytes); budgets below count characters. */
export const JOB_SUMMARY_BUDGET = 1_000_000;
export const JOB_SUMMARY_BYTES = 1024 * 1024;

export interface MarkdownOptions {
  budget?: number;
  truncateLines?: number;
  /** Where the full diff is when the comment had to be shortened (plain text, written as is). */
  fullDiffHint?: string;
  /** Never split: cut the counts-only document at the budget instead (the job summary). */
  single?: boolean;
}

export interface MarkdownReport {
  level: Level;
  parts: string[];
}

const LEVEL_TEXT: Record<Level, string> = {
  full: 'full diffs',
  truncated: 'diffs shortened per object',
  names: 'object names only',
  counts: 'counts only',
};

const COMMIT = /^[0-9a-f]{7,64}$/;

function sideText(s: ChangeSet['base']): string {
  const commit = s.commit && COMMIT.test(s.commit) ? ` <code>${s.commit.slice(0, 12)}</code>` : '';
  return `${s.side} ${mdText(s.label)}${commit}`;
}

function footer(cs: ChangeSet, level: Level, hint: string, part?: [number, number]): string {
  const lines: string[] = [];
  if (level !== 'full') lines.push(`<sub>Shortened to fit (${LEVEL_TEXT[level]}). ${hint}</sub>`);
  const p = part && part[1] > 1 ? ` · part ${part[0]}/${part[1]}` : '';
  lines.push(`<sub>hubcast ${HUBCAST_VERSION} · ${sideText(cs.base)} → ${sideText(cs.head)}${p}</sub>`);
  return lines.join('\n');
}

const title = (part?: [number, number]) => `### hubcast diff${part && part[1] > 1 ? ` (part ${part[0]}/${part[1]})` : ''}`;

function blockText(b: Block): string {
  return 'text' in b ? b.text : [b.head, ...b.rows].join('\n');
}

function document(blocks: readonly Block[], head: string, foot: string): string {
  return [head, ...blocks.map(blockText), foot].join('\n\n');
}

function blocksFor(cs: ChangeSet, level: Level, truncateLines: number): Block[] {
  return [...summaryBlocks(cs), ...(level === 'counts' ? [] : detailBlocks(cs, level, { truncateLines }))];
}

/** Packs blocks into parts of at most `budget` characters, repeating a table's head where it continues. */
function pack(blocks: readonly Block[], budget: number, frame: (i: number, n: number) => [string, string]): string[] {
  // Frames grow with the part numbers: measure them at the largest plausible count.
  const [h0, f0] = frame(999, 999);
  // A budget smaller than the frame cannot be met; keep a floor so every row still lands somewhere.
  const room = Math.max(200, budget - h0.length - f0.length - 4);
  const parts: string[][] = [[]];
  let used = 0;
  const current = () => parts[parts.length - 1];
  const newPart = () => {
    if (!current().length) return;
    parts.push([]);
    used = 0;
  };
  const add = (text: string) => {
    if (used + text.length + 2 > room) newPart();
    const t = text.length + 2 > room ? `${text.slice(0, room - 40)}\n… (cut)` : text;
    current().push(t);
    used += t.length + 2;
  };
  for (const b of blocks) {
    const text = blockText(b);
    if ('text' in b || used + text.length + 2 <= room) {
      add(text);
      continue;
    }
    let chunk: string[] = [];
    let chunkLen = b.head.length;
    for (const row of b.rows) {
      if (used + chunkLen + row.length + 3 > room) {
        if (chunk.length) add([b.head, ...chunk].join('\n'));
        newPart();
        chunk = [];
        chunkLen = b.head.length;
      }
      chunk.push(row);
      chunkLen += row.length + 1;
    }
    if (chunk.length) add([b.head, ...chunk].join('\n'));
  }
  const bodies = parts.filter((x) => x.length);
  return bodies.map((body, i) => {
    const [h, f] = frame(i + 1, bodies.length);
    return [h, ...body, f].join('\n\n');
  });
}

/** The report at the richest level that fits the budget, split into parts only as the last resort. */
export function markdownReport(cs: ChangeSet, opts: MarkdownOptions = {}): MarkdownReport {
  const budget = opts.budget ?? COMMENT_BUDGET;
  const truncateLines = opts.truncateLines ?? 20;
  const hint = opts.fullDiffHint ?? 'Run `hubcast diff --format html` for the full diff.';
  for (const level of LEVELS) {
    const text = document(blocksFor(cs, level, truncateLines), title(), footer(cs, level, hint));
    if (text.length <= budget) return { level, parts: [text] };
  }
  const blocks = blocksFor(cs, 'counts', truncateLines);
  if (opts.single) {
    const [first] = pack(blocks, budget, () => [title(), footer(cs, 'counts', `${hint} The counts were cut at ${budget} characters.`)]);
    return { level: 'counts', parts: [first] };
  }
  return { level: 'counts', parts: pack(blocks, budget, (i, n) => [title([i, n]), footer(cs, 'counts', hint, [i, n])]) };
}

/**
 * The report for a job summary: as much detail as fits GitHub's 1 MiB. Budgets count characters, and
 * non-ASCII text takes more bytes than characters, so the budget shrinks until the bytes fit.
 */
export function jobSummaryReport(cs: ChangeSet): string {
  for (let budget = JOB_SUMMARY_BUDGET; ; budget = Math.floor(budget * 0.8)) {
    const text = markdownReport(cs, { budget, single: true }).parts[0];
    if (Buffer.byteLength(text, 'utf8') <= JOB_SUMMARY_BYTES - 1 || budget < 1000) return text;
  }
}
