// The emit stage: rendered objects -> a file tree (path -> bytes), one object per file, every
// folder with a kustomization.yaml so `kubectl kustomize` builds it and Flux can apply it.

import { cmp } from '../core/diagnostics.ts';
import { listAt } from '../core/map-lists.ts';
import { assertSafePath } from '../core/safe-path.ts';
import { stableJson } from '../core/stable-json.ts';
import type { K8sObject } from '../core/types.ts';
import type { FluxConfig } from '../load/delivery-config.ts';
import type { RenderedDeployment } from '../render/render.ts';
import { FLUX_DIR, hubFluxObjects, type FluxFolder } from '../flux/hub.ts';
import { environmentKustomizationName } from '../flux/folder-names.ts';
import { LABEL_ENVIRONMENT, LABEL_ENVIRONMENT_NS } from '../render/manifests.ts';
import { LOCK_FILE, type Lock } from './lock.ts';
import { emitYaml, objectEmitter, type Emit, type ObjectTextMemo } from './yaml-emitter.ts';

/** Output files by repo-relative POSIX path. */
export type OutputTree = Map<string, string>;

/**
 * What the emitters write into: an OutputTree (the whole tree in memory, for diff and publish), or a
 * StreamingTree that hands each file on as it is emitted (`render --out`), so a 100,000-file render
 * never holds all its text at once.
 */
export interface TreeBuilder {
  set(path: string, text: string): unknown;
  keys(): Iterable<string>;
  readonly size: number;
}

export class StreamingTree implements TreeBuilder {
  private readonly paths = new Set<string>();
  constructor(private readonly sink: (path: string, text: string) => void) {}
  set(path: string, text: string): this {
    this.paths.add(path);
    this.sink(path, text);
    return this;
  }
  keys(): Iterable<string> {
    return this.paths.keys();
  }
  get size(): number {
    return this.paths.size;
  }
}

export const ENVIRONMENTS_DIR = 'environments';

/** Every YAML file of a tree holds objects (one, but for a rollout's in flux/), except the kustomization.yaml files that list them. */
export function isObjectFile(path: string): boolean {
  return path.endsWith('.yaml') && path !== 'kustomization.yaml' && !path.endsWith('/kustomization.yaml');
}

export function objectFileName(o: K8sObject): string {
  return `${o.kind.toLowerCase()}-${o.metadata.name}.yaml`;
}

// Built-in sorts of strings (here and in sortTree) order by UTF-16 code units, as cmp does, without a call per comparison.
function kustomizationObject(resources: readonly string[]): K8sObject {
  return { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: [...resources].sort() } as unknown as K8sObject;
}

export function kustomization(resources: string[]): string {
  return emitYaml(kustomizationObject(resources) as never);
}

/** A file of a tree and the objects it was emitted from (one, except a deployment's rollout in flux/). */
export interface EmittedFile {
  text: string;
  objects: readonly K8sObject[];
}

// A reader in the same process (`hubcast diff`) wants the objects behind the files: parsing 10,000
// works back, or emitting them again to look them up by text, costs more than the diff itself. Kept
// beside the tree, so the tree stays plain path -> text; a reader checks that the text is still the one
// written before trusting the object.
const emittedFiles = new WeakMap<OutputTree, Map<string, EmittedFile>>();

// A tree's 10,000 files sit in a few hundred folders: each folder is checked once per tree, each file name on its own.
const checkedDirs = new WeakMap<TreeBuilder, Set<string>>();

/** Writes one object as the file `dir/file` of the tree (`dir` '' for the top). */
export function writeObject(tree: TreeBuilder, dir: string, file: string, o: K8sObject, emit: Emit = emitYaml): void {
  const path = checkedPath(tree, dir, file);
  const text = emit(o as never);
  tree.set(path, text);
  remember(tree, path, text, [o]);
}

/** Writes several objects as one file of YAML documents. */
export function writeDocuments(tree: TreeBuilder, dir: string, file: string, objects: readonly K8sObject[], emit: Emit = emitYaml): void {
  const path = checkedPath(tree, dir, file);
  const text = objects.map((o) => emit(o as never)).join('---\n');
  tree.set(path, text);
  remember(tree, path, text, objects);
}

function checkedPath(tree: TreeBuilder, dir: string, file: string): string {
  const path = dir === '' ? file : `${dir}/${file}`;
  // Every object file passes here: a path made of names the checks before emit missed stops the run.
  let dirs = checkedDirs.get(tree);
  if (!dirs) checkedDirs.set(tree, (dirs = new Set()));
  if (!dirs.has(dir)) {
    if (dir !== '') assertSafePath(dir, path);
    dirs.add(dir);
  }
  assertSafePath(file, path);
  return path;
}

function remember(tree: TreeBuilder, path: string, text: string, objects: readonly K8sObject[]): void {
  // A streamed tree keeps nothing: holding every file's text is what streaming avoids.
  if (!(tree instanceof Map)) return;
  let files = emittedFiles.get(tree);
  if (!files) emittedFiles.set(tree, (files = new Map()));
  files.set(path, { text, objects });
}

