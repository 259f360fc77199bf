// One owner per object on a cluster. Two works applying the same object fight over it, and deleting
// either deletes it for both. So every object that more than one deployment's works put on a cluster
// (same group, kind, namespace and name) is an error naming both deployments, except a Namespace two
// deployments share: it leaves their works and is applied once, from the cluster's own
// `hubcast-namespaces` work, whose deleteOption is Orphan, so removing a deployment (or the last one)
// never deletes a Namespace another may still use.

import { cmp, error, type Diagnostic } from '../core/diagnostics.ts';
import type { Json, JsonObject, K8sObject } from '../core/types.ts';
import { sameJson } from '../core/same-json.ts';
import { isClusterScoped } from '../core/kinds.ts';
import { listAt } from '../core/map-lists.ts';
import { WORK_API } from '../render/topology.ts';
import { LABEL_DEPLOYMENT, LABEL_DEPLOYMENT_NS, LABEL_ENVIRONMENT, LABEL_ENVIRONMENT_NS, LABEL_MANAGED_BY } from '../render/manifests.ts';
import type { ClusterWork } from './cluster-work.ts';

export const NAMESPACES_WORK = 'hubcast-namespaces';

const groupOf = (o: K8sObject) => {
  const v = String(o.apiVersion ?? '');
  return v.includes('/') ? v.slice(0, v.indexOf('/')) : '';
};
/** A cluster-scoped object is one object whatever namespace a template wrote into it (the API server drops it). */
const namespaceOf = (o: K8sObject) => (isClusterScoped(o.kind) ? '' : (o.metadata?.namespace ?? ''));
const keyOf = (o: K8sObject) => `${groupOf(o)}/${o.kind}/${namespaceOf(o)}/${o.metadata?.name ?? ''}`;
const manifestsOf = (w: K8sObject): K8sObject[] => (((w.spec as JsonObject).workload as JsonObject | undefined)?.manifests ?? []) as unknown as K8sObject[];
/** A shared Namespace belongs to no one deployment: its identity labels go (the rest must agree). */
function withoutIdentity(o: K8sObject): K8sObject {
  const labels = { ...(o.metadata.labels ?? {}) };
  for (const l of [LABEL_DEPLOYMENT, LABEL_DEPLOYMENT_NS, LABEL_ENVIRONMENT, LABEL_ENVIRONMENT_NS]) delete labels[l];
  return { ...o, metadata: { ...o.metadata, labels } };
}
const who = (w: ClusterWork) => `${w.deployment.identity.deployment.namespace}/${w.deployment.identity.deployment.name}`;

export function oneOwnerPerObject(works: readonly ClusterWork[]): { works: ClusterWork[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byCluster = new Map<string, ClusterWork[]>();
  for (const w of works) {
    if (w.spokeObjects) continue; // flux-pull works carry only their own, uniquely named, Flux objects
    listAt(byCluster, w.cluster).push(w);
  }
  const moved = new Map<ClusterWork, Set<string>>();
  const namespaceWorks: ClusterWork[] = [];
  const reported = new Set<string>();
  for (const [cluster, list] of [...byCluster.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    const owners = new Map<string, { work: ClusterWork; object: K8sObject }[]>();
    for (const w of list) {
      for (const m of manifestsOf(w.work)) {
        const k = keyOf(m);
        listAt(owners, k).push({ work: w, object: m });
      }
    }
    const shared: K8sObject[] = [];
    const sharers: ClusterWork[] = [];
    for (const [k, entries] of owners) {
      const deployments = new Set(entries.map((e) => e.work.deployment));
      if (deployments.size < 2) continue;
      // The first entry of each deployment: the first deployment is paired with each other one, so all are named.
      const [a, ...others] = entries.filter((e, i) => entries.findIndex((x) => x.work.deployment === e.work.deployment) === i);
      const o = a.object;
      const plain = o.kind === 'Namespace' && groupOf(o) === '' ? withoutIdentity(o) : undefined;
      const agrees = (e: (typeof entries)[number]) => !!plain && sameJson(withoutIdentity(e.object) as unknown as Json, plain as unknown as Json);
      if (plain && entries.every(agrees)) {
        shared.push(plain);
        for (const e of entries) {
          const set = moved.get(e.work) ?? new Set<string>();
          set.add(k);
          moved.set(e.work, set);
          sharers.push(e.work);
        }
        continue;
      }
      const id = `${o.kind} ${namespaceOf(o) ? `${namespaceOf(o)}/` : ''}${o.metadata?.name}`;
      const where = (w: ClusterWork) => {
        const p = w.deployment.resolved.deployment.pos(['metadata', 'name']);
        return `${p.file}:${p.line}:${p.column}`;
      };
      for (const b of others) {
        if (agrees(b)) continue; // a Namespace the first one agrees with: the clash is with another
        const rk = `${k}\u0000${who(a.work)}\u0000${who(b.work)}`;
        if (reported.has(rk)) continue; // the same pair clashes on every cluster both run on: once is enough
        reported.add(rk);
        diagnostics.push(
          error(
            'object-conflict',
            `${id} is in the ManifestWorks of two deployments on cluster ${cluster}: ${who(a.work)} (${where(a.work)}) and ${who(b.work)} (${where(b.work)})${o.kind === 'Namespace' ? ', with different content' : ''}; OCM would let both works fight over it, and deleting either deletes it`,
            a.work.deployment.resolved.deployment.pos(['metadata', 'name']),
            o.kind === 'Namespace'
              ? 'give the Namespace the same labels and annotations in both, or let one deployment create it (spokeNamespace.create: false)'
              : namespaceOf(o)
                ? 'render the object from one deployment only, or give the two deployments different workload namespaces'
                : 'render the object from one deployment only: it is cluster-scoped, so every namespace shares it (give each deployment its own name for it)',
          ),
        );
      }
    }
    if (shared.length) {
      shared.sort((x, y) => cmp(String(x.metadata.name), String(y.metadata.name)));
      const first = [...sharers].sort((x, y) => cmp(who(x), who(y)))[0];
      const work: K8sObject = {
        apiVersion: WORK_API,
        kind: 'ManifestWork',
        metadata: { name: NAMESPACES_WORK, namespace: cluster, labels: { [LABEL_MANAGED_BY]: 'hubcast' } },
        spec: { deleteOption: { propagationPolicy: 'Orphan' }, workload: { manifests: shared as unknown as Json[] } },
      };
      namespaceWorks.push({ cluster, deployment: first.deployment, work, sharedBy: [...new Set(sharers.map((s) => s.deployment))] });
    }
  }
  if (moved.size === 0) return { works: [...works], diagnostics };
  const out = works.map((w) => {
    const keys = moved.get(w);
    if (!keys) return w;
    const spec = w.work.spec as JsonObject;
    const manifests = manifestsOf(w.work).filter((m) => !keys.has(keyOf(m)));
    return { ...w, work: { ...w.work, spec: { ...spec, workload: { ...(spec.workload as JsonObject), manifests: manifests as unknown as Json[] } } } };
  });
  return { works: [...out, ...namespaceWorks], diagnostics };
}
