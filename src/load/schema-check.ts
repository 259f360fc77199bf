// JSON Schema validation (Ajv) whose errors become positioned diagnostics with hints.
// Used for spec kinds and for definition properties alike.

import { createHash } from 'node:crypto';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { didYouMean, error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import type { ObjPath } from '../core/types.ts';
import { AT_KEY } from './yaml-source.ts';
import { onDemand } from '../core/on-demand.ts';
import * as plainValidators from '../generated/validators-plain.ts';
import { propertyValidators } from '../generated/property-validators.ts';

export type Schema = Record<string, unknown>;

export interface SchemaCompiler {
  compile(schema: Schema): ValidateFunction;
  /** Meta-schema check without compiling: undefined when the schema is valid. */
  schemaProblem(schema: Schema): string | undefined;
  /**
   * Loads what compile() needs for these schemas: their precompiled validators, and Ajv itself when one has
   * none (a user definition's). The application calls it for the definitions a render uses; compiling a
   * schema without a precompiled validator before Ajv is loaded throws a ModuleNotLoaded.
   */
  preload(schemas: Iterable<Schema>): Promise<void>;
}

// verbose: errors carry parentSchema, which the did-you-mean hint for unknown fields needs.
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

/** The name of a schema's validator in the generated modules (scripts/generate.ts). */
export function schemaKey(schema: Schema): string {
  return createHash('sha1').update(JSON.stringify(schema)).digest('hex');
}

/** The generated modules' export of the JSON Schema meta-schema's validator. */
export const META_EXPORT = 'vmeta';
/** The export of each generated property validator module (src/generated/property-validators/). */
export const PROPERTY_VALIDATOR_EXPORT = 'validate';

type Generated = Record<string, ValidateFunction | undefined>;

/** Ajv, for schemas without a precompiled validator: loaded by preload() only when it meets one (~15 ms to load). */
// Its module.exports is the class: Node and esbuild both hand that as `default` (esbuild hands nothing else).
const runtimeAjv = onDemand('Ajv (a schema without a precompiled validator)', async () => (await import('ajv')).default as unknown as typeof Ajv);

/** Loads Ajv for compile() at run time (see preload); tests that call the stages directly load it up front. */
export const loadRuntimeCompiler = (): Promise<void> => runtimeAjv.load();

/** A compiler whose validators fill in `default`s (for definition properties). */
export function createCompiler(opts: { useDefaults?: boolean } = {}): SchemaCompiler {
  const useDefaults = opts.useDefaults ?? false;
  // Known schemas come precompiled; Ajv itself (~40 ms to load its meta-schema) only for the others. The
  // validators that fill in defaults (the stock property schemas, ~1 MB) are modules loaded on demand.
  const generated: Generated = useDefaults ? {} : { ...(plainValidators as unknown as Generated) };
  const loaders: Record<string, (() => Promise<{ [PROPERTY_VALIDATOR_EXPORT]: unknown }>) | undefined> = useDefaults ? propertyValidators : {};
  let ajv: Ajv | undefined;
  const runtime = () => (ajv ??= new (runtimeAjv.get())({ ...AJV_OPTIONS, useDefaults }));
  const cache = new Map<Schema, ValidateFunction>();
  return {
    compile(schema) {
      const hit = cache.get(schema);
      if (hit) return hit;
      // A stock schema not preloaded (by a caller of the stages that did not ask) is compiled by Ajv, with the same result.
      const v = generated[`v${schemaKey(schema)}`] ?? runtime().compile(schema);
      cache.set(schema, v);
      return v;
    },
    schemaProblem(schema) {
      const meta = (plainValidators as unknown as Generated)[META_EXPORT];
      if (!meta) {
        const a = runtime();
        return a.validateSchema(schema) ? undefined : a.errorsText(a.errors, { dataVar: 'schema' });
      }
      return meta(schema) ? undefined : errorsText(meta.errors ?? [], 'schema');
    },
    async preload(schemas) {
      const loads = new Map<string, Promise<void>>();
      const adopt = async (key: string, load: () => Promise<{ [PROPERTY_VALIDATOR_EXPORT]: unknown }>) => {
        generated[`v${key}`] = (await load())[PROPERTY_VALIDATOR_EXPORT] as ValidateFunction;
      };
      for (const s of schemas) {
        if (cache.has(s)) continue;
        const key = schemaKey(s);
        if (generated[`v${key}`] || loads.has(key)) continue;
        const load = loaders[key];
        loads.set(key, load ? adopt(key, load) : loadRuntimeCompiler());
      }
      await Promise.all(loads.values());
    },
  };
}

/** Ajv's own errorsText, for errors of a precompiled validator (no Ajv instance at hand). */
function errorsText(errors: readonly ErrorObject[], dataVar: string): string {
  return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).join(', ');
}

