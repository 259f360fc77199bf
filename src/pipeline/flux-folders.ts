// The folders the hub's Flux Kustomizations apply, named as the emitter names them, for the check that no
// two share a name (flux/folder-names.ts). Only with `flux.url`: without it no Kustomization is written.

import type { Diagnostic } from '../core/diagnostics.ts';
import { environmentDir } from '../emit/tree.ts';
import { clusterDir, waveDir, type ClusterWork } from '../fleet/cluster-works.ts';
import {
  clusterKustomizationName,
  environmentKustomizationName,
  kustomizationNameCollisions,
  waveKustomizationName,
  type NamedFolder,
} from '../flux/folder-names.ts';
import type { RenderedDeployment } from '../render/render.ts';

export function fluxFolderCollisions(hubScheduled: readonly RenderedDeployment[], works: readonly ClusterWork[] = []): Diagnostic[] {
  return kustomizationNameCollisions([...environmentFolders(hubScheduled), ...workFolders(works)]);
}

function* environmentFolders(rendered: readonly RenderedDeployment[]): Iterable<NamedFolder> {
  for (const r of rendered) {
    const env = r.identity.environment;
    yield {
      name: environmentKustomizationName(env.namespace, env.name),
      folder: environmentDir(r),
      about: () => ({
        what: `Environment ${env.namespace}/${env.name}`,
        owner: `environment ${env.namespace}/${env.name}`,
        at: r.resolved.environment.revision.object.pos(['metadata', 'name']),
      }),
    };
  }
}

function* workFolders(works: readonly ClusterWork[]): Iterable<NamedFolder> {
  // One entry per folder: 10,000 works sit in a few hundred.
  const clusters = new Set<string>();
  let last: ClusterWork | undefined;
  for (const w of works) {
    if (w.wave === undefined) {
      if (clusters.has(w.cluster)) continue;
      clusters.add(w.cluster);
      const about = () => ({ what: `cluster ${w.cluster}`, owner: `cluster ${w.cluster}` });
      yield { name: clusterKustomizationName(w.cluster), folder: clusterDir(w.cluster), about };
      continue;
    }
    if (last && last.deployment === w.deployment && last.wave === w.wave) continue;
    last = w;
    const d = w.deployment.identity.deployment;
    const wave = w.wave;
    yield {
      name: waveKustomizationName(d.namespace, d.name, wave),
      folder: waveDir(w.deployment, wave),
      about: () => ({
        what: `wave ${wave} of deployment ${d.namespace}/${d.name}`,
        owner: `deployment ${d.namespace}/${d.name}`,
        at: w.deployment.resolved.deployment.pos(['metadata', 'name']),
      }),
    };
  }
}
