// `hubcast explain`: why a deployment renders what it renders. For a WorkloadDeployment, the chain
// of resolutions (environment and profile revisions, definition versions, where each variable's
// value came from, the placement); for another spec object, its revisions and who uses which.

import { cmp, type SourcePos } from '../core/diagnostics.ts';
import type { Json, ObjectId } from '../core/types.ts';
import { SPEC_KINDS, type SpecKind } from '../load/load-repo.ts';
import type { PipelineResult } from '../pipeline/pipeline.ts';
import type { Definition } from '../definitions/definition-types.ts';
import { deliveredManifests, type ClusterWork } from '../fleet/cluster-works.ts';
import type { RenderedDeployment } from '../render/render.ts';
import type { ResolvedRef } from '../resolve/catalog.ts';
import type { ResolvedDeployment } from '../resolve/resolve.ts';
import type { Revision } from '../resolve/revisions.ts';
import { table } from './io.ts';
import { placementSummary } from './plan.ts';

/** `Kind/namespace/name`, or `namespace/name` for a WorkloadDeployment; the kind in any case. */
export function parseTarget(text: string): (ObjectId & { kind: SpecKind }) | string {
  const parts = text.split('/');
  if (parts.length === 2) parts.unshift('WorkloadDeployment');
  const kind = SPEC_KINDS.find((k) => k.toLowerCase() === parts[0]?.toLowerCase());
  if (parts.length !== 3 || !parts[1] || !parts[2]) return `"${text}" is not KIND/NAMESPACE/NAME (or NAMESPACE/NAME of a WorkloadDeployment)`;
  if (!kind) return `"${parts[0]}" is not a spec kind; one of: ${SPEC_KINDS.join(', ')}`;
  return { kind, namespace: parts[1], name: parts[2] };
}

export interface RevisionInfo {
  revision: number;
  version?: string;
  hash: string;
  commit?: string;
  date?: string;
  uncommitted?: boolean;
  current?: boolean;
  /** Where this content is written: the working tree, or `path@commit` for an old revision. */
  file: string;
}

export interface RefExplanation {
  /** As written, e.g. `prod@v1`. */
  ref: string;
  at: string;
  kind: string;
  namespace: string;
  name: string;
  fromSystemNamespace: boolean;
  resolved: RevisionInfo;
}

export interface DefinitionUse {
  kind: string;
  namespace: string;
  name: string;
  version: string;
  hash: string;
  file: string;
  usedBy: string[];
}

export interface VariableExplanation {
  name: string;
  value: Json;
  source: string;
  at: string;
  locked: boolean;
}

export interface DeploymentExplanation {
  kind: 'WorkloadDeployment';
  namespace: string;
  name: string;
  at: string;
  environment: RefExplanation;
  profile: RefExplanation;
  bundle?: RefExplanation;
  definitions: DefinitionUse[];
  variables: VariableExplanation[];
  workloadType: string;
  topology: string;
  placement?: string;
  /** Spoke objects by kind (absent when rendering failed). */
  objects?: Record<string, number>;
}

export interface ObjectExplanation {
  kind: string;
  namespace: string;
  name: string;
  revisions: RevisionInfo[];
  /** Deployments that reference the object, and the revision each resolved to. */
  usedBy: { deployment: string; ref: string; revision: number }[];
}

export type Explanation = DeploymentExplanation | ObjectExplanation;

const where = (p: SourcePos): string => `${p.file}:${p.line}:${p.column}`;

export function revisionInfo(r: Revision): RevisionInfo {
  const out: RevisionInfo = { revision: r.number, hash: r.hash, file: r.object.file };
  if (r.version) out.version = r.version;
  if (r.commit) out.commit = r.commit;
  if (r.date) out.date = r.date;
  if (r.uncommitted) out.uncommitted = true;
  if (r.current) out.current = true;
  return out;
}

function refExplanation(r: ResolvedRef): RefExplanation {
  return {
    ref: r.ref,
    at: where(r.at),
    kind: r.id.kind,
    namespace: r.id.namespace,
    name: r.id.name,
    fromSystemNamespace: r.fromSystemNamespace,
    resolved: revisionInfo(r.revision),
  };
}

function definitionUses(r: ResolvedDeployment): DefinitionUse[] {
  const uses = new Map<string, { def: Definition; usedBy: string[] }>();
  const use = (def: Definition, by: string) => {
    const key = `${def.kind}/${def.namespace}/${def.name}@${def.version}`;
    const entry = uses.get(key) ?? { def, usedBy: [] };
    entry.usedBy.push(by);
    uses.set(key, entry);
  };
  for (const c of r.components) {
    use(c.definition, `component ${c.name}`);
    for (const t of c.traits) use(t.definition, `trait of ${c.name}`);
  }
  for (const p of r.policies) use(p.definition, `policy ${p.name}`);
  return [...uses.keys()].sort(cmp).map((k) => {
    const { def, usedBy } = uses.get(k)!;
    return { kind: def.kind, namespace: def.namespace, name: def.name, version: def.version, hash: def.hash, file: def.source.file, usedBy };
  });
}

