// A published render read back from a registry: the hub artifact at a tag, then every cluster
// artifact its lock names (by digest, so the set is the one published together). Everything read is
// untrusted: bounded in size, paths checked, each artifact's files confined to its own folder.

import { mapLimit } from '../core/concurrency.ts';
import { LOCK_FILE } from '../emit/lock.ts';
import type { OutputTree } from '../emit/tree.ts';
import { readLayer } from './oci-artifact.ts';
import { parseFluxManifest } from './oci-manifest.ts';
import { CLUSTERS_DIR } from './oci-publish.ts';
import type { OciRegistry } from './ports.ts';

export class PullError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PullError';
  }
}

/** The files of one Flux artifact. */
export async function pullArtifact(registry: OciRegistry, repository: string, reference: string): Promise<Map<string, Buffer>> {
  const bytes = await registry.manifest(repository, reference);
  if (!bytes) throw new PullError(`${repository}:${reference} does not exist`);
  const parsed = parseFluxManifest(bytes);
  if (!parsed) throw new PullError(`${repository}:${reference} is not a Flux artifact (no application/vnd.cncf.flux.content.v1.tar+gzip layer)`);
  const blob = await registry.blob(repository, parsed.layer.digest);
  if (!blob) throw new PullError(`${repository}:${reference}: the registry does not have its layer ${parsed.layer.digest}`);
  try {
    return await readLayer(blob);
  } catch (e) {
    if (e instanceof Error && !(e instanceof PullError) && e.name === 'Error') throw new PullError(`${repository}:${reference}: ${e.message}`);
    throw e;
  }
}

/** The whole render published at `repository:reference` (hub artifact + the cluster artifacts it names). */
export async function pullRender(registry: OciRegistry, repository: string, reference: string): Promise<OutputTree> {
  const hub = await pullArtifact(registry, repository, reference);
  const tree: OutputTree = new Map();
  for (const [path, data] of hub) {
    if (new RegExp(`^${CLUSTERS_DIR}/[^/]+/`).test(path))
      throw new PullError(`${repository}:${reference} holds ${path}; cluster files belong in the cluster artifacts`);
    tree.set(path, data.toString('utf8'));
  }
  let artifacts: Record<string, unknown> = {};
  const lock = tree.get(LOCK_FILE);
  if (lock) {
    try {
      artifacts = ((JSON.parse(lock) as { artifacts?: Record<string, unknown> }).artifacts ?? {}) as Record<string, unknown>;
    } catch {
      throw new PullError(`${repository}:${reference}: ${LOCK_FILE} is not JSON`);
    }
  }
  const prefix = `${repository}/${CLUSTERS_DIR}/`;
  const clusters = Object.entries(artifacts).filter(([repo, digest]) => repo.startsWith(prefix) && typeof digest === 'string') as Array<[string, string]>;
  for (const [repo] of Object.entries(artifacts).filter(([repo]) => !repo.startsWith(prefix)))
    throw new PullError(`${repository}:${reference}: the lock names ${repo}, which is not under ${prefix}`);
  const pulled = await mapLimit(clusters, 8, async ([repo, digest]) => [repo, await pullArtifact(registry, repo, digest)] as const);
  for (const [repo, files] of pulled) {
    const folder = `${CLUSTERS_DIR}/${repo.slice(prefix.length)}/`;
    for (const [path, data] of files) {
      if (!path.startsWith(folder)) throw new PullError(`${repo}: ${path} is outside ${folder}`);
      tree.set(path, data.toString('utf8'));
    }
  }
  return tree;
}
