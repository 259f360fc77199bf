// hubcast.yaml: optional repository configuration. Everything has a default so a repo of specs
// with no config renders as the seeds describe.

import { createCompiler, checkSchema, type Schema } from './schema-check.ts';
import { error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import { refNameProblem } from '../core/git-ref-name.ts';
import { setOwn } from '../core/own-key.ts';
import type { JsonObject } from '../core/types.ts';
import { parseYamlFile, type SourceFile } from './yaml-source.ts';
import { DNS1123_LABEL } from './spec-schemas.ts';
import { deliverySchema, fluxConfigSchema, sizeLimitSchema } from './delivery-schemas.ts';

export const CONFIG_FILE = 'hubcast.yaml';

export type Layout = 'per-cluster' | 'replicaset';

export interface HubcastConfig {
  include: string[];
  exclude: string[];
  versioning: 'basic' | 'semantic';
  systemNamespace: string;
  variableSetName: string;
  /** `auto`: per-cluster when an inventory is present, else replicaset. */
  layout: Layout | 'auto';
  /** Default hub namespace for generated Placements / MWRS (topology-ocm). */
  hubNamespace: string;
  generatedBranch: string;
  /** Settings per definition set (the definitions of one namespace; the system namespace holds the stock set). */
  definitions: DefinitionsConfig;
  /** Raw config sections later stages interpret (flux, publish, pr, ...). */
  extra: JsonObject;
  /** Where each `include` pattern is written, when hubcast.yaml sets them (load-repo.ts reports patterns that match nothing). */
  includeAt?: SourcePos[];
}

/** `hubcast`: app.kubernetes.io/name + instance; `kubevela`: KubeVela's app.oam.dev labels. */
export type SelectorLabels = 'hubcast' | 'kubevela';

export interface DefinitionsConfig {
  /** The labels the stock templates select pods with, for every definition set... */
  selectorLabels: SelectorLabels;
  /** ...unless its namespace says otherwise. */
  sets: Record<string, { selectorLabels?: SelectorLabels }>;
}

/** The selector labels of the definitions in `namespace`. */
export function selectorLabelsOf(config: HubcastConfig, namespace: string): SelectorLabels {
  const set = Object.hasOwn(config.definitions.sets, namespace) ? config.definitions.sets[namespace] : undefined;
  return set?.selectorLabels ?? config.definitions.selectorLabels;
}

export const defaultConfig: HubcastConfig = {
  include: ['**/*.yaml', '**/*.yml'],
  exclude: [],
  versioning: 'basic',
  systemNamespace: 'mural-system',
  variableSetName: 'mural-variables',
  layout: 'auto',
  hubNamespace: 'managed-cluster-set-global',
  generatedBranch: 'hubcast/rendered',
  definitions: { selectorLabels: 'hubcast', sets: {} },
  extra: {},
};

/** Always excluded: VCS data, dependencies, and hubcast's own output/cache. */
export const builtinExcludes = ['.git/**', '**/node_modules/**', '.github/**', '.hubcast-cache/**', CONFIG_FILE];

export const configSchema: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string', const: 'HubcastConfig' },
    include: { type: 'array', items: { type: 'string' } },
    exclude: { type: 'array', items: { type: 'string' } },
    versioning: { type: 'string', enum: ['basic', 'semantic'] },
    systemNamespace: { type: 'string', pattern: DNS1123_LABEL },
    variableSetName: { type: 'string', pattern: DNS1123_LABEL },
    layout: { type: 'string', enum: ['auto', 'per-cluster', 'replicaset'] },
    hubNamespace: { type: 'string', pattern: DNS1123_LABEL },
    generatedBranch: { type: 'string', minLength: 1 },
    definitions: {
      type: 'object',
      additionalProperties: false,
      properties: {
        selectorLabels: { type: 'string', enum: ['hubcast', 'kubevela'] },
        sets: {
          type: 'object',
          propertyNames: { pattern: DNS1123_LABEL },
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            properties: { selectorLabels: { type: 'string', enum: ['hubcast', 'kubevela'] } },
          },
        },
      },
    },
    flux: fluxConfigSchema,
    publish: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mode: { type: 'string', enum: ['direct', 'pr'] },
        remote: { type: 'string', minLength: 1 },
        to: { type: 'string', pattern: '^oci://[^/]+/[a-z0-9]+([._/-][a-z0-9]+)*$' },
        insecure: { type: 'boolean' },
        timeoutSeconds: { type: 'number', exclusiveMinimum: 0 },
      },
    },
    pullRequests: {
      type: 'object',
      additionalProperties: false,
      properties: {
        labels: { type: 'array', items: { type: 'string', minLength: 1 } },
        reviewers: { type: 'array', items: { type: 'string', minLength: 1 } },
        draft: { type: 'boolean' },
        autoMerge: { enum: [false, 'merge', 'squash', 'rebase'] },
      },
    },
    delivery: deliverySchema,
    sizeLimit: sizeLimitSchema,
    requireReady: { type: 'boolean' },
    sources: {
      type: 'object',
      additionalProperties: false,
      properties: {
        cacheDir: { type: 'string', minLength: 1 },
        ttlSeconds: { type: 'integer', minimum: 0 },
        timeoutSeconds: { type: 'number', exclusiveMinimum: 0 },
        concurrency: { type: 'integer', minimum: 1, maximum: 64 },
        offline: { type: 'boolean' },
      },
    },
    diff: { type: 'object' },
  },
};

