// Validates emitted objects against the official OCM and Flux CRDs in ../shared/crds (the
// openAPIV3Schema of the served version), so what we emit is what the hub's apiserver accepts.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with its function as `default`: tsx and Node see the exports object.
const addFormats = (addFormatsModule as unknown as { default: (a: Ajv) => void }).default ?? (addFormatsModule as unknown as (a: Ajv) => void);

// The official CRDs as shared beside the repo; a copy of the same files (with their SOURCES.md) is kept in
// test/fixtures/crds so the suite also runs where shared/ is not (a GitHub runner).
const SHARED_CRDS = resolve(import.meta.dirname, '../../../shared/crds');
export const CRD_DIR = existsSync(SHARED_CRDS) ? SHARED_CRDS : resolve(import.meta.dirname, '../fixtures/crds');

type Crd = { spec: { group: string; names: { kind: string }; versions: { name: string; schema: { openAPIV3Schema: object } }[] } };

let validators: Map<string, ValidateFunction> | undefined;
const schemas = new Map<string, Schema>();

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
};

function load(): Map<string, ValidateFunction> {
  if (validators) return validators;
  if (!existsSync(CRD_DIR)) throw new Error(`CRDs not found at ${CRD_DIR}: the shared/ folder must sit beside the repo`);
  // The CRDs use OpenAPI's formats (int32, int64, byte, date-time): known to ajv-formats, checked.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  validators = new Map();
  for (const sub of ['ocm', 'flux']) {
    const dir = join(CRD_DIR, sub);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      for (const doc of parseAllDocuments(readFileSync(join(dir, f), 'utf8'))) {
        const crd = doc.toJS() as Crd;
        if (!crd?.spec?.versions) continue;
        for (const v of crd.spec.versions) {
          const key = `${crd.spec.group}/${v.name}/${crd.spec.names.kind}`;
          validators.set(key, ajv.compile(v.schema.openAPIV3Schema));
          schemas.set(key, v.schema.openAPIV3Schema as Schema);
        }
      }
    }
  }
  return validators;
}

/** Errors for one object, or [] when valid; throws when no CRD covers its apiVersion/kind. */
export function crdErrors(obj: { apiVersion: string; kind: string }): string[] {
  const key = `${obj.apiVersion}/${obj.kind}`;
  const v = load().get(key);
  if (!v) throw new Error(`no CRD for ${key}`);
  const errors = v(obj) ? [] : (v.errors ?? []).map((e) => `${key} ${e.instancePath || '/'} ${e.message}`);
  // The apiserver silently prunes fields a structural schema does not describe: report them.
  const { metadata: _m, ...rest } = obj as Record<string, unknown>;
  return [...errors, ...prunedFields(rest, schemas.get(key)!, '').map((p) => `${key} ${p} is not in the CRD schema (the apiserver would drop it)`)];
}

export function hasCrd(apiVersion: string, kind: string): boolean {
  return load().has(`${apiVersion}/${kind}`);
}

function prunedFields(value: unknown, schema: Schema, path: string): string[] {
  if (!schema || schema['x-kubernetes-preserve-unknown-fields'] || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return schema.items ? value.flatMap((v, i) => prunedFields(v, schema.items!, `${path}/${i}`)) : [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const sub = schema.properties?.[k] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    if (!sub) {
      if (schema.additionalProperties !== true) out.push(`${path}/${k}`);
      continue;
    }
    out.push(...prunedFields(v, sub, `${path}/${k}`));
  }
  return out;
}