/** The files of the tree that were written by `writeObject` or `writeDocuments`, by path. */
export function emittedObjects(tree: OutputTree): ReadonlyMap<string, EmittedFile> {
  return emittedFiles.get(tree) ?? new Map();
}

/**
 * Add a kustomization.yaml to every folder that holds files or subfolders, bottom-up. A
 * `detached` folder builds on its own but is not listed by its parent (spoke-side objects of
 * flux-pull, which Flux on the spoke applies, not the hub).
 */
export function addKustomizations(tree: TreeBuilder, detached: (dir: string) => boolean = () => false, emit: Emit = emitYaml): void {
  // A folder's entries: each file once (paths are unique), each subfolder once (the walk up stops at a folder seen before).
  const children = new Map<string, string[]>();
  const entries = (dir: string) => listAt(children, dir);
  // Walks up from each file; a folder seen before had its ancestors done (10,000 files share ~100 folders).
  const seen = new Set<string>();
  for (const path of tree.keys()) {
    if (!isObjectFile(path)) continue;
    let slash = path.lastIndexOf('/');
    let dir = slash < 0 ? '' : path.slice(0, slash);
    entries(dir).push(path.slice(slash + 1));
    while (dir !== '' && !seen.has(dir)) {
      seen.add(dir);
      slash = dir.lastIndexOf('/');
      const parent = slash < 0 ? '' : dir.slice(0, slash);
      const list = entries(parent);
      if (!detached(dir)) list.push(dir.slice(slash + 1));
      dir = parent;
    }
  }
  for (const [dir, names] of children) {
    writeObject(tree, dir, 'kustomization.yaml', kustomizationObject(names), emit);
  }
}

export function writeObjects(tree: TreeBuilder, dir: string, objects: readonly K8sObject[], emit: Emit = emitYaml): void {
  for (const o of objects) writeObject(tree, dir, objectFileName(o), o, emit);
}

export function environmentDir(r: RenderedDeployment): string {
  const env = r.identity.environment;
  return `${ENVIRONMENTS_DIR}/${env.namespace}/${env.name}`;
}

/** Each deployment's Placement and ManifestWorkReplicaSet, by environment; returns the folders. */
export function writeReplicaSets(tree: TreeBuilder, rendered: readonly RenderedDeployment[], emit: Emit = emitYaml): FluxFolder[] {
  const folders = new Map<string, FluxFolder>();
  for (const r of rendered) {
    const dir = environmentDir(r);
    writeObjects(tree, dir, r.hubObjects, emit);
    const env = r.identity.environment;
    folders.set(dir, {
      name: environmentKustomizationName(env.namespace, env.name),
      path: dir,
      manifestWorks: false,
      labels: { [LABEL_ENVIRONMENT]: env.name, [LABEL_ENVIRONMENT_NS]: env.namespace },
    });
  }
  return [...folders.values()];
}

/** The Flux folder (when flux.url is configured), every kustomization.yaml, and the lock. */
export function finishTree(
  tree: TreeBuilder,
  lock: Lock,
  folders: readonly FluxFolder[],
  flux: FluxConfig | undefined,
  detached?: (dir: string) => boolean,
  emit: Emit = emitYaml,
): void {
  if (flux?.url) {
    const objects = hubFluxObjects(
      [...folders].sort((a, b) => cmp(a.name, b.name)),
      { ...flux, url: flux.url },
    );
    // A deployment's rollout is one file: its chain of wave Kustomizations reads and diffs as one, and the
    // 10 waves of 100 deployments are 100 files to write and check, not 1,000.
    const shared = new Map<string, K8sObject[]>();
    for (const { object, file } of objects) {
      if (file === undefined) writeObject(tree, FLUX_DIR, objectFileName(object), object, emit);
      else listAt(shared, file).push(object);
    }
    for (const [file, list] of shared) writeDocuments(tree, FLUX_DIR, file, list, emit);
  }
  addKustomizations(tree, detached, emit);
  tree.set(LOCK_FILE, stableJson(lock));
}

/** Replica-set layout: per environment, each deployment's Placement and ManifestWorkReplicaSet. */
export function emitReplicaSetTree(rendered: readonly RenderedDeployment[], lock: Lock, flux?: FluxConfig, memo?: ObjectTextMemo): OutputTree {
  const tree: OutputTree = new Map();
  emitReplicaSetsInto(tree, rendered, lock, flux, memo);
  return sortTree(tree);
}

export function emitReplicaSetsInto(tree: TreeBuilder, rendered: readonly RenderedDeployment[], lock: Lock, flux?: FluxConfig, memo?: ObjectTextMemo): void {
  // A memo kept across runs serves the objects of deployments a later run reuses.
  const emit = memo ? objectEmitter(memo, true) : emitYaml;
  finishTree(tree, lock, writeReplicaSets(tree, rendered, emit), flux, undefined, emit);
}

export function sortTree(tree: OutputTree): OutputTree {
  const paths = [...tree.keys()].sort();
  const sorted: OutputTree = new Map();
  for (const p of paths) sorted.set(p, tree.get(p)!);
  const files = emittedFiles.get(tree);
  if (files) emittedFiles.set(sorted, files);
  return sorted;
}
