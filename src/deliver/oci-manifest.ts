// The OCI manifest and config of a Flux artifact, as `flux push artifact` writes them, so an
// unmodified Flux OCIRepository pulls what hubcast pushes. Read from Flux's source (not guessed):
// fluxcd/pkg oci v0.69.0 (the version flux2 v2.9 builds with): globals.go (media types), meta.go
// (annotations), push.go (OCI manifest media type; the config's `created` set from the created annotation);
// flux2 cmd/flux/push_artifact.go (revision `<branch>@sha1:<commit>`; --reproducible's created).
// The config is go-containerregistry's ConfigFile as Go marshals it after mutate.Append (v0.21.5, the
// version pkg/oci v0.69.0 tests with). source-controller itself reads only the annotations and the layer.

import { gzipLayer, reproducibleTar, sha256, type ArtifactLayer } from './oci-artifact.ts';

export const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
export const FLUX_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.flux.config.v1+json';
export const FLUX_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';
export const ANNOTATION_CREATED = 'org.opencontainers.image.created';
export const ANNOTATION_SOURCE = 'org.opencontainers.image.source';
export const ANNOTATION_REVISION = 'org.opencontainers.image.revision';

export interface ArtifactMeta {
  /** The source repository's URL (no credentials). */
  source: string;
  /** Flux's revision format: `<branch>@sha1:<commit>`, or `sha1:<commit>` without a branch. */
  revision: string;
  /** RFC 3339, UTC, whole seconds. */
  created: string;
}

export interface Descriptor {
  mediaType: string;
  size: number;
  digest: string;
}

export interface OciManifest {
  schemaVersion: 2;
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export interface FluxArtifact {
  layer: ArtifactLayer;
  config: Buffer;
  manifest: Buffer;
  /** sha256 of the manifest bytes: what a tag points at, and what Flux reports as the revision's digest. */
  digest: string;
}

export function fluxRevision(commit: string, branch?: string): string {
  return branch ? `${branch}@sha1:${commit}` : `sha1:${commit}`;
}

/** An ISO 8601 date as Go's time.RFC3339 writes it in UTC (`2026-06-10T12:00:00Z`). */
export function rfc3339(date: string): string {
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) throw new Error(`"${date}" is not a date`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Go's encoding/json escapes these in strings; matching it keeps our bytes equal to Flux's. */
const goJson = (v: unknown): string => JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function fluxConfig(created: string, diffId: string): Buffer {
  // Field order and the empty History entry are what go-containerregistry marshals (see the header).
  return Buffer.from(
    `{"architecture":"","created":${goJson(created)},"history":[{"created":"0001-01-01T00:00:00Z"}],"os":"","rootfs":{"type":"layers","diff_ids":[${goJson(diffId)}]},"config":{}}`,
  );
}

export function fluxManifest(config: Buffer, layer: ArtifactLayer, meta: ArtifactMeta): Buffer {
  // Go marshals struct fields in declaration order and map keys sorted: annotations are sorted here.
  const annotations = { [ANNOTATION_CREATED]: meta.created, [ANNOTATION_REVISION]: meta.revision, [ANNOTATION_SOURCE]: meta.source };
  const text =
    `{"schemaVersion":2,"mediaType":${goJson(OCI_MANIFEST_MEDIA_TYPE)},` +
    `"config":{"mediaType":${goJson(FLUX_CONFIG_MEDIA_TYPE)},"size":${config.length},"digest":${goJson(sha256(config))}},` +
    `"layers":[{"mediaType":${goJson(FLUX_CONTENT_MEDIA_TYPE)},"size":${layer.blob.length},"digest":${goJson(layer.digest)}}],` +
    `"annotations":{${Object.entries(annotations)
      .map(([k, v]) => `${goJson(k)}:${goJson(v)}`)
      .join(',')}}}`;
  return Buffer.from(text);
}

export function buildFluxArtifact(files: Iterable<readonly [string, string | Uint8Array]>, meta: ArtifactMeta): FluxArtifact {
  return fluxArtifactFromTar(reproducibleTar(files), meta);
}

export function fluxArtifactFromTar(tar: Buffer, meta: ArtifactMeta): FluxArtifact {
  const layer = gzipLayer(tar);
  const config = fluxConfig(meta.created, layer.diffId);
  const manifest = fluxManifest(config, layer, meta);
  return { layer, config, manifest, digest: sha256(manifest) };
}

/** The manifest of a pulled artifact, if it is a Flux artifact: its layer (and config) descriptor. */
export function parseFluxManifest(bytes: Buffer): { manifest: OciManifest; layer: Descriptor } | undefined {
  let m: OciManifest;
  try {
    m = JSON.parse(bytes.toString('utf8')) as OciManifest;
  } catch {
    return undefined;
  }
  if (m?.schemaVersion !== 2 || !Array.isArray(m.layers) || !m.config) return undefined;
  const layer = m.layers.find((l) => l && l.mediaType === FLUX_CONTENT_MEDIA_TYPE && typeof l.digest === 'string');
  return layer ? { manifest: m, layer } : undefined;
}

/** The rootfs diff_id a Flux config records, if any. */
export function configDiffId(config: Buffer): string | undefined {
  try {
    const c = JSON.parse(config.toString('utf8')) as { rootfs?: { diff_ids?: unknown[] } };
    const d = c.rootfs?.diff_ids?.[0];
    return typeof d === 'string' ? d : undefined;
  } catch {
    return undefined;
  }
}
