// Definition documents (ComponentDefinition, TraitDefinition, PolicyDefinition): validated
// against their own schema, versioned by exact semver, with their property schema compiled by Ajv
// and their Handlebars templates checked and compiled once.

import { createHash } from 'node:crypto';
import semver from 'semver';
import { type Diagnostic, error, hasErrors, warning } from '../core/diagnostics.ts';
import { checkSchema, createCompiler, type Schema } from '../load/schema-check.ts';
import { sortKeys } from '../core/stable-json.ts';
import type { JsonObject, SourceObject } from '../core/types.ts';
import { AT_KEY } from '../load/yaml-source.ts';
import { DEFINITION_API_VERSION, type Definition, type DefinitionKind, type DefinitionTemplates } from './definition-types.ts';
import { compileTemplate, preloadTemplates, type TemplateOrigin } from './template-engine.ts';

export const DEFINITION_KINDS: readonly DefinitionKind[] = ['ComponentDefinition', 'TraitDefinition', 'PolicyDefinition'];

/** Kinds that carry a pod template; the default targets of a trait. */
export const WORKLOAD_KINDS: readonly string[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];

const DNS1123_LABEL = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';

/** The schema of a definition document itself. */
export const definitionDocumentSchema: Schema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  additionalProperties: false,
  properties: {
    apiVersion: { const: DEFINITION_API_VERSION },
    kind: { enum: [...DEFINITION_KINDS] },
    metadata: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', pattern: DNS1123_LABEL, maxLength: 63 },
        namespace: { type: 'string', pattern: DNS1123_LABEL, maxLength: 63 },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        annotations: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
    spec: {
      type: 'object',
      required: ['version'],
      additionalProperties: false,
      properties: {
        version: { type: 'string', minLength: 1 },
        description: { type: 'string' },
        workloadType: { enum: ['application', 'task'] },
        source: { enum: ['helm', 'git'] },
        schema: { type: 'object' },
        template: { type: 'string', minLength: 1 },
        patch: { type: 'string', minLength: 1 },
        outputs: { type: 'string', minLength: 1 },
        appliesTo: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } },
      },
    },
  },
};

/** Which spec fields each kind takes (beyond version, description, schema). */
const KIND_FIELDS: Record<DefinitionKind, { required: string[][]; allowed: string[] }> = {
  ComponentDefinition: { required: [['template']], allowed: ['template', 'workloadType', 'source'] },
  TraitDefinition: { required: [['patch', 'outputs']], allowed: ['patch', 'outputs', 'appliesTo'] },
  PolicyDefinition: { required: [['template']], allowed: ['template'] },
};

const documentCompiler = createCompiler();
/** Compiles property schemas; validators fill in `default`s. Shared with the renderer. */
export const propertiesCompiler = createCompiler({ useDefaults: true });

export interface ParseDefinitionOptions {
  /** The file's text, for exact template columns (without it, 2-space indentation is assumed). */
  text?: string;
  /**
   * Check and compile the templates when the definition first renders, not now: for the stock set,
   * whose templates a test proves clean, and of which a render uses a few (~50 ms saved at start).
   */
  lazyTemplates?: boolean;
  /** Where each template starts (line, column), known in advance (the stock snapshot). */
  origins?: Record<string, [number, number]>;
  /**
   * From the stock snapshot: its hash computed and its property schema checked against the meta-schema in advance
   * (a test checks the stock set read from templates/ itself), ~10 ms of every start.
   */
  checked?: { hash: string };
}

/**
 * Validate one definition document and compile its schema and templates. Returns the definition
 * only when there are no errors.
 */
