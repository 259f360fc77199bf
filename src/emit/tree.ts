// The emit stage: rendered objects -> a file tree (path -> bytes), one object per file, every
// folder with a kustomization.yaml so `kubectl kustomize` builds it and Flux can apply it.

import { cmp } from '../core/diagnostics.ts';
import { stableJson } from '../core/stable-json.ts';
import type { K8sObject } from '../core/types.ts';
import type { RenderedDeployment } from '../render/render.ts';
import { LOCK_FILE, type Lock } from './lock.ts';
import { emitYaml } from './yaml-emitter.ts';

/** Output files by repo-relative POSIX path. */
export type OutputTree = Map<string, string>;

export const ENVIRONMENTS_DIR = 'environments';

export function objectFileName(o: K8sObject): string {
  return `${o.kind.toLowerCase()}-${o.metadata.name}.yaml`;
}

export function kustomization(resources: string[]): string {
  return emitYaml({
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [...resources].sort(cmp),
  });
}

/** Add a kustomization.yaml to every folder that holds files or subfolders, bottom-up. */
export function addKustomizations(tree: OutputTree, roots: string[] = ['']): void {
  const children = new Map<string, Set<string>>();
  for (const path of tree.keys()) {
    if (!path.endsWith('.yaml') || path.endsWith('kustomization.yaml')) continue;
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!roots.some((r) => r === '' || dir === r || dir.startsWith(`${r}/`))) continue;
      const set = children.get(dir) ?? new Set<string>();
      set.add(parts[i]);
      children.set(dir, set);
    }
  }
  for (const [dir, entries] of children) {
    tree.set(dir ? `${dir}/kustomization.yaml` : 'kustomization.yaml', kustomization([...entries]));
  }
}

export function environmentDir(r: RenderedDeployment): string {
  const env = r.identity.environment;
  return `${ENVIRONMENTS_DIR}/${env.namespace}/${env.name}`;
}

/** Replica-set layout: per environment, each deployment's Placement and ManifestWorkReplicaSet. */
export function emitReplicaSetTree(rendered: readonly RenderedDeployment[], lock: Lock): OutputTree {
  const tree: OutputTree = new Map();
  for (const r of rendered) {
    const dir = environmentDir(r);
    for (const o of r.hubObjects) tree.set(`${dir}/${objectFileName(o)}`, emitYaml(o as never));
  }
  addKustomizations(tree);
  tree.set(LOCK_FILE, stableJson(lock));
  return sortTree(tree);
}

export function sortTree(tree: OutputTree): OutputTree {
  return new Map([...tree.entries()].sort((a, b) => cmp(a[0], b[0])));
}
