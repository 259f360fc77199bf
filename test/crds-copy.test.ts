// The vendored CRDs (test/fixtures/crds) must stay identical to the official ones in ../shared/crds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const shared = resolve(import.meta.dirname, '../../shared/crds');
const copy = resolve(import.meta.dirname, 'fixtures/crds');

it('test/fixtures/crds is a byte-identical copy of ../shared/crds', () => {
  const files = (root: string) => ['ocm', 'flux'].flatMap((d) => readdirSync(join(root, d)).map((f) => `${d}/${f}`)).sort();
  expect(files(copy).length).toBeGreaterThan(10);
  if (!existsSync(shared)) return; // outside this workplace only the copy exists
  expect(files(copy)).toEqual(files(shared));
  for (const f of files(shared)) expect(readFileSync(join(copy, f), 'utf8'), f).toBe(readFileSync(join(shared, f), 'utf8'));
});
