// Which clusters each deployment runs on in the per-cluster layout: topology-ocm schedules the
// Placement hubcast would have written; topology-ocm-byop schedules the existing Placements it
// names, read from the inventory. A deployment whose Placement needs the hub (CEL hubcast cannot
// evaluate) keeps the replica-set layout, and says so.

import { cmp, error, info, warning, type Diagnostic } from '../core/diagnostics.ts';
import type { JsonObject } from '../core/types.ts';
import type { RenderedDeployment } from '../render/render.ts';
import type { Cluster, Inventory } from '../placement/inventory.ts';
import { schedule, type ScheduleResult } from '../placement/schedule.ts';
import type { Cached } from '../core/generational-memo.ts';

export interface DeploymentPlacement {
  rendered: RenderedDeployment;
  evaluations: ScheduleResult[];
  /** Clusters selected by any of its Placements, by name. */
  clusters: Cluster[];
  /** Why this deployment falls back to Placement + ManifestWorkReplicaSet. */
  needsHub?: string;
}

/** Reuse of earlier runs' placements: `key` names a deployment's placement inputs, or undefined. */
export interface PlacementReuse {
  cached: Cached;
  key(r: RenderedDeployment): string | undefined;
}

export function placeDeployments(rendered: readonly RenderedDeployment[], inv: Inventory, now: number, reuse?: PlacementReuse): { placements: DeploymentPlacement[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const placements: DeploymentPlacement[] = [];
  const cache = new Map<string, ScheduleResult>();
  for (const r of rendered) {
    const key = reuse?.key(r);
    const one = key === undefined ? placeOne(r, inv, now, cache) : reuse!.cached(key, () => placeOne(r, inv, now, cache));
    diagnostics.push(...one.diagnostics);
    placements.push(one.placement);
  }
  return { placements, diagnostics };
}

function placeOne(r: RenderedDeployment, inv: Inventory, now: number, cache: Map<string, ScheduleResult>): { placement: DeploymentPlacement; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const env = r.resolved.environment.revision.object;
  const evaluations: ScheduleResult[] = [];
  const topo = r.topology;
  if (topo.type === 'topology-ocm') {
    const base = ['spec', 'topology', 'properties', 'placement'];
    evaluations.push(schedule({ namespace: topo.hubNamespace, name: r.name, spec: topo.placement ?? {}, pos: (p) => env.pos([...base, ...p]) }, inv, now));
  } else {
    topo.placementRefs.forEach((ref, i) => {
      const key = `${topo.hubNamespace}/${String(ref.name)}`;
      const existing = inv.placements.get(key);
      if (!existing) {
        diagnostics.push(
          error(
            'placement-not-found',
            `Placement ${key} (topology-ocm-byop) is not in the inventory, so hubcast cannot tell which clusters it selects`,
            env.pos(['spec', 'topology', 'properties', 'placementRefs', i, 'name']),
            'add it to the inventory (kubectl get placements -A -o yaml), fix the name, or render with --layout replicaset',
          ),
        );
        return;
      }
      const cached = cache.get(key) ?? schedule({ namespace: existing.id.namespace, name: existing.id.name, spec: (existing.body.spec ?? {}) as JsonObject, pos: (p) => existing.pos(['spec', ...p]) }, inv, now);
      cache.set(key, cached);
      evaluations.push(cached);
    });
  }
  // A byop Placement shared by several deployments reports its problems once (the pipeline drops repeats).
  for (const e of evaluations) diagnostics.push(...e.diagnostics);
  const needsHub = evaluations.find((e) => e.needsHub)?.needsHub;
  const names = new Set(needsHub ? [] : evaluations.flatMap((e) => e.selected));
  const clusters = inv.clusters.filter((c) => names.has(c.name)).sort((a, b) => cmp(a.name, b.name));
  if (needsHub) {
    diagnostics.push(
      info(
        'placement-needs-hub',
        `deployment ${r.identity.deployment.namespace}/${r.identity.deployment.name}: ${needsHub}; it is rendered as Placement + ManifestWorkReplicaSet and the hub schedules it`,
        r.resolved.deployment.pos(['metadata', 'name']),
      ),
    );
  }
  const who = `deployment ${r.identity.deployment.namespace}/${r.identity.deployment.name}`;
  // A misconfigured Placement is its error, not also "selects no cluster".
  const misconfigured = evaluations.some((e) => e.diagnostics.some((d) => d.code === 'placement-misconfigured'));
  if (!needsHub && !misconfigured && evaluations.length && clusters.length === 0) {
    const why = evaluations.map((e) => `${e.placement.namespace}/${e.placement.name}: ${e.satisfied.reason}`).join('; ');
    diagnostics.push(
      warning('no-clusters', `${who} selects no cluster (${why}); no ManifestWork is written for it, so Flux removes any it had`, r.resolved.deployment.pos(['metadata', 'name']), 'run hubcast plan to see why each cluster was not selected'),
    );
  }
  const rollout = topo.placementRefs.map((p) => (p.rolloutStrategy as { type?: string } | undefined)?.type ?? 'All').find((t) => t !== 'All');
  if (rollout && !needsHub) {
    diagnostics.push(info('rollout-not-applied', `${who}: rolloutStrategy ${rollout} applies in the replica-set layout only; the per-cluster layout updates every cluster at once`, env.pos(['spec', 'topology', 'properties'])));
  }
  return { placement: { rendered: r, evaluations, clusters, needsHub }, diagnostics };
}
