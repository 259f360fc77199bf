// The detail half of the Markdown report: collapsible <details> per target -> workload -> object,
// at one of three levels of detail (full diffs, diffs cut per object, names only).

import { codeFence, mdText } from './escape.ts';
import { compactCounts, type Block } from './markdown-summary.ts';
import { changeLabel, isWorkChange, STATUS_MARK, targetLabel, type ChangeSet, type ObjectChange, type WorkChange } from './model.ts';

export type DetailLevel = 'full' | 'truncated' | 'names';

export interface DetailOptions {
  /** Diff lines kept per object at the `truncated` level. */
  truncateLines: number;
}

const mark = (s: ObjectChange['status']) => `<code>${STATUS_MARK[s]}</code>`;
const lineCounts = (o: ObjectChange) => `<sub>+${o.added} -${o.removed}</sub>`;

function diffBody(o: ObjectChange, level: DetailLevel, opts: DetailOptions): string {
  let text = o.diff;
  const lines = text.split('\n');
  let note = '';
  if (level === 'truncated' && lines.length > opts.truncateLines) {
    text = lines.slice(0, opts.truncateLines).join('\n');
    note = `\n\n<sub>… ${lines.length - opts.truncateLines} more lines not shown here</sub>`;
  }
  const secret = o.secret ? '\n\n<sub>Secret values are never shown: only their size, and whether they changed.</sub>' : '';
  return `${codeFence(text, 'diff')}${note}${secret}`;
}

function objectEntry(o: ObjectChange, label: string, level: DetailLevel, opts: DetailOptions): string {
  if (level === 'names') return `  - ${mark(o.status)} ${mdText(label)} (+${o.added} -${o.removed})`;
  return `<details open><summary>${mark(o.status)} ${mdText(label)} ${lineCounts(o)}</summary>\n\n${diffBody(o, level, opts)}\n\n</details>`;
}

function workEntries(w: WorkChange, level: DetailLevel, opts: DetailOptions): string[] {
  const out: string[] = [];
  if (!isWorkChange(w)) {
    // A plain hub object (a Placement): its own diff is the whole story.
    if (w.self) out.push(level === 'names' ? `- ${mark(w.status)} ${mdText(changeLabel(w))}` : objectEntry(w.self, changeLabel(w), level, opts));
    return out;
  }
  const moved = w.moved ? ` · ${mdText(w.moved)}` : '';
  out.push(level === 'names' ? `- ${mark(w.status)} ${mdText(changeLabel(w))}${moved}` : `**${mark(w.status)} ${mdText(changeLabel(w))}**${moved}`);
  if (w.self) out.push(objectEntry(w.self, `${changeLabel(w)} (the work's own fields)`, level, opts));
  for (const o of w.objects) out.push(objectEntry(o, changeLabel(o), level, opts));
  return out;
}

/** One block per target: its workloads, works and objects. */
export function detailBlocks(cs: ChangeSet, level: DetailLevel, opts: DetailOptions): Block[] {
  const blocks: Block[] = [];
  for (const e of cs.environments) {
    for (const t of e.targets) {
      const env = e.environment ? ` · ${mdText(e.environment)}` : '';
      const inner: string[] = [];
      for (const w of t.workloads) {
        const entries = w.works.flatMap((x) => workEntries(x, level, opts));
        const name = w.workload ? mdText(w.workload) : '(hub objects)';
        inner.push(`<details open><summary>${name} · ${compactCounts(w.counts)}</summary>\n\n${entries.join(level === 'names' ? '\n' : '\n\n')}\n\n</details>`);
      }
      blocks.push({
        text: `<details><summary><b>${mdText(targetLabel(t.target))}</b>${env} · ${compactCounts(t.counts)}</summary>\n\n${inner.join('\n\n')}\n\n</details>`,
      });
    }
  }
  return blocks;
}
