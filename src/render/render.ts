// The render stage: resolved deployments -> the Kubernetes objects each spoke runs and the OCM
// hub objects that deliver them. Pure; per-cluster rendering reuses renderWorkload with a cluster.

import { type Diagnostic, error, hasErrors, info, type SourcePos, warning } from '../core/diagnostics.ts';
import { asObject, isObject, type JsonObject, type K8sObject } from '../core/types.ts';
import type { ResolvedDeployment } from '../resolve/resolve.ts';
import { renderComponent } from '../definitions/component.ts';
import type { ClusterContext, RenderContext } from '../definitions/definition-types.ts';
import { duplicateManifests, identityLabels, namespaceObject, orderManifests, stampObjects, workloadMetaOf, type Identity } from './manifests.ts';
import { substitute } from '../resolve/macros.ts';
import { checkMwrsName, hubNameProblem, hubObjectName, placementObject, replicaSetObject, topologyOf, type Topology } from './topology.ts';
import type { Cached } from '../core/generational-memo.ts';
import { renderKey, type FileDigests } from './render-key.ts';
import { findValue, objectProblems, objectSizeProblems, type ObjectOrigin } from './object-limits.ts';
import { manifestSize, partName, splitBySize } from './work-split.ts';
import { annotationBytes } from '../core/k8s-names.ts';
import { placementMisconfigurations } from '../placement/misconfigured.ts';
import { rolloutStrategyProblems } from '../placement/rollout-strategy.ts';
import { OCM_MANIFEST_LIMIT } from '../load/delivery-schemas.ts';
import { hpaTargets, leaveReplicasToHpa } from './hpa-replicas.ts';

export interface RenderedDeployment {
  resolved: ResolvedDeployment;
  /** Stable name of the deployment's hub objects / ManifestWorks. */
  name: string;
  identity: Identity;
  topology: Topology;
  /** Spoke objects in apply order (cluster-independent render). */
  manifests: K8sObject[];
  /** Placement (topology-ocm) and ManifestWorkReplicaSet. */
  hubObjects: K8sObject[];
}

export interface RenderOptions {
  hubNamespace: string;
  layout: 'replicaset' | 'per-cluster';
  /** OCM's ManifestWork size guard, applied to the ManifestWorkReplicaSet's work template too; default 512000, split. */
  sizeLimit?: { bytes: number; onExceed: 'split' | 'fail' };
}

export function identityOf(r: ResolvedDeployment): Identity {
  const env = r.environment.revision.object.id;
  return {
    deployment: { name: r.deployment.id.name, namespace: r.deployment.id.namespace },
    environment: { name: env.name, namespace: env.namespace },
  };
}

