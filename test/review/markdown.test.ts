import { describe, expect, it } from 'vitest';
import { codeFence, mdText, splitFences } from '../../src/review/escape.ts';
import { JOB_SUMMARY_BUDGET, jobSummaryReport, markdownReport } from '../../src/review/markdown-report.ts';
import { edit, exampleFiles, review } from '../helpers/review.ts';
import { hostileChangeSet } from './hostile.ts';

/** The Markdown outside fenced code blocks, and the blocks' contents; fails on an unclosed fence. */
function fences(md: string): { prose: string; code: string[] } {
  const r = splitFences(md);
  expect(r.unclosed, 'a code fence was left open').toBe(false);
  return { prose: r.prose.join('\n'), code: r.code };
}

const ALLOWED_TAGS = new Set(['details', 'summary', 'sub', 'code', 'b']);

/** Everything a crafted string could do to a GitHub comment, checked on the prose. */
function unsafe(md: string): string[] {
  const { prose } = fences(md);
  const problems: string[] = [];
  for (const m of prose.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) if (!ALLOWED_TAGS.has(m[1].toLowerCase())) problems.push(`tag <${m[1]}>`);
  for (const bad of ['<!--', '](', '![', '@everyone', '@org', ':warning:', '$\\sqrt', '**bold**', '`code`', 'www.evil', 'https://evil', '\u202E', '\u200B']) {
    if (prose.includes(bad)) problems.push(`raw ${JSON.stringify(bad)}`);
  }
  // A repo string must never start a line (a heading, a list item, a table row of its own).
  for (const line of prose.split('\n')) if (/^#\s*heading|^break/.test(line)) problems.push(`line break escaped: ${line}`);
  return problems;
}

describe('Markdown escaping', () => {
  it('escapes every hostile string in every field, at every level of the ladder', () => {
    const cs = hostileChangeSet();
    for (const budget of [1_000_000, 20_000, 6_000, 1_500]) {
      const md = markdownReport(cs, { budget });
      for (const part of md.parts) expect(unsafe(part), `budget ${budget}, level ${md.level}`).toEqual([]);
    }
  });

  it('shows hostile text literally: entities in prose, verbatim inside a longer fence', () => {
    expect(mdText('<img src=x>')).toBe('&#60;img src&#61;x&#62;');
    expect(mdText('[a](b)')).toBe('&#91;a&#93;&#40;b&#41;');
    expect(mdText('a\u202Eb')).toBe('a&#60;U+202E&#62;b');
    const fenced = codeFence('x ```` y\n```', 'diff');
    expect(fenced.startsWith('`````diff\n')).toBe(true);
    expect(fences(fenced).code).toEqual(['x ```` y\n```']);
  });

  // An object name cannot carry markup any more (names are checked as Kubernetes checks them, test/corpus):
  // the hostile text travels in the data, which the report shows.
  it('keeps crafted object data from breaking out of a real rendered report', () => {
    const base = exampleFiles('fleet');
    const hostileName = 'raw-note';
    const cm = (v: string) =>
      `apiVersion: spectrocloud.com/v1beta1\nkind: WorkloadProfile\nmetadata:\n  name: raw\n  namespace: shop\nspec:\n  workload:\n    components:\n      - name: raw\n        type: k8s-objects\n        properties:\n          objects:\n            - apiVersion: v1\n              kind: ConfigMap\n              metadata:\n                name: ${JSON.stringify(hostileName)}\n              data:\n                note: ${JSON.stringify(v)}\n---\napiVersion: spectrocloud.com/v1beta1\nkind: WorkloadDeployment\nmetadata:\n  name: raw\n  namespace: shop\nspec:\n  workload:\n    name: raw\n    namespace: shop\n  workloadProfileRef:\n    name: raw\n  environmentRef:\n    name: prod-eu\n  variables:\n    imageTag: x\n`;
    const cs = review({ ...base, 'shop/raw.yaml': cm('```\n</details>\n@everyone') }, { ...base, 'shop/raw.yaml': cm('[x](https://evil.example) ```` <img>') });
    const md = markdownReport(cs).parts.join('\n');
    expect(cs.totals.changed).toBe(1);
    expect(unsafe(md)).toEqual([]);
    expect(md).toContain('ConfigMap shop/raw-note');
  });
});

const tablesIn = (md: string) => md.split('\n\n').filter((chunk) => chunk.split('\n').some((l) => l.startsWith('|')));

describe('the size ladder', () => {
  const base = exampleFiles('fleet');
  const head = edit(edit(base, 'shop/deployments.yaml', 'imageTag: 2.1.0\n', 'imageTag: 2.2.0\n'), 'shop/variables.yaml', 'value: warn', 'value: error');
  const cs = review(base, head);
  const full = markdownReport(cs, { budget: 1_000_000 });

  it('keeps full diffs when they fit, and steps down one rung at a time as the budget shrinks', () => {
    expect(full.level).toBe('full');
    const seen = new Set<string>();
    for (let budget = full.parts[0].length; budget > 600; budget = Math.floor(budget * 0.9)) {
      const r = markdownReport(cs, { budget, truncateLines: 3 });
      for (const p of r.parts) expect(p.length).toBeLessThanOrEqual(budget);
      seen.add(r.level);
      if (r.parts.length > 1) seen.add('split');
    }
    expect([...seen]).toEqual(['full', 'truncated', 'names', 'counts', 'split']);
  });

  it('cuts each diff at the truncated rung and says how much is left out', () => {
    const r = markdownReport(cs, { budget: full.parts[0].length - 1, truncateLines: 3 });
    expect(r.level).toBe('truncated');
    expect(r.parts[0]).toMatch(/… \d+ more lines not shown here/);
    expect(r.parts[0]).toContain('Shortened to fit (diffs shortened per object)');
  });

  it('lists names without diffs at the names rung', () => {
    const names = [2500, 2000, 1800].map((budget) => markdownReport(cs, { budget })).find((r) => r.level === 'names');
    expect(names, 'some budget lands on names only').toBeDefined();
    expect(names!.parts[0]).toContain('  - <code>~</code> Deployment shop/web (+2 -2)');
    expect(names!.parts[0]).not.toContain('```diff');
  });

  it('repeats a table head in every part a split table continues in', () => {
    const r = markdownReport(cs, { budget: 700 });
    expect(r.parts.length).toBeGreaterThan(1);
    r.parts.forEach((p, i) => {
      expect(p).toContain(`### hubcast diff (part ${i + 1}/${r.parts.length})`);
      expect(tablesIn(p).length + (p.includes('> - ') ? 1 : 0), `part ${i + 1} carries content`).toBeGreaterThan(0);
      // Each run of table lines opens with a head row and its |---| separator.
      for (const t of tablesIn(p)) {
        const lines = t.split('\n').filter((l) => l.startsWith('|'));
        expect(lines[1], `part ${i + 1}: a table without its head`).toMatch(/^\|---/);
      }
    });
  });

  it('never splits the job summary: it cuts the counts and says so', () => {
    const r = markdownReport(cs, { budget: 700, single: true });
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0].length).toBeLessThanOrEqual(700);
    expect(r.parts[0]).toContain('The counts were cut at 700 characters');
  });
});

