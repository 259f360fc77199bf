// What every spec reference resolved to (an Environment, WorkloadProfile or ProfileBundle pin, a
// component, trait or policy definition type), recorded for the lock file; and under --locked, the
// lock's answer held even when the reference would now resolve to something newer, with a
// `lock-drift` warning saying so. Pure: the lock's entries come in as data (docs/revisions.md).

import { cmp, error, warning, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import type { Definition, DefinitionKind } from '../definitions/definition-types.ts';
import { resolveRef, type LookupContext, type ResolvedRef } from './catalog.ts';
import type { DefinitionCatalog } from './definition-catalog.ts';
import type { Revision } from './revisions.ts';

/** One reference's resolution as the lock records it. */
export interface LockedReference {
  kind: string;
  /** Where the object was found: the reference's namespace or the system namespace. */
  namespace: string;
  name: string;
  /** The reference as written: `primary@v1`, `webservice@v1`. */
  ref: string;
  /** Basic revision number (spec objects; a definition's version is its identity). */
  revision?: number;
  version?: string;
  /** Content hash: of the canonical spec object, or of the definition body (the definitions' hash). */
  hash: string;
  commit?: string;
  uncommitted?: boolean;
}

export type LockedReferences = Readonly<Record<string, LockedReference>>;

/** The lock's key of a reference: kind, the namespace it is looked up from, and the reference as written. */
export function referenceKey(kind: string, namespace: string, ref: string): string {
  return `${kind}/${namespace}/${ref}`;
}

const NOT_LOCKED_HINT = 'render without --locked to resolve it and record it in the lock';

export class ReferenceLock {
  private readonly recorded = new Map<string, LockedReference>();

  /** @param locked --locked: the lock's references (hold them); absent: resolve freely. */
  constructor(private readonly locked?: LockedReferences) {}

  /** The recorded resolutions, keys sorted. */
  entries(): Record<string, LockedReference> {
    return Object.fromEntries([...this.recorded.keys()].sort(cmp).map((k) => [k, this.recorded.get(k)!]));
  }

  /** An Environment, WorkloadProfile or ProfileBundle reference: resolved, then held to the lock. */
  ref(ctx: LookupContext, kind: string, refText: string, namespace: string, at: SourcePos, diagnostics: Diagnostic[]): ResolvedRef | undefined {
    const key = referenceKey(kind, namespace, refText);
    const scratch: Diagnostic[] = [];
    const fresh = resolveRef(ctx, kind, refText, namespace, at, scratch);
    const entry = this.locked?.[key];
    if (!this.locked || !entry || (fresh && sameRef(entry, fresh))) {
      diagnostics.push(...scratch);
      if (this.locked && !entry && fresh) {
        diagnostics.push(error('reference-not-locked', `${kind} ${namespace}/${refText} is not in the lock file`, at, NOT_LOCKED_HINT));
        return undefined;
      }
      if (fresh) this.recorded.set(key, lockedRef(fresh));
      return fresh;
    }
    const revs = ctx.revisions.revisions({ kind, namespace: entry.namespace, name: entry.name });
    const revision = revs.find((r) => r.hash === entry.hash && r.number === entry.revision) ?? [...revs].reverse().find((r) => r.hash === entry.hash);
    const subject = `${kind} ${namespace}/${refText}`;
    if (!revision) {
      diagnostics.push(...scratch.filter((d) => d.severity === 'error'), missing(subject, entry, at));
      return undefined;
    }
    if (!revision.current && !this.valid(ctx, kind, revision, subject, entry, at, diagnostics)) return undefined;
    const held: ResolvedRef = {
      ref: refText,
      id: { kind, namespace: entry.namespace, name: entry.name },
      revision,
      fromSystemNamespace: entry.namespace !== namespace,
      at,
    };
    diagnostics.push(drift(subject, entry, fresh ? lockedRef(fresh) : undefined, scratch, at));
    this.recorded.set(key, lockedRef(held));
    return held;
  }

  /** A component, trait or policy type: resolved over `namespaces` (the first is the lookup's), then held. */
  definition(
    catalog: DefinitionCatalog,
    kind: DefinitionKind,
    typeText: string,
    namespaces: readonly string[],
    at: SourcePos,
    diagnostics: Diagnostic[],
  ): Definition | undefined {
    const key = referenceKey(kind, namespaces[0], typeText);
    const scratch: Diagnostic[] = [];
    const fresh = catalog.resolve(kind, typeText, namespaces, at, scratch);
    const entry = this.locked?.[key];
    const record = (d: Definition) => this.recorded.set(key, lockedDefinition(typeText, d, catalog.revisionOf(d)));
    if (!this.locked || !entry || (fresh && sameDefinition(entry, fresh))) {
      diagnostics.push(...scratch);
      if (this.locked && !entry && fresh) {
        diagnostics.push(error('reference-not-locked', `${kind} ${namespaces[0]}/${typeText} is not in the lock file`, at, NOT_LOCKED_HINT));
        return undefined;
      }
      if (fresh) record(fresh);
      return fresh;
    }
    const subject = `${kind} ${namespaces[0]}/${typeText}`;
    const held = entry.version ? catalog.locked(kind, entry.namespace, entry.name, entry.version, entry.hash) : undefined;
    if (!held?.definition) {
      diagnostics.push(...scratch.filter((d) => d.severity === 'error'), ...(held?.diagnostics ?? []), missing(subject, entry, at));
      return undefined;
    }
    diagnostics.push(drift(subject, entry, fresh ? lockedDefinition(typeText, fresh, catalog.revisionOf(fresh)) : undefined, scratch, at));
    record(held.definition);
    return held.definition;
  }

  /** A locked old revision is checked against today's schema, as a pinned one is. */
  private valid(
    ctx: LookupContext,
    kind: string,
    revision: Revision,
    subject: string,
    entry: LockedReference,
    at: SourcePos,
    diagnostics: Diagnostic[],
  ): boolean {
    const { problems, valid } = ctx.check(kind, revision);
    diagnostics.push(...problems);
    if (!valid) {
      diagnostics.push(
        error(
          'invalid-revision',
          `${subject} is locked to ${describe(entry)}, which is not valid today`,
          at,
          `see the errors at ${revision.object.file}; render without --locked to re-resolve it`,
        ),
      );
    }
    return valid;
  }
}

function lockedRef(r: ResolvedRef): LockedReference {
  const rev = r.revision;
  const out: LockedReference = { kind: r.id.kind, namespace: r.id.namespace, name: r.id.name, ref: r.ref, revision: rev.number, hash: rev.hash };
  if (rev.version) out.version = rev.version;
  if (rev.commit) out.commit = rev.commit;
  if (rev.uncommitted) out.uncommitted = true;
  return out;
}

function lockedDefinition(ref: string, d: Definition, rev: Revision | undefined): LockedReference {
  const out: LockedReference = { kind: d.kind, namespace: d.namespace, name: d.name, ref, version: d.version, hash: d.hash };
  if (rev?.commit) out.commit = rev.commit;
  if (rev?.uncommitted) out.uncommitted = true;
  return out;
}

const sameRef = (e: LockedReference, r: ResolvedRef) => e.namespace === r.id.namespace && e.name === r.id.name && e.hash === r.revision.hash;
const sameDefinition = (e: LockedReference, d: Definition) => e.namespace === d.namespace && e.name === d.name && e.version === d.version && e.hash === d.hash;

/** `1.3.6 (v3, commit 1a2b3c4)`, `v2 (uncommitted)`, `1.0.0 (sha256:3f2a9c01b2d4)`. */
export function describe(e: LockedReference): string {
  const notes = [
    e.version && e.revision !== undefined ? `v${e.revision}` : undefined,
    e.commit ? `commit ${e.commit.slice(0, 7)}` : e.uncommitted ? 'uncommitted' : `sha256:${e.hash.slice(0, 12)}`,
  ].filter(Boolean);
  return `${e.version ?? `v${e.revision}`} (${notes.join(', ')})`;
}

/** Both sides named, with the object when they differ in it and the hash when the words would match. */
function describePair(a: LockedReference, b: LockedReference): [string, string] {
  const other = a.namespace !== b.namespace || a.name !== b.name;
  let [x, y] = [describe(a), describe(b)];
  if (x === y) [x, y] = [`${x} sha256:${a.hash.slice(0, 12)}`, `${y} sha256:${b.hash.slice(0, 12)}`];
  return other ? [`${a.namespace}/${a.name} ${x}`, `${b.namespace}/${b.name} ${y}`] : [x, y];
}

function drift(subject: string, entry: LockedReference, now: LockedReference | undefined, scratch: readonly Diagnostic[], at: SourcePos): Diagnostic {
  const problem = scratch.find((d) => d.severity === 'error');
  const [locked, fresh] = now ? describePair(entry, now) : [describe(entry), ''];
  return warning(
    'lock-drift',
    now
      ? `${subject} is locked to ${locked} but would now resolve to ${fresh}`
      : `${subject} is locked to ${locked} but would now fail to resolve: ${problem?.message ?? 'no revision matches'}`,
    at,
    now ? 'render without --locked to take the new revision' : 'fix the reference, then render without --locked to record it',
  );
}

function missing(subject: string, entry: LockedReference, at: SourcePos): Diagnostic {
  return error(
    'locked-revision-missing',
    `${subject} is locked to ${entry.namespace}/${entry.name} ${describe(entry)}, which is no longer in the history`,
    at,
    'render without --locked to re-resolve it and record the new revision in the lock (the history must reach it: fetch the full history of a shallow clone, and leave out --no-history)',
  );
}
