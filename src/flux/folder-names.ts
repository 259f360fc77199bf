// The names of the hub Kustomizations, one per output folder, all in one namespace (flux-system). A name
// joins a namespace and a name with "-", so two folders can meet in one name (Environment team/a-b and
// team-a/b; a cluster called wave-web-edge-1 and a rollout wave): the second object would replace the
// first, and Flux would never apply the other folder. Such a pair is an error before anything is written.

import { error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';

export const clusterKustomizationName = (cluster: string): string => `hubcast-${cluster}`;

export const environmentKustomizationName = (namespace: string, name: string): string => `hubcast-${namespace}-${name}`;

/** `hubcast-wave-<deployment-namespace>-<deployment>-<n>`, the Flux Kustomization of one rollout wave. */
export const waveKustomizationName = (namespace: string, name: string, wave: number): string => `hubcast-wave-${namespace}-${name}-${wave}`;

/** `rollout-<deployment-namespace>-<deployment>.yaml`: the file of flux/ that holds a deployment's wave Kustomizations. */
export const rolloutFileName = (namespace: string, name: string): string => `rollout-${namespace}-${name}.yaml`;

/** A folder a hub Kustomization applies, and what it is for (for the error). */
export interface NamedFolder {
  name: string;
  folder: string;
  what: string;
  /** Whose folder it is (a deployment's waves share one): each two owners are reported once. */
  owner: string;
  at?: SourcePos;
}

/** Errors for every two folders whose Kustomizations would share a name. */
export function kustomizationNameCollisions(folders: Iterable<NamedFolder>): Diagnostic[] {
  const byFolder = new Map<string, NamedFolder>();
  for (const f of folders) if (!byFolder.has(f.folder)) byFolder.set(f.folder, f);
  const byName = new Map<string, NamedFolder>();
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const folder of [...byFolder.keys()].sort()) {
    const f = byFolder.get(folder)!;
    const first = byName.get(f.name);
    if (!first) {
      byName.set(f.name, f);
      continue;
    }
    const pair = `${first.owner}\u0000${f.owner}`;
    if (reported.has(pair)) continue;
    reported.add(pair);
    out.push(
      error(
        'name-collision',
        `the Flux Kustomization ${f.name} would apply both ./${first.folder} (${first.what}) and ./${f.folder} (${f.what}); one would replace the other and Flux would never apply that folder`,
        f.at ?? first.at,
        'rename one of them (a namespace, Environment, deployment or cluster) so that the names joined with "-" differ',
      ),
    );
  }
  return out;
}
