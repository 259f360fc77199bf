// What one workload puts on a spoke: the components' objects with the deployment's metadata and
// hubcast's identity labels, the workload Namespace when the lifecycle creates it, in apply order.

import { cmp } from '../core/diagnostics.ts';
import { isClusterScoped } from '../core/kinds.ts';

export { isClusterScoped };
import type { JsonObject, K8sObject } from '../core/types.ts';

export const LABEL_MANAGED_BY = 'app.kubernetes.io/managed-by';
export const LABEL_DEPLOYMENT = 'hubcast.io/deployment';
export const LABEL_DEPLOYMENT_NS = 'hubcast.io/deployment-namespace';
export const LABEL_COMPONENT = 'hubcast.io/component';
export const LABEL_ENVIRONMENT = 'hubcast.io/environment';
export const LABEL_ENVIRONMENT_NS = 'hubcast.io/environment-namespace';

// OCM's work agent applies in this order since ocm#1500; older agents apply list order, so we emit it too.
const KIND_RANK: Record<string, number> = {
  PriorityClass: 0,
  Namespace: 0,
  CustomResourceDefinition: 0,
  StorageClass: 0,
  PersistentVolume: 0,
  PodSecurityPolicy: 0,
  ClusterRole: 1,
  ClusterRoleBinding: 1,
  Role: 1,
  RoleBinding: 1,
  NetworkPolicy: 2,
  ResourceQuota: 2,
  LimitRange: 2,
  PodDisruptionBudget: 2,
  ServiceAccount: 2,
  Secret: 3,
  ConfigMap: 3,
  PersistentVolumeClaim: 3,
  Service: 4,
  DaemonSet: 5,
  Pod: 5,
  ReplicationController: 5,
  ReplicaSet: 5,
  Deployment: 5,
  HorizontalPodAutoscaler: 5,
  StatefulSet: 5,
  Job: 5,
  CronJob: 5,
  APIService: 6,
  MutatingWebhookConfiguration: 6,
  ValidatingWebhookConfiguration: 6,
  ValidatingAdmissionPolicy: 6,
  ValidatingAdmissionPolicyBinding: 6,
};

export function kindRank(kind: string): number {
  return KIND_RANK[kind] ?? 1000;
}

export function applyOrder(a: K8sObject, b: K8sObject): number {
  return (
    kindRank(a.kind) - kindRank(b.kind) ||
    cmp(a.kind, b.kind) ||
    cmp(a.metadata.namespace ?? '', b.metadata.namespace ?? '') ||
    cmp(a.metadata.name, b.metadata.name) ||
    cmp(a.apiVersion, b.apiVersion)
  );
}

export interface Identity {
  deployment: { name: string; namespace: string };
  environment: { name: string; namespace: string };
}

export function identityLabels(id: Identity, component?: string): Record<string, string> {
  const labels: Record<string, string> = {
    [LABEL_MANAGED_BY]: 'hubcast',
    [LABEL_DEPLOYMENT]: id.deployment.name,
    [LABEL_DEPLOYMENT_NS]: id.deployment.namespace,
    [LABEL_ENVIRONMENT]: id.environment.name,
    [LABEL_ENVIRONMENT_NS]: id.environment.namespace,
  };
  if (component) labels[LABEL_COMPONENT] = component;
  return labels;
}

export interface WorkloadMeta {
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  namespaceLabels: Record<string, string>;
  namespaceAnnotations: Record<string, string>;
}

export function workloadMetaOf(wdSpec: JsonObject): WorkloadMeta {
  const w = wdSpec.workload as JsonObject;
  const m = (w.metadata as JsonObject | undefined) ?? {};
  const nm = (w.namespaceMetadata as JsonObject | undefined) ?? {};
  return {
    namespace: String(w.namespace),
    labels: (m.labels as Record<string, string>) ?? {},
    annotations: (m.annotations as Record<string, string>) ?? {},
    namespaceLabels: (nm.labels as Record<string, string>) ?? {},
    namespaceAnnotations: (nm.annotations as Record<string, string>) ?? {},
  };
}

/** Stamp metadata onto one component's objects (returns new objects). */
export function stampObjects(objects: K8sObject[], meta: WorkloadMeta, id: Identity, component: string): K8sObject[] {
  return objects.map((o) => {
    const metadata = { ...o.metadata };
    if (!isClusterScoped(o.kind) && !metadata.namespace) metadata.namespace = meta.namespace;
    metadata.labels = { ...(metadata.labels ?? {}), ...meta.labels, ...identityLabels(id, component) };
    const annotations = { ...(metadata.annotations ?? {}), ...meta.annotations };
    if (Object.keys(annotations).length) metadata.annotations = annotations;
    return { ...o, metadata };
  });
}

export function namespaceObject(meta: WorkloadMeta, id: Identity): K8sObject {
  const metadata: K8sObject['metadata'] = {
    name: meta.namespace,
    labels: { ...meta.namespaceLabels, ...identityLabels(id) },
  };
  if (Object.keys(meta.namespaceAnnotations).length) metadata.annotations = { ...meta.namespaceAnnotations };
  return { apiVersion: 'v1', kind: 'Namespace', metadata };
}

/** Apply order, deterministic. */
export function orderManifests(objects: K8sObject[]): K8sObject[] {
  return [...objects].sort(applyOrder);
}

export function duplicateManifests(objects: K8sObject[]): string[] {
  const seen = new Set<string>();
  const dups: string[] = [];
  for (const o of objects) {
    const key = `${o.apiVersion}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    if (seen.has(key)) dups.push(key);
    seen.add(key);
  }
  return dups;
}
