// The lock's diff: which references re-resolved (environment, profile, bundle revisions; definition
// versions; sources), old -> new, per deployment.

import { cmp } from '../core/diagnostics.ts';
import type { Lock, LockedDefinition, LockedDeployment, LockedRef } from '../emit/lock.ts';
import { canonicalJson } from '../resolve/revisions.ts';
import type { RevisionChange } from './model.ts';

function short(hash: string): string {
  return hash.slice(0, 7);
}

function refDescription(r: LockedRef): string {
  return `${r.ref} = v${r.revision}${r.version ? ` (${r.version})` : ''}`;
}

/** Two descriptions that differ even when only the content hash did (same revision number, new content). */
function describePair<T>(from: T | undefined, to: T | undefined, text: (x: T) => string, hash: (x: T) => string): [string?, string?] {
  const a = from && text(from);
  const b = to && text(to);
  if (a !== undefined && a === b && hash(from!) !== hash(to!)) return [`${a} #${short(hash(from!))}`, `${b} #${short(hash(to!))}`];
  return [a, b];
}

function refRows(deployment: string, from: LockedDeployment | undefined, to: LockedDeployment | undefined): RevisionChange[] {
  const rows: RevisionChange[] = [];
  for (const field of ['environment', 'profile', 'bundle'] as const) {
    const a = from?.[field];
    const b = to?.[field];
    if (!a && !b) continue;
    if (a && b && a.ref === b.ref && a.revision === b.revision && a.version === b.version && a.hash === b.hash) continue;
    const id = (b ?? a)!;
    const [f, t] = describePair(a, b, refDescription, (x) => x.hash);
    rows.push({ deployment, reference: `${id.kind} ${id.namespace}/${id.name}`, from: f, to: t });
  }
  const defKey = (d: LockedDefinition) => `${d.kind} ${d.namespace}/${d.name}`;
  const defsA = new Map((from?.definitions ?? []).map((d) => [defKey(d), d]));
  const defsB = new Map((to?.definitions ?? []).map((d) => [defKey(d), d]));
  for (const key of [...new Set([...defsA.keys(), ...defsB.keys()])].sort(cmp)) {
    const a = defsA.get(key);
    const b = defsB.get(key);
    if (a && b && a.version === b.version && a.hash === b.hash) continue;
    const [f, t] = describePair(
      a,
      b,
      (d) => d.version,
      (d) => d.hash,
    );
    rows.push({ deployment, reference: key, from: f, to: t });
  }
  return rows;
}

/** A source entry (Helm chart, git ref) in a few words: its version, revision, commit or digest. */
function describeSource(v: unknown): string {
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ['version', 'revision', 'commit', 'digest']) if (typeof o[k] === 'string' || typeof o[k] === 'number') return String(o[k]);
  }
  return canonicalJson(v);
}

/**
 * Rows for every reference that resolved differently, for deployments on both sides (a new or
 * removed deployment re-resolves nothing; the matrix shows it). Deployments in `skip` are left out.
 */
export function diffLocks(from: Lock | undefined, to: Lock | undefined, skip: (deployment: string) => boolean): RevisionChange[] {
  const rows: RevisionChange[] = [];
  const deps = Object.keys(from?.deployments ?? {})
    .filter((d) => to?.deployments[d] && !skip(d))
    .sort(cmp);
  for (const d of deps) rows.push(...refRows(d, from!.deployments[d], to!.deployments[d]));
  const sa = from?.sources ?? {};
  const sb = to?.sources ?? {};
  for (const key of [...new Set([...Object.keys(sa), ...Object.keys(sb)])].sort(cmp)) {
    const a = sa[key];
    const b = sb[key];
    if (canonicalJson(a) === canonicalJson(b)) continue;
    rows.push({
      deployment: '',
      reference: `source ${key}`,
      from: a === undefined ? undefined : describeSource(a),
      to: b === undefined ? undefined : describeSource(b),
    });
  }
  return rows;
}
