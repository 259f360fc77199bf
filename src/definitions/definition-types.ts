// The contract between the resolve stage (which picks definition versions) and the definition
// engine (which turns a component + its traits into Kubernetes objects).

import type { Diagnostic, SourcePos } from '../core/diagnostics.ts';
import type { JsonObject, K8sObject, ObjPath, SourceObject } from '../core/types.ts';
import type { LabelStyle } from './selector-labels.ts';
import type { CompiledTemplate } from './template-engine.ts';

export { DEFINITION_API_VERSION, type DefinitionKind } from '../load/load-repo.ts';
import type { DefinitionKind } from '../load/load-repo.ts';

/** A parsed, validated definition with its templates compiled once. */
export interface Definition {
  kind: DefinitionKind;
  name: string;
  namespace: string;
  /** Exact semantic version, e.g. `1.0.0`. */
  version: string;
  /** ComponentDefinition only: seed 001's classification. */
  workloadType?: 'application' | 'task';
  /**
   * ComponentDefinition only: the component names a Helm chart or a git source that hubcast
   * resolves to an exact version before rendering (docs/sources.md); the template sees it as
   * `context.source`.
   */
  sourceType?: 'helm' | 'git';
  description: string;
  /** JSON Schema (draft-07) for `properties`. */
  schema: JsonObject;
  source: SourceObject;
  /** Content hash (sha256 hex) of the definition's canonical body, recorded in the lock. */
  hash: string;
  /**
   * TraitDefinition only: kinds the trait's patch applies to (`*` = every object of the
   * component). Set by parseDefinition; absent means the workload kinds.
   */
  appliesTo?: string[];
  /** Compiled templates, set by parseDefinition (compiled from `source` on demand otherwise). */
  templates?: DefinitionTemplates;
}

/** `spec.template` (components, policies), `spec.patch` and `spec.outputs` (traits). */
export interface DefinitionTemplates {
  template?: CompiledTemplate;
  patch?: CompiledTemplate;
  outputs?: CompiledTemplate;
}

/** Per-cluster facts, only present in the per-cluster layout. */
export interface ClusterContext {
  name: string;
  labels: Record<string, string>;
  claims: Record<string, string>;
}

export interface RenderContext {
  workload: { name: string; namespace: string };
  deployment: { name: string; namespace: string };
  environment: { name: string; namespace: string };
  cluster?: ClusterContext;
  /** The component's resolved source (definitions with `source`), see docs/sources.md. */
  source?: JsonObject;
  /**
   * Which labels `context.labels` holds (hubcast.yaml `definitions.selectorLabels`, by the
   * definition set of the component's definition); `hubcast` when absent.
   */
  labelStyle?: LabelStyle;
}

export interface TraitInput {
  definition: Definition;
  properties: JsonObject;
  /** Maps a path inside `properties` to where the user wrote it. */
  pos(path: ObjPath): SourcePos;
}

export interface ComponentInput {
  name: string;
  definition: Definition;
  properties: JsonObject;
  pos(path: ObjPath): SourcePos;
  traits: TraitInput[];
  context: RenderContext;
}

export interface ComponentOutput {
  /** The component's objects after traits: the workload object(s) first, then trait outputs. */
  objects: K8sObject[];
  diagnostics: Diagnostic[];
}
