// One ManifestWork the per-cluster layout writes: for which cluster and deployment, and where in a
// rollout it goes. Its own file so the checks over works (object-owners.ts) need not import the
// code that makes them.

import type { K8sObject } from '../core/types.ts';
import type { RenderedDeployment } from '../render/render.ts';

export interface ClusterWork {
  cluster: string;
  deployment: RenderedDeployment;
  work: K8sObject;
  /** flux-pull: the workload's objects, written to `spokePath` for Flux on the spoke. */
  spokeObjects?: K8sObject[];
  spokePath?: string;
  /** Its rollout wave (1 first), when the deployment is rolled out in more than one. */
  wave?: number;
  /** The wave's Flux timeout (OCM's progressDeadline). */
  waveTimeout?: string;
  /** The cluster's `hubcast-namespaces` work: the deployments sharing its Namespaces (`deployment` is the first). */
  sharedBy?: RenderedDeployment[];
}
