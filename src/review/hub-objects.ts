// Reads a rendered tree back into hub objects: each with the environment, target and workload it
// belongs to (from hubcast's identity labels) and, for a work, its embedded manifests.

import { parseAllDocuments } from 'yaml';
import { cmp } from '../core/diagnostics.ts';
import { isObject, type Json, type JsonObject, type K8sObject } from '../core/types.ts';
import { LOCK_FILE, type Lock } from '../emit/lock.ts';
import type { EmittedFile } from '../emit/tree.ts';
import { LABEL_DEPLOYMENT, LABEL_DEPLOYMENT_NS, LABEL_ENVIRONMENT, LABEL_ENVIRONMENT_NS } from '../render/manifests.ts';
import type { ObjectRef, Target } from './model.ts';
import { WAVE_LABEL } from '../fleet/cluster-works.ts';

export interface HubItem {
  file: string;
  object: K8sObject;
  ref: ObjectRef;
  environment: string;
  workload: string;
  target: Target;
  /** Embedded manifests of a ManifestWork / ManifestWorkReplicaSet; undefined for other kinds. */
  manifests?: K8sObject[];
}

export interface ParsedTree {
  items: HubItem[];
  lock?: Lock;
}

const KUSTOMIZE_API = 'kustomize.config.k8s.io/';

export function objectRef(o: K8sObject): ObjectRef {
  const r: ObjectRef = { apiVersion: String(o.apiVersion), kind: String(o.kind), name: String(o.metadata?.name ?? '') };
  if (o.metadata?.namespace) r.namespace = String(o.metadata.namespace);
  return r;
}

/** Identity for matching: kind/namespace/name (the unit; apiVersion bumps are changes, not new objects). */
export function refKey(r: ObjectRef): string {
  return `${r.kind}/${r.namespace ?? ''}/${r.name}`;
}

export function isWork(o: K8sObject): boolean {
  return (o.kind === 'ManifestWork' || o.kind === 'ManifestWorkReplicaSet') && String(o.apiVersion).startsWith('work.open-cluster-management.io/');
}

/** The path of a work's manifest list. */
function manifestsPath(o: K8sObject): string[] {
  return o.kind === 'ManifestWork' ? ['spec', 'workload', 'manifests'] : ['spec', 'manifestWorkTemplate', 'workload', 'manifests'];
}

export function manifestsOf(o: K8sObject): K8sObject[] {
  let cur: Json | undefined = o as unknown as Json;
  for (const seg of manifestsPath(o)) cur = isObject(cur) ? cur[seg] : undefined;
  return Array.isArray(cur) ? (cur as unknown as K8sObject[]) : [];
}

/** A work without its manifests (and without the `workload` map that held only them). */
export function envelopeOf(o: K8sObject): K8sObject {
  // Copies only the maps on the way to the manifests: a work's manifests can be most of its bytes.
  const path = manifestsPath(o);
  const copy = { ...(o as unknown as JsonObject) };
  const parents: JsonObject[] = [copy];
  for (const seg of path.slice(0, -1)) {
    const parent = parents[parents.length - 1];
    const next = parent[seg];
    if (!next || typeof next !== 'object' || Array.isArray(next)) return copy as unknown as K8sObject;
    const cloned = { ...(next as JsonObject) };
    parent[seg] = cloned;
    parents.push(cloned);
  }
  delete parents[parents.length - 1][path[path.length - 1]];
  const workload = parents[parents.length - 1];
  if (Object.keys(workload).length === 0) delete parents[parents.length - 2][path[path.length - 2]];
  return copy as unknown as K8sObject;
}

function targetOf(o: K8sObject): Target {
  if (o.kind === 'ManifestWork') {
    const wave = Number(o.metadata?.labels?.[WAVE_LABEL]);
    return Number.isInteger(wave) && wave > 0
      ? { kind: 'cluster', name: String(o.metadata.namespace ?? ''), wave }
      : { kind: 'cluster', name: String(o.metadata.namespace ?? '') };
  }
  if (o.kind === 'ManifestWorkReplicaSet') {
    const refs = (((o.spec as JsonObject | undefined)?.placementRefs as JsonObject[] | undefined) ?? []).map((r) => String(r.name)).sort(cmp);
    return { kind: 'placement', name: refs.join(',') };
  }
  if (o.kind === 'Placement') return { kind: 'placement', name: o.metadata.name };
  return { kind: 'hub', name: '' };
}

function labelPair(o: K8sObject, ns: string, name: string): string {
  const l = o.metadata?.labels ?? {};
  return l[name] ? `${l[ns] ?? ''}/${l[name]}` : '';
}

/**
 * `known`: the objects the caller emitted the files from, by path, so a side rendered in this process
 * is not parsed back (YAML parsing is most of a large diff's time). One is used only while its file
 * still holds the text written for it.
 */
export function parseTree(tree: ReadonlyMap<string, string>, known?: ReadonlyMap<string, EmittedFile>): ParsedTree {
  const items: HubItem[] = [];
  let lock: Lock | undefined;
  for (const [file, text] of tree) {
    if (file === LOCK_FILE) {
      lock = JSON.parse(text) as Lock;
      continue;
    }
    if (!file.endsWith('.yaml') && !file.endsWith('.yml')) continue;
    const emitted = known?.get(file);
    const objects = emitted?.text === text ? emitted.objects : parseDocuments(file, text);
    for (const o of objects) {
      if (!o || typeof o !== 'object' || typeof o.kind !== 'string') continue;
      // kustomization.yaml files only tell kustomize what to build; they are not applied.
      if (String(o.apiVersion).startsWith(KUSTOMIZE_API)) continue;
      const item: HubItem = {
        file,
        object: o,
        ref: objectRef(o),
        environment: labelPair(o, LABEL_ENVIRONMENT_NS, LABEL_ENVIRONMENT),
        workload: labelPair(o, LABEL_DEPLOYMENT_NS, LABEL_DEPLOYMENT),
        target: targetOf(o),
      };
      if (isWork(o)) item.manifests = manifestsOf(o);
      items.push(item);
    }
  }
  return { items, lock };
}

function parseDocuments(file: string, text: string): (K8sObject | null)[] {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length) throw new Error(`rendered file ${file} is not valid YAML: ${doc.errors[0].message}`);
    return doc.toJS() as K8sObject | null;
  });
}

/** Bytes of an object as JSON. */
export function jsonBytes(o: K8sObject): number {
  return Buffer.byteLength(JSON.stringify(o), 'utf8');
}

/** Bytes of a work's manifests as OCM's admission webhook counts them (≈ their JSON size). */
export function manifestBytes(manifests: readonly K8sObject[], bytesOf: (o: K8sObject) => number = jsonBytes): number {
  let n = 0;
  for (const m of manifests) n += bytesOf(m);
  return n;
}
