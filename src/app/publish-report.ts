// How a publish reads to a person (text) and to a program (--json, Action outputs).

import { shortSha } from '../deliver/provenance.ts';
import type { PublishReport } from '../deliver/publish.ts';
import { countChanges } from '../deliver/tree-changes.ts';
import { countsText } from '../deliver/change-summary.ts';

export function publishText(r: PublishReport, dryRun: boolean): string {
  const lines: string[] = [];
  const from = `source ${shortSha(r.source)}`;
  const counts = `${r.changes.length} files (${countsText(r.changes)})`;
  if (r.outcome === 'superseded') lines.push(`${r.branch}: not published, it already holds a newer render (${from} is older)`);
  else if (r.mode === 'direct') {
    if (r.outcome === 'unchanged') lines.push(`${r.branch}: nothing changed for ${from}; no commit, no push`);
    else if (dryRun) lines.push(`${r.branch}: would commit ${counts} from ${from} (dry run: nothing written)`);
    else lines.push(`${r.branch}: published ${counts} from ${from} as ${shortSha(r.commit ?? '')}`);
  } else {
    if (!r.environments.length) lines.push(`${r.branch}: nothing changed for ${from}; no pull request needed`);
    else if (dryRun) lines.push(`${r.branch}: would propose ${r.environments.length} environment${r.environments.length === 1 ? '' : 's'} from ${from} (dry run: nothing written)`);
    for (const e of r.environments) {
      const pr = e.pullRequest ? `, pull request #${e.pullRequest.number} ${e.pullRequest.action} ${e.pullRequest.url}` : '';
      lines.push(`  ${e.environment}: ${countsText(e.changes)} on ${e.stagingBranch} (${e.staging})${pr}`);
    }
    for (const c of r.closed) lines.push(`  closed pull request #${c.number} ${c.url}: ${r.branch} already matches`);
  }
  for (const n of r.notes) lines.push(`note: ${n}`);
  return lines.join('\n');
}

export function publishJson(r: PublishReport): object {
  return {
    outcome: r.outcome,
    mode: r.mode,
    branch: r.branch,
    source: r.source,
    commit: r.commit ?? null,
    attempts: r.attempts,
    changes: countChanges(r.changes),
    files: r.changes,
    environments: r.environments.map((e) => ({
      environment: e.environment,
      stagingBranch: e.stagingBranch,
      staging: e.staging,
      changes: countChanges(e.changes),
      pullRequest: e.pullRequest ?? null,
    })),
    closed: r.closed,
    notes: r.notes,
  };
}