const compiler = createCompiler();

export function parseConfig(file: SourceFile | undefined): { config: HubcastConfig; diagnostics: Diagnostic[] } {
  if (!file) return { config: { ...defaultConfig }, diagnostics: [] };
  const { documents, diagnostics } = parseYamlFile(file);
  if (diagnostics.length) return { config: { ...defaultConfig }, diagnostics };
  if (documents.length !== 1) {
    return {
      config: { ...defaultConfig },
      diagnostics: [error('config', `${CONFIG_FILE} must hold exactly one YAML map`, { file: file.path, line: 1, column: 1 })],
    };
  }
  const doc = documents[0];
  const diags = checkSchema(compiler.compile(configSchema), doc.body, doc.pos, { code: 'config', subject: CONFIG_FILE });
  const b = doc.body as Record<string, unknown>;
  if (typeof b.generatedBranch === 'string' && b.generatedBranch) {
    const problem = refNameProblem(b.generatedBranch);
    if (problem)
      diags.push(
        error(
          'config',
          `generatedBranch "${b.generatedBranch}" is not a valid git branch name: it ${problem}`,
          doc.pos(['generatedBranch']),
          'use letters, digits, "-", "_", "." and "/" between parts, e.g. hubcast/rendered',
        ),
      );
  }
  const includes = Array.isArray(b.include) ? b.include : [];
  includes.forEach((p, i) => {
    if (typeof p !== 'string') return;
    const outside = patternOutsideRepo(p);
    if (outside)
      diags.push(
        error(
          'config',
          `include pattern "${p}" ${outside}: hubcast reads only files inside the repository`,
          doc.pos(['include', i]),
          'write patterns relative to the repository root, e.g. specs/**/*.yaml',
        ),
      );
  });
  const known = new Set(Object.keys(defaultConfig));
  const extra: JsonObject = {};
  for (const [k, v] of Object.entries(doc.body)) if (!known.has(k) && k !== 'apiVersion' && k !== 'kind') setOwn(extra, k, v);
  const config: HubcastConfig = {
    include: (b.include as string[]) ?? defaultConfig.include,
    exclude: (b.exclude as string[]) ?? defaultConfig.exclude,
    versioning: (b.versioning as HubcastConfig['versioning']) ?? defaultConfig.versioning,
    systemNamespace: (b.systemNamespace as string) ?? defaultConfig.systemNamespace,
    variableSetName: (b.variableSetName as string) ?? defaultConfig.variableSetName,
    layout: (b.layout as HubcastConfig['layout']) ?? defaultConfig.layout,
    hubNamespace: (b.hubNamespace as string) ?? defaultConfig.hubNamespace,
    generatedBranch: (b.generatedBranch as string) ?? defaultConfig.generatedBranch,
    definitions: {
      selectorLabels: ((b.definitions as JsonObject | undefined)?.selectorLabels as SelectorLabels | undefined) ?? defaultConfig.definitions.selectorLabels,
      sets: ((b.definitions as JsonObject | undefined)?.sets as DefinitionsConfig['sets'] | undefined) ?? {},
    },
    extra,
  };
  if (Array.isArray(b.include)) config.includeAt = b.include.map((_, i) => doc.pos(['include', i]));
  return { config, diagnostics: diags };
}

/** Why an include pattern could only match outside the repository, or undefined. */
function patternOutsideRepo(p: string): string | undefined {
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return 'is an absolute path';
  if (p.split(/[\\/]/).includes('..')) return 'climbs out with ".."';
  return undefined;
}
