// Publishing a render as Flux OCI artifacts: one per cluster folder (`REPO/clusters/<cluster>`) and one
// for everything else (`REPO`: the hub's Flux objects, environments/, the lock). Each is tagged with
// the source commit (immutable) and, once every artifact of the render is in the registry, with the
// moving tag Flux follows. An artifact whose files equal what a tag already points at is not pushed
// again: the existing manifest keeps its digest, so its Flux has nothing to do. The registry is reached
// only through the OciRegistry port.

import { mapLimit } from '../core/concurrency.ts';
import { cmp } from '../core/diagnostics.ts';
import { stableJson } from '../core/stable-json.ts';
import { listAt } from '../core/map-lists.ts';
import { LOCK_FILE } from '../emit/lock.ts';
import type { OutputTree } from '../emit/tree.ts';
import { reproducibleTar, sha256 } from './oci-artifact.ts';
import { ANNOTATION_REVISION, configDiffId, fluxArtifactFromTar, fluxConfig, parseFluxManifest, type ArtifactMeta } from './oci-manifest.ts';
import type { OciRegistry } from './ports.ts';

export const CLUSTERS_DIR = 'clusters';

export interface PlannedArtifact {
  /** Repository path in the registry (no host). */
  repository: string;
  /** The cluster the artifact is for; undefined for the hub artifact. */
  cluster?: string;
  files: Array<[string, string]>;
}

export type ArtifactStatus = 'pushed' | 'retagged' | 'current' | 'would-push' | 'would-retag';

export interface ArtifactReport {
  repository: string;
  cluster?: string;
  files: number;
  /** Manifest digest the tags point at after the publish. */
  digest: string;
  /** pushed: new content; retagged: same files as the moving tag, its manifest got the commit tag; current: the commit tag already held it. */
  status: ArtifactStatus;
  /** The moving tag was (or, in a dry run, would be) moved to `digest`. */
  moved: boolean;
  /** Bytes uploaded (blobs and manifest). */
  uploaded: number;
}

export interface OciPublishReport {
  outcome: 'published' | 'unchanged' | 'dry-run';
  registry: string;
  repository: string;
  commitTag: string;
  tag: string;
  revision: string;
  artifacts: ArtifactReport[];
}

export interface OciPublishOptions {
  registry: string;
  repository: string;
  /** The moving tag (channel) Flux follows. */
  tag: string;
  meta: ArtifactMeta;
  /** The source commit: the immutable tag. */
  commit: string;
  dryRun: boolean;
  concurrency?: number;
}

/** OCI tag grammar (distribution spec). */
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** The artifacts of a render: one per `clusters/<name>/` folder, one for the rest. Paths stay as rendered. */
export function planArtifacts(tree: OutputTree, repository: string): PlannedArtifact[] {
  const hub: Array<[string, string]> = [];
  const clusters = new Map<string, Array<[string, string]>>();
  for (const path of [...tree.keys()].sort(cmp)) {
    const m = /^clusters\/([^/]+)\//.exec(path);
    if (!m) hub.push([path, tree.get(path)!]);
    else listAt(clusters, m[1]).push([path, tree.get(path)!]);
  }
  const out: PlannedArtifact[] = [...clusters].map(([cluster, files]) => ({ repository: `${repository}/${CLUSTERS_DIR}/${cluster}`, cluster, files }));
  out.push({ repository, files: hub });
  return out;
}

/** The hub artifact's lock names the digest of every cluster artifact it goes with. */
function withArtifactDigests(files: Array<[string, string]>, digests: Record<string, string>): Array<[string, string]> {
  if (!Object.keys(digests).length) return files;
  return files.map(([path, text]) => {
    if (path !== LOCK_FILE) return [path, text];
    return [path, stableJson({ ...(JSON.parse(text) as object), artifacts: digests })];
  });
}

export async function publishOci(tree: OutputTree, registry: OciRegistry, opts: OciPublishOptions): Promise<OciPublishReport> {
  const planned = planArtifacts(tree, opts.repository);
  const hub = planned.pop()!;
  const limit = opts.concurrency ?? 8;
  const clusters = await mapLimit(planned, limit, (a) => stage(a, registry, opts));
  const digests = Object.fromEntries(clusters.map((c) => [c.report.repository, c.report.digest]));
  const hubStaged = await stage({ ...hub, files: withArtifactDigests(hub.files, digests) }, registry, opts);
  const staged = [...clusters, hubStaged];
  // Every artifact carries the commit tag now: only then does the moving tag move, the hub's last.
  for (const group of [clusters, [hubStaged]]) {
    await mapLimit(group, limit, async (s) => {
      const at = s.moving === undefined ? await registry.resolve(s.report.repository, opts.tag) : s.moving;
      if (at === s.report.digest) return;
      s.report.moved = true;
      // A tag moves by sending again a manifest the registry already holds.
      if (!opts.dryRun) await registry.pushManifest(s.report.repository, opts.tag, s.manifest);
    });
  }
  const artifacts = staged.map((s) => s.report);
  const changed = artifacts.some((a) => a.status !== 'current' || a.moved);
  return {
    outcome: opts.dryRun ? 'dry-run' : changed ? 'published' : 'unchanged',
    registry: opts.registry,
    repository: opts.repository,
    commitTag: opts.commit,
    tag: opts.tag,
    revision: opts.meta.revision,
    artifacts,
  };
}

