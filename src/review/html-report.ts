// The HTML report: one self-contained file (inline style and script, a CSP that forbids any
// network access) with the full diff as a filterable tree target -> workload -> object. Every repo
// string is HTML-escaped; the script only shows and hides what the page already holds.

import { HUBCAST_VERSION } from '../core/version.ts';
import { escapeHtml as h } from './escape.ts';
import { compactCounts, headline } from './markdown-summary.ts';
import { changeLabel, isWorkChange, STATUS_MARK, withheldBy, targetLabel, type ChangeSet, type ObjectChange, type WorkChange } from './model.ts';
import { plural } from '../core/plural.ts';

const STYLE = `
:root { color-scheme: light dark; --add: #1a7f37; --del: #cf222e; --chg: #9a6700; --mute: #6e7781; --line: #d0d7de; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
.headline { font-size: 1.1rem; margin: 0; }
.sides, .lines { color: var(--mute); }
table { border-collapse: collapse; margin: .6rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .2rem .6rem; text-align: left; }
.alert { border-left: 4px solid var(--del); padding: .3rem .8rem; margin: .8rem 0; }
.alert.caution { border-color: var(--chg); }
.controls { position: sticky; top: 0; padding: .6rem 0; background: Canvas; border-bottom: 1px solid var(--line); display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
#filter { flex: 1 1 20rem; font: inherit; padding: .3rem .5rem; }
details { margin: .25rem 0 .25rem 1rem; }
details.target { margin-left: 0; }
summary { cursor: pointer; }
.work-title { margin: .4rem 0 .2rem 1rem; font-weight: 600; }
.mark { font-family: ui-monospace, monospace; font-weight: 700; }
.added > summary .mark, .add { color: var(--add); }
.removed > summary .mark, .del { color: var(--del); }
.changed > summary .mark { color: var(--chg); }
.hunk { color: var(--mute); }
pre.diff { font: 12px/1.4 ui-monospace, monospace; padding: .5rem; overflow-x: auto; border: 1px solid var(--line); margin: .2rem 0 .6rem 1rem; }
[hidden] { display: none !important; }
`;

const SCRIPT = `
(function () {
  var q = document.getElementById('filter');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.status'));
  var objects = Array.prototype.slice.call(document.querySelectorAll('.object'));
  function apply() {
    var terms = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var shown = 0;
    objects.forEach(function (o) {
      var path = o.getAttribute('data-path');
      var ok = on[o.getAttribute('data-status')] && terms.every(function (t) { return path.indexOf(t) >= 0; });
      o.hidden = !ok;
      if (ok) shown++;
    });
    ['.work', '.workload', '.target'].forEach(function (sel) {
      document.querySelectorAll(sel).forEach(function (g) { g.hidden = !g.querySelector('.object:not([hidden])'); });
    });
    document.getElementById('shown').textContent = shown + ' of ' + objects.length + ' objects shown';
  }
  q.addEventListener('input', apply);
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
`;

function diffPre(diff: string): string {
  const lines = diff.split('\n').map((l) => {
    const cls = l.startsWith('@@') ? 'hunk' : l[0] === '+' ? 'add' : l[0] === '-' ? 'del' : '';
    return cls ? `<span class="${cls}">${h(l)}</span>` : h(l);
  });
  return `<pre class="diff">${lines.join('\n')}</pre>`;
}

function objectHtml(o: ObjectChange, label: string, path: string): string {
  const secret = o.secret ? ' <span class="lines">(secret values redacted)</span>' : '';
  return (
    `<details class="object ${o.status}" data-status="${o.status}" data-path="${h(`${path} ${label}`.toLowerCase())}" open>` +
    `<summary><span class="mark">${STATUS_MARK[o.status]}</span> ${h(label)} <span class="lines">+${o.added} -${o.removed}</span>${secret}</summary>${diffPre(o.diff)}</details>`
  );
}

function workHtml(w: WorkChange, path: string): string {
  const label = changeLabel(w);
  const inner = [
    ...(w.self ? [objectHtml(w.self, isWorkChange(w) ? `${label} (the work's own fields)` : label, `${path} ${label}`)] : []),
    ...w.objects.map((o) => objectHtml(o, changeLabel(o), `${path} ${label}`)),
  ];
  const moved = w.moved ? ` <span class="moved">${h(w.moved)}</span>` : '';
  return `<div class="work"><div class="work-title"><span class="mark">${STATUS_MARK[w.status]}</span> ${h(label)}${moved}</div>${inner.join('')}</div>`;
}

