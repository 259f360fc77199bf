// Looks objects up by kind/namespace/name, falling back to the system namespace (the shared
// catalog), and reports "not found" with what exists and a did-you-mean.

import { didYouMean, error, info, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import type { ObjectId } from '../core/types.ts';
import { parseRef, selectRevision, type Revision, type RevisionSource, type VersioningType } from './revisions.ts';

export interface LookupContext {
  revisions: RevisionSource;
  /** Names present per kind and namespace (for hints). */
  names(kind: string, namespace: string): string[];
  systemNamespace: string;
  versioning: VersioningType;
  /** Objects that failed to load: references to them stay silent (the load error says it all). */
  isInvalid(kind: string, namespace: string, name: string): boolean;
}

export interface ResolvedRef {
  /** The reference as written, e.g. `primary@v1`. */
  ref: string;
  id: ObjectId;
  revision: Revision;
  /** True when found through the system-namespace fallback. */
  fromSystemNamespace: boolean;
}

/** Resolve `name@pin` of `kind` in `namespace`, then the system namespace. */
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
  for (const ns of candidates) {
    const id = { kind, namespace: ns, name };
    const revs = ctx.revisions.revisions(id);
    if (revs.length === 0) continue;
    const { revision, available } = selectRevision(revs, pin, ctx.versioning);
    if (!revision) {
      diagnostics.push(
        error(
          'unknown-revision',
          `${kind} ${ns}/${name} has no revision "${pin}"`,
          at,
          `${name} has ${available}`,
        ),
      );
      return undefined;
    }
    const fromSystemNamespace = ns !== namespace;
    if (fromSystemNamespace) {
      diagnostics.push(
        info('system-namespace-fallback', `${kind} "${name}" not found in namespace ${namespace}; using ${ns}/${name} from the system namespace`, at),
      );
    }
    return { ref: refText, id, revision, fromSystemNamespace };
  }
  if (candidates.some((ns) => ctx.isInvalid(kind, ns, name))) return undefined;
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
  return undefined;
}