interface Staged {
  report: ArtifactReport;
  /** Manifest the tags must point at. */
  manifest: Buffer;
  /** Digest at the moving tag, when it was read (null: no such tag). */
  moving?: string | null;
}

/**
 * Phase one for one artifact: make sure the commit tag holds its content. Content is compared by the
 * uncompressed tar's digest (the config's diff_id), so an unchanged artifact costs a tar and a hash,
 * not a compression, and a registry holding the same files gzipped by another tool still counts.
 */
async function stage(a: PlannedArtifact, registry: OciRegistry, opts: OciPublishOptions): Promise<Staged> {
  const tar = reproducibleTar(a.files);
  const diffId = sha256(tar);
  // Our config names the diff_id: a manifest with the same config digest holds these files, no config read.
  const ours = { diffId, config: sha256(fluxConfig(opts.meta.created, diffId)) };
  const report: ArtifactReport = { repository: a.repository, files: a.files.length, digest: '', status: 'current', moved: false, uploaded: 0 };
  if (a.cluster) report.cluster = a.cluster;

  const atMoving = await registry.manifest(a.repository, opts.tag);
  const moving = atMoving ? sha256(atMoving) : null;
  // The moving tag holds what this very commit published: the commit tag does too (it is pushed first).
  if (atMoving && publishedBy(atMoving, ours, opts.meta.revision)) return { report: { ...report, digest: moving! }, manifest: atMoving, moving };
  const atCommit = await registry.manifest(a.repository, opts.commit);
  if (atCommit && (await holds(atCommit, ours, a.repository, registry))) {
    return { report: { ...report, digest: sha256(atCommit) }, manifest: atCommit, moving };
  }
  if (atMoving && (await holds(atMoving, ours, a.repository, registry))) {
    report.digest = moving!;
    report.status = opts.dryRun ? 'would-retag' : 'retagged';
    if (!opts.dryRun) await registry.pushManifest(a.repository, opts.commit, atMoving);
    return { report, manifest: atMoving, moving };
  }
  const art = fluxArtifactFromTar(tar, opts.meta);
  report.digest = art.digest;
  report.status = opts.dryRun ? 'would-push' : 'pushed';
  if (!opts.dryRun) {
    for (const [digest, data] of [
      [sha256(art.config), art.config],
      [art.layer.digest, art.layer.blob],
    ] as const) {
      if (await registry.hasBlob(a.repository, digest)) continue;
      await registry.pushBlob(a.repository, digest, data);
      report.uploaded += data.length;
    }
    await registry.pushManifest(a.repository, opts.commit, art.manifest);
    report.uploaded += art.manifest.length;
  }
  return { report, manifest: art.manifest, moving };
}

/** A Flux artifact of these files (same config: same created time and diff_id) from this revision. */
function publishedBy(manifest: Buffer, ours: { config: string }, revision: string): boolean {
  const parsed = parseFluxManifest(manifest);
  return !!parsed && parsed.manifest.config?.digest === ours.config && parsed.manifest.annotations?.[ANNOTATION_REVISION] === revision;
}

/** The manifest is a Flux artifact of the same files: its config records the same diff_id. */
async function holds(manifest: Buffer, ours: { diffId: string; config: string }, repository: string, registry: OciRegistry): Promise<boolean> {
  const parsed = parseFluxManifest(manifest);
  if (!parsed || typeof parsed.manifest.config?.digest !== 'string') return false;
  if (parsed.manifest.config.digest === ours.config) return true;
  const config = await registry.blob(repository, parsed.manifest.config.digest);
  return !!config && configDiffId(config) === ours.diffId;
}

/** Repository grammar of the distribution spec. */
const REPOSITORY = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;

export interface OciTarget {
  /** host[:port] */
  registry: string;
  repository: string;
  tag?: string;
}

/** `oci://HOST[:PORT]/REPOSITORY[:TAG]`, or a sentence saying what is wrong with it. */
export function parseOciTarget(url: string): OciTarget | string {
  const m = /^oci:\/\/([^/\s]+)\/([^:@\s]+)(?::([^/:@\s]+))?$/.exec(url);
  if (!m) return `"${url}" is not oci://HOST[:PORT]/REPOSITORY[:TAG]`;
  const [, registry, repository, tag] = m;
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:]+\](:\d{1,5})?$/.test(registry)) return `"${registry}" in ${url} is not a registry host[:port]`;
  if (!REPOSITORY.test(repository)) return `"${repository}" in ${url} is not a repository name (lowercase letters, digits, and . _ - / between them)`;
  if (tag !== undefined && !TAG_PATTERN.test(tag)) return `"${tag}" in ${url} is not a tag (letters, digits, . _ -; at most 128)`;
  return tag === undefined ? { registry, repository } : { registry, repository, tag };
}