function treeHtml(cs: ChangeSet): string {
  const out: string[] = [];
  for (const e of cs.environments) {
    for (const t of e.targets) {
      const tl = targetLabel(t.target);
      const workloads = t.workloads.map((w) => {
        const path = `${tl} ${e.environment} ${w.workload}`;
        return `<details class="workload" open><summary>${h(w.workload || '(hub objects)')} <span class="lines">${compactCounts(w.counts)}</span></summary>${w.works.map((x) => workHtml(x, path)).join('')}</details>`;
      });
      out.push(
        `<details class="target" open><summary><b>${h(tl)}</b> <span class="lines">${h(e.environment)} · ${compactCounts(t.counts)}</span></summary>${workloads.join('')}</details>`,
      );
    }
  }
  return out.join('\n');
}

function tableHtml(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function alertsHtml(cs: ChangeSet): string {
  const out: string[] = [];
  for (const s of [cs.base, cs.head]) {
    if (s.ok) continue;
    const held = withheldBy(cs, s.side).map((w) => (w === '*' ? 'every deployment' : w));
    out.push(
      `<div class="alert"><b>${s.side} failed to render</b>: diff withheld for ${h(held.join(', '))}<ul>${s.errors.map((e) => `<li><code>${h(e)}</code></li>`).join('')}</ul></div>`,
    );
  }
  for (const level of ['danger', 'caution'] as const) {
    const notes = cs.notes.filter((n) => n.level === level);
    if (notes.length)
      out.push(
        `<div class="alert ${level}"><b>${plural(notes.length, level)}</b><ul>${notes.map((n) => `<li>${h(n.workload ? `${n.workload}: ` : '')}${h(n.message)}</li>`).join('')}</ul></div>`,
      );
  }
  return out.join('\n');
}

function tablesHtml(cs: ChangeSet): string {
  const out: string[] = [];
  const d = (s?: string) => s ?? '—';
  if (cs.matrix.length)
    out.push(
      `<h2>Changes by ${h(cs.targetNoun.replace(/s$/, ''))} and workload</h2>`,
      tableHtml(
        ['environment', 'target', 'workload', '+', '~', '-'],
        cs.matrix.map((c) => [c.environment, targetLabel(c.target), c.workload, String(c.added), String(c.changed), String(c.removed)]),
      ),
    );
  if (cs.revisions.length)
    out.push(
      '<h2>Re-resolved references</h2>',
      tableHtml(
        ['deployment', 'reference', 'from', 'to'],
        cs.revisions.map((r) => [d(r.deployment || undefined), r.reference, d(r.from), d(r.to)]),
      ),
    );
  if (cs.images.length)
    out.push(
      '<h2>Images</h2>',
      tableHtml(
        ['image', 'from', 'to', 'objects', 'workloads'],
        cs.images.map((i) => [i.image, d(i.from), d(i.to), String(i.objects), i.workloads.join(', ')]),
      ),
    );
  if (cs.hidden.length) out.push(`<p class="lines">Hidden by filters: ${h(cs.hidden.map((x) => `${x.rule} (${x.count})`).join(', '))}</p>`);
  return out.join('\n');
}

export function htmlReport(cs: ChangeSet): string {
  const side = (s: ChangeSet['base']) => `${s.side} ${s.label}${s.commit ? ` (${s.commit.slice(0, 12)})` : ''}`;
  const plain = headline(cs, (x) => x);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hubcast diff: ${h(plain)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>hubcast diff</h1><p class="headline">${h(plain)}</p><p class="sides">${h(side(cs.base))} → ${h(side(cs.head))} · hubcast ${h(HUBCAST_VERSION)}</p></header>
${alertsHtml(cs)}
${tablesHtml(cs)}
<nav class="controls"><input id="filter" type="search" placeholder="Filter: cluster, workload, kind or name" aria-label="Filter objects">
<label><input type="checkbox" class="status" value="added" checked> added</label>
<label><input type="checkbox" class="status" value="changed" checked> changed</label>
<label><input type="checkbox" class="status" value="removed" checked> removed</label>
<span id="shown" class="lines"></span></nav>
<main id="tree">
${treeHtml(cs)}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
