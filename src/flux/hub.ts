// Flux on the hub: a GitRepository for the generated branch, a root Kustomization that applies
// the `flux/` folder (itself included, so it is bootstrapped once and then managed from git), and
// one Kustomization per output folder (a cluster namespace, or an environment in the replica-set
// layout, or a deployment's rollout wave). Each has prune on, no postBuild (it would substitute `${...}`
// inside the workloads embedded in ManifestWorks); only a rollout wave has a dependsOn; ManifestWork health comes from its Applied and
// Available conditions, as kstatus finds no Ready condition on it.

import type { JsonObject, K8sObject } from '../core/types.ts';
import { markShared } from '../core/shared-maps.ts';
import type { FluxConfig } from '../load/delivery-config.ts';
import { LABEL_MANAGED_BY } from '../render/manifests.ts';

export const FLUX_DIR = 'flux';
export const ROOT_NAME = 'hubcast';
export const GITREPO_API = 'source.toolkit.fluxcd.io/v1';
export const KUSTOMIZATION_API = 'kustomize.toolkit.fluxcd.io/v1';
export const OCI_SCHEME = 'oci://';

/** One folder of the output that a hub Kustomization applies. */
export interface FluxFolder {
  name: string;
  path: string;
  /** The folder holds ManifestWorks: wait for them to be Applied and Available. */
  manifestWorks: boolean;
  labels: Record<string, string>;
  /** A rollout wave: the Kustomization of the wave before it, and the wave's timeout (progressDeadline). */
  dependsOn?: string;
  timeout?: string;
  /** Count a work healthy only once its agent reported on the current generation (a wave must not pass on old conditions). */
  currentGeneration?: boolean;
  /** The file of flux/ its Kustomization shares with others (a deployment's rollout waves); else one of its own. */
  file?: string;
}

/** A hub object, and the shared file it goes in (FluxFolder.file). */
export interface HubObject {
  object: K8sObject;
  file?: string;
}

// `has` guards a work whose agent has not written conditions yet (it cannot guard `status` itself).
const cond = (type: string, status: string) => `status.conditions.exists(e, e.type == '${type}' && e.status == '${status}')`;

/** Flux healthCheckExprs for ManifestWork: current once Applied and Available, failed when not Applied. */
export const MANIFESTWORK_HEALTH: JsonObject = {
  apiVersion: 'work.open-cluster-management.io/v1',
  kind: 'ManifestWork',
  current: `has(status.conditions) && ${cond('Applied', 'True')} && ${cond('Available', 'True')}`,
  failed: `has(status.conditions) && ${cond('Applied', 'False')}`,
};

// A condition written for an older generation says nothing about this one; the agent omits observedGeneration 0.
const fresh = (type: string, status: string) =>
  `status.conditions.exists(e, e.type == '${type}' && e.status == '${status}' && (!has(e.observedGeneration) || e.observedGeneration == metadata.generation))`;

/** MANIFESTWORK_HEALTH for rollout waves: the Applied and Available conditions must be about the current generation. */
export const MANIFESTWORK_WAVE_HEALTH: JsonObject = {
  apiVersion: 'work.open-cluster-management.io/v1',
  kind: 'ManifestWork',
  current: `has(status.conditions) && ${fresh('Applied', 'True')} && ${fresh('Available', 'True')}`,
  failed: `has(status.conditions) && ${fresh('Applied', 'False')}`,
};

export function gitRepository(name: string, namespace: string, url: string, branch: string, interval: string, secretRef?: string): K8sObject {
  const spec: JsonObject = { interval, ref: { branch }, url };
  if (secretRef) spec.secretRef = { name: secretRef };
  return { apiVersion: GITREPO_API, kind: 'GitRepository', metadata: { name, namespace, labels: { [LABEL_MANAGED_BY]: 'hubcast' } }, spec };
}

