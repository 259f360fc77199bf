// Spoke-pull delivery (`delivery: flux-pull`): each ManifestWork carries a Flux GitRepository
// and Kustomization for the spoke, pointing at that cluster's folder of the generated branch, as
// PaletteAI lets Flux on the spokes pull. The works stay tiny (no size limit), and SOPS-encrypted
// Secrets are decrypted on the spoke. The lifecycle moves to the spoke Kustomization: an orphaned
// workload becomes deletionPolicy Orphan, an orphaned object opts out of pruning.

import type { Json, JsonObject, K8sObject } from '../core/types.ts';
import type { FluxConfig } from '../load/delivery-config.ts';
import { clusterArtifactUrl, gitRepository, isOciUrl, kustomization, ociRepository } from './hub.ts';

export const PRUNE_ANNOTATION = 'kustomize.toolkit.fluxcd.io/prune';

export interface SpokePull {
  /** Name of the spoke GitRepository and Kustomization. */
  name: string;
  /** Folder of the generated branch with this workload's objects for this cluster. */
  path: string;
  orphanWorkload: boolean;
  labels: Record<string, string>;
}

export function spokePullObjects(p: SpokePull, cfg: FluxConfig & { url: string }): K8sObject[] {
  const s = cfg.spoke;
  const spec: JsonObject = {
    interval: s.interval,
    path: `./${p.path}`,
    sourceRef: { kind: isOciUrl(s.url ?? cfg.url) ? 'OCIRepository' : 'GitRepository', name: p.name },
    timeout: cfg.timeout,
    wait: true,
  };
  if (p.orphanWorkload) spec.deletionPolicy = 'Orphan';
  if (s.decryptionSecret) spec.decryption = { provider: 'sops', secretRef: { name: s.decryptionSecret } };
  const url = s.url ?? cfg.url;
  // An OCI spoke pulls only its own cluster's artifact (`<url>/clusters/<cluster>`), paths as rendered.
  const cluster = /^clusters\/([^/]+)\//.exec(p.path)?.[1];
  const repo =
    isOciUrl(url) && cluster
      ? ociRepository(p.name, s.namespace, clusterArtifactUrl(url, cluster), cfg.tag, cfg.sourceInterval, s.secretRef, cfg.insecure)
      : gitRepository(p.name, s.namespace, url, cfg.branch, cfg.sourceInterval, s.secretRef);
  repo.metadata.labels = { ...p.labels, ...repo.metadata.labels };
  return [repo, kustomization(p.name, s.namespace, spec, p.labels)];
}

/** ManifestWork status feedback: the spoke Kustomization's Ready condition and applied revision. */
export function spokeFeedback(p: SpokePull, cfg: FluxConfig): Json {
  return {
    resourceIdentifier: { group: 'kustomize.toolkit.fluxcd.io', resource: 'kustomizations', namespace: cfg.spoke.namespace, name: p.name },
    feedbackRules: [
      {
        type: 'JSONPaths',
        jsonPaths: [
          { name: 'ready', path: '.status.conditions[?(@.type=="Ready")].status' },
          { name: 'revision', path: '.status.lastAppliedRevision' },
        ],
      },
    ],
  };
}

/** Objects a SelectivelyOrphan rule names keep living when Flux on the spoke prunes the rest. */
export function markOrphans(objects: readonly K8sObject[], deleteOption: JsonObject): K8sObject[] {
  const rules = ((deleteOption.selectivelyOrphans as JsonObject | undefined)?.orphaningRules as JsonObject[] | undefined) ?? [];
  if (deleteOption.propagationPolicy !== 'SelectivelyOrphan' || rules.length === 0) return [...objects];
  return objects.map((o) => {
    const hit = rules.some((r) => r.resource === resourceOf(o.kind) && r.name === o.metadata.name && (r.namespace ?? '') === (o.metadata.namespace ?? ''));
    return hit ? { ...o, metadata: { ...o.metadata, annotations: { ...(o.metadata.annotations ?? {}), [PRUNE_ANNOTATION]: 'disabled' } } } : o;
  });
}

/** The lowercase plural REST resource of a kind, as orphaning rules name it. */
export function resourceOf(kind: string): string {
  const k = kind.toLowerCase();
  if (k.endsWith('s') || k.endsWith('x') || k.endsWith('ch')) return `${k}es`;
  if (k.endsWith('y') && !/[aeiou]y$/.test(k)) return `${k.slice(0, -1)}ies`;
  return `${k}s`;
}
