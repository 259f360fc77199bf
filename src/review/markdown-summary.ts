// The summary half of the Markdown report: headline, render failures, danger notes, the
// target x workload matrix, the re-resolved references, the image table, what filters hid.
// Every repo string goes through mdText.

import { mdText } from './escape.ts';
import { countsLabel, targetLabel, totalChanges, withheldBy, type ChangeSet, type Counts, type MatrixCell, type Note } from './model.ts';
import { plural } from '../core/plural.ts';

/** A paragraph, or a header (a table head, an alert line) with rows that may be split across parts. */
export type Block = { text: string } | { head: string; rows: string[] };

const dash = (s: string | undefined) => (s === undefined ? '—' : mdText(s));

/** `**+A ~C -R objects** across **K clusters** / **M workloads** · N changes hidden by filters` */
export function headline(cs: ChangeSet, strong = (s: string) => `**${s}**`, sep = ' · '): string {
  const t = cs.totals;
  const parts: string[] = [];
  if (totalChanges(t) === 0) parts.push(strong(cs.withheld.length ? 'No rendered changes in what could be compared.' : 'No rendered changes.'));
  else {
    const noun = cs.targetNoun.replace(/s$/, '');
    parts.push(`${strong(`${countsLabel(t)} objects`)} across ${strong(plural(t.targets, noun))} / ${strong(plural(t.workloads, 'workload'))}`);
  }
  if (t.hidden) parts.push(`${plural(t.hidden, 'change')} hidden by filters`);
  return parts.join(sep);
}

/** `+1 ~2` with zero counts left out; empty for no changes. */
export function compactCounts(c: Counts): string {
  return [c.added && `+${c.added}`, c.changed && `~${c.changed}`, c.removed && `-${c.removed}`].filter(Boolean).join(' ');
}

function failureBlocks(cs: ChangeSet): Block[] {
  const blocks: Block[] = [];
  for (const s of [cs.base, cs.head]) {
    if (s.ok) continue;
    const held = withheldBy(cs, s.side);
    const all = held.includes('*');
    const names = held.map(mdText);
    const what = all
      ? 'every diff is withheld'
      : `the diff of ${plural(names.length, 'deployment')} is withheld (${names.slice(0, 10).join(', ')}${names.length > 10 ? `, and ${names.length - 10} more` : ''})`;
    blocks.push({
      head: `> [!CAUTION]\n> **${s.side} failed to render** (${plural(s.errors.length, 'error')}): ${what}, rather than shown as deletions.`,
      rows: s.errors.map((e) => `> - ${mdText(e)}`),
    });
  }
  return blocks;
}

function noteBlocks(notes: readonly Note[]): Block[] {
  const dangers = notes.filter((n) => n.level === 'danger');
  const cautions = notes.filter((n) => n.level === 'caution');
  const blocks: Block[] = [];
  const row = (n: Note) => `> - ${n.workload ? `${mdText(n.workload)}: ` : ''}${mdText(n.message)}`;
  if (dangers.length) blocks.push({ head: `> [!CAUTION]\n> **${plural(dangers.length, 'danger')}**`, rows: dangers.map(row) });
  if (cautions.length) blocks.push({ head: `> [!WARNING]\n> **${plural(cautions.length, 'caution')}**`, rows: cautions.map(row) });
  return blocks;
}

/** Few workloads: a real matrix (targets down, workloads across). Many: one row per cell. */
const MAX_MATRIX_COLUMNS = 6;

function matrixBlock(cs: ChangeSet): Block | undefined {
  if (!cs.matrix.length) return undefined;
  const workloads = [...new Set(cs.matrix.map((c) => c.workload))];
  const label = (w: string) => (w ? mdText(w) : '(hub)');
  const rowKey = (c: MatrixCell) => `${c.environment}\u0000${c.target.kind}\u0000${c.target.wave ?? 0}\u0000${c.target.name}`;
  if (workloads.length <= MAX_MATRIX_COLUMNS) {
    const rows = new Map<string, MatrixCell[]>();
    for (const c of cs.matrix) rows.set(rowKey(c), [...(rows.get(rowKey(c)) ?? []), c]);
    return {
      head: `| environment | ${cs.targetNoun.replace(/s$/, '')} | ${workloads.map(label).join(' | ')} |\n|---|---|${workloads.map(() => '---|').join('')}`,
      rows: [...rows.values()].map((cells) => {
        const byW = new Map(cells.map((c) => [c.workload, c]));
        const first = cells[0];
        return `| ${first.environment ? mdText(first.environment) : '(hub)'} | ${mdText(targetLabel(first.target))} | ${workloads.map((w) => (byW.has(w) ? compactCounts(byW.get(w)!) : '')).join(' | ')} |`;
      }),
    };
  }
  return {
    head: `| environment | ${cs.targetNoun.replace(/s$/, '')} | workload | + | ~ | - |\n|---|---|---|--:|--:|--:|`,
    rows: cs.matrix.map(
      (c) =>
        `| ${c.environment ? mdText(c.environment) : '(hub)'} | ${mdText(targetLabel(c.target))} | ${label(c.workload)} | ${c.added} | ${c.changed} | ${c.removed} |`,
    ),
  };
}

function revisionBlock(cs: ChangeSet): Block | undefined {
  if (!cs.revisions.length) return undefined;
  return {
    head: '**Re-resolved references**\n\n| deployment | reference | from | to |\n|---|---|---|---|',
    rows: cs.revisions.map((r) => `| ${r.deployment ? mdText(r.deployment) : '—'} | ${mdText(r.reference)} | ${dash(r.from)} | ${dash(r.to)} |`),
  };
}

function imageBlock(cs: ChangeSet): Block | undefined {
  if (!cs.images.length) return undefined;
  return {
    head: '**Images**\n\n| image | from | to | objects | workloads |\n|---|---|---|--:|---|',
    rows: cs.images.map((i) => {
      const ws = i.workloads.slice(0, 3).map(mdText).join(', ') + (i.workloads.length > 3 ? `, +${i.workloads.length - 3} more` : '');
      return `| ${mdText(i.image)} | ${dash(i.from)} | ${dash(i.to)} | ${i.objects} | ${ws} |`;
    }),
  };
}

function hiddenBlock(cs: ChangeSet): Block | undefined {
  if (!cs.hidden.length) return undefined;
  return {
    text: `<sub>Hidden by filters: ${cs.hidden.map((h) => `${mdText(h.rule)} (${h.count})`).join(', ')}. Turn the defaults off with --no-default-ignores.</sub>`,
  };
}

/** Everything above the per-target details, in reading order. */
export function summaryBlocks(cs: ChangeSet): Block[] {
  return [{ text: headline(cs) }, ...failureBlocks(cs), ...noteBlocks(cs.notes), matrixBlock(cs), revisionBlock(cs), imageBlock(cs), hiddenBlock(cs)].filter(
    (b): b is Block => !!b,
  );
}
