// Which clusters each deployment runs on in the per-cluster layout: topology-ocm schedules the
// Placement hubcast would have written; topology-ocm-byop schedules the existing Placements it
// names, read from the inventory. A deployment whose Placement needs the hub (CEL hubcast cannot
// evaluate) keeps the replica-set layout, and says so.

import { cmp, error, info, warning, type Diagnostic } from '../core/diagnostics.ts';
import { plural } from '../core/plural.ts';
import type { JsonObject } from '../core/types.ts';
import type { RenderedDeployment } from '../render/render.ts';
import type { Cluster, Inventory } from '../placement/inventory.ts';
import { schedule, type ScheduleResult } from '../placement/schedule.ts';
import type { Cached } from '../core/generational-memo.ts';
import { mergeWaves, rolloutWaves, type RolloutPlan, type RolloutWave } from './rollout-waves.ts';
import { durationSeconds } from '../placement/rollout-strategy.ts';

export interface DeploymentPlacement {
  rendered: RenderedDeployment;
  evaluations: ScheduleResult[];
  /** Clusters selected by any of its Placements, by name. */
  clusters: Cluster[];
  /** Why this deployment falls back to Placement + ManifestWorkReplicaSet. */
  needsHub?: string;
  /** topology-ocm-byop Placements missing from the inventory (`namespace/name`): its Environment is NotReady and it is withheld. */
  notFound?: string[];
  /** Its rollout: each Placement's plan, and the waves its works are delivered in (one wave: no rollout). */
  rollout?: { plans: RolloutPlan[]; waves: RolloutWave[]; timeout?: string };
}

/** Reuse of earlier runs' placements: `key` names a deployment's placement inputs, or undefined. */
export interface PlacementReuse {
  cached: Cached;
  key(r: RenderedDeployment): string | undefined;
}

