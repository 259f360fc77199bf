// Danger notes: changes whose effect on the spokes is larger than their diff looks. Computed on
// the unfiltered objects, so an ignore rule can hide noise but never a danger.

import { isObject, type Json, type JsonObject, type K8sObject } from '../core/types.ts';
import { canonicalJson } from '../resolve/revisions.ts';
import { jsonBytes, manifestBytes, type HubItem } from './hub-objects.ts';
import { refLabel, targetLabel, type Note } from './model.ts';
import { plural } from '../core/plural.ts';

/** OCM's admission webhook limit on a work's manifests (ManifestValidator limit 500 * 1024). */
export const WORK_SIZE_LIMIT = 512_000;

export interface WorkPair {
  base?: HubItem;
  head?: HubItem;
  renamed: boolean;
}

function deleteOptionOf(o: K8sObject): JsonObject {
  const spec = (o.spec as JsonObject | undefined) ?? {};
  const holder = o.kind === 'ManifestWorkReplicaSet' ? ((spec.manifestWorkTemplate as JsonObject | undefined) ?? {}) : spec;
  return (holder.deleteOption as JsonObject | undefined) ?? { propagationPolicy: 'Foreground' };
}

/** The REST resource name OCM's orphaning rules use: lowercase plural of the kind. */
function resourceOf(kind: string): string {
  const k = kind.toLowerCase();
  if (/(s|x|ch|sh)$/.test(k)) return `${k}es`;
  if (/[^aeiou]y$/.test(k)) return `${k.slice(0, -1)}ies`;
  return `${k}s`;
}

function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

/** Whether deleting (or dropping) this manifest leaves the object on the spoke. */
export function isOrphaned(deleteOption: JsonObject, o: K8sObject): boolean {
  const policy = String(deleteOption.propagationPolicy ?? 'Foreground');
  if (policy === 'Orphan') return true;
  if (policy !== 'SelectivelyOrphan') return false;
  const rules = ((deleteOption.selectivelyOrphans as JsonObject | undefined)?.orphaningRules as JsonObject[] | undefined) ?? [];
  return rules.some(
    (r) =>
      String(r.group ?? '') === groupOf(String(o.apiVersion)) &&
      r.resource === resourceOf(o.kind) &&
      String(r.name ?? '') === o.metadata.name &&
      String(r.namespace ?? '') === String(o.metadata.namespace ?? ''),
  );
}

function where(item: HubItem): string {
  return item.object.kind === 'ManifestWorkReplicaSet' ? `every cluster ${targetLabel(item.target)} selects` : targetLabel(item.target);
}

function removalNote(item: HubItem, what: string, advice: string): Note | undefined {
  const manifests = item.manifests ?? [];
  const opt = deleteOptionOf(item.object);
  const policy = String(opt.propagationPolicy ?? 'Foreground');
  const orphaned = manifests.filter((m) => isOrphaned(opt, m)).length;
  const deleted = manifests.length - orphaned;
  const base = { workload: item.workload };
  if (deleted === 0) {
    return {
      ...base,
      level: 'caution',
      code: 'work-orphans',
      message: `${what}: its ${plural(manifests.length, 'object')} ${manifests.length === 1 ? 'stays' : 'stay'} on ${where(item)}, no longer managed (deleteOption ${policy})`,
    };
  }
  const kept = orphaned ? ` (${orphaned} orphaned by deleteOption ${policy})` : ` (deleteOption ${policy})`;
  return {
    ...base,
    level: 'danger',
    code: 'work-deletes',
    message: `${what}: the work agent deletes ${deleted} of its objects from ${where(item)}${kept}${advice}`,
  };
}

