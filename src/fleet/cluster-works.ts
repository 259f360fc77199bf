// Per-cluster layout: for each deployment and each cluster its Placement selects, a ManifestWork
// in the cluster's namespace, named after the deployment (stable: the cluster is the namespace).
// Profiles using {{ cluster.* }} render once per cluster. The size guard splits or fails; with
// flux-pull the work carries only the spoke's Flux objects and the workload goes to a folder.

import { error, warning, type Diagnostic } from '../core/diagnostics.ts';
import type { JsonObject, K8sObject } from '../core/types.ts';
import { markShared } from '../core/shared-maps.ts';
import type { DeliveryConfig } from '../load/delivery-config.ts';
import type { Cluster } from '../placement/inventory.ts';
import type { DeploymentPlacement } from './place-deployments.ts';
import { findMacros } from '../resolve/macros.ts';
import { markOrphans, spokeFeedback, spokePullObjects } from '../flux/spoke.ts';
import { identityLabels } from '../render/manifests.ts';
import { renderWorkload, type RenderedDeployment } from '../render/render.ts';
import { manifestWorkSpec, WORK_API } from '../render/topology.ts';
import { partName, splitBySize } from '../render/work-split.ts';
import type { Cached } from '../core/generational-memo.ts';
import { oneOwnerPerObject } from './object-owners.ts';
import type { ClusterWork } from './cluster-work.ts';

export const CLUSTERS_DIR = 'clusters';
export const ROLLOUTS_DIR = 'rollouts';
/** On the works of a deployment rolled out in waves: which wave (1 first). */
export const WAVE_LABEL = 'hubcast.io/rollout-wave';
/** Inferred from AppliedManifestWork naming (`<64-char hub hash>-<name>` must stay a DNS subdomain). */
export const WORK_NAME_LIMIT = 188;
/** Why waves do not hold a change delivered by flux-pull: the works do not change with the workload. */
export const PULL_ROLLOUT =
  'with delivery: flux-pull each spoke pulls a workload change itself, all at once; the waves only hold what the ManifestWorks carry (the spoke GitRepository and Kustomization), which a workload change leaves as they are';
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export type { ClusterWork };

export function clusterDir(cluster: string): string {
  return `${CLUSTERS_DIR}/${cluster}`;
}

/** `rollouts/<deployment-namespace>/<deployment>/wave-<n>`: what one wave's Flux Kustomization applies. */
export function waveDir(r: RenderedDeployment, wave: number): string {
  return `${ROLLOUTS_DIR}/${r.identity.deployment.namespace}/${r.identity.deployment.name}/wave-${wave}`;
}

/** Reuse of earlier runs' works: `key` names a placement's inputs (with the delivery settings), or undefined. */
export interface WorksReuse {
  cached: Cached;
  key(p: DeploymentPlacement): string | undefined;
}

