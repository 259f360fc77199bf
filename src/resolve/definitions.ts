// Which definition version a `type: webservice@v1.0.0` names: exact, `@v1` (highest 1.x.y),
// `@v1.3` (highest 1.3.y), or no suffix (highest). Repo definitions shadow stock ones of the
// same name and version.

import semver from 'semver';
import { cmp, didYouMean, error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import type { Definition, DefinitionKind } from '../render/definition-types.ts';
import { parseRef } from './revisions.ts';

export class DefinitionCatalog {
  private readonly byKey = new Map<string, Definition[]>();

  constructor(stock: readonly Definition[], repo: readonly Definition[]) {
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

  all(): Definition[] {
    return [...this.byKey.values()].flat().sort((a, b) => cmp(a.kind, b.kind) || cmp(a.name, b.name) || semver.compare(a.version, b.version));
  }

  versions(kind: DefinitionKind, namespace: string, name: string): Definition[] {
    return this.byKey.get(`${kind}/${namespace}/${name}`) ?? [];
  }

  resolve(
    kind: DefinitionKind,
    typeText: string,
    namespaces: readonly string[],
    at: SourcePos,
    diagnostics: Diagnostic[],
  ): Definition | undefined {
    const { name, pin } = parseRef(typeText);
    for (const ns of namespaces) {
      const versions = this.versions(kind, ns, name);
      if (versions.length === 0) continue;
      const hit = pickVersion(versions, pin);
      if (!hit) {
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
      return hit;
    }
    const known = [...new Set(namespaces.flatMap((ns) => [...this.byKey.keys()].filter((k) => k.startsWith(`${kind}/${ns}/`)).map((k) => k.split('/')[2])))];
    const guess = didYouMean(name, known);
    diagnostics.push(
      error(
        'unknown-definition',
        `${kind} "${name}" does not exist`,
        at,
        guess ? `did you mean "${guess}"?` : `available: ${known.sort(cmp).join(', ')}`,
      ),
    );
    return undefined;
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
