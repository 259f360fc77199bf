// One side of a review: the rendered tree, or as much of it as can be trusted when the render
// failed. A deployment the failure may have touched is withheld (never diffed), so a broken side
// never shows up as mass deletions; an error hubcast cannot place withholds every deployment.

import { cmp, type Diagnostic, formatDiagnostic, isError } from '../core/diagnostics.ts';
import { idKey, type SourceObject } from '../core/types.ts';
import { buildLock } from '../emit/lock.ts';
import { emittedObjects, type EmittedFile, type OutputTree } from '../emit/tree.ts';
import { emitDeployments, type PipelineResult } from '../pipeline/pipeline.ts';
import type { RenderedDeployment } from '../render/render.ts';

export interface ReviewSide {
  side: 'base' | 'head';
  label: string;
  commit?: string;
  tree: OutputTree;
  /** The objects behind the tree's files, by path, when this process emitted the tree (see parseTree). */
  objects?: ReadonlyMap<string, EmittedFile>;
  /** Deployments (`namespace/name`) whose render failed or may be wrong, or `all`. */
  withheld: 'all' | string[];
  errors: Diagnostic[];
}

export interface SideMeta {
  side: 'base' | 'head';
  label: string;
  commit?: string;
}

export function deploymentKey(d: RenderedDeployment): string {
  return `${d.identity.deployment.namespace}/${d.identity.deployment.name}`;
}

/** Every source object a rendered deployment was built from. */
function dependencies(r: PipelineResult, d: RenderedDeployment): SourceObject[] {
  const res = d.resolved;
  const objs = [res.deployment, res.environment.revision.object, res.profile.revision.object];
  if (res.bundle) objs.push(res.bundle.revision.object);
  const setName = r.repo?.config.variableSetName;
  const namespaces = new Set([res.deployment.id.namespace, r.repo?.config.systemNamespace]);
  for (const vs of r.repo?.specs.VariableSet ?? []) if (vs.id.name === setName && namespaces.has(vs.id.namespace)) objs.push(vs);
  for (const c of res.components) {
    objs.push(c.definition.source);
    for (const t of c.traits) objs.push(t.definition.source);
  }
  for (const p of res.policies) objs.push(p.definition.source);
  return objs;
}

/** The loaded object whose document holds file:line (the last one starting at or before it). */
function objectAt(byFile: Map<string, { line: number; key: string }[]>, d: Diagnostic): string | undefined {
  const starts = d.file && d.line ? byFile.get(d.file) : undefined;
  let hit: string | undefined;
  for (const s of starts ?? []) if (s.line <= d.line!) hit = s.key;
  return hit;
}

function startsByFile(r: PipelineResult): Map<string, { line: number; key: string }[]> {
  const out = new Map<string, { line: number; key: string }[]>();
  const add = (o: SourceObject) => {
    const list = out.get(o.file) ?? [];
    list.push({ line: o.pos([]).line, key: `${idKey(o.id)}@${o.file}#${o.docIndex}` });
    out.set(o.file, list);
  };
  for (const list of Object.values(r.repo?.specs ?? {})) list.forEach(add);
  for (const def of r.repo?.definitionSources ?? []) add(def.object);
  for (const list of out.values()) list.sort((a, b) => a.line - b.line);
  return out;
}

/** Error codes of the resolve and render stages: each points into the object it is about. */
const PLACEABLE = new Set([
  'byop-no-placement',
  'cluster-macro-in-replicaset',
  'duplicate-component',
  'duplicate-manifest',
  'empty-component',
  'locked-variable',
  'missing-profile',
  'missing-variable',
  'name-collision',
  'name-too-long',
  'override-type',
  'selector-mismatch',
  'template-output',
  'template-render',
  'trait-patch',
  'trait-target',
  'undeclared-variable',
  'unknown-definition',
  'unknown-definition-version',
  'unknown-reference',
  'unknown-revision',
  'unknown-variable',
  'variable-type',
]);

export function sideFromPipeline(r: PipelineResult, meta: SideMeta): ReviewSide {
  const errors = r.diagnostics.filter(isError);
  if (r.ok && r.tree) return { ...meta, tree: r.tree, objects: emittedObjects(r.tree), withheld: [], errors: [] };
  const failed = (): ReviewSide => ({ ...meta, tree: new Map(), withheld: 'all', errors });
  if (!r.repo || !r.rendered || !r.resolved) return failed();

  // Place each error in the document it points at. Errors of the resolve and render stages point
  // into a loaded object; any other error (YAML syntax, a schema error that dropped a VariableSet
  // or a definition) may have changed what every deployment renders, so nothing here is trusted.
  const starts = startsByFile(r);
  const tainted = new Set<string>();
  for (const e of errors) {
    if (e.code === 'schema' && e.message.startsWith('WorkloadDeployment:')) continue; // withheld below, as invalid
    const obj = PLACEABLE.has(e.code) ? objectAt(starts, e) : undefined;
    if (!obj) return failed();
    tainted.add(obj);
  }
  const invalidDeployments = [...r.repo.invalid].filter((k) => k.startsWith('WorkloadDeployment/')).map((k) => k.slice('WorkloadDeployment/'.length));
  const clean = r.rendered.filter((d) => !dependencies(r, d).some((o) => tainted.has(`${idKey(o.id)}@${o.file}#${o.docIndex}`)));
  const cleanKeys = new Set(clean.map(deploymentKey));
  const withheld = [
    ...new Set([...r.repo.specs.WorkloadDeployment.map((o) => `${o.id.namespace}/${o.id.name}`), ...r.rendered.map(deploymentKey), ...invalidDeployments]),
  ]
    .filter((k) => !cleanKeys.has(k))
    .sort(cmp);
  const lock = buildLock(r.resolved.filter((x) => cleanKeys.has(`${x.deployment.id.namespace}/${x.deployment.id.name}`)));
  const tree = emitDeployments(r, (d) => cleanKeys.has(deploymentKey(d)), lock);
  return { ...meta, tree, objects: emittedObjects(tree), withheld, errors };
}

export function formattedErrors(side: ReviewSide): string[] {
  return side.errors.map((d) => formatDiagnostic(d));
}