export function explainDeployment(r: ResolvedDeployment, rendered: RenderedDeployment | undefined, works?: readonly ClusterWork[]): DeploymentExplanation {
  const wd = r.deployment;
  const out: DeploymentExplanation = {
    kind: 'WorkloadDeployment',
    namespace: wd.id.namespace,
    name: wd.id.name,
    at: where(wd.pos(['metadata', 'name'])),
    environment: refExplanation(r.environment),
    profile: refExplanation(r.profile),
    definitions: definitionUses(r),
    variables: [...r.variables]
      .sort((a, b) => cmp(a.name, b.name))
      .map((v) => ({ name: v.name, value: v.value, source: v.source, at: where(v.at), locked: v.locked })),
    workloadType: r.workloadType,
    topology: String((r.environment.revision.object.body.spec as { topology?: { type?: string } }).topology?.type),
  };
  if (r.bundle) out.bundle = refExplanation(r.bundle);
  if (rendered) {
    out.placement = placementSummary(rendered);
    const objects: Record<string, number> = {};
    for (const m of deliveredManifests(rendered, works)) objects[m.kind] = (objects[m.kind] ?? 0) + 1;
    out.objects = Object.fromEntries(Object.entries(objects).sort((a, b) => cmp(a[0], b[0])));
  }
  return out;
}

export function explainObject(id: ObjectId, result: PipelineResult): ObjectExplanation {
  const revisions = (result.revisions?.revisions(id) ?? []).map(revisionInfo);
  const usedBy: ObjectExplanation['usedBy'] = [];
  for (const r of result.resolved ?? []) {
    for (const ref of [r.environment, r.profile, r.bundle]) {
      if (ref && ref.id.kind === id.kind && ref.id.namespace === id.namespace && ref.id.name === id.name) {
        usedBy.push({ deployment: `${r.deployment.id.namespace}/${r.deployment.id.name}`, ref: ref.ref, revision: ref.revision.number });
      }
    }
  }
  usedBy.sort((a, b) => cmp(a.deployment, b.deployment));
  return { kind: id.kind, namespace: id.namespace, name: id.name, revisions, usedBy };
}

/** `v3 (1.4.0) commit 1a2b3c4 2026-01-02` */
export function revisionText(r: RevisionInfo): string {
  const parts = [`v${r.revision}`];
  if (r.version) parts.push(`(${r.version})`);
  if (r.uncommitted) parts.push('uncommitted');
  else if (r.commit) parts.push(`commit ${r.commit.slice(0, 7)}${r.date ? ` ${r.date.slice(0, 10)}` : ''}`);
  parts.push(`sha256:${r.hash.slice(0, 12)}`);
  return parts.join(' ');
}

function refText(r: RefExplanation): string[] {
  const lines = [`${r.ref} -> ${r.kind} ${r.namespace}/${r.name} ${revisionText(r.resolved)}${r.fromSystemNamespace ? ' (from the system namespace)' : ''}`];
  lines.push(`  written at ${r.at}; content at ${r.resolved.file}`);
  return lines;
}

export function explanationText(e: Explanation): string {
  const out: string[] = [];
  const section = (label: string, lines: string[]) => lines.forEach((l, i) => out.push(`${(i === 0 ? label : '').padEnd(13)}${l}`));
  if (!('environment' in e)) {
    const o = e;
    out.push(`${o.kind} ${o.namespace}/${o.name}`);
    section('revisions', o.revisions.length ? o.revisions.map((r) => `${revisionText(r)}${r.current ? '  <- current' : ''}  ${r.file}`) : ['none']);
    section('used by', o.usedBy.length ? o.usedBy.map((u) => `${u.deployment} (${u.ref} -> v${u.revision})`) : ['no deployment']);
    return out.join('\n');
  }
  out.push(`WorkloadDeployment ${e.namespace}/${e.name} (${e.at})`);
  section('environment', refText(e.environment));
  if (e.bundle) section('bundle', refText(e.bundle));
  section('profile', refText(e.profile));
  section(
    'definitions',
    e.definitions.map((d) => `${d.kind} ${d.namespace}/${d.name} ${d.version} sha256:${d.hash.slice(0, 12)} (${d.usedBy.join(', ')}) ${d.file}`),
  );
  const vars = e.variables.map((v) => [v.name, JSON.stringify(v.value), `${v.source}${v.locked ? ' (locked)' : ''}`, v.at]);
  section('variables', vars.length ? table(vars).split('\n') : ['none']);
  section('placement', [e.placement ? `${e.topology}: ${e.placement}` : e.topology]);
  const objects = e.objects
    ? Object.entries(e.objects)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')
    : 'not rendered';
  section('workload', [`${e.workloadType}; ${objects}`]);
  return out.join('\n');
}
