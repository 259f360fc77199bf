// `hubcast plan`: deployment -> environment -> topology -> placement/clusters -> object counts.

import { cmp } from '../core/diagnostics.ts';
import type { JsonObject } from '../core/types.ts';
import { deliveredManifests, PULL_ROLLOUT } from '../fleet/cluster-works.ts';
import { waveKustomizationName } from '../flux/folder-names.ts';
import type { PipelineResult } from '../pipeline/pipeline.ts';
import type { RenderedDeployment } from '../render/render.ts';
import { explainPlacements, inventoryNotes, type EnvironmentPlan } from '../fleet/placement-explain.ts';
import { table } from './io.ts';
import { plural } from '../core/plural.ts';

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
  parts.push(p.numberOfClusters === undefined ? 'all matching clusters' : plural(Number(p.numberOfClusters), 'cluster'));
  const preds = (p.predicates as unknown[] | undefined)?.length ?? 0;
  if (preds) parts.push(plural(preds, 'predicate'));
  return parts.join('; ');
}

export function planRows(r: PipelineResult): PlanRow[] {
  return (r.rendered ?? [])
    .map((d) => {
      const objects: Record<string, number> = {};
      for (const m of deliveredManifests(d, r.works)) objects[m.kind] = (objects[m.kind] ?? 0) + 1;
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

export interface RolloutPlanRow {
  deployment: string;
  type: string;
  /** Flux timeout of each wave (progressDeadline); absent: flux.timeout. */
  timeout?: string;
  waves: { wave: number; kustomization: string; clusters: string[]; why: string }[];
  /** OCM fields the waves do not honour, and what happens instead. */
  unsupported: string[];
}

/** Deployments rolled out in more than one wave, or whose rollout has fields the waves do not honour. */
export function planRollouts(r: PipelineResult): RolloutPlanRow[] {
  const rows: RolloutPlanRow[] = [];
  for (const p of r.placements ?? []) {
    const ro = p.rollout;
    if (!ro) continue;
    const type = ro.plans.map((x) => x.type).find((t) => t !== 'All') ?? 'All';
    const unsupported = [...new Set(ro.plans.flatMap((x) => x.unsupported))];
    if (ro.waves.length > 1 && r.works?.some((w) => w.deployment === p.rendered && w.spokeObjects)) unsupported.push(PULL_ROLLOUT);
    if (ro.waves.length < 2 && !unsupported.length) continue;
    const d = p.rendered.identity.deployment;
    const row: RolloutPlanRow = {
      deployment: `${d.namespace}/${d.name}`,
      type,
      waves: ro.waves.map((w) => ({
        wave: w.index,
        kustomization: ro.waves.length > 1 ? waveKustomizationName(d.namespace, d.name, w.index) : `hubcast-<cluster>`,
        clusters: w.clusters,
        why: w.why,
      })),
      unsupported,
    };
    if (ro.timeout) row.timeout = ro.timeout;
    rows.push(row);
  }
  return rows.sort((a, b) => cmp(a.deployment, b.deployment));
}

function rolloutText(rows: RolloutPlanRow[]): string {
  const lines: string[] = [];
  for (const x of rows) {
    lines.push('', `rollout ${x.deployment}: ${x.type}, ${plural(x.waves.length, 'wave')}${x.timeout ? `, each within ${x.timeout} (progressDeadline)` : ''}`);
    if (x.waves.length) lines.push(table(x.waves.map((w) => [`  wave ${w.wave}`, w.clusters.join(', '), w.why])));
    for (const u of x.unsupported) lines.push(`  not honoured: ${u}`);
  }
  return lines.join('\n').replace(/^\n/, '');
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
    Object.entries(x.objects)
      .map(([k, n]) => `${n} ${k}`)
      .join(', '),
  ]);
  const placement = r.placements ? `\n\n${placementText(r)}` : '';
  const rollouts = planRollouts(r);
  const waves = rollouts.length ? `\n\n${rolloutText(rollouts)}` : '';
  return `${table([header, ...body])}\n\nlayout: ${r.layout}${placement}${waves}`;
}

export function planEnvironments(r: PipelineResult): EnvironmentPlan[] {
  return r.placements ? explainPlacements(r.placements) : [];
}

/** Per environment: readiness, then per Placement the selected clusters and why others were not. */
function placementText(r: PipelineResult): string {
  const lines: string[] = [];
  for (const note of inventoryNotes(r.inventory!, r.placements!)) lines.push(`note: ${note}`);
  for (const env of planEnvironments(r)) {
    lines.push('', `environment ${env.environment}: ${env.ready ? 'Ready' : `NotReady (${env.reason}${env.message ? `: ${env.message}` : ''})`}`);
    for (const p of env.placements) {
      const want = p.numberOfClusters === undefined ? '' : ` of ${p.numberOfClusters} wanted`;
      lines.push(`  placement ${p.placement} (${p.source === 'existing' ? 'existing, topology-ocm-byop' : 'topology-ocm'}) for ${p.deployments.join(', ')}`);
      if (p.needsHub) {
        lines.push(`    evaluated by the hub: ${p.needsHub}`);
        continue;
      }
      lines.push(
        `    ${plural(p.selected.length, 'cluster')} selected${want}: ${p.condition}${p.condition === 'AllDecisionsScheduled' ? '' : ` (${p.message})`}`,
      );
      const rows = [
        ...p.selected.map((s) => ['    +', s.cluster, `score ${s.score ?? 0}${s.breakdown ? ` = ${s.breakdown}` : ''}${s.note ? `; ${s.note}` : ''}`]),
        ...p.notSelected.map((n) => ['    -', n.cluster, n.reason]),
      ];
      if (rows.length) lines.push(table(rows));
    }
  }
  return lines.join('\n').replace(/^\n/, '');
}
