// `hubcast diff` on a terminal: the change tree with coloured unified diffs, then the tables and
// a summary. Colour follows the Io (never with NO_COLOR, --no-color or when not a TTY).

import { visible } from '../review/escape.ts';
import { compactCounts, headline } from '../review/markdown-summary.ts';
import { changeLabel, isWorkChange, STATUS_MARK, withheldBy, targetLabel, type ChangeSet, type ObjectChange, type WorkChange } from '../review/model.ts';
import { paint, table, type Io } from './io.ts';

const STATUS_COLOUR = { added: 'green', changed: 'yellow', removed: 'red' } as const;

function diffLines(io: Io, diff: string, indent: string): string[] {
  return visible(diff)
    .split('\n')
    .map((l) => {
      const c = l.startsWith('@@') ? 'cyan' : l[0] === '+' ? 'green' : l[0] === '-' ? 'red' : undefined;
      return indent + (c ? paint(io, c, l) : l);
    });
}

function objectLines(io: Io, o: ObjectChange, label: string, indent: string): string[] {
  const head = `${indent}${paint(io, STATUS_COLOUR[o.status], `${STATUS_MARK[o.status]} ${visible(label)}`)} (+${o.added} -${o.removed})${o.secret ? ' [secret values redacted]' : ''}`;
  return [head, ...diffLines(io, o.diff, `${indent}    `)];
}

function workLines(io: Io, w: WorkChange, indent: string): string[] {
  if (!isWorkChange(w)) return w.self ? objectLines(io, w.self, changeLabel(w), indent) : [];
  const out = [`${indent}${paint(io, STATUS_COLOUR[w.status], `${STATUS_MARK[w.status]} ${visible(changeLabel(w))}`)}`];
  if (w.moved) out.push(`${indent}  ${paint(io, 'cyan', w.moved)}`);
  if (w.self) out.push(...objectLines(io, w.self, "the work's own fields", `${indent}  `));
  for (const o of w.objects) out.push(...objectLines(io, o, changeLabel(o), `${indent}  `));
  return out;
}

const dash = (s?: string) => (s === undefined ? '-' : visible(s));

export function diffText(cs: ChangeSet, io: Io): string {
  const out: string[] = [];
  const side = (s: ChangeSet['base']) => `${s.side} ${visible(s.label)}${s.commit ? ` (${s.commit.slice(0, 12)})` : ''}`;
  out.push(paint(io, 'bold', `hubcast diff: ${side(cs.base)} -> ${side(cs.head)}`));
  for (const s of [cs.base, cs.head]) {
    if (s.ok) continue;
    const held = withheldBy(cs, s.side).map((w) => (w === '*' ? 'every deployment' : w));
    out.push('', paint(io, 'red', `${s.side} failed to render; diff withheld for ${held.join(', ')} (not shown as deletions):`));
    for (const e of s.errors)
      out.push(
        ...visible(e)
          .split('\n')
          .map((l) => `  ${l}`),
      );
  }
  for (const e of cs.environments) {
    out.push('', paint(io, 'bold', `environment ${visible(e.environment || '(none)')}`));
    for (const t of e.targets) {
      out.push(`  ${visible(targetLabel(t.target))}  ${compactCounts(t.counts)}`);
      for (const w of t.workloads) {
        out.push(`    workload ${visible(w.workload || '(none)')}  ${compactCounts(w.counts)}`);
        for (const x of w.works) out.push(...workLines(io, x, '      '));
      }
    }
  }
  if (cs.revisions.length) {
    out.push('', paint(io, 'bold', 'Re-resolved references'));
    out.push(
      indent(
        table([
          ['DEPLOYMENT', 'REFERENCE', 'FROM', 'TO'],
          ...cs.revisions.map((r) => [dash(r.deployment || undefined), visible(r.reference), dash(r.from), dash(r.to)]),
        ]),
      ),
    );
  }
  if (cs.images.length) {
    out.push('', paint(io, 'bold', 'Images'));
    out.push(
      indent(
        table([
          ['IMAGE', 'FROM', 'TO', 'OBJECTS', 'WORKLOADS'],
          ...cs.images.map((i) => [visible(i.image), dash(i.from), dash(i.to), String(i.objects), visible(i.workloads.join(', '))]),
        ]),
      ),
    );
  }
  if (cs.notes.length) {
    out.push('', paint(io, 'bold', 'Notes'));
    for (const n of cs.notes)
      out.push(`  ${paint(io, n.level === 'danger' ? 'red' : 'yellow', `${n.level}:`)} ${n.workload ? `${visible(n.workload)}: ` : ''}${visible(n.message)}`);
  }
  if (cs.matrix.length) {
    out.push('', paint(io, 'bold', 'Summary'));
    const rows = cs.matrix.map((c) => [
      visible(c.environment || '-'),
      visible(targetLabel(c.target)),
      visible(c.workload || '-'),
      String(c.added),
      String(c.changed),
      String(c.removed),
    ]);
    out.push(indent(table([['ENVIRONMENT', cs.targetNoun.replace(/s$/, '').toUpperCase(), 'WORKLOAD', '+', '~', '-'], ...rows])));
  }
  if (cs.hidden.length) out.push('', `hidden by filters: ${cs.hidden.map((h) => `${visible(h.rule)} (${h.count})`).join(', ')}`);
  out.push(
    '',
    headline(cs, (x) => x, '; '),
  );
  return out.join('\n');
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
