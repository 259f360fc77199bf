// The JSON Schemas of hubcast.yaml's delivery sections (`flux`, `delivery`, `sizeLimit`), which
// config.ts checks; delivery-config.ts reads the checked values.

import type { Schema } from './schema-check.ts';
import { DNS1123_LABEL } from './spec-schemas.ts';

/** OCM's webhook rejects ManifestWorks whose manifests exceed 500 KiB in total. */
export const OCM_MANIFEST_LIMIT = 512000;

const duration = { type: 'string', pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$' };
/** A git URL, or oci://HOST[:PORT]/REPOSITORY for artifacts `hubcast publish --to` pushes. */
const sourceUrl = { type: 'string', pattern: '^((http|https|ssh)://.+|oci://[^/]+/[a-z0-9]+([._/-][a-z0-9]+)*)$' };
/** OCI tag grammar (distribution spec). */
export const OCI_TAG_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$';
const secretName = { type: 'string', pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$' };

export const fluxConfigSchema: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    url: sourceUrl,
    branch: { type: 'string', minLength: 1 },
    tag: { type: 'string', pattern: OCI_TAG_PATTERN },
    insecure: { type: 'boolean' },
    secretRef: secretName,
    namespace: { type: 'string', pattern: DNS1123_LABEL },
    interval: duration,
    sourceInterval: duration,
    timeout: duration,
    spoke: {
      type: 'object',
      additionalProperties: false,
      properties: {
        url: sourceUrl,
        secretRef: secretName,
        namespace: { type: 'string', pattern: DNS1123_LABEL },
        interval: duration,
        decryptionSecret: secretName,
      },
    },
  },
};

export const deliverySchema: Schema = { type: 'string', enum: ['manifestwork', 'flux-pull'] };

export const sizeLimitSchema: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    bytes: { type: 'integer', minimum: 1024, maximum: OCM_MANIFEST_LIMIT },
    onExceed: { type: 'string', enum: ['split', 'fail'] },
  },
};
