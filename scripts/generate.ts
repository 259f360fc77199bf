// `npm run generate` writes what hubcast would otherwise compute at every start from inputs that ship
// with it. Tests fail when a generated file is stale.
//
// src/generated/stock-definitions.ts: the stock definitions (templates/) parsed, with each template's
// position, and each file's text: hubcast reads the stock set from here alone (a bundle needs no templates/).
// Parsing them with `yaml` (block-scalar templates, beyond the fast subset parser) was ~0.13 s of every start.
//
// src/generated/validators-plain.ts and src/generated/property-validators/: Ajv's standalone code for
// every schema hubcast knows before it starts (the spec kinds, hubcast.yaml, the definition document and the
// JSON Schema meta-schema that checks user definitions in the first; one module per stock definition's
// property schema in the second). Compiling them at run time cost ~0.2 s of every CLI start (Ajv code
// generation); loading generated code costs a few ms. The property validators (~1 MB in all) are loaded
// one by one, only for the definitions a render uses (src/generated/property-validators.ts lists them).
// A schema not found here (a user definition's) is still compiled at run time.
//
// src/generated/stock-templates/: each stock definition's Handlebars templates as template specs (the
// JavaScript Handlebars generates), with the `json` arguments the load-time check collects. Compiling the
// few templates a render uses cost ~50 ms of every render, and the compiler itself ~10 ms to load; loaded like
// the property validators (src/generated/stock-templates.ts lists them). A user template is compiled at run time.
//
//   npm run generate        rewrites them; test/load/precompiled-validators.test.ts fails when one is stale.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS, META_EXPORT, PROPERTY_VALIDATOR_EXPORT, schemaKey, type Schema } from '../src/load/schema-check.ts';
import { configSchema } from '../src/load/config.ts';
import { specSchemas } from '../src/load/spec-schemas.ts';
import { definitionDocumentSchema } from '../src/definitions/definition.ts';
import { loadStockDefinitions, stockTemplatesDir } from '../src/definitions/stock-definitions.ts';
import { snapshotStockFiles } from '../src/definitions/stock-snapshot.ts';
import type { Definition } from '../src/definitions/definition-types.ts';
import { loadTemplateCompiler, precompileTemplate, templateKey } from '../src/definitions/template-engine.ts';

// A CommonJS module whose function is its `default` export: Node and tsx see the exports object.
const standaloneCode = ((standalone as unknown as { default?: unknown }).default ?? standalone) as unknown as (
  ajv: Ajv,
  refs: Record<string, string>,
) => string;

// Compiling the stock templates (stockTemplatesSources) needs Handlebars' compiler, which hubcast loads on demand.
await loadTemplateCompiler();

export const VALIDATORS_PLAIN = 'src/generated/validators-plain.ts';
export const PROPERTY_VALIDATORS = 'src/generated/property-validators.ts';
const PROPERTY_VALIDATORS_DIR = 'src/generated/property-validators';
export const STOCK_TEMPLATES = 'src/generated/stock-templates.ts';
const STOCK_TEMPLATES_DIR = 'src/generated/stock-templates';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The schemas hubcast validates documents with: the spec kinds, hubcast.yaml and the definition document. */
function plainSchemas(): Schema[] {
  return [...Object.values(specSchemas), configSchema, definitionDocumentSchema];
}

/** The stock definitions (from templates/ itself, not from the snapshot this script writes). */
function stockDefinitions(): Definition[] {
  return loadStockDefinitions('mural-system', { dir: stockTemplatesDir(), displayPrefix: 'templates' }).definitions;
}

/** Standalone code of the named schemas, compiled by one Ajv (standalone code cannot mix Ajv options). */
function standaloneModule(schemas: Record<string, Schema | string>, useDefaults: boolean): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, useDefaults, code: { source: true, esm: true, lines: true } });
  const names: Record<string, string> = {};
  for (const [name, s] of Object.entries(schemas)) {
    if (typeof s === 'string') names[name] = s;
    else {
      const key = schemaKey(s);
      ajv.addSchema(s, key);
      names[name] = key;
    }
  }
  return moduleText(standaloneCode(ajv, names));
}

/** The generated validator modules by path. */
export function validatorsSources(): Record<string, string> {
  const plain: Record<string, Schema | string> = {};
  for (const s of plainSchemas()) plain[`v${schemaKey(s)}`] ??= s;
  // The meta-schema user definitions' schemas are checked against.
  plain[META_EXPORT] = 'http://json-schema.org/draft-07/schema';
  const out: Record<string, string> = { [VALIDATORS_PLAIN]: standaloneModule(plain, false) };
  // Property schemas fill in defaults; one module each, named after the first stock definition with it.
  const modules = new Map<string, string>();
  for (const d of stockDefinitions()) {
    const key = schemaKey(d.schema as Schema);
    if (modules.has(key)) continue;
    const file = moduleName(d);
    modules.set(key, file);
    out[`${PROPERTY_VALIDATORS_DIR}/${file}.ts`] = standaloneModule({ [PROPERTY_VALIDATOR_EXPORT]: d.schema as Schema }, true);
  }
  out[PROPERTY_VALIDATORS] = lazyIndex(
    "/** The precompiled property validator of each stock definition's schema, by schema key: imported on demand. */",
    // Typed loosely: the generated modules are not type-checked (@ts-nocheck); schema-check.ts knows them as Ajv's.
    `propertyValidators: Record<string, () => Promise<{ ${PROPERTY_VALIDATOR_EXPORT}: unknown }>>`,
    'property-validators',
    modules,
  );
  return out;
}

