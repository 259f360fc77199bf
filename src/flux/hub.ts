// Flux on the hub: a GitRepository for the generated branch, a root Kustomization that applies
// the `flux/` folder (itself included, so it is bootstrapped once and then managed from git), and
// one Kustomization per output folder (a cluster namespace, or an environment in the replica-set
// layout, or a deployment's rollout wave). Each has prune on, no postBuild (it would substitute `${...}`
// inside the workloads embedded in ManifestWorks); only a rollout wave has a dependsOn; ManifestWork health comes from its Applied and
// Available conditions, as kstatus finds no Ready condition on it (for a wave also from its status feedback, where configured).

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

// Status feedback, where the work's manifestConfigs ask for it (feedbackRules; flux-pull's spoke Kustomization): the
// agent must have synced it for each manifest it is configured for (StatusFeedbackSynced), and the readiness values OCM's well-known rules (and
// hubcast's spoke rule) report must say ready: `ready`, PodReady, JobComplete are "True"; a Deployment's ReadyReplicas
// and a DaemonSet's NumberReady reach Replicas and DesiredNumberScheduled (the API omits a count of 0).
const orEmpty = (x: string) => `(has(${x}) ? ${x} : '')`;
const configFor = (m: string) =>
  `spec.manifestConfigs.exists(c, has(c.feedbackRules) && c.resourceIdentifier.resource == ${m}.resourceMeta.resource && c.resourceIdentifier.name == ${m}.resourceMeta.name && ${orEmpty('c.resourceIdentifier.group')} == ${orEmpty(`${m}.resourceMeta.group`)} && ${orEmpty('c.resourceIdentifier.namespace')} == ${orEmpty(`${m}.resourceMeta.namespace`)})`;
const reaches = (ready: string, wanted: string) =>
  `(!vs.exists(w, w.name == '${wanted}' && has(w.fieldValue.integer) && w.fieldValue.integer > 0) || vs.exists(r, r.name == '${ready}' && has(r.fieldValue.integer) && vs.exists(w, w.name == '${wanted}' && has(w.fieldValue.integer) && r.fieldValue.integer >= w.fieldValue.integer)))`;
const feedbackReady = [
  `vs.all(v, !(v.name in ['ready', 'PodReady', 'JobComplete']) || (has(v.fieldValue.string) && v.fieldValue.string == 'True'))`,
  reaches('ReadyReplicas', 'Replicas'),
  reaches('NumberReady', 'DesiredNumberScheduled'),
].join(' && ');
const synced = `has(m.conditions) && m.conditions.exists(k, k.type == 'StatusFeedbackSynced' && k.status == 'True')`;
const FEEDBACK = `(!has(spec.manifestConfigs) || !spec.manifestConfigs.exists(c, has(c.feedbackRules)) || (has(status.resourceStatus) && has(status.resourceStatus.manifests) && status.resourceStatus.manifests.all(m, !${configFor('m')} || (${synced} && [has(m.statusFeedback) && has(m.statusFeedback.values) ? m.statusFeedback.values : []].all(vs, ${feedbackReady})))))`;

/**
 * MANIFESTWORK_HEALTH for rollout waves: the Applied and Available conditions must be about the current generation,
 * and the status feedback, where configured, must say the workload is ready.
 */
export const MANIFESTWORK_WAVE_HEALTH: JsonObject = {
  apiVersion: 'work.open-cluster-management.io/v1',
  kind: 'ManifestWork',
  current: `has(status.conditions) && ${fresh('Applied', 'True')} && ${fresh('Available', 'True')} && ${FEEDBACK}`,
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
