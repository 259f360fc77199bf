// Revisions of spec objects and how a `name@pin` picks one. Basic revisions count every distinct
// content (v1 = oldest); semantic versions come from spec.version (seed 000, "Revisions").

import semver from 'semver';
import { hash } from 'node:crypto';
import type { Json, ObjectId, SourceObject } from '../core/types.ts';

export interface Revision {
  /** Basic revision number, 1-based, oldest first. */
  number: number;
  /** spec.version when present and valid semver. */
  version?: string;
  /** sha256 of the canonical content (metadata.name/namespace/labels/annotations + spec). */
  hash: string;
  /** Commit that introduced this content; absent when revisions come from the working tree only. */
  commit?: string;
  /** Commit date (ISO 8601, UTC) of `commit`. */
  date?: string;
  /** The content is not committed yet (local dry-run). */
  uncommitted?: boolean;
  /** This is the object's content in the tree being rendered (what an unpinned reference gets). */
  current?: boolean;
  object: SourceObject;
}

/** Where revisions come from: the working tree only, or git history (see the revision index). */
export interface RevisionSource {
  /** All revisions of the object, oldest first; empty when it never existed. */
  revisions(id: ObjectId): Revision[];
  /** Revisions of one version of a definition: each definition version has its own history. */
  definitionRevisions?(id: ObjectId, version: string): Revision[];
  /** The history is cut short (a shallow clone): basic revision numbers do not count from the first commit. */
  truncated?: boolean;
}

/** Without history, an object's current content is its only revision. */
export function currentTreeRevisions(objects: Iterable<SourceObject>): RevisionSource {
  const byId = new Map<string, Revision[]>();
  for (const o of objects) {
    const rev: Revision = { number: 1, hash: contentHash(o.body), current: true, object: o };
    const version = specVersion(o.body);
    if (version) rev.version = version;
    byId.set(`${o.id.kind}/${o.id.namespace}/${o.id.name}`, [rev]);
  }
  return { revisions: (id) => byId.get(`${id.kind}/${id.namespace}/${id.name}`) ?? [] };
}

export function specVersion(body: { [k: string]: Json }): string | undefined {
  const spec = body.spec as { version?: unknown } | undefined;
  const v = typeof spec?.version === 'string' ? spec.version.replace(/^v/, '') : undefined;
  return v && validVersion(v) ? v : undefined;
}

// semver.valid parses the whole version; indexing a long history asks about the same few thousand.
const validVersions = new Map<string, boolean>();
function validVersion(v: string): boolean {
  let ok = validVersions.get(v);
  if (ok === undefined) {
    if (validVersions.size > 10_000) validVersions.clear();
    validVersions.set(v, (ok = semver.valid(v) !== null));
  }
  return ok;
}

/** Canonical JSON (sorted keys) of the parts that make up an object's content, so reformatting is not a change. */
export function contentHash(body: { [k: string]: Json }): string {
  const meta = (body.metadata ?? {}) as { [k: string]: Json };
  const content = {
    apiVersion: body.apiVersion ?? null,
    kind: body.kind ?? null,
    metadata: { name: meta.name ?? null, namespace: meta.namespace ?? null, labels: meta.labels ?? null, annotations: meta.annotations ?? null },
    spec: body.spec ?? null,
  };
  return hash('sha256', canonicalJson(content), 'hex'); // one call: the index hashes thousands of objects
}

// Concatenation in loops rather than map/join: the revision index hashes thousands of objects, and
// this halves the time. A hole in an array is written as nothing, as join did.
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) {
    let s = '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) s += ',';
      if (i in v) s += canonicalJson(v[i]);
    }
    return `${s}]`;
  }
  const keys = Object.keys(v).sort();
  let s = '{';
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) s += ',';
    s += `${JSON.stringify(keys[i])}:${canonicalJson((v as Record<string, unknown>)[keys[i]])}`;
  }
  return `${s}}`;
}

/** A parsed `name@pin` reference. */
export interface PinnedRef {
  name: string;
  /** Text after `@`, as written, or undefined for "latest". */
  pin?: string;
}

export function parseRef(text: string): PinnedRef {
  const at = text.indexOf('@');
  return at < 0 ? { name: text } : { name: text.slice(0, at), pin: text.slice(at + 1) };
}

export type VersioningType = 'basic' | 'semantic';

export interface PinResult {
  revision?: Revision;
  /** How the pin was read: the current content, a basic revision number, or a semantic version. */
  by?: 'current' | 'basic' | 'semantic';
  /** Human list of what exists, for the error message. */
  available: string;
}

/**
 * Pick the revision a pin names. No pin is the current content (the latest revision). `vN` is
 * revision N under basic versioning (or for objects without spec.version); under semantic
 * versioning it is the highest N.x.y ever committed. `v1.3` / `1.3.6` are semantic ranges /
 * exact versions over spec.version. One version committed with different contents: the later wins.
 */
export function selectRevision(revs: readonly Revision[], pin: string | undefined, versioning: VersioningType): PinResult {
  const available = describeAvailable(revs);
  if (revs.length === 0) return { available };
  if (pin === undefined) return { revision: revs.find((r) => r.current), by: 'current', available };
  const versioned = revs.filter((r) => r.version);
  const useSemantic = versioning === 'semantic' && versioned.length > 0;
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(pin);
  if (!m) return { available };
  const [, major, minor, patch, pre] = m;
  if (minor === undefined && !useSemantic) {
    if (!pin.startsWith('v')) return { available };
    return { revision: revs.find((r) => r.number === Number(major)), by: 'basic', available };
  }
  if (versioned.length === 0) return { available };
  if (patch !== undefined) {
    const exact = pin.replace(/^v/, '');
    const hits = versioned.filter((r) => semver.eq(r.version!, exact));
    return { revision: hits[hits.length - 1], by: 'semantic', available };
  }
  if (pre) return { available };
  const range = minor === undefined ? `${major}.x` : `${major}.${minor}.x`;
  return { revision: highest(versioned, range), by: 'semantic', available };
}

/** Other revisions with the selected revision's semantic version but different content (older first). */
export function sameVersionConflicts(revs: readonly Revision[], selected: Revision): Revision[] {
  if (!selected.version) return [];
  return revs.filter((r) => r !== selected && r.version && r.hash !== selected.hash && semver.eq(r.version, selected.version!));
}

function highest(revs: readonly Revision[], range: string): Revision | undefined {
  let best: Revision | undefined;
  for (const r of revs) {
    if (!semver.satisfies(r.version!, range)) continue;
    // `>=` keeps the later revision when two contents share one version (the later wins).
    if (!best || semver.compare(r.version!, best.version!) >= 0) best = r;
  }
  return best;
}

export function describeAvailable(revs: readonly Revision[]): string {
  if (revs.length === 0) return 'no revisions';
  const basic = revs.length === 1 ? 'v1' : `v1..v${revs[revs.length - 1].number}`;
  const versions = [...new Set(revs.map((r) => r.version).filter((v): v is string => !!v))].sort(semver.compare);
  return versions.length ? `${basic}; semantic versions ${versions.join(', ')}` : basic;
}
