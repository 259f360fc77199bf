// Per-cluster layout on disk:
//   clusters/<cluster>/manifestwork-<name>.yaml     what the hub applies into the cluster namespace
//   clusters/<cluster>/spoke/<name>/...             flux-pull: what Flux on the spoke applies
//   environments/<ns>/<env>/...                     deployments whose Placement needs the hub
//   flux/                                           GitRepository + Kustomizations (bootstrapped once)

import type { K8sObject } from '../core/types.ts';
import { listAt } from '../core/map-lists.ts';
import type { FluxConfig } from '../load/delivery-config.ts';
import type { FluxFolder } from '../flux/hub.ts';
import { clusterKustomizationName, rolloutFileName, waveKustomizationName } from '../flux/folder-names.ts';
import { clusterDir, waveDir, WAVE_LABEL, type ClusterWork } from '../fleet/cluster-works.ts';
import { LABEL_DEPLOYMENT, LABEL_DEPLOYMENT_NS } from '../render/manifests.ts';
import type { RenderedDeployment } from '../render/render.ts';
import type { Lock } from './lock.ts';
import { finishTree, objectFileName, sortTree, writeObject, writeReplicaSets, type OutputTree, type TreeBuilder } from './tree.ts';
import { objectEmitter, type Emit, type ObjectTextMemo } from './yaml-emitter.ts';

export const CLUSTER_LABEL = 'hubcast.io/cluster';

export function emitPerClusterTree(
  works: readonly ClusterWork[],
  hubScheduled: readonly RenderedDeployment[],
  lock: Lock,
  flux?: FluxConfig,
  memo?: ObjectTextMemo,
): OutputTree {
  const tree: OutputTree = new Map();
  emitPerClusterInto(tree, works, hubScheduled, lock, flux, memo);
  return sortTree(tree);
}

export function emitPerClusterInto(
  tree: TreeBuilder,
  works: readonly ClusterWork[],
  hubScheduled: readonly RenderedDeployment[],
  lock: Lock,
  flux?: FluxConfig,
  memo?: ObjectTextMemo,
): void {
  // Every cluster's work embeds the same manifest objects: serialize each once.
  // A memo the caller keeps (across runs) also keeps whole documents of deployments a later run reuses.
  emitTree(tree, works, hubScheduled, lock, flux, objectEmitter(memo, memo !== undefined));
}

function emitTree(
  tree: TreeBuilder,
  works: readonly ClusterWork[],
  hubScheduled: readonly RenderedDeployment[],
  lock: Lock,
  flux: FluxConfig | undefined,
  emit: Emit,
): void {
  const folders: FluxFolder[] = writeReplicaSets(tree, hubScheduled, emit);
  const { clusters, waves } = writeWorks(tree, works, emit);
  for (const c of clusters) {
    folders.push({ name: clusterKustomizationName(c), path: clusterDir(c), manifestWorks: true, labels: { [CLUSTER_LABEL]: c } });
  }
  folders.push(...waves);
  finishTree(tree, lock, folders, flux, (dir) => /^clusters\/[^/]+\/spoke$/.test(dir), emit);
}

/** Every work (and flux-pull's spoke objects); returns the clusters with works in their own folder, sorted, and the rollout waves' folders. */
function writeWorks(tree: TreeBuilder, works: readonly ClusterWork[], emit: Emit): { clusters: string[]; waves: FluxFolder[] } {
  const clusters = new Set<string>();
  const waves: FluxFolder[] = [];
  // Each wave's folder, by deployment and wave: made once, not once per cluster.
  const waveDirs = new Map<RenderedDeployment, string[]>();
  for (const w of works) {
    if (w.wave === undefined) {
      writeObject(tree, clusterDir(w.cluster), objectFileName(w.work), w.work, emit);
      clusters.add(w.cluster);
    } else {
      const dirs = listAt(waveDirs, w.deployment);
      let dir = dirs[w.wave];
      if (dir === undefined) {
        dirs[w.wave] = dir = waveDir(w.deployment, w.wave);
        waves.push(waveFolder(w, dir, w.wave));
      }
      // One folder per wave holds every cluster's work: the cluster joins the file name.
      writeObject(tree, dir, `${w.cluster}_${objectFileName(w.work)}`, w.work, emit);
    }
    if (w.spokeObjects && w.spokePath) writeSpokeObjects(tree, w.spokePath, w.spokeObjects, emit);
  }
  return { clusters: [...clusters].sort(), waves };
}

/** One object per file; the namespace joins the name only where two objects would share a file. */
function writeSpokeObjects(tree: TreeBuilder, dir: string, objects: readonly K8sObject[], emit: Emit): void {
  const counts = new Map<string, number>();
  for (const o of objects) counts.set(objectFileName(o), (counts.get(objectFileName(o)) ?? 0) + 1);
  for (const o of objects) {
    const plain = objectFileName(o);
    const file = (counts.get(plain) ?? 0) > 1 ? `${o.kind.toLowerCase()}-${o.metadata.namespace ?? ''}-${o.metadata.name}.yaml` : plain;
    writeObject(tree, dir, file, o, emit);
  }
}

function waveFolder(w: ClusterWork, dir: string, wave: number): FluxFolder {
  const d = w.deployment.identity.deployment;
  const folder: FluxFolder = {
    name: waveKustomizationName(d.namespace, d.name, wave),
    path: dir,
    manifestWorks: true,
    currentGeneration: true,
    labels: { [LABEL_DEPLOYMENT]: d.name, [LABEL_DEPLOYMENT_NS]: d.namespace, [WAVE_LABEL]: String(wave) },
    file: rolloutFileName(d.namespace, d.name),
  };
  if (wave > 1) folder.dependsOn = waveKustomizationName(d.namespace, d.name, wave - 1);
  if (w.waveTimeout) folder.timeout = w.waveTimeout;
  return folder;
}
