// The OCI image-spec's JSON schema for image manifests (test/fixtures/oci, written from the spec),
// compiled with Ajv: every manifest hubcast pushes is checked against it.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/oci/image-manifest-schema.json'), 'utf8')));

/** Schema errors as `path message` lines; empty when the manifest is valid. */
export function validOciManifest(manifest: unknown): string[] {
  return validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
