// The per-cluster layout's extra stage, between render and emit: build the inventory, schedule
// every deployment's Placement on it, and turn the decisions into one ManifestWork per cluster.
// Deployments whose Placement only the hub can evaluate keep their Placement + MWRS.

import { error, type Diagnostic } from '../core/diagnostics.ts';
import type { SourceObject } from '../core/types.ts';
import type { DeliveryConfig } from '../load/delivery-config.ts';
import { buildInventory, type Inventory } from '../placement/inventory.ts';
import { placeDeployments, type DeploymentPlacement, type PlacementReuse } from '../fleet/place-deployments.ts';
import { clusterWorks, type ClusterWork, type WorksReuse } from '../fleet/cluster-works.ts';
import { inventoryKey, type PipelineMemo } from './pipeline-memo.ts';
import type { FileDigests } from '../render/render-key.ts';
import type { RenderedDeployment } from '../render/render.ts';
import { checkMwrsName } from '../render/topology.ts';

export interface PerClusterResult {
  inventory: Inventory;
  placements: DeploymentPlacement[];
  works: ClusterWork[];
  /** Rendered in the replica-set shape: OCM on the hub schedules them. */
  hubScheduled: RenderedDeployment[];
  diagnostics: Diagnostic[];
}

export interface PerClusterReuse {
  memo: PipelineMemo;
  files: FileDigests;
}

export function runPerClusterStage(
  rendered: readonly RenderedDeployment[],
  inventoryObjects: readonly SourceObject[],
  delivery: DeliveryConfig,
  now: number,
  reuse?: PerClusterReuse,
): PerClusterResult {
  const { inventory, diagnostics } = buildInventory(inventoryObjects);
  if (inventory.clusters.length === 0) {
    diagnostics.push(
      error(
        'no-inventory',
        'the per-cluster layout needs an inventory with ManagedClusters',
        undefined,
        'add the hub export (kubectl get managedclusters,managedclustersets,managedclustersetbindings,placements -o yaml) to the repo or pass --inventory DIR, or use --layout replicaset',
      ),
    );
  }
  let placementReuse: PlacementReuse | undefined;
  let worksReuse: WorksReuse | undefined;
  if (reuse) {
    // A deployment's placement depends on its render, the inventory and the time; its works add the delivery settings.
    const { memo } = reuse;
    const context = `${inventoryKey(inventoryObjects, reuse.files)}\u0000${now}\u0000${delivery.requireReady}`;
    const deliveryKey = JSON.stringify(delivery);
    placementReuse = { cached: memo.cached('place'), key: (r) => withKey(memo.renderKeys.get(r), (k) => `${k}\u0000${context}`) };
    worksReuse = { cached: memo.cached('works'), key: (p) => withKey(memo.placementKeys.get(p), (k) => `${k}\u0000${deliveryKey}`) };
  }
  const placed = placeDeployments(rendered, inventory, now, placementReuse, delivery.requireReady);
  if (reuse && placementReuse) {
    for (const p of placed.placements) {
      const k = placementReuse.key(p.rendered);
      if (k !== undefined) reuse.memo.placementKeys.set(p, k);
    }
  }
  diagnostics.push(...placed.diagnostics);
  const hubScheduled = placed.placements.filter((p) => p.needsHub).map((p) => p.rendered);
  for (const r of hubScheduled) checkMwrsName(r.resolved.deployment, r.topology.hubNamespace, r.name, diagnostics);
  const { works, diagnostics: workDiags } = clusterWorks(placed.placements, delivery, worksReuse);
  diagnostics.push(...workDiags);
  return { inventory, placements: placed.placements, works, hubScheduled, diagnostics };
}

function withKey(key: string | undefined, f: (k: string) => string): string | undefined {
  return key === undefined ? undefined : f(key);
}
