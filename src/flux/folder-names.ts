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

/** A folder a hub Kustomization applies; what it is for, asked only for an error. */
export interface NamedFolder {
  name: string;
  folder: string;
  about(): FolderOwner;
}

export interface FolderOwner {
  what: string;
  /** Whose folder it is (a deployment's waves share one): each two owners are reported once. */
  owner: string;
  at?: SourcePos;
}

/** Errors for every two folders whose Kustomizations would share a name, in the order the folders come. */
export function kustomizationNameCollisions(folders: Iterable<NamedFolder>): Diagnostic[] {
  const byName = new Map<string, NamedFolder>();
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const f of folders) {
    const first = byName.get(f.name);
    if (!first) {
      byName.set(f.name, f);
      continue;
    }
    if (first.folder === f.folder) continue;
    const [a, b] = [first.about(), f.about()];
    const pair = `${a.owner}\u0000${b.owner}`;
    if (reported.has(pair)) continue;
    reported.add(pair);
    out.push(
      error(
        'name-collision',
        `the Flux Kustomization ${f.name} would apply both ./${first.folder} (${a.what}) and ./${f.folder} (${b.what}); one would replace the other and Flux would never apply that folder`,
        b.at ?? a.at,
        'rename one of them (a namespace, Environment, deployment or cluster) so that the names joined with "-" differ',
      ),
    );
  }
  return out;
}
