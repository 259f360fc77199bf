// The bad-input corpus (issue #15): each case a small repository with one problem (or an attack),
// run through the command line. Every case asserts the exit code, each expected problem at its
// file:line:column with its code (exactly once), that nothing was written (or, for input accepted
// as inert data, that the output holds no injected object and nothing lies outside --out).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusCase } from './corpus-case.ts';
import { runCase, where } from './run-case.ts';
import { yamlCases } from './cases/yaml.ts';
import { schemaCases } from './cases/schema.ts';
import { referenceCases } from './cases/references.ts';
import { variableCases } from './cases/variables.ts';
import { configCases } from './cases/config.ts';
import { placementCases } from './cases/placement.ts';
import { numberCases } from './cases/numbers.ts';
import { nameCases } from './cases/names.ts';
import { injectionCases } from './cases/injection.ts';

const groups: Record<string, CorpusCase[]> = {
  'YAML syntax and encodings': yamlCases,
  schema: schemaCases,
  references: referenceCases,
  variables: variableCases,
  config: configCases,
  'inventory and placement': placementCases,
  'numbers and sizes': numberCases,
  'names and paths': nameCases,
  'injection and prototype keys': injectionCases,
};

/** Kinds no case's specs can make: seeing one in an output means an input injected it. */
const INJECTED = /evil|inject|pwn/i;

let cache: string;
const saved = process.env.XDG_CACHE_HOME;
beforeAll(() => {
  // render keeps a stat index in the user cache: a temporary one here.
  cache = mkdtempSync(join(tmpdir(), 'hubcast-corpus-cache-'));
  process.env.XDG_CACHE_HOME = cache;
});
afterAll(() => {
  if (saved === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = saved;
  rmSync(cache, { recursive: true, force: true });
});

it('the corpus holds at least 130 cases with distinct names', () => {
  const all = Object.values(groups).flat();
  expect(all.length).toBeGreaterThanOrEqual(130);
  expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
});

for (const [group, cases] of Object.entries(groups)) {
  describe(group, () => {
    for (const c of cases) {
      it(c.name, { timeout: 20_000 }, async () => {
        const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
        const r = await runCase(c);
        const errors = r.diagnostics.filter((d) => d.severity === 'error');
        const warnings = r.diagnostics.filter((d) => d.severity === 'warning');
        const shown = r.diagnostics.map((d) => `${where(d)} ${d.severity} ${d.code}: ${d.message}`).join('\n') || r.stderr;
        expect(r.exit, shown).toBe(c.exit ?? 1);
        for (const e of c.errors ?? []) {
          const hits = errors.filter((d) => where(d) === e.at && d.code === e.code && (!e.message || e.message.test(d.message)));
          expect(hits.length, `${e.at} ${e.code} once, in:\n${shown}`).toBe(1);
        }
        for (const w of c.warnings ?? []) {
          expect(warnings.filter((d) => where(d) === w.at && d.code === w.code).length, `${w.at} ${w.code} once, in:\n${shown}`).toBe(1);
        }
        if (c.errorCount !== undefined) expect(errors.length, shown).toBe(c.errorCount);
        // Every error is positioned, and none is a crash.
        for (const d of errors) expect(d.file, shown).toBeTruthy();
        expect(r.stderr).not.toMatch(/internal error|\bat .*\.ts:\d+/);
        expect(r.top).toEqual(['repo', 'work']);
        if ((c.exit ?? 1) !== 0) {
          expect(r.beside, 'nothing written').toEqual(['sentinel']);
        } else if ((c.command ?? 'render') === 'render') {
          expect(r.beside).toEqual(['out', 'sentinel']);
        }
        if (c.attack) {
          for (const o of r.objects) expect(JSON.stringify([o.kind, (o.metadata as Record<string, unknown> | undefined)?.name])).not.toMatch(INJECTED);
          for (const f of r.written) expect(f).not.toMatch(INJECTED);
        }
        c.check?.(r.objects);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
      });
    }
  });
}