export function placeDeployments(
  rendered: readonly RenderedDeployment[],
  inv: Inventory,
  now: number,
  reuse?: PlacementReuse,
  requireReady = false,
): { placements: DeploymentPlacement[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const placements: DeploymentPlacement[] = [];
  const cache = new Map<string, ScheduleResult>();
  for (const r of rendered) {
    const key = reuse?.key(r);
    const one = key === undefined ? placeOne(r, inv, now, cache, requireReady) : reuse!.cached(key, () => placeOne(r, inv, now, cache, requireReady));
    diagnostics.push(...one.diagnostics);
    placements.push(one.placement);
  }
  return { placements, diagnostics };
}

function placeOne(
  r: RenderedDeployment,
  inv: Inventory,
  now: number,
  cache: Map<string, ScheduleResult>,
  requireReady: boolean,
): { placement: DeploymentPlacement; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const env = r.resolved.environment.revision.object;
  const evaluations: ScheduleResult[] = [];
  const notFound: string[] = [];
  const topo = r.topology;
  const who = `deployment ${r.identity.deployment.namespace}/${r.identity.deployment.name}`;
  if (topo.type === 'topology-ocm') {
    const base = ['spec', 'topology', 'properties', 'placement'];
    evaluations.push(schedule({ namespace: topo.hubNamespace, name: r.name, spec: topo.placement ?? {}, pos: (p) => env.pos([...base, ...p]) }, inv, now));
  } else {
    topo.placementRefs.forEach((ref, i) => {
      const key = `${topo.hubNamespace}/${String(ref.name)}`;
      const existing = inv.placements.get(key);
      if (!existing) {
        // Seed 000: the Environment is NotReady (placement not found); the rest of the fleet is still planned.
        notFound.push(key);
        const message = `Environment ${env.id.namespace}/${env.id.name} is NotReady: Placement ${key} (topology-ocm-byop) is not in the inventory, so hubcast cannot tell which clusters it selects; ${who} is withheld (no ManifestWork is written for it, so Flux removes any it had)`;
        const at = env.pos(['spec', 'topology', 'properties', 'placementRefs', i, 'name']);
        const hint = 'add it to the inventory (kubectl get placements -A -o yaml), fix the name, or render with --layout replicaset';
        diagnostics.push(
          requireReady
            ? error('placement-not-found', `${message} (required by --require-ready or requireReady: true)`, at, hint)
            : warning('placement-not-found', message, at, hint),
        );
        return;
      }
      const cached =
        cache.get(key) ??
        schedule(
          {
            namespace: existing.id.namespace,
            name: existing.id.name,
            spec: (existing.body.spec ?? {}) as JsonObject,
            pos: (p) => existing.pos(['spec', ...p]),
          },
          inv,
          now,
        );
      cache.set(key, cached);
      evaluations.push(cached);
    });
  }
  // A byop Placement shared by several deployments reports its problems once (the pipeline drops repeats).
  for (const e of evaluations) diagnostics.push(...e.diagnostics);
  const needsHub = evaluations.find((e) => e.needsHub)?.needsHub;
  const names = new Set(needsHub || notFound.length ? [] : evaluations.flatMap((e) => e.selected));
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
  // A misconfigured Placement is its error, not also "selects no cluster".
  const misconfigured = evaluations.some((e) => e.diagnostics.some((d) => d.code === 'placement-misconfigured'));
  // Under --require-ready an empty selection is the environment-not-ready error below.
  if (!requireReady && !needsHub && !misconfigured && !notFound.length && evaluations.length && clusters.length === 0) {
    const why = evaluations.map((e) => `${e.placement.namespace}/${e.placement.name}: ${e.satisfied.reason}`).join('; ');
    diagnostics.push(
      warning(
        'no-clusters',
        `${who} selects no cluster (${why}); no ManifestWork is written for it, so Flux removes any it had`,
        r.resolved.deployment.pos(['metadata', 'name']),
        'run hubcast plan to see why each cluster was not selected',
      ),
    );
  }
  // --require-ready gates every NotReady Environment, not only a missing Placement: seed 000's Ready is at least one
  // cluster decided (numberOfClusters when set) by each Placement.
  if (requireReady && !needsHub && !misconfigured && !notFound.length) {
    for (const e of evaluations) {
      if (e.ready) continue;
      const wanted = e.numberOfClusters === undefined ? 'at least 1' : `${e.numberOfClusters}`;
      const at =
        topo.type === 'topology-ocm'
          ? env.pos(['spec', 'topology', 'properties', 'placement'])
          : env.pos(['spec', 'topology', 'properties', 'placementRefs', topo.placementRefs.findIndex((x) => String(x.name) === e.placement.name), 'name']);
      diagnostics.push(
        error(
          'environment-not-ready',
          `Environment ${env.id.namespace}/${env.id.name} is NotReady: Placement ${e.placement.namespace}/${e.placement.name} selects ${plural(e.selected.length, 'cluster')} of ${wanted} wanted (${e.satisfied.reason}) (required by --require-ready or requireReady: true)`,
          at,
          'run hubcast plan to see why each cluster was not selected',
        ),
      );
    }
  }
  const placement: DeploymentPlacement = { rendered: r, evaluations, clusters, needsHub };
  if (notFound.length) placement.notFound = notFound;
  if (!needsHub && !notFound.length && evaluations.length) placement.rollout = rolloutOf(r, evaluations, who, diagnostics);
  return { placement, diagnostics };
}

/** The waves of every Placement's rolloutStrategy (topology-ocm: the MWRS one; byop: each placementRef's). */
function rolloutOf(r: RenderedDeployment, evaluations: ScheduleResult[], who: string, diagnostics: Diagnostic[]): DeploymentPlacement['rollout'] {
  const env = r.resolved.environment.revision.object;
  const topo = r.topology;
  const plans: RolloutPlan[] = [];
  evaluations.forEach((e) => {
    const ref = topo.type === 'topology-ocm' ? topo.placementRefs[0] : topo.placementRefs.find((p) => String(p.name) === e.placement.name);
    const index = topo.type === 'topology-ocm' ? -1 : topo.placementRefs.indexOf(ref!);
    const base =
      index < 0
        ? ['spec', 'topology', 'properties', 'manifestWorkReplicaSet', 'rolloutStrategy']
        : ['spec', 'topology', 'properties', 'placementRefs', index, 'rolloutStrategy'];
    const out = rolloutWaves(
      ref?.rolloutStrategy,
      e.groups,
      (p) => env.pos([...base, ...p]),
      `${who} (Placement ${e.placement.namespace}/${e.placement.name})`,
    );
    diagnostics.push(...out.diagnostics);
    plans.push(out.plan);
  });
  const waves = mergeWaves(plans);
  // The strictest deadline: a wave holds clusters of every Placement.
  const timeout = plans
    .map((p) => p.timeout)
    .filter((t): t is string => !!t)
    .sort((a, b) => durationSeconds(a)! - durationSeconds(b)! || cmp(a, b))[0];
  return { plans, waves, timeout };
}
