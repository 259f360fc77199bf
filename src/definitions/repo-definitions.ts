// The repository's own definitions: each document the load stage found is validated and compiled
// (definition.ts), once per file and run (a diff's two sides share the work through the memo), and
// a version defined twice is an error: definition versions are immutable.

import { cmp, error, hasErrors, type Diagnostic } from '../core/diagnostics.ts';
import { idKey } from '../core/types.ts';
import { uncached, type Cached } from '../core/generational-memo.ts';
import type { DefinitionSource } from '../load/load-repo.ts';
import { parseDefinition } from './definition.ts';
import type { Definition } from './definition-types.ts';

export function parseRepoDefinitions(
  sources: readonly DefinitionSource[],
  systemNamespace: string,
  cached: Cached = uncached,
): { definitions: Definition[]; diagnostics: Diagnostic[]; invalid: string[] } {
  const byFile = new Map<string, DefinitionSource[]>();
  for (const s of sources) {
    const list = byFile.get(s.object.file) ?? [];
    list.push(s);
    byFile.set(s.object.file, list);
  }
  const definitions: Definition[] = [];
  const diagnostics: Diagnostic[] = [];
  const invalid: string[] = [];
  for (const file of [...byFile.keys()].sort(cmp)) {
    const list = byFile.get(file)!;
    const parsed = cached(`${systemNamespace}\u0000${file}\u0000${list[0].text}`, () => {
      const out = { definitions: [] as Definition[], diagnostics: [] as Diagnostic[], invalid: [] as string[] };
      for (const s of list) {
        const { definition, diagnostics: d } = parseDefinition(s.object, systemNamespace, { text: s.text });
        out.diagnostics.push(...d);
        if (definition) out.definitions.push(definition);
        else if (hasErrors(d)) out.invalid.push(idKey(s.object.id));
      }
      return out;
    });
    definitions.push(...parsed.definitions);
    diagnostics.push(...parsed.diagnostics);
    invalid.push(...parsed.invalid);
  }
  checkDuplicateDefinitions(definitions, diagnostics);
  return { definitions, diagnostics, invalid };
}

function checkDuplicateDefinitions(defs: Definition[], diagnostics: Diagnostic[]): void {
  const seen = new Map<string, Definition>();
  for (const d of defs) {
    const key = `${d.kind}/${d.namespace}/${d.name}@${d.version}`;
    const prev = seen.get(key);
    if (prev) {
      const p = prev.source.pos(['spec', 'version']);
      diagnostics.push(
        error(
          'duplicate-definition',
          `${d.kind} ${d.name} version ${d.version} is defined twice (first at ${p.file}:${p.line}:${p.column})`,
          d.source.pos(['spec', 'version']),
          'a definition version is immutable: bump spec.version for a changed definition',
        ),
      );
    } else seen.set(key, d);
  }
}
