// Which definition version a `type: webservice@v1.0.0` names: exact, `@v1` (highest 1.x.y),
// `@v1.3` (highest 1.3.y), or no suffix (highest), over the versions in the tree. Repo
// definitions shadow stock ones of the same name and version. With git history, an exact version
// no longer in the tree is read from the commit that last had it, and a version committed with
// different contents is reported (a definition version should be immutable).

import semver from 'semver';
import { cmp, didYouMean, error, info, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import type { ObjectId } from '../core/types.ts';
import { parseDefinition } from '../definitions/definition.ts';
import type { Definition, DefinitionKind } from '../definitions/definition-types.ts';
import { reusedVersionWarning } from './catalog.ts';
import { parseRef, sameVersionConflicts, type Revision, type RevisionSource } from './revisions.ts';

export interface DefinitionHistory {
  revisions: RevisionSource;
  systemNamespace: string;
}

export class DefinitionCatalog {
  private readonly byKey = new Map<string, Definition[]>();
  private readonly fromHistory = new Map<Revision, { definition?: Definition; diagnostics: Diagnostic[] }>();
  private readonly historicalRevision = new WeakMap<Definition, Revision>();

  constructor(
    stock: readonly Definition[],
    repo: readonly Definition[],
    private readonly history?: DefinitionHistory,
  ) {
    const all = new Map<string, Definition>();
    for (const d of [...stock, ...repo]) all.set(`${d.kind}/${d.namespace}/${d.name}@${d.version}`, d);
    for (const d of all.values()) {
      const key = `${d.kind}/${d.namespace}/${d.name}`;
      const list = this.byKey.get(key) ?? [];
      list.push(d);
      this.byKey.set(key, list);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => semver.compare(a.version, b.version));
  }

  /** Identities (kind/namespace/name) of repo definitions that failed to load. */
  invalid: ReadonlySet<string> = new Set();

  all(): Definition[] {
    return [...this.byKey.values()].flat().sort((a, b) => cmp(a.kind, b.kind) || cmp(a.name, b.name) || semver.compare(a.version, b.version));
  }

  versions(kind: DefinitionKind, namespace: string, name: string): Definition[] {
    return this.byKey.get(`${kind}/${namespace}/${name}`) ?? [];
  }

  resolve(kind: DefinitionKind, typeText: string, namespaces: readonly string[], at: SourcePos, diagnostics: Diagnostic[]): Definition | undefined {
    const { name, pin } = parseRef(typeText);
    const fromHistory = (ns: string, versions: readonly Definition[]) => {
      const old = this.historical({ kind, namespace: ns, name }, versions, pin);
      if (!old) return undefined;
      diagnostics.push(...old.diagnostics);
      if (old.definition) {
        const when = old.revision.commit ? `as of commit ${old.revision.commit.slice(0, 7)}` : 'uncommitted';
        diagnostics.push(info('definition-from-history', `${kind} ${name} ${old.definition.version} is no longer in the tree; using it ${when}`, at));
      }
      return old;
    };
    for (const ns of namespaces) {
      const versions = this.versions(kind, ns, name);
      if (versions.length === 0) continue;
      const hit = pickVersion(versions, pin);
      if (hit) {
        this.checkReused(hit, at, diagnostics);
        return hit;
      }
      const old = fromHistory(ns, versions);
      if (old) return old.definition;
      diagnostics.push(
        error(
          'unknown-definition-version',
          `${kind} "${name}" has no version matching "${pin}"`,
          at,
          `available versions: ${versions.map((v) => v.version).join(', ')}`,
        ),
      );
      return undefined;
    }
    // Deleted from the tree altogether: an exact pin can still name a committed version.
    for (const ns of namespaces) {
      const old = fromHistory(ns, []);
      if (old) return old.definition;
    }
    // A definition that failed to load has its own errors: its uses are not also "does not exist".
    if (namespaces.some((ns) => this.invalid.has(`${kind}/${ns}/${name}`))) return undefined;
    const known = [...new Set(namespaces.flatMap((ns) => [...this.byKey.keys()].filter((k) => k.startsWith(`${kind}/${ns}/`)).map((k) => k.split('/')[2])))];
    const guess = didYouMean(name, known);
    diagnostics.push(
      error('unknown-definition', `${kind} "${name}" does not exist`, at, guess ? `did you mean "${guess}"?` : `available: ${known.sort(cmp).join(', ')}`),
    );
    return undefined;
  }

  /** An exact version pin that the tree lacks, from history. */
  private historical(
    id: ObjectId,
    versions: readonly Definition[],
    pin: string | undefined,
  ): { definition?: Definition; revision: Revision; diagnostics: Diagnostic[] } | undefined {
    const exact = pin?.replace(/^v/, '');
    if (!this.history?.revisions.definitionRevisions || !exact || !semver.valid(exact) || versions.some((v) => semver.eq(v.version, exact))) return undefined;
    const revs = this.history.revisions.definitionRevisions(id, semver.valid(exact)!);
    const revision = revs[revs.length - 1];
    if (!revision) return undefined;
    const { definition, diagnostics } = this.parsed(revision);
    return { definition, revision, diagnostics };
  }

  /** An old revision parsed once; its problems are returned the first time only (later references only fail). */
  private parsed(revision: Revision): { definition?: Definition; diagnostics: Diagnostic[] } {
    const known = this.fromHistory.get(revision);
    if (known) return { definition: known.definition, diagnostics: [] };
    const parsed = parseDefinition(revision.object, this.history!.systemNamespace);
    this.fromHistory.set(revision, parsed);
    if (parsed.definition) this.historicalRevision.set(parsed.definition, revision);
    return parsed;
  }

  /** The revision a definition was read from: its tree content's, or the commit it was read from history at. */
  revisionOf(def: Definition): Revision | undefined {
    const old = this.historicalRevision.get(def);
    if (old) return old;
    return this.history?.revisions.definitionRevisions?.(def.source.id, def.version).find((r) => r.current);
  }

  /**
   * A definition the lock names (--locked): the tree's version with that content, or the committed
   * revision of that version with that content. Undefined when neither has it.
   */
  locked(
    kind: DefinitionKind,
    namespace: string,
    name: string,
    version: string,
    hash: string,
  ): { definition?: Definition; diagnostics: Diagnostic[] } | undefined {
    const inTree = this.versions(kind, namespace, name).find((d) => d.version === version && d.hash === hash);
    if (inTree) return { definition: inTree, diagnostics: [] };
    const revs = this.history?.revisions.definitionRevisions?.({ kind, namespace, name }, version) ?? [];
    for (const revision of [...revs].reverse()) {
      if (revision.current) continue;
      const old = this.parsed(revision);
      if (old.definition?.hash === hash) return old;
    }
    return undefined;
  }

  /** Warn when the version used was committed with other contents too. */
  private checkReused(def: Definition, at: SourcePos, diagnostics: Diagnostic[]): void {
    const revs = this.history?.revisions.definitionRevisions?.(def.source.id, def.version) ?? [];
    const current = revs.find((r) => r.current);
    const conflicts = current ? sameVersionConflicts(revs, current) : [];
    if (conflicts.length) diagnostics.push(reusedVersionWarning(`${def.kind} ${def.namespace}/${def.name}`, def.version, conflicts, current!, at));
  }
}

export function pickVersion(versions: readonly Definition[], pin: string | undefined): Definition | undefined {
  if (pin === undefined) return versions[versions.length - 1];
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?)?$/.exec(pin);
  if (!m) return undefined;
  const [, major, minor, patch] = m;
  if (patch !== undefined) return versions.find((v) => semver.eq(v.version, pin.replace(/^v/, '')));
  const range = minor === undefined ? `${major}.x` : `${major}.${minor}.x`;
  let best: Definition | undefined;
  for (const v of versions) if (semver.satisfies(v.version, range) && (!best || semver.gt(v.version, best.version))) best = v;
  return best;
}
