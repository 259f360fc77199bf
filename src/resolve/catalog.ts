// Looks objects up by kind/namespace/name, falling back to the system namespace (the shared
// catalog), and reports "not found" with what exists and a did-you-mean.

import { didYouMean, error, info, warning, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import type { ObjectId } from '../core/types.ts';
import { describeAvailable, parseRef, sameVersionConflicts, selectRevision, type Revision, type RevisionSource, type VersioningType } from './revisions.ts';

export interface LookupContext {
  revisions: RevisionSource;
  /** Names present per kind and namespace (for hints). */
  names(kind: string, namespace: string): string[];
  systemNamespace: string;
  versioning: VersioningType;
  /** Objects that failed to load: references to them stay silent (the load error says it all). */
  isInvalid(kind: string, namespace: string, name: string): boolean;
  /**
   * Problems of an old revision (the current one was checked when loading). Each problem is
   * returned once, for the first reference that selects the revision.
   */
  check(kind: string, revision: Revision): { problems: Diagnostic[]; valid: boolean };
}

export interface ResolvedRef {
  /** The reference as written, e.g. `primary@v1`. */
  ref: string;
  id: ObjectId;
  revision: Revision;
  /** True when found through the system-namespace fallback. */
  fromSystemNamespace: boolean;
  /** Where the reference was written. */
  at: SourcePos;
}

/**
 * Resolve `name@pin` of `kind` in `namespace`, then the system namespace. An unpinned reference
 * takes the object as it is now; a pin may also name the revisions of an object since deleted.
 */
export function resolveRef(
  ctx: LookupContext,
  kind: string,
  refText: string,
  namespace: string,
  at: SourcePos,
  diagnostics: Diagnostic[],
): ResolvedRef | undefined {
  const { name, pin } = parseRef(refText);
  const candidates = [namespace, ...(namespace === ctx.systemNamespace ? [] : [ctx.systemNamespace])];
  const found = candidates.map((ns) => ({ ns, revs: ctx.revisions.revisions({ kind, namespace: ns, name }) })).filter((c) => c.revs.length > 0);
  const hit = found.find((c) => c.revs.some((r) => r.current)) ?? found.find((c) => !ctx.isInvalid(kind, c.ns, name));
  if (!hit || (pin === undefined && !hit.revs.some((r) => r.current))) {
    if (candidates.some((ns) => ctx.isInvalid(kind, ns, name))) return undefined;
    if (hit) {
      diagnostics.push(
        error(
          'deleted-reference',
          `${kind} ${hit.ns}/${name} no longer exists`,
          at,
          `restore it, or pin one of its revisions from history: ${name} has ${describeAvailable(hit.revs)}`,
        ),
      );
      return undefined;
    }
    reportNotFound(ctx, kind, name, candidates, at, diagnostics);
    return undefined;
  }
  const { ns, revs } = hit;
  const id = { kind, namespace: ns, name };
  const { revision, by, available } = selectRevision(revs, pin, ctx.versioning);
  if (!revision) {
    diagnostics.push(error('unknown-revision', `${kind} ${ns}/${name} has no revision "${pin}"`, at, `${name} has ${available}`));
    return undefined;
  }
  if (by === 'basic' && ctx.revisions.truncated) {
    diagnostics.push(
      error(
        'shallow-history',
        `${kind} ${ns}/${name}@${pin} names a basic revision, but this clone has only part of the history, so revisions cannot be counted`,
        at,
        'fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)',
      ),
    );
    return undefined;
  }
  if (!revision.current) {
    const { problems, valid } = ctx.check(kind, revision);
    diagnostics.push(...problems);
    if (!valid) {
      diagnostics.push(
        error(
          'invalid-revision',
          `${kind} ${ns}/${name}@${pin} is revision v${revision.number}${revision.commit ? ` of commit ${revision.commit.slice(0, 7)}` : ''}, which is not valid today`,
          at,
          `see the errors at ${revision.object.file}; pin another revision (${name} has ${available})`,
        ),
      );
      return undefined;
    }
  }
  const conflicts = by === 'semantic' ? sameVersionConflicts(revs, revision) : [];
  if (conflicts.length) diagnostics.push(reusedVersionWarning(`${kind} ${ns}/${name}`, revision.version!, conflicts, revision, at));
  const fromSystemNamespace = ns !== namespace;
  if (fromSystemNamespace) {
    diagnostics.push(
      info('system-namespace-fallback', `${kind} "${name}" not found in namespace ${namespace}; using ${ns}/${name} from the system namespace`, at),
    );
  }
  return { ref: refText, id, revision, fromSystemNamespace, at };
}

/** One version, several contents: which revisions, and that the later one is used. */
export function reusedVersionWarning(subject: string, version: string, conflicts: readonly Revision[], used: Revision, at: SourcePos): Diagnostic {
  const where = (r: Revision) => `v${r.number}${r.commit ? ` (commit ${r.commit.slice(0, 7)})` : r.uncommitted ? ' (uncommitted)' : ''}`;
  return warning(
    'version-reused',
    `${subject} version ${version} was committed with different contents: ${[...conflicts, used].map(where).join(', ')}; using the later, v${used.number}`,
    at,
    'a version should name one content: bump spec.version whenever the object changes',
  );
}

function reportNotFound(ctx: LookupContext, kind: string, name: string, candidates: string[], at: SourcePos, diagnostics: Diagnostic[]): void {
  const known = [...new Set(candidates.flatMap((ns) => ctx.names(kind, ns)))];
  const guess = didYouMean(name, known);
  diagnostics.push(
    error(
      'unknown-reference',
      `${kind} "${name}" not found in namespace ${candidates.join(' or ')}`,
      at,
      guess ? `did you mean "${guess}"?` : known.length ? `available: ${known.sort().join(', ')}` : `no ${kind} exists in ${candidates.join(' or ')}`,
    ),
  );
}