export interface SchemaCheckOptions {
  /** Where the validated value sits inside its source document (for positions). */
  basePath?: ObjPath;
  /** Human name of the validated thing, e.g. `properties of component "ui"`. */
  subject?: string;
  code?: string;
}

/** Validate and translate every Ajv error into a diagnostic at the offending node. */
export function checkSchema(validate: ValidateFunction, value: unknown, pos: (path: ObjPath) => SourcePos, opts: SchemaCheckOptions = {}): Diagnostic[] {
  if (validate(value)) return [];
  const base = opts.basePath ?? [];
  const code = opts.code ?? 'schema';
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of pruneErrors(validate.errors ?? [])) {
    const path = pointerToPath(e.instancePath);
    const d = toDiagnostic(e, [...base, ...path], pos, code, opts.subject);
    const key = `${d.line}:${d.column}:${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

/** Drop the noise Ajv emits for oneOf/anyOf branches when a more specific error exists. */
function pruneErrors(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => !['oneOf', 'anyOf', 'if'].includes(e.keyword));
  return specific.length > 0 && specific.length < errors.length ? specific.filter((e) => !isBranchNoise(e, specific)) : errors;
}

function isBranchNoise(e: ErrorObject, all: ErrorObject[]): boolean {
  // A `type` error on a node that also has deeper errors came from a non-matching branch.
  return e.keyword === 'type' && all.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && o.keyword !== 'type');
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function pathToString(path: ObjPath): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || '(root)';
}

function toDiagnostic(e: ErrorObject, path: (string | number)[], pos: (path: ObjPath) => SourcePos, code: string, subject?: string): Diagnostic {
  const where = pathToString(path);
  const prefix = subject ? `${subject}: ` : '';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = didYouMean(key, allowed);
      return error(
        code,
        `${prefix}unknown field "${key}"${path.length ? ` in ${where}` : ''}`,
        pos([...path, key, AT_KEY]),
        guess ? `did you mean "${guess}"?` : allowed.length ? `allowed fields: ${allowed.sort().join(', ')}` : undefined,
      );
    }
    case 'required':
      return error(code, `${prefix}missing required field "${String(p.missingProperty)}"${path.length ? ` in ${where}` : ''}`, pos(path));
    case 'type':
      return error(code, `${prefix}${where} must be ${article(String(p.type))}`, pos(path));
    case 'enum':
      return error(code, `${prefix}${where} must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, pos(path));
    case 'const':
      return error(code, `${prefix}${where} must be ${JSON.stringify(p.allowedValue)}`, pos(path));
    case 'pattern':
      return error(code, `${prefix}${where} must match ${String(p.pattern)}`, pos(path), patternHint(String(p.pattern)));
    default:
      return error(code, `${prefix}${where} ${e.message ?? 'is invalid'}`, pos(path));
  }
}

function article(type: string): string {
  const t = type.replace(/,/g, ' or ');
  return /^(integer|object|array)/.test(t) ? `an ${t}` : `a ${t}`;
}

function patternHint(pattern: string): string | undefined {
  if (pattern.includes('oci://'))
    return 'use https://, ssh:// or oci://HOST[:PORT]/REPOSITORY (the repository in lowercase letters, digits, and . _ - / between them)';
  if (pattern.includes('[a-z0-9]')) return 'use lowercase letters, digits and "-" (a DNS-1123 name)';
  return undefined;
}
