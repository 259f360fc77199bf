// A workload an HorizontalPodAutoscaler scales must not carry a fixed `replicas`: every apply
// (Flux on the hub re-applying the ManifestWork, OCM's agent re-applying its manifests) would reset
// the autoscaler's count. So when a component renders an HPA whose scaleTargetRef names one of its
// own Deployments or StatefulSets (or any component of the same workload does), that object's `spec.replicas` is left out, whatever set it (a
// scaler trait, a component default): Kubernetes starts it at 1 and the HPA's minReplicas is the floor.

import type { JsonObject, K8sObject } from '../core/types.ts';

const SCALED = new Set(['Deployment', 'StatefulSet']);

/** `Kind/name` of what the HPAs among `objects` scale. */
export function hpaTargets(objects: readonly K8sObject[]): Set<string> {
  const targets = new Set<string>();
  for (const o of objects) {
    if (o.kind !== 'HorizontalPodAutoscaler' || !String(o.apiVersion).startsWith('autoscaling/')) continue;
    const ref = ((o.spec as JsonObject | undefined)?.scaleTargetRef ?? {}) as JsonObject;
    targets.add(`${String(ref.kind)}/${String(ref.name)}`);
  }
  return targets;
}

/**
 * The objects with `spec.replicas` removed from each one an HPA scales (among them, or among
 * `targets`: the HPAs of the whole workload, whichever component renders them); `dropped` names them.
 */
export function leaveReplicasToHpa(objects: readonly K8sObject[], targets = hpaTargets(objects)): { objects: K8sObject[]; dropped: string[] } {
  if (targets.size === 0) return { objects: [...objects], dropped: [] };
  const dropped: string[] = [];
  const out = objects.map((o) => {
    const spec = o.spec as JsonObject | undefined;
    if (!SCALED.has(o.kind) || !spec || spec.replicas === undefined || !targets.has(`${o.kind}/${o.metadata.name}`)) return o;
    const { replicas: _replicas, ...rest } = spec;
    dropped.push(`${o.kind} ${o.metadata.name}`);
    return { ...o, spec: rest } as K8sObject;
  });
  return { objects: out, dropped };
}
