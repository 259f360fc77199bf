// Golden diffs: each fleet history (cases.ts) renders both sides with the real pipeline and its
// reports must equal the committed files under test/golden-diff/<case>/. To accept a change of
// output: `npm run golden:update`, then read `git diff test/golden-diff` as the review of it.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PART_BREAK } from '../../src/app/diff-outputs.ts';
import { diffText } from '../../src/app/diff-text.ts';
import { stableJson } from '../../src/core/stable-json.ts';
import { COMMENT_BUDGET, JOB_SUMMARY_BUDGET, markdownReport } from '../../src/review/markdown-report.ts';
import { review } from '../helpers/review.ts';
import { BULK_CONFIGMAPS, BULK_DEPLOYMENTS, bulkCase, SECRET_VALUES, smallCases } from './cases.ts';

const update = process.env.HUBCAST_UPDATE_GOLDEN === '1';
const plainIo = { out: () => {}, err: () => {}, color: false };

function golden(dir: string, files: Record<string, string>): void {
  const at = join(import.meta.dirname, dir);
  if (update) {
    rmSync(at, { recursive: true, force: true });
    mkdirSync(at, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(at, name), text);
  }
  for (const [name, text] of Object.entries(files)) {
    const path = join(at, name);
    expect(existsSync(path), `${path} is missing: run npm run golden:update`).toBe(true);
    expect(text, `${dir}/${name}`).toBe(readFileSync(path, 'utf8'));
  }
}

describe.each(smallCases())('fleet history $name', (c) => {
  const cs = review(c.base, c.head);
  const md = markdownReport(cs);
  const outputs = {
    'comment.md': md.parts.join(PART_BREAK),
    'report.txt': `${diffText(cs, plainIo)}\n`,
    'report.json': stableJson(cs),
  };

  it('matches the golden comment, text and JSON reports', () => {
    golden(c.name, outputs);
  });

  it('fits one comment with the full diffs', () => {
    expect(md.level).toBe('full');
    expect(md.parts).toHaveLength(1);
    expect(md.parts[0].length).toBeLessThanOrEqual(COMMENT_BUDGET);
  });

  it('never prints a secret value, in any format', () => {
    for (const text of Object.values(outputs)) {
      for (const v of SECRET_VALUES) {
        expect(text).not.toContain(v);
        expect(text).not.toContain(Buffer.from(v).toString('base64'));
      }
    }
  });
});

describe('fleet history bulk-5000 (the size ladder and splitting)', () => {
  const c = bulkCase();
  const cs = review(c.base, c.head);

  it('counts every added object', () => {
    expect(cs.totals).toMatchObject({ added: BULK_DEPLOYMENTS * (BULK_CONFIGMAPS + 1), changed: 0, removed: 0, workloads: BULK_DEPLOYMENTS });
  });

  it('falls to counts only, split into parts under the comment budget', () => {
    const md = markdownReport(cs);
    expect(md.level).toBe('counts');
    expect(md.parts.length).toBeGreaterThan(1);
    md.parts.forEach((p, i) => {
      expect(p.length).toBeLessThanOrEqual(COMMENT_BUDGET);
      expect(p).toContain(`part ${i + 1}/${md.parts.length}`);
    });
    // Every workload of the matrix is in exactly one part.
    const all = md.parts.join('\n');
    for (const n of [0, 1, 499, 999]) expect(all.split(`| shop/tenant-${String(n).padStart(4, '0')} |`)).toHaveLength(2);
    golden('bulk-5000', Object.fromEntries(md.parts.map((p, i) => [`comment-part-${i + 1}.md`, p])));
  });

  it('gives the job summary more detail within 1 MiB, in one document', () => {
    const summary = markdownReport(cs, { budget: JOB_SUMMARY_BUDGET, single: true });
    expect(summary.parts).toHaveLength(1);
    expect(summary.parts[0].length).toBeLessThanOrEqual(JOB_SUMMARY_BUDGET);
    expect(['truncated', 'names']).toContain(summary.level);
  });
});