export function parseDefinition(
  src: SourceObject,
  systemNamespace: string,
  opts: ParseDefinitionOptions = {},
): { definition?: Definition; diagnostics: Diagnostic[] } {
  const body = src.body;
  const kindText = typeof body.kind === 'string' ? body.kind : 'definition';
  const diagnostics = checkSchema(documentCompiler.compile(definitionDocumentSchema), body, src.pos, {
    code: 'definition-schema',
    subject: kindText,
  });
  if (diagnostics.length) return { diagnostics };

  const kind = body.kind as DefinitionKind;
  const metadata = body.metadata as JsonObject;
  const spec = body.spec as JsonObject;
  const name = String(metadata.name);
  const version = String(spec.version);
  const label = `${name}@${version}`;

  if (semver.valid(version) !== version) {
    diagnostics.push(
      error(
        'definition-version',
        `${kind} "${name}": spec.version "${version}" is not an exact semantic version`,
        src.pos(['spec', 'version']),
        'write MAJOR.MINOR.PATCH without a "v", for example 1.0.0',
      ),
    );
  }

  const fields = KIND_FIELDS[kind];
  for (const group of fields.required) {
    if (!group.some((f) => typeof spec[f] === 'string')) {
      diagnostics.push(error('definition-schema', `${kind} "${name}": spec needs ${group.map((f) => `"${f}"`).join(' or ')}`, src.pos(['spec'])));
    }
  }
  for (const f of ['template', 'workloadType', 'source', 'patch', 'outputs', 'appliesTo']) {
    if (spec[f] !== undefined && !fields.allowed.includes(f)) {
      diagnostics.push(
        error(
          'definition-schema',
          `${kind} "${name}": spec.${f} is not used by a ${kind}`,
          src.pos(['spec', f]),
          `a ${kind} takes: ${fields.allowed.join(', ')}`,
        ),
      );
    }
  }

  // The properties schema: must compile, must describe a map.
  const schema = propertySchemaOf(spec.schema as JsonObject | undefined);
  if (spec.schema !== undefined) {
    if (schema.type !== 'object') {
      diagnostics.push(error('definition-schema', `${kind} "${name}": spec.schema must have type: object (properties are a map)`, src.pos(['spec', 'schema'])));
    } else if (schema.additionalProperties === undefined && schema.unevaluatedProperties === undefined) {
      diagnostics.push(
        warning(
          'definition-schema',
          `${kind} "${name}": spec.schema accepts unknown properties, so a misspelt property is silently ignored`,
          src.pos(['spec', 'schema']),
          'add additionalProperties: false',
        ),
      );
    }
    // Checked against the JSON Schema meta-schema only: compiling costs ~20 ms a schema, so it
    // waits until a component first uses the definition (component.ts).
    const problem = opts.checked ? undefined : propertiesCompiler.schemaProblem(schema);
    if (problem) {
      diagnostics.push(error('definition-schema', `${kind} "${name}": spec.schema is not a valid JSON Schema: ${problem}`, src.pos(['spec', 'schema'])));
    }
  }

  const templates: DefinitionTemplates = {};
  for (const key of ['template', 'patch', 'outputs'] as const) {
    const text = spec[key];
    if (typeof text !== 'string' || !fields.allowed.includes(key) || opts.lazyTemplates) continue;
    const origin = templateOrigin(src, key, `${label} spec.${key}`, opts.text);
    const { template, diagnostics: tdiags } = compileTemplate(text, origin);
    diagnostics.push(...tdiags);
    if (template) templates[key] = template;
  }

  if (hasErrors(diagnostics)) return { diagnostics };

  const definition: Definition = {
    kind,
    name,
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : systemNamespace,
    version,
    description: typeof spec.description === 'string' ? spec.description : '',
    schema,
    source: src,
    hash: opts.checked?.hash ?? definitionHash(body),
    templates: opts.lazyTemplates ? undefined : templates,
  };
  if (opts.lazyTemplates && opts.text !== undefined) fileTexts.set(definition, opts.text);
  if (opts.lazyTemplates && opts.origins) knownOrigins.set(definition, opts.origins);
  if (kind === 'ComponentDefinition') definition.workloadType = spec.workloadType === 'task' ? 'task' : 'application';
  if (kind === 'ComponentDefinition' && (spec.source === 'helm' || spec.source === 'git')) definition.sourceType = spec.source;
  if (kind === 'TraitDefinition' && Array.isArray(spec.appliesTo)) definition.appliesTo = spec.appliesTo.map(String);
  return { definition, diagnostics };
}