/** A generated module's name for what it holds of a stock definition: `component-webservice`, `trait-labels`. */
function moduleName(d: Definition): string {
  return `${d.kind.replace(/Definition$/, '').toLowerCase()}-${d.name}`;
}

/** The stock definitions' templates precompiled (Handlebars template specs), one module per definition. */
export function stockTemplatesSources(): Record<string, string> {
  const out: Record<string, string> = {};
  const modules = new Map<string, string>();
  for (const d of stockDefinitions()) {
    const spec = d.source.body.spec as Record<string, unknown>;
    const entries: string[] = [];
    for (const field of ['template', 'patch', 'outputs']) {
      const text = spec[field];
      if (typeof text !== 'string') continue;
      const key = templateKey(text);
      if (modules.has(key)) continue;
      modules.set(key, moduleName(d));
      const { spec: code, jsonArgs } = precompileTemplate(text);
      entries.push(`  '${key}': { spec: ${code}, jsonArgs: ${JSON.stringify(jsonArgs)} },`);
    }
    if (!entries.length) continue;
    out[`${STOCK_TEMPLATES_DIR}/${moduleName(d)}.ts`] = [
      '// Generated by scripts/generate.ts (npm run generate). Do not edit.',
      '// @ts-nocheck',
      `/** ${d.kind} ${d.name}@${d.version}: its templates as Handlebars template specs, by template key. */`,
      'export const templates = {',
      ...entries,
      '};',
      '',
    ].join('\n');
  }
  out[STOCK_TEMPLATES] = lazyIndex(
    '/** The precompiled Handlebars spec of each stock template, by template key: imported on demand. */',
    'stockTemplates: Record<string, () => Promise<{ templates: unknown }>>',
    'stock-templates',
    modules,
  );
  return out;
}

/** An index of generated modules: each key and the import that loads the module holding it. */
function lazyIndex(doc: string, declaration: string, dir: string, modules: Map<string, string>): string {
  const entries = [...modules].sort(([ka, a], [kb, b]) => (a < b ? -1 : a > b ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0));
  return [
    '// Generated by scripts/generate.ts (npm run generate). Do not edit.',
    '',
    doc,
    `export const ${declaration} = {`,
    ...entries.map(([key, file]) => `  '${key}': () => import('./${dir}/${file}.ts'),`),
    '};',
    '',
  ].join('\n');
}

/** Standalone code as an ES module: its CommonJS `require`s of Ajv's runtime become imports. */
function moduleText(code: string): string {
  const runtime = new Set<string>();
  const body = code.replace(/^"use strict";/, '').replace(/require\("ajv\/dist\/runtime\/([a-z0-9_]+)"\)\.default/g, (_m, mod: string) => {
    runtime.add(mod);
    return `ajv_${mod}`;
  });
  if (body.includes('require(')) throw new Error('generated validator code still holds a require(): teach moduleText about it');
  const imports = [...runtime].sort().flatMap((m) => [
    `import * as ajv_${m}_module from 'ajv/dist/runtime/${m}.js';`,
    // Node hands a CommonJS module's exports as \`default\`, esbuild hands its \`default\` export: take the function either way.
    `const ajv_${m} = ajv_${m}_module.default?.default ?? ajv_${m}_module.default;`,
  ]);
  return ['// Generated by scripts/generate.ts (npm run generate). Do not edit.', '// @ts-nocheck', ...imports, body, ''].join('\n');
}

export const STOCK_SNAPSHOT = 'src/generated/stock-definitions.ts';

/** The stock definitions' documents as parsed, with template positions, by file (see stock-snapshot.ts). */
export function stockSnapshotSource(): string {
  return [
    '// Generated by scripts/generate.ts (npm run generate). Do not edit.',
    "import type { JsonObject } from '../core/types.ts';",
    '',
    '/** One stock definition file as parsed: its documents and where each template starts. */',
    'export interface StockFile {',
    '  /** As diagnostics show it: `templates/...`. */',
    '  path: string;',
    "  /** The file's text (positions in diagnostics are found in it on demand). */",
    '  text: string;',
    '  /** Each document, where its templates start, and its definitionHash (computed here, not at every start). */',
    '  documents: { body: JsonObject; origins: Record<string, [line: number, column: number]>; hash: string }[];',
    '}',
    '',
    `export const stockFiles: StockFile[] = ${JSON.stringify(snapshotStockFiles(), null, 1)};`,
    '',
  ].join('\n');
}

/** Every generated file, by path. */
export function generatedSources(): Record<string, string> {
  return { ...validatorsSources(), ...stockTemplatesSources(), [STOCK_SNAPSHOT]: stockSnapshotSource() };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Modules of schemas no longer known go: the folder holds only what this run generates.
  for (const dir of [PROPERTY_VALIDATORS_DIR, STOCK_TEMPLATES_DIR]) {
    rmSync(`${ROOT}/${dir}`, { recursive: true, force: true });
    mkdirSync(`${ROOT}/${dir}`, { recursive: true });
  }
  for (const [path, text] of Object.entries(generatedSources())) writeFileSync(`${ROOT}/${path}`, text);
}
