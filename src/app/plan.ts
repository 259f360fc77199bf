// `hubcast plan`: deployment -> environment -> topology -> placement/clusters -> object counts.

import { cmp } from '../core/diagnostics.ts';
import type { JsonObject } from '../core/types.ts';
import type { PipelineResult } from '../pipeline/pipeline.ts';
import type { RenderedDeployment } from '../render/render.ts';
import { explainPlacements, inventoryNotes, type EnvironmentPlan } from '../fleet/placement-explain.ts';
import { table } from './io.ts';

export interface PlanRow {
  deployment: string;
  environment: string;
  environmentRevision: string;
  profile: string;
  profileRevision: string;
  workloadType: string;
  topology: string;
  placement: string;
  objects: Record<string, number>;
}

function revisionLabel(r: RenderedDeployment['resolved']['environment']): string {
  const notes = [r.revision.version, r.revision.uncommitted ? 'uncommitted' : undefined].filter(Boolean);
  return `v${r.revision.number}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

export function placementSummary(r: RenderedDeployment): string {
  const t = r.topology;
  if (t.type === 'topology-ocm-byop') return `existing ${t.placementRefs.map((p) => `${t.hubNamespace}/${String(p.name)}`).join(', ')}`;
  const p = (t.placement ?? {}) as JsonObject;
  const parts = [`${t.hubNamespace}/${r.name}`, `sets ${((p.clusterSets as string[]) ?? []).join(',')}`];
  parts.push(p.numberOfClusters === undefined ? 'all matching clusters' : `${String(p.numberOfClusters)} cluster(s)`);
  const preds = (p.predicates as unknown[] | undefined)?.length ?? 0;
  if (preds) parts.push(`${preds} predicate(s)`);
  return parts.join('; ');
}

export function planRows(r: PipelineResult): PlanRow[] {
  return (r.rendered ?? [])
    .map((d) => {
      const objects: Record<string, number> = {};
      for (const m of d.manifests) objects[m.kind] = (objects[m.kind] ?? 0) + 1;
      const env = d.resolved.environment;
      const prof = d.resolved.profile;
      return {
        deployment: `${d.identity.deployment.namespace}/${d.identity.deployment.name}`,
        environment: `${env.id.namespace}/${env.id.name}`,
        environmentRevision: revisionLabel(env),
        profile: `${prof.id.namespace}/${prof.id.name}`,
        profileRevision: revisionLabel(prof),
        workloadType: d.resolved.workloadType,
        topology: d.topology.type,
        placement: placementSummary(d),
        objects: Object.fromEntries(Object.entries(objects).sort((a, b) => cmp(a[0], b[0]))),
      };
    })
    .sort((a, b) => cmp(a.deployment, b.deployment));
}

export function planText(r: PipelineResult): string {
  const rows = planRows(r);
  if (rows.length === 0) return 'no WorkloadDeployments found';
  const header = ['DEPLOYMENT', 'ENVIRONMENT', 'PROFILE', 'TYPE', 'TOPOLOGY', 'PLACEMENT', 'OBJECTS'];
  const body = rows.map((x) => [
    x.deployment,
    `${x.environment}@${x.environmentRevision}`,
    `${x.profile}@${x.profileRevision}`,
    x.workloadType,
    x.topology,
    x.placement,
    Object.entries(x.objects).map(([k, n]) => `${n} ${k}`).join(', '),
  ]);
  const placement = r.placements ? `\n\n${placementText(r)}` : '';
  return `${table([header, ...body])}\n\nlayout: ${r.layout}${placement}`;
}

export function planEnvironments(r: PipelineResult): EnvironmentPlan[] {
  return r.placements ? explainPlacements(r.placements) : [];
}

/** Per environment: readiness, then per Placement the selected clusters and why others were not. */
function placementText(r: PipelineResult): string {
  const lines: string[] = [];
  for (const note of inventoryNotes(r.inventory!, r.placements!)) lines.push(`note: ${note}`);
  for (const env of planEnvironments(r)) {
    lines.push('', `environment ${env.environment}: ${env.ready ? 'Ready' : `NotReady (${env.reason})`}`);
    for (const p of env.placements) {
      const want = p.numberOfClusters === undefined ? '' : ` of ${p.numberOfClusters} wanted`;
      lines.push(`  placement ${p.placement} (${p.source === 'existing' ? 'existing, topology-ocm-byop' : 'topology-ocm'}) for ${p.deployments.join(', ')}`);
      if (p.needsHub) {
        lines.push(`    evaluated by the hub: ${p.needsHub}`);
        continue;
      }
      lines.push(`    ${p.selected.length} cluster(s) selected${want}: ${p.condition}${p.condition === 'AllDecisionsScheduled' ? '' : ` (${p.message})`}`);
      const rows = [
        ...p.selected.map((s) => ['    +', s.cluster, `score ${s.score ?? 0}${s.breakdown ? ` = ${s.breakdown}` : ''}${s.note ? `; ${s.note}` : ''}`]),
        ...p.notSelected.map((n) => ['    -', n.cluster, n.reason]),
      ];
      if (rows.length) lines.push(table(rows));
    }
  }
  return lines.join('\n').replace(/^\n/, '');
}
