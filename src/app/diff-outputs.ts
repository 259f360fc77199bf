// Where `hubcast diff` puts its reports: the chosen format on stdout or in --out, and for CI the
// job summary (--summary) and the review artifact for the trusted second workflow (--review-artifact).

import { appendFileSync, writeFileSync } from 'node:fs';
import { makeDirs } from '../adapters/make-dirs.ts';
import { dirname } from 'node:path';
import { stableJson } from '../core/stable-json.ts';
import { htmlReport } from '../review/html-report.ts';
import { jobSummaryReport, markdownReport } from '../review/markdown-report.ts';
import type { ChangeSet } from '../review/model.ts';
import { buildArtifact } from '../review/review-artifact.ts';
import { diffText } from './diff-text.ts';
import type { Io } from './io.ts';

export type Format = 'text' | 'markdown' | 'json' | 'html';

export interface OutputOptions {
  format: Format;
  out?: string;
  summary?: string;
  reviewArtifact?: string;
  pr?: string;
  prHeadSha?: string;
}

/** Between several markdown comments (a report split into parts). */
export const PART_BREAK = '\n\n<!-- hubcast: next comment -->\n\n';

function report(cs: ChangeSet, format: Format, io: Io): string {
  if (format === 'json') return stableJson(cs);
  if (format === 'html') return htmlReport(cs);
  if (format === 'markdown') return `${markdownReport(cs).parts.join(PART_BREAK)}\n`;
  return `${diffText(cs, io)}\n`;
}

export function writeFile(path: string, text: string): void {
  makeDirs(dirname(path));
  writeFileSync(path, text);
}

export function writeReports(cs: ChangeSet, o: OutputOptions, io: Io): void {
  const text = report(cs, o.format, io);
  if (o.out) writeFile(o.out, text);
  else io.out(text);
  if (o.summary) {
    makeDirs(dirname(o.summary));
    appendFileSync(o.summary, `${jobSummaryReport(cs)}\n`);
  }
  if (o.reviewArtifact) {
    // Which pull request and commit only: the trusted workflow renders the review itself.
    const runId = /^[1-9]\d{0,14}$/.test(process.env.GITHUB_RUN_ID ?? '') ? Number(process.env.GITHUB_RUN_ID) : undefined;
    writeFile(o.reviewArtifact, stableJson(buildArtifact({ pr: Number(o.pr), headSha: o.prHeadSha!, runId })));
  }
}