describe('the job summary', () => {
  it("fits GitHub's 1 MiB in bytes, not characters, when the diff is non-ASCII", () => {
    const base = exampleFiles('fleet');
    const cm = (v: string) =>
      `apiVersion: spectrocloud.com/v1beta1\nkind: WorkloadProfile\nmetadata:\n  name: raw\n  namespace: shop\nspec:\n  workload:\n    components:\n      - name: raw\n        type: k8s-objects\n        properties:\n          objects:\n${Array.from({ length: 4 }, (_, j) => `            - apiVersion: v1\n              kind: ConfigMap\n              metadata:\n                name: prices-${j}\n              data:\n${Array.from({ length: 500 }, (_, i) => `                k${i}: ${JSON.stringify(v.repeat(200) + i)}`).join('\n')}`).join('\n')}\n---\napiVersion: spectrocloud.com/v1beta1\nkind: WorkloadDeployment\nmetadata:\n  name: raw\n  namespace: shop\nspec:\n  workload:\n    name: raw\n    namespace: shop\n  workloadProfileRef:\n    name: raw\n  environmentRef:\n    name: prod-eu\n  variables:\n    imageTag: x\n`;
    const cs = review({ ...base, 'shop/raw.yaml': cm('€') }, { ...base, 'shop/raw.yaml': cm('£') });
    const chars = markdownReport(cs, { budget: JOB_SUMMARY_BUDGET, single: true }).parts[0];
    expect(Buffer.byteLength(chars, 'utf8')).toBeGreaterThan(1024 * 1024); // the character budget alone would not fit
    const text = jobSummaryReport(cs);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThan(1024 * 1024);
    expect(text).toContain('ConfigMap shop/prices');
  });
});