function namespaceNotes(base: HubItem, head: HubItem): Note[] {
  const notes: Note[] = [];
  // Every work of a fleet passes here: the head's namespaces are gathered only when the base has one.
  let headNs: Set<string> | undefined;
  for (const ns of base.manifests ?? []) {
    if (ns.kind !== 'Namespace') continue;
    headNs ??= new Set((head.manifests ?? []).filter((m) => m.kind === 'Namespace').map((m) => m.metadata.name));
    if (headNs.has(ns.metadata.name)) continue;
    const what = `Namespace ${ns.metadata.name} leaves ${refLabel(head.ref)}`;
    if (isOrphaned(deleteOptionOf(base.object), ns))
      notes.push({
        level: 'caution',
        code: 'namespace-orphaned',
        workload: head.workload,
        message: `${what}: orphaned by the deleteOption, it stays on ${where(head)}`,
      });
    else
      notes.push({
        level: 'danger',
        code: 'namespace-deleted',
        workload: head.workload,
        message: `${what}: the work agent deletes the namespace and everything in it on ${where(head)}`,
      });
  }
  return notes;
}

const holdsManifests = (x?: HubItem): boolean => !!x?.manifests;

/** Notes for one hub object across the two sides. `bytesOf`: an object's JSON size (a caller may memoize it). */
export function workNotes(pair: WorkPair, bytesOf: (o: K8sObject) => number = jsonBytes): Note[] {
  const { base, head } = pair;
  const notes: Note[] = [];
  if (base && holdsManifests(base) && !head) {
    const n = removalNote(base, `${refLabel(base.ref)} is deleted`, '');
    if (n) notes.push(n);
  }
  if (base && head && holdsManifests(base) && pair.renamed) {
    const n = removalNote(
      base,
      `${refLabel(base.ref)} is renamed to ${head.ref.name}, which OCM applies as delete + create`,
      '; they are re-created by the new work, with downtime between (keep the name, e.g. with the hubcast.io/name annotation, or move objects in two steps)',
    );
    if (n) notes.push(n);
  }
  if (head && holdsManifests(head)) {
    const bytes = manifestBytes(head.manifests!, bytesOf);
    if (bytes > WORK_SIZE_LIMIT) {
      notes.push({
        level: 'danger',
        code: 'work-size',
        workload: head.workload,
        message: `${refLabel(head.ref)} holds ${bytes} bytes of manifests; OCM rejects works over ${WORK_SIZE_LIMIT} bytes (500 KiB)`,
      });
    }
  }
  if (base && head && holdsManifests(base) && holdsManifests(head)) notes.push(...namespaceNotes(base, head));
  return notes;
}

/** Fields the apiserver refuses to change in place. */
const IMMUTABLE: Record<string, string[][]> = {
  Deployment: [['spec', 'selector']],
  ReplicaSet: [['spec', 'selector']],
  DaemonSet: [['spec', 'selector']],
  StatefulSet: [
    ['spec', 'selector'],
    ['spec', 'volumeClaimTemplates'],
    ['spec', 'serviceName'],
    ['spec', 'podManagementPolicy'],
  ],
  Job: [
    ['spec', 'selector'],
    ['spec', 'template'],
  ],
  PersistentVolumeClaim: [
    ['spec', 'storageClassName'],
    ['spec', 'volumeName'],
  ],
  Service: [['spec', 'clusterIP']],
};

function at(o: K8sObject, path: readonly string[]): Json | undefined {
  let cur: Json | undefined = o as unknown as Json;
  for (const k of path) cur = isObject(cur) ? cur[k] : undefined;
  return cur;
}

/** The fields the apiserver refuses to change in place that differ between two versions (dotted paths). */
export function changedImmutableFields(base: K8sObject, head: K8sObject): string[] {
  return (IMMUTABLE[head.kind] ?? [])
    .filter((p) => {
      const a = at(base, p);
      const b = at(head, p);
      return a !== undefined && canonicalJson(a) !== canonicalJson(b);
    })
    .map((p) => p.join('.'));
}

/** An embedded object whose immutable fields change (see changedImmutableFields): the work agent's apply will fail. */
export function immutableFieldNotes(workload: string, head: K8sObject, changed: readonly string[]): Note[] {
  if (!changed.length) return [];
  return [
    {
      level: 'danger',
      code: 'immutable-field',
      workload,
      message: `${head.kind} ${head.metadata.namespace ? `${head.metadata.namespace}/` : ''}${head.metadata.name}: ${changed.join(', ')} cannot change in place; the apply fails until the object is deleted and re-created`,
    },
  ];
}
