// JSON Schemas for the spectrocloud.com/v1beta1 kinds hubcast reads. They mirror seeds 000/001:
// strict where the shape is ours to define (unknown fields are typos worth reporting), open where
// a value passes through to OCM (Placement spec, rollout strategy) and is checked there.

import type { Schema } from './schema-check.ts';

export const DNS1123_LABEL = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
/** A name with an optional `@vN`, `@v1.3`, `@1.3.6` revision/version pin. */
export const PINNED_NAME = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9A-Za-z.+-]+)?$';

const str = { type: 'string' } as const;
const bool = { type: 'boolean' } as const;
const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;
const openObject = { type: 'object' } as const;

const metadata = (requireNamespace: boolean): Schema => ({
  type: 'object',
  required: requireNamespace ? ['name', 'namespace'] : ['name'],
  properties: {
    name: { type: 'string', pattern: DNS1123_LABEL, maxLength: 63 },
    namespace: { type: 'string', pattern: DNS1123_LABEL, maxLength: 63 },
    labels: stringMap,
    annotations: stringMap,
  },
});

const objectRef: Schema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: PINNED_NAME },
    namespace: { type: 'string', pattern: DNS1123_LABEL },
  },
};

const DNS1123_SUBDOMAIN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
/** A Flux/Kubernetes duration such as 10m or 1h30m. */
export const DURATION = '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$';

const semver = { type: 'string', pattern: '^v?\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$' };

const trait: Schema = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: { type: { type: 'string', pattern: PINNED_NAME }, properties: openObject },
};

const component: Schema = {
  type: 'object',
  required: ['name', 'type'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: DNS1123_LABEL, maxLength: 63 },
    type: { type: 'string', pattern: PINNED_NAME },
    properties: openObject,
    traits: { type: 'array', items: trait },
    // KubeVela's component revision name: accepted for portability, no effect (no component revisions here).
    externalRevision: { type: 'string', minLength: 1 },
  },
};

const policy: Schema = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: DNS1123_LABEL },
    type: { type: 'string', pattern: PINNED_NAME },
    properties: openObject,
  },
};

const overrideProperties: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    components: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          type: { type: 'string', pattern: PINNED_NAME },
          externalRevision: { type: 'string', minLength: 1 },
          properties: openObject,
          traits: {
            type: 'array',
            items: {
              type: 'object',
              required: ['type'],
              additionalProperties: false,
              properties: { type: { type: 'string', pattern: PINNED_NAME }, properties: openObject, disable: bool },
            },
          },
        },
      },
    },
    selector: { type: 'array', items: str },
  },
};

const lifecycle: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    spokeNamespace: {
      type: 'object',
      additionalProperties: false,
      properties: { create: bool, orphan: bool },
    },
    workload: { type: 'object', additionalProperties: false, properties: { orphan: bool } },
  },
};

const placementSpec: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    clusterSets: { type: 'array', items: str },
    numberOfClusters: { type: 'integer', minimum: 0 },
    predicates: { type: 'array', items: openObject },
    prioritizerPolicy: openObject,
    spreadPolicy: openObject,
    tolerations: { type: 'array', items: openObject },
    decisionStrategy: openObject,
  },
};

const topology: Schema = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['topology-ocm', 'topology-ocm-byop'] },
    properties: {
      type: 'object',
      additionalProperties: false,
      properties: {
        hubNamespace: { type: 'string', pattern: DNS1123_LABEL },
        placement: placementSpec,
        placementRefs: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: { name: { type: 'string', pattern: DNS1123_LABEL }, rolloutStrategy: openObject },
          },
        },
        manifestWorkReplicaSet: {
          type: 'object',
          additionalProperties: false,
          properties: {
            manifestWorkTemplate: {
              type: 'object',
              additionalProperties: false,
              properties: { lifecycle, deleteOption: openObject, manifestConfigs: { type: 'array', items: openObject } },
            },
            rolloutStrategy: openObject,
          },
        },
      },
    },
  },
};

const variableEntry: Schema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_.-]*$' },
    variableType: { type: 'string', enum: ['string', 'bool', 'int32', 'int64', 'float32', 'float64'] },
    value: {},
    description: str,
    validationMode: { type: 'string', enum: ['required', 'optional'] },
    locked: bool,
    inputType: str,
  },
};

const variableList: Schema = { type: 'array', items: variableEntry };

/** WorkloadDeployment.spec.variables: a map NAME -> value, or a list of {name, value}. */
const deploymentVariables: Schema = {
  oneOf: [
    { type: 'object', propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_.-]*$' } },
    {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: { name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_.-]*$' }, value: {} },
      },
    },
  ],
};

const envelope = (spec: Schema, requireNamespace = false): Schema => ({
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: { apiVersion: str, kind: str, metadata: metadata(requireNamespace), spec, status: openObject },
});

export const specSchemas: Record<string, Schema> = {
  Environment: envelope({
    type: 'object',
    required: ['topology'],
    additionalProperties: false,
    properties: {
      version: semver,
      topology,
      policies: {
        type: 'array',
        items: { allOf: [policy, { if: { properties: { type: { const: 'override' } } }, then: { properties: { properties: overrideProperties } } }] },
      },
    },
  }),
  WorkloadProfile: envelope({
    type: 'object',
    required: ['workload'],
    additionalProperties: false,
    properties: {
      version: semver,
      description: str,
      workload: {
        type: 'object',
        required: ['components'],
        additionalProperties: false,
        properties: {
          components: { type: 'array', minItems: 1, items: component },
          policies: { type: 'array', items: policy },
        },
      },
    },
  }),
  WorkloadDeployment: envelope({
    type: 'object',
    required: ['workload', 'environmentRef'],
    additionalProperties: false,
    properties: {
      workload: {
        type: 'object',
        required: ['name', 'namespace'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: DNS1123_LABEL, maxLength: 63 },
          namespace: { type: 'string', pattern: DNS1123_LABEL, maxLength: 63 },
          metadata: {
            type: 'object',
            additionalProperties: false,
            properties: { labels: stringMap, annotations: stringMap },
          },
          namespaceMetadata: {
            type: 'object',
            additionalProperties: false,
            properties: { labels: stringMap, annotations: stringMap },
          },
        },
      },
      workloadProfileRef: objectRef,
      profileBundleRef: objectRef,
      environmentRef: objectRef,
      variables: deploymentVariables,
    },
  }),
  VariableSet: envelope({
    type: 'object',
    additionalProperties: false,
    properties: { variables: variableList },
  }),
  // A project's chart repository (docs/sources.md). Credentials are only ever a Secret's name.
  Repository: envelope({
    type: 'object',
    required: ['url'],
    additionalProperties: false,
    properties: {
      url: { type: 'string', pattern: '^(https?|oci)://[^\\s]+$' },
      description: str,
      secretRef: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', pattern: DNS1123_SUBDOMAIN } } },
      insecure: bool,
    },
  }),
  ProfileBundle: envelope({
    type: 'object',
    additionalProperties: false,
    properties: {
      version: semver,
      description: str,
      workloadProfileRef: objectRef,
      variableSet: {
        type: 'object',
        additionalProperties: false,
        properties: { variables: variableList },
      },
    },
  }),
};