const EMPTY_SCHEMA: JsonObject = { type: 'object', properties: {}, additionalProperties: false };

function propertySchemaOf(schema: JsonObject | undefined): JsonObject {
  if (!schema) return EMPTY_SCHEMA;
  // A top-level $id would make Ajv refuse the second version of the same definition.
  const { $id: _id, ...rest } = schema;
  void _id;
  return rest;
}

/** sha256 of the body with sorted keys: the same content always hashes the same. */
export function definitionHash(body: JsonObject): string {
  return createHash('sha256')
    .update(JSON.stringify(sortKeys(body)))
    .digest('hex');
}

/**
 * Where a template's first line sits in the file. `pos(['spec', key])` is the scalar's start: for
 * a block scalar (`template: |`) the indicator, so the content starts on the next line. With the
 * file text the content indentation is read; without it, spec keys + 2 spaces is assumed.
 */
export function templateOrigin(src: SourceObject, key: string, label: string, text?: string): TemplateOrigin {
  const at = src.pos(['spec', key]);
  const value = (src.body.spec as JsonObject)[key];
  if (text !== undefined) {
    const lines = text.split(/\r?\n/);
    const header = (lines[at.line - 1] ?? '').slice(at.column - 1);
    if (/^[|>]/.test(header)) {
      let indent = 0;
      for (let i = at.line; i < lines.length; i++) {
        if (lines[i].trim() === '') continue;
        indent = lines[i].length - lines[i].trimStart().length;
        break;
      }
      return { file: at.file, line: at.line + 1, column: indent + 1, label };
    }
    return { file: at.file, line: at.line, column: at.column + (/^["']/.test(header) ? 1 : 0), label };
  }
  if (typeof value === 'string' && value.includes('\n')) {
    // Without the file text, assume the block content is indented two spaces past its key.
    const keyAt = src.pos(['spec', key, AT_KEY]);
    return { file: at.file, line: at.line + 1, column: keyAt.column + 2, label };
  }
  return { file: at.file, line: at.line, column: at.column, label };
}

/**
 * Loads the generated code that validating and rendering these definitions runs: their precompiled property
 * validators (Ajv for a schema without one) and templates. The application calls it, after resolve, for the
 * definitions a render uses; the stages themselves stay synchronous.
 */
export async function preloadDefinitions(defs: Iterable<Definition>): Promise<void> {
  const list = [...defs];
  await Promise.all([propertiesCompiler.preload(list.map((d) => d.schema)), preloadTemplates(list.flatMap(templateTexts))]);
}

const TEMPLATE_KEYS = ['template', 'patch', 'outputs'] as const;

function templateTexts(def: Definition): string[] {
  const spec = (def.source.body.spec ?? {}) as JsonObject;
  return TEMPLATE_KEYS.map((k) => spec[k]).filter((t): t is string => typeof t === 'string');
}

const lazyTemplates = new WeakMap<Definition, DefinitionTemplates>();
/** The file text of definitions whose templates compile lazily (exact template columns). */
const fileTexts = new WeakMap<Definition, string>();
/** Template positions of definitions from the stock snapshot. */
const knownOrigins = new WeakMap<Definition, Record<string, [number, number]>>();

/** The compiled templates of a definition (compiled from its source if it was built by hand). */
export function definitionTemplates(def: Definition): DefinitionTemplates {
  if (def.templates) return def.templates;
  let t = lazyTemplates.get(def);
  if (!t) {
    t = {};
    const spec = (def.source.body.spec ?? {}) as JsonObject;
    for (const key of TEMPLATE_KEYS) {
      if (typeof spec[key] !== 'string') continue;
      const label = `${def.name}@${def.version} spec.${key}`;
      const known = knownOrigins.get(def)?.[key];
      const origin = known ? { file: def.source.file, line: known[0], column: known[1], label } : templateOrigin(def.source, key, label, fileTexts.get(def));
      const { template } = compileTemplate(spec[key] as string, origin);
      if (template) t[key] = template;
    }
    lazyTemplates.set(def, t);
  }
  return t;
}
