// load -> resolve -> (sources) -> render -> emit, composed. Pure over its inputs: adapters supply files and
// revision history, and decide what to do with the tree and the diagnostics.

import { error, hasErrors, sortDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { asObject } from '../core/types.ts';
import { placementUsesCel } from '../placement/cel.ts';
import type { HubcastConfig, Layout } from '../load/config.ts';
import { loadRepo, type SpecRepo } from '../load/load-repo.ts';
import type { SourceFile } from '../load/yaml-source.ts';
import { resolveRepo, type ResolvedDeployment } from '../resolve/resolve.ts';
import type { RevisionSource } from '../resolve/revisions.ts';
import { repoRevisions, type RepoHistory } from '../resolve/history-revisions.ts';
import type { LockedReference, LockedReferences } from '../resolve/reference-lock.ts';
import type { Definition } from '../definitions/definition-types.ts';
import { parseRepoDefinitions } from '../definitions/repo-definitions.ts';
import { DEFINITION_KINDS } from '../definitions/definition.ts';
import { renderDeployments, type RenderedDeployment } from '../render/render.ts';
import { buildLock, type Lock } from '../emit/lock.ts';
import { emitReplicaSetsInto, emitReplicaSetTree, type OutputTree, type TreeBuilder } from '../emit/tree.ts';
import { bindSources, lockSources } from '../sources/bind.ts';
import { planSources, type SourcePlan } from '../sources/plan.ts';
import { describeRequest } from '../sources/resolve-sources.ts';
import type { SourceResolutions } from '../sources/types.ts';
import { emitPerClusterInto, emitPerClusterTree } from '../emit/per-cluster-tree.ts';
import { checkDelivery, deliveryConfig } from '../load/delivery-config.ts';
import type { Inventory } from '../placement/inventory.ts';
import type { DeploymentPlacement } from '../fleet/place-deployments.ts';
import type { ClusterWork } from '../fleet/cluster-works.ts';
import { runPerClusterStage } from './per-cluster-stage.ts';
import { fluxFolderCollisions } from './flux-folders.ts';
import { fileDigests, type PipelineMemo } from './pipeline-memo.ts';
import type { FileDigests } from '../render/render-key.ts';

export interface PipelineInput {
  files: readonly SourceFile[];
  config: HubcastConfig;
  stockDefinitions: readonly Definition[];
  /** Overrides config.layout. */
  layout?: Layout;
  revisions?: RevisionSource;
  /** Git history to resolve pins over (a revision index); without it an object's current content is its only revision. */
  history?: RepoHistory;
  sourceCommit?: string;
  /** --locked: the lock's spec references (environment, profile, bundle, definition types), held as they were. */
  lockedReferences?: LockedReferences;
  /** Stop after resolve+render checks (validate) without emitting. */
  emit?: boolean;
  /** Resolved Helm/git sources, by request key (for runPipeline; the CLI uses start/finish). */
  sources?: SourceResolutions;
  /** Evaluation time for Placements (tolerationSeconds, score expiry); default: now. */
  now?: number;
  /** `--require-ready`: overrides hubcast.yaml's requireReady when true. */
  requireReady?: boolean;
  /** Told when each stage starts (the CLI turns it into a progress line on long renders). */
  onStage?: (stage: PipelineStage) => void;
  /** Changed-only rendering: reuse what an earlier run with this memo computed for unchanged inputs. */
  memo?: PipelineMemo;
  /** Emit into this (a StreamingTree writing files as they come) instead of building `tree` in memory. */
  into?: TreeBuilder;
}

export type PipelineStage = 'load' | 'resolve' | 'sources' | 'render' | 'schedule' | 'emit';

export interface PipelineResult {
  diagnostics: Diagnostic[];
  ok: boolean;
  layout: Layout;
  repo?: SpecRepo;
  resolved?: ResolvedDeployment[];
  /** The revisions references were resolved over. */
  revisions?: RevisionSource;
  rendered?: RenderedDeployment[];
  lock?: Lock;
  tree?: OutputTree;
  /** With `input.into`: what the tree was emitted into (its paths). */
  emitted?: TreeBuilder;
  /** Per-cluster layout: the inventory and where each deployment runs. */
  inventory?: Inventory;
  placements?: DeploymentPlacement[];
  works?: ClusterWork[];
  /** Per-cluster layout: deployments left to the hub's scheduler (Placement + ManifestWorkReplicaSet). */
  hubScheduled?: RenderedDeployment[];
}

export function chooseLayout(config: HubcastConfig, repo: SpecRepo | undefined, override?: Layout): Layout {
  if (override) return override;
  if (config.layout !== 'auto') return config.layout;
  return repo?.inventory.some((o) => o.id.kind === 'ManagedCluster') ? 'per-cluster' : 'replicaset';
}

/** load -> resolve -> the source plan: everything before sources are fetched. */
export interface PipelineStart {
  input: PipelineInput;
  diagnostics: Diagnostic[];
  repo: SpecRepo;
  layout: Layout;
  resolved: ResolvedDeployment[];
  /** The revisions references were resolved over. */
  revisions: RevisionSource;
  /** What each spec reference resolved to, for the lock. */
  references: Record<string, LockedReference>;
  /** Helm charts and git refs the components need; the CLI resolves them (src/sources/). */
  sources: SourcePlan;
  /** With a memo: each input file's digest (content keys of the later stages). */
  files?: FileDigests;
}

export function startPipeline(input: PipelineInput): PipelineStart {
  return planPipeline(resolvePipeline(loadPipeline(input)));
}

/** The specs loaded: what tells which code the later stages run (see compilesTemplates). */
export interface PipelineLoaded {
  input: PipelineInput;
  repo: SpecRepo;
  diagnostics: Diagnostic[];
}

export function loadPipeline(input: PipelineInput): PipelineLoaded {
  input.onStage?.('load');
  input.memo?.startRun();
  const { repo, diagnostics } = loadRepo(input.files, input.config, input.memo?.cached('load'));
  return { input, repo, diagnostics: [...diagnostics] };
}

/**
 * Whether resolving may compile a template: the repo's own definitions are checked and compiled as they are
 * parsed, and so are the old revisions of definitions a pin reads from history (the stock templates are precompiled).
 */
export function compilesTemplates(l: PipelineLoaded): boolean {
  if (l.repo.definitionSources.length || l.input.revisions) return true;
  return [...(l.input.history?.index.objects.values() ?? [])].some((o) => (DEFINITION_KINDS as readonly string[]).includes(o.id.kind));
}

/** load -> resolve: a start without its source plan, which is the first step to validate properties. */
export type PipelineResolved = Omit<PipelineStart, 'sources' | 'files'>;

export function resolvePipeline(loaded: PipelineLoaded): PipelineResolved {
  const { input, repo } = loaded;
  const diagnostics = [...loaded.diagnostics];
  const definitions = parseRepoDefinitions(repo.definitionSources, input.config.systemNamespace, input.memo?.cached('definitions'));
  diagnostics.push(...definitions.diagnostics);
  // A definition that failed to parse is not reported again as "not found" by its users.
  for (const id of definitions.invalid) repo.invalid.add(id);
  const layout = chooseLayout(input.config, repo, input.layout);
  // Resolve even when loading found errors, so one run reports every problem it can see.
  input.onStage?.('resolve');
  const revisions = input.revisions ?? (input.history ? repoRevisions(repo, definitions.definitions, input.history) : undefined);
  const resolved = resolveRepo(repo, {
    stockDefinitions: input.stockDefinitions,
    repoDefinitions: definitions.definitions,
    revisions,
    locked: input.lockedReferences,
  });
  diagnostics.push(...resolved.diagnostics);
  return { input, diagnostics, repo, layout, resolved: resolved.deployments, revisions: resolved.revisions, references: resolved.references };
}

/** The definitions of the resolved deployments' components, traits and policies: what the later stages render. */
export function definitionsUsed(r: PipelineResolved): Set<Definition> {
  const used = new Set<Definition>();
  for (const d of r.resolved) {
    for (const c of d.components) {
      used.add(c.definition);
      for (const t of c.traits) used.add(t.definition);
    }
    for (const p of d.policies) used.add(p.definition);
  }
  return used;
}

/** Whether a Placement the later stages schedule (an Environment's, or one of the inventory) has CEL expressions. */
export function placementsUseCel(r: PipelineResolved): boolean {
  const specs = [
    ...r.resolved.map((d) => asObject(asObject(asObject(d.environment.revision.object.body.spec).topology).properties).placement),
    ...r.repo.inventory.filter((o) => o.id.kind === 'Placement').map((o) => o.body.spec),
  ];
  return specs.some((s) => placementUsesCel(asObject(s)));
}

/** The sources the resolved components need (see planSources). */
export function planPipeline(r: PipelineResolved): PipelineStart {
  const { input, repo } = r;
  const sources = planSources(repo.specs.Repository, r.resolved, input.config.systemNamespace);
  const files = input.memo ? fileDigests(input.files) : undefined;
  return { ...r, diagnostics: [...r.diagnostics, ...sources.diagnostics], sources, files };
}

/** render -> emit, with the sources resolved (and the diagnostics of resolving them). */
export function finishPipeline(start: PipelineStart, resolutions: SourceResolutions, sourceDiagnostics: readonly Diagnostic[] = []): PipelineResult {
  const { input, repo, layout } = start;
  const diagnostics = [...start.diagnostics, ...sourceDiagnostics];
  const finish = (r: Omit<PipelineResult, 'diagnostics' | 'ok'>): PipelineResult => {
    // Several deployments sharing one profile or environment would report its problem once each.
    const seen = new Set<string>();
    const sorted = sortDiagnostics(diagnostics).filter((d) => {
      const key = JSON.stringify(d);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ...r, diagnostics: sorted, ok: !hasErrors(sorted) };
  };
  if (!hasErrors(sourceDiagnostics)) {
    for (const r of start.sources.requests) {
      if (!resolutions.has(r.key)) diagnostics.push(error('source-unresolved', `${describeRequest(r)} was not resolved before rendering`, r.at));
    }
  }
  const resolved = bindSources(start.resolved, start.sources, resolutions);
  input.onStage?.('render');
  const memo = input.memo;
  const { rendered, diagnostics: renderDiags } = renderDeployments(
    resolved,
    { hubNamespace: input.config.hubNamespace, layout, sizeLimit: deliveryConfig(input.config).sizeLimit },
    memo && start.files ? { cached: memo.cached('render'), files: start.files, keys: memo.renderKeys } : undefined,
  );
  diagnostics.push(...renderDiags);
  const delivery = deliveryConfig(input.config);
  if (input.requireReady) delivery.requireReady = true;
  diagnostics.push(...checkDelivery(delivery, layout));
  const base = { layout, repo, resolved, revisions: start.revisions, rendered };
  const lockOf = () => {
    const lock = buildLock(resolved, input.sourceCommit);
    lock.references = start.references;
    const sources = lockSources(start.sources, resolutions);
    if (Object.keys(sources).length) lock.sources = sources;
    return lock;
  };
  if (layout === 'replicaset') {
    if (delivery.flux.url) diagnostics.push(...fluxFolderCollisions(rendered));
    if (hasErrors(diagnostics) || input.emit === false) return finish(base);
    const lock = lockOf();
    input.onStage?.('emit');
    if (input.into) {
      emitReplicaSetsInto(input.into, rendered, lock, delivery.flux, memo?.objectText);
      return finish({ ...base, lock, emitted: input.into });
    }
    return finish({ ...base, lock, tree: emitReplicaSetTree(rendered, lock, delivery.flux, memo?.objectText) });
  }

  // Per-cluster: schedule every Placement on the inventory, then one ManifestWork per cluster.
  input.onStage?.('schedule');
  const pc = runPerClusterStage(rendered, repo.inventory, delivery, input.now ?? Date.now(), memo && start.files ? { memo, files: start.files } : undefined);
  diagnostics.push(...pc.diagnostics);
  if (delivery.flux.url) diagnostics.push(...fluxFolderCollisions(pc.hubScheduled, pc.works));
  const placed = { ...base, inventory: pc.inventory, placements: pc.placements, works: pc.works, hubScheduled: pc.hubScheduled };
  if (hasErrors(diagnostics) || input.emit === false) return finish(placed);
  const lock = lockOf();
  input.onStage?.('emit');
  if (input.into) {
    emitPerClusterInto(input.into, pc.works, pc.hubScheduled, lock, delivery.flux, memo?.objectText);
    return finish({ ...placed, lock, emitted: input.into });
  }
  return finish({ ...placed, lock, tree: emitPerClusterTree(pc.works, pc.hubScheduled, lock, delivery.flux, memo?.objectText) });
}

/** The whole pipeline, synchronously: sources must be resolved already (`input.sources`). */
export function runPipeline(input: PipelineInput): PipelineResult {
  return finishPipeline(startPipeline(input), input.sources ?? new Map());
}

/**
 * The tree of only some deployments of a render, with the given lock: `diff` shows the deployments a failed
 * render did not touch rather than mass deletions.
 */
export function emitDeployments(r: PipelineResult, keep: (d: RenderedDeployment) => boolean, lock: Lock): OutputTree {
  const flux = r.repo ? deliveryConfig(r.repo.config).flux : undefined;
  if (r.layout === 'replicaset') return emitReplicaSetTree((r.rendered ?? []).filter(keep), lock, flux);
  return emitPerClusterTree(
    (r.works ?? []).filter((w) => (w.sharedBy ?? [w.deployment]).some(keep)),
    (r.hubScheduled ?? []).filter(keep),
    lock,
    flux,
  );
}
