// What `hubcast plan` says about placement in the per-cluster layout: per environment, whether
// it is Ready as seed 000 defines it (every Placement decided on at least one cluster, or on
// numberOfClusters when set), and per Placement which clusters were selected and why each
// other cluster was not.

import { cmp } from '../core/diagnostics.ts';
import type { Inventory } from '../placement/inventory.ts';
import type { DeploymentPlacement } from './place-deployments.ts';
import type { ScheduleResult } from '../placement/schedule.ts';

export interface PlacementPlan {
  placement: string;
  /** `generated` for topology-ocm, `existing` for a topology-ocm-byop Placement from the inventory. */
  source: 'generated' | 'existing';
  deployments: string[];
  condition: string;
  /** The PlacementSatisfied message OCM would write. */
  message: string;
  numberOfClusters?: number;
  /** `score 300 = Balance 100 + Steady 0 + 2×ResourceAllocatableMemory 100` */
  selected: { cluster: string; score?: number; breakdown?: string; note?: string }[];
  notSelected: { cluster: string; reason: string }[];
  decisions: { name: string; group: string; clusters: string[] }[];
  needsHub?: string;
}

export interface EnvironmentPlan {
  environment: string;
  ready: boolean;
  reason: string;
  /** Why it is not Ready, as seed 000 words it (a Placement not found). */
  message?: string;
  placements: PlacementPlan[];
}

export function explainPlacements(placements: readonly DeploymentPlacement[]): EnvironmentPlan[] {
  const envs = new Map<
    string,
    { results: Map<string, { r: ScheduleResult; source: PlacementPlan['source']; deployments: string[] }>; notFound: Set<string> }
  >();
  for (const p of placements) {
    const env = p.rendered.resolved.environment;
    const key = `${env.id.namespace}/${env.id.name}@v${env.revision.number}${env.revision.version ? ` (${env.revision.version})` : ''}`;
    const entry = envs.get(key) ?? { results: new Map(), notFound: new Set<string>() };
    for (const n of p.notFound ?? []) entry.notFound.add(n);
    envs.set(key, entry);
    const deployment = `${p.rendered.identity.deployment.namespace}/${p.rendered.identity.deployment.name}`;
    for (const r of p.evaluations) {
      const pk = `${r.placement.namespace}/${r.placement.name}`;
      const e = entry.results.get(pk) ?? { r, source: p.rendered.topology.type === 'topology-ocm' ? 'generated' : 'existing', deployments: [] };
      e.deployments.push(deployment);
      entry.results.set(pk, e);
    }
  }
  return [...envs.entries()]
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([environment, { results, notFound }]): EnvironmentPlan => {
      const list = [...results.entries()].sort((a, b) => cmp(a[0], b[0])).map(([placement, e]) => planOf(placement, e.r, e.source, e.deployments));
      if (notFound.size) {
        const missing = [...notFound].sort(cmp);
        return { environment, ready: false, reason: 'PlacementNotFound', message: `placement ${missing.join(', ')} not found`, placements: list };
      }
      const failing = [...results.values()].find((e) => !e.r.ready);
      const reason =
        results.size === 0 ? 'NoPlacement' : failing ? (failing.r.needsHub ? 'EvaluatedByHub' : failing.r.satisfied.reason) : 'AllDecisionsScheduled';
      return { environment, ready: results.size > 0 && !failing, reason, placements: list };
    });
}

function planOf(placement: string, r: ScheduleResult, source: PlacementPlan['source'], deployments: string[]): PlacementPlan {
  const byName = new Map(r.verdicts.map((v) => [v.cluster, v]));
  const plan: PlacementPlan = {
    placement,
    source,
    deployments: [...deployments].sort(cmp),
    condition: r.satisfied.reason,
    message: r.satisfied.message,
    selected: r.selected.map((c) => {
      const v = byName.get(c)!;
      return { cluster: c, score: v.score, breakdown: breakdown(v.scores ?? {}, r.weights), ...(v.reason ? { note: v.reason } : {}) };
    }),
    notSelected: r.verdicts
      .filter((v) => !v.selected)
      .map((v) => ({ cluster: v.cluster, reason: v.reason ?? (r.needsHub ? 'decided by the hub' : 'not selected') })),
    decisions: r.decisions.map((d) => ({ name: d.name, group: d.groupName, clusters: d.clusters })),
  };
  if (r.numberOfClusters !== undefined) plan.numberOfClusters = r.numberOfClusters;
  if (r.needsHub) plan.needsHub = r.needsHub;
  return plan;
}

function breakdown(parts: Record<string, number>, weights: Record<string, number>): string {
  return Object.keys(weights)
    .map((k) => `${weights[k] === 1 ? '' : `${weights[k]}×`}${k} ${parts[k] ?? 0}`)
    .join(' + ');
}

/** What the evaluation assumed about the hub because the inventory did not say. */
export function inventoryNotes(inv: Inventory, placements: readonly DeploymentPlacement[]): string[] {
  const notes: string[] = [];
  const implicit = [...inv.sets.values()].filter((s) => s.implicit).map((s) => s.name);
  if (implicit.length)
    notes.push(
      `ManagedClusterSet ${implicit.join(' and ')} not in the inventory: assumed as the hub keeps them (${implicit.map((n) => (n === 'global' ? 'global = every cluster' : 'default = clusters without a set label')).join(', ')})`,
    );
  if (!inv.hasDecisions) notes.push('no PlacementDecisions in the inventory: a fresh hub is assumed (Balance scores every cluster 100, Steady 0)');
  const addOn = placements.some((p) =>
    p.evaluations.some((e) => e.verdicts.some((v) => v.scores && Object.keys(v.scores).some((k) => k.startsWith('AddOn/')))),
  );
  if (addOn && !inv.hasScores) notes.push('no AddOnPlacementScores in the inventory: AddOn prioritizers score every cluster 0');
  return notes;
}
