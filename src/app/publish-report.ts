// How a publish reads to a person (text) and to a program (--json, Action outputs).

import { shortSha } from '../deliver/provenance.ts';
import type { PublishReport } from '../deliver/publish.ts';
import type { ArtifactReport, OciPublishReport } from '../deliver/oci-publish.ts';
import { countChanges } from '../deliver/tree-changes.ts';
import { countsText } from '../deliver/change-summary.ts';
import { plural } from '../core/plural.ts';

export function publishText(r: PublishReport, dryRun: boolean): string {
  const lines: string[] = [];
  const from = `source ${shortSha(r.source)}`;
  const counts = `${plural(r.changes.length, 'file')} (${countsText(r.changes)})`;
  if (r.outcome === 'superseded') lines.push(`${r.branch}: not published, it already holds a newer render (${from} is older)`);
  else if (r.mode === 'direct') {
    if (r.outcome === 'unchanged') lines.push(`${r.branch}: nothing changed for ${from}; no commit, no push`);
    else if (dryRun) lines.push(`${r.branch}: would commit ${counts} from ${from} (dry run: nothing written)`);
    else lines.push(`${r.branch}: published ${counts} from ${from} as ${shortSha(r.commit ?? '')}`);
  } else {
    if (!r.environments.length) lines.push(`${r.branch}: nothing changed for ${from}; no pull request needed`);
    else if (dryRun) lines.push(`${r.branch}: would propose ${plural(r.environments.length, 'environment')} from ${from} (dry run: nothing written)`);
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

const STATUS_TEXT: Record<ArtifactReport['status'], string> = {
  pushed: 'pushed',
  retagged: 'unchanged, tagged',
  current: 'unchanged',
  'would-push': 'would push',
  'would-retag': 'unchanged, would tag',
};

const kib = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`);

export function ociPublishText(r: OciPublishReport): string {
  const where = `oci://${r.registry}/${r.repository}`;
  const pushed = r.artifacts.filter((a) => a.status === 'pushed' || a.status === 'would-push').length;
  const moved = r.artifacts.filter((a) => a.moved).length;
  const from = `source ${shortSha(r.commitTag)}`;
  const lines: string[] = [];
  if (r.outcome === 'unchanged')
    lines.push(`${where}: nothing changed for ${from}; ${plural(r.artifacts.length, 'artifact')} already tagged ${r.tag}, nothing pushed`);
  else if (r.outcome === 'dry-run')
    lines.push(
      `${where}: would push ${pushed} of ${plural(r.artifacts.length, 'artifact')} from ${from} and move ${r.tag} on ${moved} (dry run: nothing pushed)`,
    );
  else
    lines.push(
      `${where}: published ${plural(r.artifacts.length, 'artifact')} from ${from} (${pushed} pushed, ${r.artifacts.length - pushed} unchanged), tagged ${r.commitTag} and ${r.tag} (moved on ${moved})`,
    );
  for (const a of r.artifacts) {
    const up = a.uploaded ? `, ${kib(a.uploaded)} uploaded` : '';
    lines.push(
      `  ${a.repository}  ${a.digest}  ${STATUS_TEXT[a.status]}${a.moved ? `, ${r.tag} ${r.outcome === 'dry-run' ? 'would move' : 'moved'}` : ''} (${plural(a.files, 'file')}${up})`,
    );
  }
  return lines.join('\n');
}

export function ociPublishJson(r: OciPublishReport): object {
  return {
    outcome: r.outcome,
    target: `oci://${r.registry}/${r.repository}`,
    registry: r.registry,
    repository: r.repository,
    commitTag: r.commitTag,
    tag: r.tag,
    revision: r.revision,
    artifacts: r.artifacts.map((a) => ({ ...a, cluster: a.cluster ?? null })),
  };
}
