// load -> resolve -> render -> emit, composed. Pure over its inputs: adapters supply files and
// revision history, and decide what to do with the tree and the diagnostics.

import { hasErrors, sortDiagnostics, type Diagnostic } from './core/diagnostics.ts';
import type { HubcastConfig, Layout } from './load/config.ts';
import { loadRepo, type SpecRepo } from './load/load-repo.ts';
import type { SourceFile } from './load/yaml-source.ts';
import { resolveRepo, type ResolvedDeployment } from './resolve/resolve.ts';
import type { RevisionSource } from './resolve/revisions.ts';
import { repoRevisions, type RepoHistory } from './resolve/history-revisions.ts';
import type { Definition } from './render/definition-types.ts';
import { renderDeployments, type RenderedDeployment } from './render/render.ts';
import { buildLock, type Lock } from './emit/lock.ts';
import { emitReplicaSetTree, type OutputTree } from './emit/tree.ts';

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
  /** Stop after resolve+render checks (validate) without emitting. */
  emit?: boolean;
}

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
}

export function chooseLayout(config: HubcastConfig, repo: SpecRepo | undefined, override?: Layout): Layout {
  if (override) return override;
  if (config.layout !== 'auto') return config.layout;
  return repo?.inventory.some((o) => o.id.kind === 'ManagedCluster') ? 'per-cluster' : 'replicaset';
}

export function runPipeline(input: PipelineInput): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const finish = (r: Omit<PipelineResult, 'diagnostics' | 'ok'>): PipelineResult => {
    const sorted = sortDiagnostics(diagnostics);
    return { ...r, diagnostics: sorted, ok: !hasErrors(sorted) };
  };

  const { repo, diagnostics: loadDiags } = loadRepo(input.files, input.config);
  diagnostics.push(...loadDiags);
  const layout = chooseLayout(input.config, repo, input.layout);
  // Resolve even when loading found errors, so one run reports every problem it can see.
  const revisions = input.revisions ?? (input.history ? repoRevisions(repo, input.history) : undefined);
  const resolved = resolveRepo(repo, { stockDefinitions: input.stockDefinitions, revisions });
  diagnostics.push(...resolved.diagnostics);
  const { rendered, diagnostics: renderDiags } = renderDeployments(resolved.deployments, {
    hubNamespace: input.config.hubNamespace,
    layout,
  });
  diagnostics.push(...renderDiags);
  if (hasErrors(diagnostics) || input.emit === false) return finish({ layout, repo, resolved: resolved.deployments, revisions: resolved.revisions, rendered });

  const lock = buildLock(resolved.deployments, input.sourceCommit);
  const tree = emitReplicaSetTree(rendered, lock);
  return finish({ layout, repo, resolved: resolved.deployments, revisions: resolved.revisions, rendered, lock, tree });
}
