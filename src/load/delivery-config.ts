// The delivery sections of hubcast.yaml: how the rendering reaches the hub and the spokes.
// `flux` (the GitRepository for the generated branch and the Kustomizations that apply it),
// `delivery` (embed the workload in ManifestWorks, or let Flux on each spoke pull it), and
// `sizeLimit` (OCM's ManifestWork size guard).

import type { JsonObject } from '../core/types.ts';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import type { HubcastConfig, Layout } from './config.ts';
import { OCI_TAG_PATTERN, OCM_MANIFEST_LIMIT } from './delivery-schemas.ts';

export { OCM_MANIFEST_LIMIT, OCI_TAG_PATTERN };

export interface FluxConfig {
  /** Undefined: no Flux objects are written (the tree still builds with kubectl kustomize). */
  url?: string;
  branch: string;
  /** The moving tag Flux follows when `url` is oci:// (default `latest`). */
  tag: string;
  /** OCIRepository `insecure`: the registry speaks plain HTTP. */
  insecure: boolean;
  secretRef?: string;
  namespace: string;
  interval: string;
  sourceInterval: string;
  timeout: string;
  spoke: { url?: string; secretRef?: string; namespace: string; interval: string; decryptionSecret?: string };
}

export interface DeliveryConfig {
  mode: 'manifestwork' | 'flux-pull';
  flux: FluxConfig;
  sizeLimit: { bytes: number; onExceed: 'split' | 'fail' };
  /** An Environment that is not Ready (its Placement not in the inventory, too few clusters) is an error (CI gates). */
  requireReady: boolean;
}

export function deliveryConfig(config: HubcastConfig): DeliveryConfig {
  const f = (config.extra.flux ?? {}) as JsonObject;
  const s = (f.spoke ?? {}) as JsonObject;
  const size = (config.extra.sizeLimit ?? {}) as JsonObject;
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return {
    mode: config.extra.delivery === 'flux-pull' ? 'flux-pull' : 'manifestwork',
    flux: {
      url: str(f.url),
      branch: str(f.branch) ?? config.generatedBranch,
      tag: str(f.tag) ?? 'latest',
      insecure: f.insecure === true,
      secretRef: str(f.secretRef),
      namespace: str(f.namespace) ?? 'flux-system',
      interval: str(f.interval) ?? '10m',
      sourceInterval: str(f.sourceInterval) ?? '1m',
      timeout: str(f.timeout) ?? '5m',
      spoke: {
        url: str(s.url) ?? str(f.url),
        secretRef: str(s.secretRef),
        namespace: str(s.namespace) ?? 'flux-system',
        interval: str(s.interval) ?? '10m',
        decryptionSecret: str(s.decryptionSecret),
      },
    },
    requireReady: config.extra.requireReady === true,
    sizeLimit: { bytes: typeof size.bytes === 'number' ? size.bytes : OCM_MANIFEST_LIMIT, onExceed: size.onExceed === 'fail' ? 'fail' : 'split' },
  };
}

/** flux-pull needs somewhere to pull from and one folder per cluster. */
export function checkDelivery(d: DeliveryConfig, layout: Layout): Diagnostic[] {
  if (d.mode !== 'flux-pull') return [];
  const at = { file: 'hubcast.yaml', line: 1, column: 1 };
  const out: Diagnostic[] = [];
  if (layout !== 'per-cluster') {
    out.push(
      error(
        'config',
        'delivery: flux-pull needs the per-cluster layout (each spoke pulls its own folder)',
        at,
        'add an inventory with ManagedClusters, or remove delivery: flux-pull',
      ),
    );
  }
  if (!d.flux.url)
    out.push(
      error(
        'config',
        'delivery: flux-pull needs flux.url, the repository the spokes pull from',
        at,
        'set flux.url (and flux.spoke.secretRef when it is private) in hubcast.yaml',
      ),
    );
  return out;
}
