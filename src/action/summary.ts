// The job summary (Markdown, under GitHub's 1 MiB per step) and the one-line text for outputs.

import { countsText, md } from '../deliver/change-summary.ts';
import { shortSha } from '../deliver/provenance.ts';
import type { PublishReport } from '../deliver/publish.ts';
import { planText } from '../app/plan.ts';
import type { PipelineResult } from '../pipeline/pipeline.ts';
import { plural } from '../core/plural.ts';

/** GitHub refuses step summaries over 1024 KiB; stay well below. */
export const SUMMARY_BUDGET = 900 * 1024;

export function planMarkdown(r: PipelineResult): string {
  return `\`\`\`text\n${planText(r).replace(/```/g, "'''")}\n\`\`\`\n`;
}

export function publishHeadline(r: PublishReport, dryRun: boolean): string {
  const src = `source \`${shortSha(r.source)}\``;
  if (r.outcome === 'superseded') return `\`${r.branch}\` already holds a newer render than ${src}; nothing published.`;
  if (!r.changes.length) return `\`${r.branch}\` is up to date with ${src}; nothing to publish.`;
  const what = `${plural(r.changes.length, 'file')} (${countsText(r.changes)})`;
  if (dryRun) return `Publishing ${src} would change ${what} in \`${r.branch}\` (dry run).`;
  if (r.mode === 'direct') return `Published ${what} from ${src} to \`${r.branch}\` as \`${shortSha(r.commit ?? '')}\`.`;
  return `Proposed ${what} from ${src} to \`${r.branch}\` in ${plural(r.environments.length, 'pull request')}.`;
}

export function publishMarkdown(r: PublishReport, dryRun: boolean): string {
  const parts = [publishHeadline(r, dryRun)];
  const prs = r.environments.filter((e) => e.pullRequest);
  if (prs.length) {
    parts.push(
      [
        '| Environment | Pull request | Action |',
        '|---|---|---|',
        ...prs.map((e) => `| \`${e.environment}\` | [#${e.pullRequest!.number}](${e.pullRequest!.url}) | ${e.pullRequest!.action} |`),
      ].join('\n'),
    );
  }
  for (const e of r.environments) parts.push(e.summary);
  for (const n of r.notes) parts.push(`> ${md(n)}`);
  let out = parts.join('\n\n');
  if (out.length > SUMMARY_BUDGET) out = `${out.slice(0, SUMMARY_BUDGET)}\n\n… summary truncated (${out.length} characters)`;
  return `${out}\n`;
}
