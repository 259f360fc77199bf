// The generated validators (scripts/generate.ts) must match the schemas they were made
// from, and behave exactly as Ajv compiling those schemas at run time.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS, createCompiler, schemaKey, type Schema } from '../../src/load/schema-check.ts';
import * as plain from '../../src/generated/validators-plain.ts';
import { propertyValidators } from '../../src/generated/property-validators.ts';
import { specSchemas } from '../../src/load/spec-schemas.ts';
import { loadStockDefinitions } from '../../src/definitions/stock-definitions.ts';
import { generatedSources } from '../../scripts/generate.ts';

const root = join(import.meta.dirname, '../..');

describe('precompiled schema validators', () => {
  it('are up to date with the schemas and stock definitions (run `npm run generate` after changing one)', () => {
    const sources = generatedSources();
    const modules = ['property-validators', 'stock-templates'].flatMap((d) =>
      readdirSync(join(root, 'src/generated', d)).map((f) => `src/generated/${d}/${f}`),
    );
    expect(modules).toContain('src/generated/property-validators/component-webservice.ts');
    expect(modules).toContain('src/generated/stock-templates/component-webservice.ts');
    expect(Object.keys(sources).sort()).toEqual(
      [
        ...modules,
        'src/generated/property-validators.ts',
        'src/generated/stock-definitions.ts',
        'src/generated/stock-templates.ts',
        'src/generated/validators-plain.ts',
      ].sort(),
    );
    for (const [path, text] of Object.entries(sources)) expect(readFileSync(join(root, path), 'utf8'), path).toBe(text);
  }, 60_000);

  it('serve every spec kind, and every stock definition once preloaded, without compiling', async () => {
    const exportsOf = (m: object) => new Set(Object.values(m));
    for (const s of Object.values(specSchemas)) expect(exportsOf(plain).has(createCompiler().compile(s))).toBe(true);
    const props = createCompiler({ useDefaults: true });
    const stock = loadStockDefinitions().definitions.map((d) => d.schema as Schema);
    await props.preload(stock);
    for (const s of stock) expect(props.compile(s)).toBe((await propertyValidators[schemaKey(s)]()).validate);
  });

  it('load only the property validators asked for; a schema not preloaded is compiled at run time alike', async () => {
    const [webservice, worker] = ['webservice', 'worker'].map((n) => loadStockDefinitions().definitions.find((d) => d.name === n)!.schema as Schema);
    const props = createCompiler({ useDefaults: true });
    await props.preload([webservice]);
    expect(props.compile(webservice)).toBe((await propertyValidators[schemaKey(webservice)]()).validate);
    const compiled = props.compile(worker);
    expect(compiled).not.toBe((await propertyValidators[schemaKey(worker)]()).validate);
    const a: Record<string, unknown> = { image: 'nginx' };
    const b: Record<string, unknown> = { image: 'nginx' };
    expect(compiled(a)).toBe(true);
    expect(((await propertyValidators[schemaKey(worker)]()).validate as (v: unknown) => boolean)(b)).toBe(true);
    expect(a).toEqual(b);
  });

  it('report the same errors as Ajv compiling at run time, and fill in the same defaults', async () => {
    const badEnvironment = {
      apiVersion: 'spectrocloud.com/v1beta1',
      kind: 'Environment',
      metadata: { name: 'Bad_Name' },
      spec: { topology: { type: 'nope', extra: 1 } },
    };
    const runtime = new Ajv({ ...AJV_OPTIONS }).compile(specSchemas.Environment);
    const pre = createCompiler().compile(specSchemas.Environment);
    expect(pre).not.toBe(runtime);
    expect(pre(badEnvironment)).toBe(false);
    expect(runtime(badEnvironment)).toBe(false);
    expect(pre.errors).toEqual(runtime.errors);
    expect(pre.errors!.length).toBeGreaterThan(2);

    const def = loadStockDefinitions().definitions.find((d) => JSON.stringify(d.schema).includes('"default"'))!;
    const a: Record<string, unknown> = {};
    const b: Record<string, unknown> = {};
    const props = createCompiler({ useDefaults: true });
    await props.preload([def.schema as Schema]);
    expect(props.compile(def.schema as Schema)).toBe((await propertyValidators[schemaKey(def.schema as Schema)]()).validate);
    props.compile(def.schema as Schema)(a);
    new Ajv({ ...AJV_OPTIONS, useDefaults: true }).compile(def.schema)(b);
    expect(Object.keys(a).length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it("check definition schemas against the meta-schema with Ajv's words", () => {
    const bad = { type: 'object', properties: { n: { type: 'integr' } }, required: 'n' };
    const ajv = new Ajv({ ...AJV_OPTIONS });
    expect(ajv.validateSchema(bad)).toBe(false);
    expect(createCompiler().schemaProblem(bad)).toBe(ajv.errorsText(ajv.errors, { dataVar: 'schema' }));
    expect(createCompiler().schemaProblem({ type: 'object' })).toBeUndefined();
  });

  it('compile an unknown schema at run time', () => {
    const s: Schema = { type: 'object', properties: { x: { type: 'string', minLength: 2 } } };
    expect(plain).not.toHaveProperty(`v${schemaKey(s)}`);
    const v = createCompiler().compile(s);
    expect(v({ x: 'a' })).toBe(false);
    expect(v({ x: 'ab' })).toBe(true);
  });
});
