// load -> resolve -> render -> emit, composed. Pure over its inputs: adapters supply files and
// revision history, and decide what to do with the tree and the diagnostics.

import { error, hasErrors, sortDiagnostics, type Diagnostic } from './core/diagnostics.ts';
import type { HubcastConfig, Layout } from './load/config.ts';
import { loadRepo, type SpecRepo } from './load/load-repo.ts';
import type { SourceFile } from './load/yaml-source.ts';
import { resolveRepo, type ResolvedDeployment } from './resolve/resolve.ts';
import type { RevisionSource } from './resolve/revisions.ts';
import type { Definition } from './render/definition-types.ts';
import { renderDeployments, type RenderedDeployment } from './render/render.ts';
import { buildLock, type Lock } from './emit/lock.ts';
import { emitReplicaSetTree, type OutputTree } from './emit/tree.ts';
import { emitPerClusterTree } from './emit/per-cluster-tree.ts';
import { deliveryConfig, type DeliveryConfig } from './load/delivery-config.ts';
import { buildInventory, type Inventory } from './placement/inventory.ts';
import { placeDeployments, type DeploymentPlacement } from './placement/place-deployments.ts';
import { clusterWorks, type ClusterWork } from './render/cluster-works.ts';
import { checkMwrsName } from './render/topology.ts';

export interface PipelineInput {
  files: readonly SourceFile[];
  config: HubcastConfig;
  stockDefinitions: readonly Definition[];
  /** Overrides config.layout. */
  layout?: Layout;
  revisions?: RevisionSource;
  sourceCommit?: string;
  /** Stop after resolve+render checks (validate) without emitting. */
  emit?: boolean;
  /** Evaluation time for Placements (tolerationSeconds, score expiry); default: now. */
  now?: number;
}

export interface PipelineResult {
  diagnostics: Diagnostic[];
  ok: boolean;
  layout: Layout;
  repo?: SpecRepo;
  resolved?: ResolvedDeployment[];
  rendered?: RenderedDeployment[];
  lock?: Lock;
  tree?: OutputTree;
  /** Per-cluster layout: the inventory and where each deployment runs. */
  inventory?: Inventory;
  placements?: DeploymentPlacement[];
  works?: ClusterWork[];
}

export function chooseLayout(config: HubcastConfig, repo: SpecRepo | undefined, override?: Layout): Layout {
  if (override) return override;
  if (config.layout !== 'auto') return config.layout;
  return repo?.inventory.some((o) => o.id.kind === 'ManagedCluster') ? 'per-cluster' : 'replicaset';
}

export function runPipeline(input: PipelineInput): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const finish = (r: Omit<PipelineResult, 'diagnostics' | 'ok'>): PipelineResult => {
    // Several deployments sharing one profile or environment would report its problem once each.
    const seen = new Set<string>();
    const sorted = sortDiagnostics(diagnostics).filter((d) => {
      const key = JSON.stringify(d);
      return !seen.has(key) && !!seen.add(key);
    });
    return { ...r, diagnostics: sorted, ok: !hasErrors(sorted) };
  };

  const { repo, diagnostics: loadDiags } = loadRepo(input.files, input.config);
  diagnostics.push(...loadDiags);
  const layout = chooseLayout(input.config, repo, input.layout);
  // Resolve even when loading found errors, so one run reports every problem it can see.
  const resolved = resolveRepo(repo, { stockDefinitions: input.stockDefinitions, revisions: input.revisions });
  diagnostics.push(...resolved.diagnostics);
  const { rendered, diagnostics: renderDiags } = renderDeployments(resolved.deployments, {
    hubNamespace: input.config.hubNamespace,
    layout,
  });
  diagnostics.push(...renderDiags);
  const delivery = deliveryConfig(input.config);
  checkDelivery(delivery, layout, diagnostics);
  const base = { layout, repo, resolved: resolved.deployments, rendered };
  if (layout === 'replicaset') {
    if (hasErrors(diagnostics) || input.emit === false) return finish(base);
    const lock = buildLock(resolved.deployments, input.sourceCommit);
    return finish({ ...base, lock, tree: emitReplicaSetTree(rendered, lock, delivery.flux) });
  }

  // Per-cluster: schedule every Placement against the inventory, then one ManifestWork per cluster.
  const { inventory, diagnostics: invDiags } = buildInventory(repo.inventory);
  diagnostics.push(...invDiags);
  if (inventory.clusters.length === 0) {
    diagnostics.push(error('no-inventory', 'the per-cluster layout needs an inventory with ManagedClusters', undefined, 'add the hub export (kubectl get managedclusters,managedclustersets,managedclustersetbindings,placements -o yaml) to the repo or pass --inventory DIR, or use --layout replicaset'));
  }
  const { placements, diagnostics: placeDiags } = placeDeployments(rendered, inventory, input.now ?? Date.now());
  diagnostics.push(...placeDiags);
  const hubScheduled = placements.filter((p) => p.needsHub).map((p) => p.rendered);
  for (const r of hubScheduled) checkMwrsName(r.resolved.deployment, r.topology.hubNamespace, r.name, diagnostics);
  const { works, diagnostics: workDiags } = clusterWorks(placements, delivery);
  diagnostics.push(...workDiags);
  const placed = { ...base, inventory, placements, works };
  if (hasErrors(diagnostics) || input.emit === false) return finish(placed);
  const lock = buildLock(resolved.deployments, input.sourceCommit);
  return finish({ ...placed, lock, tree: emitPerClusterTree(works, hubScheduled, lock, delivery.flux) });
}

function checkDelivery(d: DeliveryConfig, layout: Layout, diagnostics: Diagnostic[]): void {
  if (d.mode !== 'flux-pull') return;
  const at = { file: 'hubcast.yaml', line: 1, column: 1 };
  if (layout !== 'per-cluster') {
    diagnostics.push(error('config', 'delivery: flux-pull needs the per-cluster layout (each spoke pulls its own folder)', at, 'add an inventory with ManagedClusters, or remove delivery: flux-pull'));
  }
  if (!d.flux.url) diagnostics.push(error('config', 'delivery: flux-pull needs flux.url, the repository the spokes pull from', at, 'set flux.url (and flux.spoke.secretRef when it is private) in hubcast.yaml'));
}
