// Per-cluster layout on disk:
//   clusters/<cluster>/manifestwork-<name>.yaml     what the hub applies into the cluster namespace
//   clusters/<cluster>/spoke/<name>/...             flux-pull: what Flux on the spoke applies
//   environments/<ns>/<env>/...                     deployments whose Placement needs the hub
//   flux/                                           GitRepository + Kustomizations (bootstrapped once)

import { cmp } from '../core/diagnostics.ts';
import type { K8sObject } from '../core/types.ts';
import type { FluxConfig } from '../load/delivery-config.ts';
import type { FluxFolder } from '../flux/hub.ts';
import { clusterDir, type ClusterWork } from '../fleet/cluster-works.ts';
import type { RenderedDeployment } from '../render/render.ts';
import type { Lock } from './lock.ts';
import { finishTree, objectFileName, sortTree, writeObject, writeObjects, writeReplicaSets, type OutputTree, type TreeBuilder } from './tree.ts';
import { withObjectMemo, type ObjectTextMemo } from './yaml-emitter.ts';

export const CLUSTER_LABEL = 'hubcast.io/cluster';

export function emitPerClusterTree(works: readonly ClusterWork[], hubScheduled: readonly RenderedDeployment[], lock: Lock, flux?: FluxConfig, memo?: ObjectTextMemo): OutputTree {
  const tree: OutputTree = new Map();
  emitPerClusterInto(tree, works, hubScheduled, lock, flux, memo);
  return sortTree(tree);
}

export function emitPerClusterInto(tree: TreeBuilder, works: readonly ClusterWork[], hubScheduled: readonly RenderedDeployment[], lock: Lock, flux?: FluxConfig, memo?: ObjectTextMemo): void {
  // Every cluster's work embeds the same manifest objects: serialize each once.
  withObjectMemo(() => emitTree(tree, works, hubScheduled, lock, flux), memo);
}

function emitTree(tree: TreeBuilder, works: readonly ClusterWork[], hubScheduled: readonly RenderedDeployment[], lock: Lock, flux?: FluxConfig): void {
  const folders: FluxFolder[] = writeReplicaSets(tree, hubScheduled);
  const clusters = new Set<string>();
  for (const w of works) {
    const dir = clusterDir(w.cluster);
    writeObjects(tree, dir, [w.work]);
    if (w.spokeObjects && w.spokePath) writeSpokeObjects(tree, w.spokePath, w.spokeObjects);
    clusters.add(w.cluster);
  }
  for (const c of [...clusters].sort(cmp)) {
    folders.push({ name: `hubcast-${c}`, path: clusterDir(c), manifestWorks: true, labels: { [CLUSTER_LABEL]: c } });
  }
  finishTree(tree, lock, folders, flux, (dir) => /^clusters\/[^/]+\/spoke$/.test(dir));
}

/** One object per file; the namespace joins the name only where two objects would share a file. */
function writeSpokeObjects(tree: TreeBuilder, dir: string, objects: readonly K8sObject[]): void {
  const counts = new Map<string, number>();
  for (const o of objects) counts.set(objectFileName(o), (counts.get(objectFileName(o)) ?? 0) + 1);
  for (const o of objects) {
    const plain = objectFileName(o);
    const file = (counts.get(plain) ?? 0) > 1 ? `${o.kind.toLowerCase()}-${o.metadata.namespace ?? ''}-${o.metadata.name}.yaml` : plain;
    writeObject(tree, `${dir}/${file}`, o);
  }
}