/** The spoke objects of one deployment, optionally for one cluster. */
export function renderWorkload(r: ResolvedDeployment, topo: Topology, cluster?: ClusterContext): { manifests: K8sObject[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const spec = r.deployment.body.spec as JsonObject;
  const meta = workloadMetaOf(spec);
  const id = identityOf(r);
  const context: RenderContext = {
    workload: { name: String((spec.workload as JsonObject).name), namespace: meta.namespace },
    deployment: id.deployment,
    environment: id.environment,
  };
  if (cluster) context.cluster = cluster;
  const perCluster = (props: JsonObject): JsonObject =>
    cluster
      ? (substitute(props, (ref) => {
          if (ref.scope !== 'cluster') return undefined;
          if (ref.field === 'name') return cluster.name;
          return cluster[ref.field][ref.key];
        }) as JsonObject)
      : props;

  const objects: K8sObject[] = [];
  const rendered = r.components.map((c) => {
    const out = renderComponent({
      name: c.name,
      definition: c.definition,
      properties: perCluster(c.properties),
      pos: c.pos,
      traits: c.traits.map((t) => ({ definition: t.definition, properties: perCluster(t.properties), pos: t.pos })),
      context: { ...context, ...(c.source ? { source: c.source } : {}), labelStyle: c.labelStyle },
    });
    diagnostics.push(...out.diagnostics);
    return out.objects;
  });
  // An HPA scales its target whichever component of the workload renders it.
  const targets = hpaTargets(rendered.flat());
  for (const [i, c] of r.components.entries()) {
    const scaled = leaveReplicasToHpa(rendered[i], targets);
    if (scaled.dropped.length && !cluster) {
      diagnostics.push(
        info(
          'replicas-left-to-hpa',
          `component "${c.name}": ${scaled.dropped.join(', ')} is scaled by a HorizontalPodAutoscaler of the workload, so its fixed replicas is left out (every apply would reset the autoscaler)`,
          c.pos(['name']),
          "set the floor with the hpa trait's min",
        ),
      );
    }
    const stamped = stampObjects(scaled.objects, meta, id, c.name);
    checkObjects(scaled.objects, stamped, originOf(r, `component "${c.name}"`, c.properties, c.pos), diagnostics);
    objects.push(...stamped);
  }
  for (const p of r.policies) {
    const out = renderComponent({
      name: p.name,
      definition: p.definition,
      properties: perCluster(p.properties),
      pos: p.pos,
      traits: [],
      context: { ...context, labelStyle: p.labelStyle },
    });
    diagnostics.push(...out.diagnostics);
    const stamped = stampObjects(out.objects, meta, id, p.name);
    checkObjects(out.objects, stamped, originOf(r, `policy "${p.name}"`, p.properties, p.pos), diagnostics);
    objects.push(...stamped);
  }
  // Made of the deployment's namespace, labels and annotations, which the loader checked.
  if (topo.includeNamespace) objects.push(namespaceObject(meta, id));
  const manifests = orderManifests(objects);
  for (const dup of duplicateManifests(manifests)) {
    diagnostics.push(
      error(
        'duplicate-manifest',
        `two components produce the same object ${dup}; OCM rejects duplicate manifests`,
        r.profile.revision.object.pos(['spec', 'workload', 'components']),
      ),
    );
  }
  return { manifests, diagnostics };
}

/** Where a rendered object's values come from: the component's properties, then the deployment's workload settings. */
function originOf(r: ResolvedDeployment, who: string, props: JsonObject, pos: (path: (string | number)[]) => SourcePos): ObjectOrigin {
  const wd = r.deployment;
  const workload = (wd.body.spec as JsonObject).workload as JsonObject;
  const annotations = ((workload.metadata ?? {}) as JsonObject).annotations;
  return {
    who,
    at: pos([]),
    inheritedAnnotationBytes: isObject(annotations) ? annotationBytes(annotations) : 0,
    find: (v) => findValue(props, v, (p) => pos([...p])) ?? findValue(workload, v, (p) => wd.pos(['spec', 'workload', ...p])),
  };
}

/**
 * What a definition made is checked as it made it (the deployment's own labels and annotations, stamped
 * on after, were checked by the loader, and are not reported twice); sizes as delivered.
 */
function checkObjects(made: readonly K8sObject[], stamped: readonly K8sObject[], origin: ObjectOrigin, diagnostics: Diagnostic[]): void {
  for (const o of made) for (const d of objectProblems(o, origin)) diagnostics.push(d);
  for (const o of stamped) for (const d of objectSizeProblems(o, manifestSize(o), origin)) diagnostics.push(d);
}

export interface RenderReuse {
  /** Looks a deployment's render up by its content key (render-key.ts). */
  cached: Cached;
  files: FileDigests;
  /** Told each deployment's key, for the stages after render to key their own work on. */
  keys?: WeakMap<RenderedDeployment, string>;
}

export function renderDeployments(
  deployments: readonly ResolvedDeployment[],
  opts: RenderOptions,
  reuse?: RenderReuse,
): { rendered: RenderedDeployment[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rendered: RenderedDeployment[] = [];
  const names = new Map<string, string>();
  for (const r of deployments) {
    const d: Diagnostic[] = [];
    const wd = r.deployment;
    const name = hubObjectName(wd);
    const bad = hubNameProblem(wd, name);
    if (bad) {
      diagnostics.push(bad);
      continue;
    }
    if (opts.layout === 'replicaset') {
      const hubNamespace = topologyOf(r.environment.revision.object, opts.hubNamespace, workloadNamespace(r), name).hubNamespace;
      const key = `${hubNamespace}/${name}`;
      const prev = names.get(key);
      if (prev)
        d.push(
          error(
            'name-collision',
            `deployment renders to ${key}, already used by ${prev}`,
            wd.pos(['metadata', 'name']),
            'set a distinct hubcast.io/name annotation',
          ),
        );
      names.set(key, `${wd.id.namespace}/${wd.id.name}`);
    }
    const key = reuse ? renderKey(r, opts, reuse.files) : '';
    const own = reuse ? reuse.cached(key, () => renderOne(r, name, opts)) : renderOne(r, name, opts);
    d.push(...own.diagnostics);
    diagnostics.push(...d);
    if (own.rendered && !hasErrors(d)) {
      rendered.push(own.rendered);
      reuse?.keys?.set(own.rendered, key);
    }
  }
  return { rendered, diagnostics };
}

function workloadNamespace(r: ResolvedDeployment): string {
  return String(((r.deployment.body.spec as JsonObject).workload as JsonObject).namespace);
}

/** One deployment on its own (no cross-deployment checks): what a content key can stand for. */
function renderOne(r: ResolvedDeployment, name: string, opts: RenderOptions): { rendered?: RenderedDeployment; diagnostics: Diagnostic[] } {
  const d: Diagnostic[] = [];
  const wd = r.deployment;
  const env = r.environment.revision.object;
  const topo = topologyOf(env, opts.hubNamespace, workloadNamespace(r), name);
  if (opts.layout === 'replicaset') {
    for (const m of r.clusterMacros) {
      d.push(
        error(
          'cluster-macro-in-replicaset',
          `${m.component} uses ${m.text}, which needs the per-cluster layout (one ManifestWork per cluster)`,
          m.pos,
          'render with --layout per-cluster and an inventory, or remove the per-cluster reference',
        ),
      );
    }
    checkMwrsName(wd, topo.hubNamespace, name, d);
    if (topo.placement) {
      d.push(
        ...placementMisconfigurations({
          namespace: topo.hubNamespace,
          name,
          spec: topo.placement,
          pos: (p) => env.pos(['spec', 'topology', 'properties', 'placement', ...p]),
        }),
      );
    }
  }
  if (topo.type === 'topology-ocm-byop' && topo.placementRefs.length === 0) {
    d.push(
      error(
        'byop-no-placement',
        'topology-ocm-byop needs properties.placementRefs naming existing Placements',
        r.environment.revision.object.pos(['spec', 'topology', 'properties']),
      ),
    );
  }
  // Both layouts, and the per-cluster layout's fallback to the hub (CEL): what OCM refuses is an error wherever it is
  // written. The per-cluster layout reports the same (deduplicated) as it cuts the waves (fleet/rollout-waves.ts).
  topo.placementRefs.forEach((ref, i) => {
    const base =
      topo.type === 'topology-ocm'
        ? ['spec', 'topology', 'properties', 'manifestWorkReplicaSet', 'rolloutStrategy']
        : ['spec', 'topology', 'properties', 'placementRefs', i, 'rolloutStrategy'];
    const who = `deployment ${wd.id.namespace}/${wd.id.name} (Placement ${topo.hubNamespace}/${String(ref.name)})`;
    d.push(...rolloutStrategyProblems(ref.rolloutStrategy, (p) => env.pos([...base, ...p]), who));
  });
  const mwrs = asObject(asObject(asObject(asObject(env.body.spec).topology).properties).manifestWorkReplicaSet);
  if (topo.type === 'topology-ocm-byop' && mwrs.rolloutStrategy !== undefined) {
    d.push(
      warning(
        'rollout-ignored',
        `Environment ${env.id.namespace}/${env.id.name}: manifestWorkReplicaSet.rolloutStrategy is ignored by topology-ocm-byop, which rolls out each Placement by its placementRefs[].rolloutStrategy (All when unset)`,
        env.pos(['spec', 'topology', 'properties', 'manifestWorkReplicaSet', 'rolloutStrategy']),
        'move it under each entry of placementRefs',
      ),
    );
  }
  // Per-cluster macros are substituted later, per cluster; the cluster-independent render keeps them.
  const { manifests, diagnostics: wdiags } =
    opts.layout === 'replicaset' || r.clusterMacros.length === 0 ? renderWorkload(r, topo) : { manifests: [], diagnostics: [] };
  d.push(...wdiags);
  if (hasErrors(d)) return { diagnostics: d };
  const identity = identityOf(r);
  const labels = identityLabels(identity);
  const hubObjects: K8sObject[] = [];
  if (topo.type === 'topology-ocm') hubObjects.push(placementObject(name, topo, labels));
  // Every ManifestWork the replica set stamps out carries the template's manifests: the same size guard as per cluster.
  const limit = opts.sizeLimit ?? { bytes: OCM_MANIFEST_LIMIT, onExceed: 'split' };
  // The per-cluster layout guards each cluster's work itself (cluster-works.ts).
  const split = opts.layout === 'replicaset' ? splitBySize(manifests, limit.bytes, limit.onExceed === 'split') : { parts: [manifests] };
  const at = wd.pos(['metadata', 'name']);
  if ('exceeds' in split) {
    d.push(
      error(
        'manifestwork-too-large',
        `ManifestWorkReplicaSet ${topo.hubNamespace}/${name} would stamp out ManifestWorks of ${split.exceeds} bytes of manifests; OCM rejects more than ${limit.bytes}`,
        at,
        'set sizeLimit.onExceed: split in hubcast.yaml, or make the workload smaller',
      ),
    );
    return { diagnostics: d };
  }
  if ('tooLarge' in split) {
    const o = split.tooLarge.object;
    d.push(
      error(
        'manifest-too-large',
        `${o.kind} ${o.metadata.name} alone is ${split.tooLarge.size} bytes, over the ManifestWork limit of ${limit.bytes}`,
        at,
        'use the per-cluster layout with delivery: flux-pull, which does not embed the objects',
      ),
    );
    return { diagnostics: d };
  }
  split.parts.forEach((part, i) => {
    const partNameI = partName(name, i);
    if (i > 0 && opts.layout === 'replicaset' && !checkMwrsName(wd, topo.hubNamespace, partNameI, d)) return;
    hubObjects.push(replicaSetObject(partNameI, topo, labels, part));
  });
  if (hasErrors(d)) return { diagnostics: d };
  return { rendered: { resolved: r, name, identity, topology: topo, manifests, hubObjects }, diagnostics: d };
}