/** An OCIRepository for artifacts `hubcast publish --to oci://` pushes (docs/publish.md). */
export function ociRepository(name: string, namespace: string, url: string, tag: string, interval: string, secretRef?: string, insecure?: boolean): K8sObject {
  const spec: JsonObject = { interval, ref: { tag }, url };
  if (secretRef) spec.secretRef = { name: secretRef };
  if (insecure) spec.insecure = true;
  return { apiVersion: GITREPO_API, kind: 'OCIRepository', metadata: { name, namespace, labels: { [LABEL_MANAGED_BY]: 'hubcast' } }, spec };
}

export const isOciUrl = (url: string | undefined): boolean => !!url?.startsWith(OCI_SCHEME);

/** The repository of a cluster's artifact: `<url>/clusters/<cluster>`. */
export const clusterArtifactUrl = (url: string, cluster: string): string => `${url.replace(/\/+$/, '')}/clusters/${cluster}`;

/** The hub's source of `url`: a GitRepository for the generated branch, or an OCIRepository for the moving tag. */
function hubSource(name: string, url: string, cfg: FluxConfig): K8sObject {
  return isOciUrl(url)
    ? ociRepository(name, cfg.namespace, url, cfg.tag, cfg.sourceInterval, cfg.secretRef, cfg.insecure)
    : gitRepository(name, cfg.namespace, url, cfg.branch, cfg.sourceInterval, cfg.secretRef);
}

export function kustomization(name: string, namespace: string, spec: JsonObject, labels: Record<string, string> = {}): K8sObject {
  return {
    apiVersion: KUSTOMIZATION_API,
    kind: 'Kustomization',
    metadata: { name, namespace, labels: { ...labels, [LABEL_MANAGED_BY]: 'hubcast' } },
    spec: { prune: true, ...spec },
  };
}

/** The two objects a user applies once (`hubcast bootstrap`); after that Flux manages them from git. */
export function bootstrapObjects(cfg: FluxConfig & { url: string }): K8sObject[] {
  const source = hubSource(ROOT_NAME, cfg.url, cfg);
  return [
    source,
    kustomization(ROOT_NAME, cfg.namespace, { interval: cfg.interval, path: `./${FLUX_DIR}`, sourceRef: { kind: source.kind, name: ROOT_NAME } }),
  ];
}

export function hubFluxObjects(folders: readonly FluxFolder[], cfg: FluxConfig & { url: string }): HubObject[] {
  const out: HubObject[] = bootstrapObjects(cfg).map((object) => ({ object }));
  const oci = isOciUrl(cfg.url);
  // A rollout makes a Kustomization per wave, 1,000 on a medium fleet: what they share is one object, its text emitted once.
  const rootRef = markShared({ kind: oci ? 'OCIRepository' : 'GitRepository', name: ROOT_NAME });
  const health = [MANIFESTWORK_HEALTH];
  const waveHealth = [MANIFESTWORK_WAVE_HEALTH];
  for (const f of folders) {
    // With OCI artifacts a cluster folder is an artifact of its own, pulled by its own OCIRepository.
    const cluster = oci ? /^clusters\/([^/]+)$/.exec(f.path)?.[1] : undefined;
    if (cluster) {
      const source = ociRepository(f.name, cfg.namespace, clusterArtifactUrl(cfg.url, cluster), cfg.tag, cfg.sourceInterval, cfg.secretRef, cfg.insecure);
      source.metadata.labels = { ...f.labels, ...source.metadata.labels };
      out.push({ object: source });
    }
    const spec: JsonObject = {
      interval: cfg.interval,
      path: `./${f.path}`,
      sourceRef: cluster ? { kind: 'OCIRepository', name: f.name } : rootRef,
      timeout: f.timeout ?? cfg.timeout,
    };
    // Same GitRepository as the wave before: kustomize-controller holds this one until that one applied the same revision and is Ready.
    if (f.dependsOn) spec.dependsOn = [{ name: f.dependsOn }];
    if (f.manifestWorks) {
      spec.wait = true;
      spec.healthCheckExprs = f.currentGeneration ? waveHealth : health;
    }
    out.push({ object: kustomization(f.name, cfg.namespace, spec, f.labels), file: f.file });
  }
  return out;
}
