// The emit stage: rendered objects -> a file tree (path -> bytes), one object per file, every
// folder with a kustomization.yaml so `kubectl kustomize` builds it and Flux can apply it.

import { cmp } from '../core/diagnostics.ts';
import { stableJson } from '../core/stable-json.ts';
import type { K8sObject } from '../core/types.ts';
import type { FluxConfig } from '../load/delivery-config.ts';
import type { RenderedDeployment } from '../render/render.ts';
import { FLUX_DIR, hubFluxObjects, type FluxFolder } from '../flux/hub.ts';
import { LABEL_ENVIRONMENT, LABEL_ENVIRONMENT_NS } from '../render/manifests.ts';
import { LOCK_FILE, type Lock } from './lock.ts';
import { emitYaml } from './yaml-emitter.ts';

/** Output files by repo-relative POSIX path. */
export type OutputTree = Map<string, string>;

export const ENVIRONMENTS_DIR = 'environments';

export function objectFileName(o: K8sObject): string {
  return `${o.kind.toLowerCase()}-${o.metadata.name}.yaml`;
}

function kustomizationObject(resources: string[]): K8sObject {
  return { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: [...resources].sort(cmp) } as unknown as K8sObject;
}

export function kustomization(resources: string[]): string {
  return emitYaml(kustomizationObject(resources) as never);
}

/** A file of a tree and the object it was emitted from. */
export interface EmittedFile {
  text: string;
  object: K8sObject;
}

// A reader in the same process (`hubcast diff`) wants the objects behind the files: parsing 10,000
// works back, or emitting them again to look them up by text, costs more than the diff itself. Kept
// beside the tree, so the tree stays plain path -> text; a reader checks that the text is still the one
// written before trusting the object.
const emittedFiles = new WeakMap<OutputTree, Map<string, EmittedFile>>();

/** Writes one object as one file of the tree. */
export function writeObject(tree: OutputTree, path: string, o: K8sObject): void {
  const text = emitYaml(o as never);
  tree.set(path, text);
  let files = emittedFiles.get(tree);
  if (!files) emittedFiles.set(tree, (files = new Map()));
  files.set(path, { text, object: o });
}

/** The files of the tree that were written by `writeObject`, by path. */
export function emittedObjects(tree: OutputTree): ReadonlyMap<string, EmittedFile> {
  return emittedFiles.get(tree) ?? new Map();
}

/**
 * Add a kustomization.yaml to every folder that holds files or subfolders, bottom-up. A
 * `detached` folder builds on its own but is not listed by its parent (spoke-side objects of
 * flux-pull, which Flux on the spoke applies, not the hub).
 */
export function addKustomizations(tree: OutputTree, roots: string[] = [''], detached: (dir: string) => boolean = () => false): void {
  const children = new Map<string, Set<string>>();
  for (const path of tree.keys()) {
    if (!path.endsWith('.yaml') || path.endsWith('kustomization.yaml')) continue;
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!roots.some((r) => r === '' || dir === r || dir.startsWith(`${r}/`))) continue;
      const set = children.get(dir) ?? new Set<string>();
      const child = parts.slice(0, i + 1).join('/');
      if (i === parts.length - 1 || !detached(child)) set.add(parts[i]);
      children.set(dir, set);
    }
  }
  for (const [dir, entries] of children) {
    writeObject(tree, dir ? `${dir}/kustomization.yaml` : 'kustomization.yaml', kustomizationObject([...entries]));
  }
}

export function writeObjects(tree: OutputTree, dir: string, objects: readonly K8sObject[]): void {
  for (const o of objects) writeObject(tree, `${dir}/${objectFileName(o)}`, o);
}

export function environmentDir(r: RenderedDeployment): string {
  const env = r.identity.environment;
  return `${ENVIRONMENTS_DIR}/${env.namespace}/${env.name}`;
}

/** Each deployment's Placement and ManifestWorkReplicaSet, by environment; returns the folders. */
export function writeReplicaSets(tree: OutputTree, rendered: readonly RenderedDeployment[]): FluxFolder[] {
  const folders = new Map<string, FluxFolder>();
  for (const r of rendered) {
    const dir = environmentDir(r);
    writeObjects(tree, dir, r.hubObjects);
    const env = r.identity.environment;
    folders.set(dir, {
      name: `hubcast-${env.namespace}-${env.name}`,
      path: dir,
      manifestWorks: false,
      labels: { [LABEL_ENVIRONMENT]: env.name, [LABEL_ENVIRONMENT_NS]: env.namespace },
    });
  }
  return [...folders.values()];
}

/** The Flux folder (when flux.url is configured), every kustomization.yaml, and the lock. */
export function finishTree(tree: OutputTree, lock: Lock, folders: readonly FluxFolder[], flux: FluxConfig | undefined, detached?: (dir: string) => boolean): OutputTree {
  if (flux?.url) writeObjects(tree, FLUX_DIR, hubFluxObjects([...folders].sort((a, b) => cmp(a.name, b.name)), { ...flux, url: flux.url }));
  addKustomizations(tree, [''], detached);
  tree.set(LOCK_FILE, stableJson(lock));
  return sortTree(tree);
}

/** Replica-set layout: per environment, each deployment's Placement and ManifestWorkReplicaSet. */
export function emitReplicaSetTree(rendered: readonly RenderedDeployment[], lock: Lock, flux?: FluxConfig): OutputTree {
  const tree: OutputTree = new Map();
  const folders = writeReplicaSets(tree, rendered);
  return finishTree(tree, lock, folders, flux);
}

export function sortTree(tree: OutputTree): OutputTree {
  const sorted: OutputTree = new Map([...tree.entries()].sort((a, b) => cmp(a[0], b[0])));
  const files = emittedFiles.get(tree);
  if (files) emittedFiles.set(sorted, files);
  return sorted;
}