export function clusterWorks(
  placements: readonly DeploymentPlacement[],
  delivery: DeliveryConfig,
  reuse?: WorksReuse,
): { works: ClusterWork[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const works: ClusterWork[] = [];
  const taken = new Map<string, string>();
  for (const p of placements) {
    const key = reuse?.key(p);
    const own = key === undefined ? placementWorks(p, delivery) : reuse!.cached(key, () => placementWorks(p, delivery));
    diagnostics.push(...own.diagnostics);
    const wd = p.rendered.resolved.deployment;
    for (const w of own.works) {
      const name = `${w.cluster}/${w.work.metadata.name}`;
      const prev = taken.get(name);
      if (prev) {
        diagnostics.push(
          error(
            'name-collision',
            `ManifestWork ${name} is rendered by two deployments (${prev} and ${wd.id.namespace}/${wd.id.name})`,
            wd.pos(['metadata', 'name']),
            'set a distinct hubcast.io/name annotation',
          ),
        );
        continue;
      }
      taken.set(name, `${wd.id.namespace}/${wd.id.name}`);
      works.push(w);
    }
  }
  const owned = oneOwnerPerObject(works);
  diagnostics.push(...owned.diagnostics);
  return { works: owned.works, diagnostics };
}

/** One deployment's works on every cluster it selects (no cross-deployment checks). */
function placementWorks(p: DeploymentPlacement, delivery: DeliveryConfig): { works: ClusterWork[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const works: ClusterWork[] = [];
  const r = p.rendered;
  const at = r.resolved.deployment.pos(['metadata', 'name']);
  if (p.needsHub) {
    if (r.resolved.clusterMacros.length) {
      const m = r.resolved.clusterMacros[0];
      diagnostics.push(
        error(
          'cluster-macro-needs-hub',
          `${m.component} uses ${m.text}, but this deployment's Placement can only be evaluated by the hub (${p.needsHub})`,
          m.pos,
          'remove the per-cluster reference or the CEL expression hubcast cannot evaluate',
        ),
      );
    }
    return { works, diagnostics };
  }
  if (!DNS1123_SUBDOMAIN.test(r.name) || r.name.length > WORK_NAME_LIMIT - 4) {
    diagnostics.push(
      error(
        'name-invalid',
        `ManifestWork name "${r.name}" must be a DNS subdomain of at most ${WORK_NAME_LIMIT - 4} characters`,
        at,
        'set a shorter name with the annotation hubcast.io/name',
      ),
    );
    return { works, diagnostics };
  }
  const missing: Missing = new Map();
  // Every work of the deployment (of a wave) carries the same labels: shared, so the emitter writes them once.
  const labels = markShared(identityLabels(r.identity));
  const specs: SpecCache = new Map();
  const waves = p.rollout && p.rollout.waves.length > 1 ? p.rollout.waves : [];
  const waveOf = new Map(waves.flatMap((w) => w.clusters.map((c) => [c, w.index] as const)));
  const waveLabels = new Map(waves.map((w) => [w.index, markShared({ ...labels, [WAVE_LABEL]: String(w.index) })]));
  if (waves.length && delivery.mode === 'flux-pull') {
    const d = r.identity.deployment;
    diagnostics.push(
      warning(
        'rollout-unsupported',
        `deployment ${d.namespace}/${d.name}: ${PULL_ROLLOUT}`,
        at,
        'use delivery: manifestwork (the default) to roll a change out in waves',
      ),
    );
  }
  for (const c of p.clusters) {
    const manifests = manifestsFor(r, c, missing, diagnostics);
    if (!manifests) continue;
    const wave = waveOf.get(c.name);
    const own = wave === undefined ? labels : waveLabels.get(wave)!;
    const place: WorkPlace = { cluster: c.name, deployment: r, wave, waveTimeout: wave === undefined ? undefined : p.rollout!.timeout };
    const made =
      delivery.mode === 'flux-pull' ? [pullWork(place, manifests, own, delivery)] : embeddedWorks(place, manifests, own, delivery, diagnostics, specs);
    for (const w of made) works.push(w);
  }
  for (const { macro, what, key, clusters } of missing.values()) {
    const names = clusters.length > 5 ? `${clusters.slice(0, 5).join(', ')} and ${clusters.length - 5} more` : clusters.join(', ');
    diagnostics.push(
      error(
        'cluster-value-missing',
        `${macro.component} uses ${macro.text}, but ManagedCluster ${names} ${clusters.length === 1 ? 'has' : 'have'} no ${what} ${key}`,
        macro.pos,
        `give every selected cluster the ${what}, or narrow the Placement to clusters that have it`,
      ),
    );
  }
  return { works, diagnostics };
}

/** The deployment's objects for one cluster: rendered again only when it uses {{ cluster.* }}. */
type Missing = Map<string, { macro: RenderedDeployment['resolved']['clusterMacros'][number]; what: string; key: string; clusters: string[] }>;

function manifestsFor(r: RenderedDeployment, c: Cluster, missing: Missing, diagnostics: Diagnostic[]): K8sObject[] | undefined {
  const macros = r.resolved.clusterMacros;
  if (macros.length === 0) return r.manifests;
  let lacks = false;
  for (const m of macros) {
    for (const hit of findMacros(m.text)) {
      const ref = hit.ref;
      if (ref.scope !== 'cluster' || ref.field === 'name' || Object.hasOwn(c[ref.field], ref.key)) continue;
      lacks = true;
      const k = `${m.pos.file}:${m.pos.line}:${m.pos.column}:${hit.text}`;
      const entry = missing.get(k) ?? { macro: m, what: ref.field === 'labels' ? 'label' : 'cluster claim', key: ref.key, clusters: [] };
      entry.clusters.push(c.name);
      missing.set(k, entry);
    }
  }
  if (lacks) return undefined;
  const out = renderWorkload(r.resolved, r.topology, { name: c.name, labels: c.labels, claims: c.claims });
  diagnostics.push(...out.diagnostics);
  return out.manifests;
}

function work(name: string, cluster: string, labels: Record<string, string>, spec: ReturnType<typeof manifestWorkSpec>): K8sObject {
  return { apiVersion: WORK_API, kind: 'ManifestWork', metadata: { name, namespace: cluster, labels }, spec };
}

/**
 * A deployment's clusters mostly get the same manifests (the same objects, unless it uses {{ cluster.* }}):
 * their split and ManifestWork specs are computed once and shared, so the emitter writes each spec once.
 */
type SpecCache = Map<K8sObject[], { split: ReturnType<typeof splitBySize>; specs: JsonObject[] }>;

/**
 * Where a work goes: its cluster, deployment and wave. Every ClusterWork is made from one, with all its
 * fields set from the start: 10,000 works of one shape keep the emitter's property reads fast.
 */
interface WorkPlace {
  cluster: string;
  deployment: RenderedDeployment;
  wave: number | undefined;
  waveTimeout: string | undefined;
}

function clusterWork(place: WorkPlace, work: K8sObject, spoke?: { spokeObjects: K8sObject[]; spokePath: string }): ClusterWork {
  return {
    cluster: place.cluster,
    deployment: place.deployment,
    work,
    spokeObjects: spoke?.spokeObjects,
    spokePath: spoke?.spokePath,
    wave: place.wave,
    waveTimeout: place.waveTimeout,
  };
}

function embeddedWorks(
  place: WorkPlace,
  manifests: K8sObject[],
  labels: Record<string, string>,
  delivery: DeliveryConfig,
  diagnostics: Diagnostic[],
  cache: SpecCache,
): ClusterWork[] {
  const r = place.deployment;
  const cluster = place.cluster;
  // Only the errors need it, and this runs once per deployment and cluster.
  const at = () => r.resolved.deployment.pos(['metadata', 'name']);
  const limit = delivery.sizeLimit.bytes;
  let entry = cache.get(manifests);
  if (!entry) {
    const split = splitBySize(manifests, limit, delivery.sizeLimit.onExceed === 'split');
    entry = { split, specs: 'parts' in split ? split.parts.map((part) => markShared(manifestWorkSpec(r.topology, part))) : [] };
    cache.set(manifests, entry);
  }
  const { split, specs } = entry;
  if ('exceeds' in split) {
    diagnostics.push(
      error(
        'manifestwork-too-large',
        `ManifestWork ${cluster}/${r.name} would hold ${split.exceeds} bytes of manifests; OCM rejects more than ${limit}`,
        at(),
        'set sizeLimit.onExceed: split in hubcast.yaml, use delivery: flux-pull, or make the workload smaller',
      ),
    );
    return [];
  }
  if ('tooLarge' in split) {
    const o = split.tooLarge.object;
    diagnostics.push(
      error(
        'manifest-too-large',
        `${o.kind} ${o.metadata.name} alone is ${split.tooLarge.size} bytes, over the ManifestWork limit of ${limit}`,
        at(),
        'use delivery: flux-pull, which does not embed the objects',
      ),
    );
    return [];
  }
  return specs.map((spec, i) => clusterWork(place, work(partName(r.name, i), cluster, labels, spec)));
}

function pullWork(place: WorkPlace, manifests: K8sObject[], labels: Record<string, string>, delivery: DeliveryConfig): ClusterWork {
  const r = place.deployment;
  const cluster = place.cluster;
  const flux = { ...delivery.flux, url: delivery.flux.url! };
  const spokePath = `${clusterDir(cluster)}/spoke/${r.name}`;
  const pull = { name: `hubcast-${r.name}`, path: spokePath, orphanWorkload: r.topology.deleteOption.propagationPolicy === 'Orphan', labels };
  const spec = manifestWorkSpec({ ...r.topology, deleteOption: { propagationPolicy: 'Foreground' } }, spokePullObjects(pull, flux));
  // The environment's manifestConfigs name workload objects, which this work no longer carries.
  spec.manifestConfigs = [spokeFeedback(pull, flux)];
  return clusterWork(place, work(r.name, cluster, labels, spec), { spokeObjects: markOrphans(manifests, r.topology.deleteOption), spokePath });
}

/**
 * The objects a deployment delivers: its render, or, when it uses {{ cluster.* }} (rendered per cluster, with no
 * single render), those of its first cluster's works, which differ from the other clusters' only in values. Without
 * a work (withheld, or no cluster selected) a render with the references left as written: the same objects to count.
 */
export function deliveredManifests(d: RenderedDeployment, works: readonly ClusterWork[] | undefined): readonly K8sObject[] {
  if (d.manifests.length || !d.resolved.clusterMacros.length) return d.manifests;
  const own = (works ?? []).filter((w) => w.deployment === d && !w.sharedBy);
  if (own.length === 0) return renderWorkload(d.resolved, d.topology).manifests;
  const first = own[0].cluster;
  return own
    .filter((w) => w.cluster === first)
    .flatMap((w) => (((w.work.spec as JsonObject).workload as JsonObject | undefined)?.manifests as unknown as K8sObject[] | undefined) ?? []);
}
