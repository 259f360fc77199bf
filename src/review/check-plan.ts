// The check run for a review, planned as data: success when nothing needs a second look,
// neutral for cautions, failure for render errors and dangers. Where the token may not create
// check runs, the same verdict goes out as a commit status (which has no neutral). The verdict,
// title and summary are only ever made here, from a change set this process rendered.

import { headline } from './markdown-summary.ts';
import { JOB_SUMMARY_BUDGET, markdownReport } from './markdown-report.ts';
import type { ChangeSet } from './model.ts';
import { plural } from '../core/plural.ts';

export type Conclusion = 'success' | 'neutral' | 'failure';

export interface CheckPlan {
  name: string;
  headSha: string;
  conclusion: Conclusion;
  /** At most 255 characters. */
  title: string;
  /** At most 65,535 characters. */
  summary: string;
  /** The fallback commit status. */
  status: { state: 'success' | 'failure'; context: string; description: string };
}

export const CHECK_NAME = 'hubcast diff';
const TITLE_LIMIT = 255;
const SUMMARY_LIMIT = 65_535;
const STATUS_DESCRIPTION_LIMIT = 140;

function clamp(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

export function conclusionOf(cs: ChangeSet): Conclusion {
  if (!cs.base.ok || !cs.head.ok || cs.notes.some((n) => n.level === 'danger')) return 'failure';
  return cs.notes.length ? 'neutral' : 'success';
}

export function planCheck(cs: ChangeSet, headSha: string): CheckPlan {
  const conclusion = conclusionOf(cs);
  const dangers = cs.notes.filter((n) => n.level === 'danger').length;
  const cautions = cs.notes.length - dangers;
  const failed = [cs.base, cs.head].filter((s) => !s.ok).map((s) => `${s.side} failed to render`);
  const extra = [...failed, dangers ? plural(dangers, 'danger') : '', cautions ? plural(cautions, 'caution') : ''].filter(Boolean);
  // The headline holds only counts and fixed words, never a repo string.
  const title = clamp([headline(cs, (x) => x), ...extra].join(' · '), TITLE_LIMIT);
  const summary = markdownReport(cs, { budget: Math.min(SUMMARY_LIMIT, JOB_SUMMARY_BUDGET), single: true }).parts[0];
  return {
    name: CHECK_NAME,
    headSha,
    conclusion,
    title,
    summary,
    status: { state: conclusion === 'failure' ? 'failure' : 'success', context: CHECK_NAME, description: clamp(title, STATUS_DESCRIPTION_LIMIT) },
  };
}
