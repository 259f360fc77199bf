// Environment topology -> OCM hub objects: topology-ocm makes a Placement and a
// ManifestWorkReplicaSet referencing it; topology-ocm-byop references existing Placements.
// Lifecycle settings map onto the ManifestWork deleteOption (seed 000, "Lifecycle Settings").

import { error, type Diagnostic } from '../core/diagnostics.ts';
import { nameProblem, RULE_TEXT } from '../core/k8s-names.ts';
import type { Json, JsonObject, K8sObject, SourceObject } from '../core/types.ts';

export const PLACEMENT_API = 'cluster.open-cluster-management.io/v1beta1';
export const WORK_API = 'work.open-cluster-management.io/v1';
export const MWRS_API = 'work.open-cluster-management.io/v1alpha1';
/** OCM: the MWRS `<namespace>.<name>` becomes a label value, so at most 63 characters. */
export const MWRS_KEY_LIMIT = 63;
export const NAME_ANNOTATION = 'hubcast.io/name';

export type TopologyType = 'topology-ocm' | 'topology-ocm-byop';

export interface Topology {
  type: TopologyType;
  hubNamespace: string;
  /** topology-ocm: the Placement spec to emit. */
  placement?: JsonObject;
  /** placementRefs for the MWRS. */
  placementRefs: JsonObject[];
  /** Whether the workload Namespace is part of the manifests. */
  includeNamespace: boolean;
  deleteOption: JsonObject;
  manifestConfigs?: Json[];
}

export function topologyOf(env: SourceObject, defaultHubNamespace: string, workloadNamespace: string, name: string): Topology {
  const t = (env.body.spec as JsonObject).topology as JsonObject;
  const props = (t.properties as JsonObject | undefined) ?? {};
  const mwrs = (props.manifestWorkReplicaSet as JsonObject | undefined) ?? {};
  const template = (mwrs.manifestWorkTemplate as JsonObject | undefined) ?? {};
  const hubNamespace = (props.hubNamespace as string | undefined) ?? defaultHubNamespace;
  const manifestConfigs = template.manifestConfigs as Json[] | undefined;
  if (t.type === 'topology-ocm-byop') {
    return {
      type: 'topology-ocm-byop',
      hubNamespace,
      placementRefs: ((props.placementRefs as JsonObject[] | undefined) ?? []).map((r) => ({ ...r })),
      includeNamespace: false,
      deleteOption: (template.deleteOption as JsonObject | undefined) ?? { propagationPolicy: 'Foreground' },
      manifestConfigs,
    };
  }
  const lifecycle = (template.lifecycle as JsonObject | undefined) ?? {};
  const spokeNs = (lifecycle.spokeNamespace as JsonObject | undefined) ?? {};
  const workload = (lifecycle.workload as JsonObject | undefined) ?? {};
  const create = spokeNs.create !== false;
  let deleteOption: JsonObject;
  if (workload.orphan === true) deleteOption = { propagationPolicy: 'Orphan' };
  else if (create && spokeNs.orphan === true) {
    deleteOption = {
      propagationPolicy: 'SelectivelyOrphan',
      selectivelyOrphans: { orphaningRules: [{ group: '', resource: 'namespaces', name: workloadNamespace }] },
    };
  } else deleteOption = { propagationPolicy: 'Foreground' };
  const placement: JsonObject = { ...((props.placement as JsonObject | undefined) ?? {}) };
  if (!placement.clusterSets) placement.clusterSets = ['global'];
  const rollout = (mwrs.rolloutStrategy as JsonObject | undefined) ?? { type: 'All', all: {} };
  return {
    type: 'topology-ocm',
    hubNamespace,
    placement,
    placementRefs: [{ name, rolloutStrategy: rollout }],
    includeNamespace: create,
    deleteOption,
    manifestConfigs,
  };
}

/** Stable name of a deployment's hub objects: `<namespace>-<name>`, or the hubcast.io/name annotation. */
export function hubObjectName(wd: SourceObject): string {
  const annotations = (wd.body.metadata as JsonObject).annotations as Record<string, unknown> | undefined;
  const ann = annotations && Object.hasOwn(annotations, NAME_ANNOTATION) ? annotations[NAME_ANNOTATION] : undefined;
  return typeof ann === 'string' ? ann : `${wd.id.namespace}-${wd.id.name}`;
}

/**
 * The hub objects' name becomes the Placement's and ManifestWork's metadata.name and their file names:
 * a DNS-1123 subdomain, so it can hold no "/" or "..". Positioned at the annotation when it sets the name.
 */
export function hubNameProblem(wd: SourceObject, name: string): Diagnostic | undefined {
  const problem = nameProblem(name, 'dns1123-subdomain');
  if (!problem) return undefined;
  const annotated = name !== `${wd.id.namespace}-${wd.id.name}`;
  return error(
    'name-invalid',
    `the name of this deployment's hub objects, "${name}", ${problem}`,
    annotated ? wd.pos(['metadata', 'annotations', NAME_ANNOTATION]) : wd.pos(['metadata', 'name']),
    `set the annotation ${NAME_ANNOTATION} to ${RULE_TEXT['dns1123-subdomain']}`,
  );
}

export function checkMwrsName(wd: SourceObject, hubNamespace: string, name: string, diagnostics: Diagnostic[]): boolean {
  const key = `${hubNamespace}.${name}`;
  if (key.length <= MWRS_KEY_LIMIT) return true;
  diagnostics.push(
    error(
      'name-too-long',
      `ManifestWorkReplicaSet "${key}" is ${key.length} characters; OCM allows at most ${MWRS_KEY_LIMIT} for <namespace>.<name>`,
      wd.pos(['metadata', 'name']),
      `set a shorter name with the annotation ${NAME_ANNOTATION} (at most ${MWRS_KEY_LIMIT - hubNamespace.length - 1} characters here), or use the per-cluster layout`,
    ),
  );
  return false;
}

export function placementObject(name: string, topo: Topology, labels: Record<string, string>): K8sObject {
  return {
    apiVersion: PLACEMENT_API,
    kind: 'Placement',
    metadata: { name, namespace: topo.hubNamespace, labels },
    spec: topo.placement ?? {},
  };
}

export function manifestWorkSpec(topo: Topology, manifests: K8sObject[]): JsonObject {
  const spec: JsonObject = {
    deleteOption: topo.deleteOption,
    workload: { manifests: manifests as unknown as Json[] },
  };
  if (topo.manifestConfigs) spec.manifestConfigs = topo.manifestConfigs;
  return spec;
}

export function replicaSetObject(name: string, topo: Topology, labels: Record<string, string>, manifests: K8sObject[]): K8sObject {
  return {
    apiVersion: MWRS_API,
    kind: 'ManifestWorkReplicaSet',
    metadata: { name, namespace: topo.hubNamespace, labels },
    spec: {
      // Background is OCM's default; written out because the CRD lists the field as required.
      cascadeDeletionPolicy: 'Background',
      placementRefs: topo.placementRefs,
      manifestWorkTemplate: manifestWorkSpec(topo, manifests),
    },
  };
}
