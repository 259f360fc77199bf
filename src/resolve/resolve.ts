// The resolve stage: every reference a WorkloadDeployment makes (environment, profile, bundle,
// definitions, variables) resolved to exact content, with overrides and variables applied.

import { type Diagnostic, error, hasErrors, type SourcePos, warning } from '../core/diagnostics.ts';
import type { Json, JsonObject, ObjPath, SourceObject } from '../core/types.ts';
import { selectorLabelsOf, type SelectorLabels } from '../load/config.ts';
import { SPEC_KINDS, specSchemaProblems, type SpecKind, type SpecRepo } from '../load/load-repo.ts';
import type { Definition } from '../definitions/definition-types.ts';
import type { LookupContext, ResolvedRef } from './catalog.ts';
import { DefinitionCatalog } from './definition-catalog.ts';
import { findMacros, substitute, type MacroRef } from './macros.ts';
import { ReferenceLock, type LockedReference, type LockedReferences } from './reference-lock.ts';
import { applyOverrides, componentsOf } from './overrides.ts';
import { currentTreeRevisions, type Revision, type RevisionSource } from './revisions.ts';
import { resolveVariables, type ResolvedVariable } from './variables.ts';

export interface ResolvedTrait {
  definition: Definition;
  properties: JsonObject;
  pos(path: ObjPath): SourcePos;
}

export interface ResolvedComponent {
  name: string;
  definition: Definition;
  properties: JsonObject;
  pos(path: ObjPath): SourcePos;
  traits: ResolvedTrait[];
  /** Set by the sources stage for definitions with `source` (src/sources/bind.ts). */
  source?: JsonObject;
  /** hubcast.yaml `definitions.selectorLabels` for the definition's set. */
  labelStyle: SelectorLabels;
}

export interface ResolvedPolicy {
  name: string;
  definition: Definition;
  properties: JsonObject;
  pos(path: ObjPath): SourcePos;
  labelStyle: SelectorLabels;
}

export interface ResolvedDeployment {
  deployment: SourceObject;
  environment: ResolvedRef;
  profile: ResolvedRef;
  bundle?: ResolvedRef;
  components: ResolvedComponent[];
  /** Environment policies other than `override`, rendered into extra objects. */
  policies: ResolvedPolicy[];
  variables: ResolvedVariable[];
  /** Seed 001: application if any component is application-type, else task. */
  workloadType: 'application' | 'task';
  /** Paths (component, property path) that still hold per-cluster macros. */
  clusterMacros: { component: string; pos: SourcePos; text: string }[];
}

export interface ResolveResult {
  deployments: ResolvedDeployment[];
  definitions: DefinitionCatalog;
  /** The revisions references were resolved over. */
  revisions: RevisionSource;
  /** What each reference of the deployments resolved to (the lock's `references`), keys sorted. */
  references: Record<string, LockedReference>;
  diagnostics: Diagnostic[];
}

export interface ResolveOptions {
  stockDefinitions: readonly Definition[];
  /** The repository's own definitions, parsed (src/definitions/repo-definitions.ts). */
  repoDefinitions: readonly Definition[];
  revisions?: RevisionSource;
  /** --locked: the lock's references, held even where a reference would now resolve differently. */
  locked?: LockedReferences;
}

export function resolveRepo(repo: SpecRepo, opts: ResolveOptions): ResolveResult {
  const diagnostics: Diagnostic[] = [];
  const { config, specs } = repo;
  const allSpecs = Object.values(specs).flat();
  const revisions = opts.revisions ?? currentTreeRevisions(allSpecs);
  const names = new Map<string, string[]>();
  for (const o of allSpecs) {
    const k = `${o.id.kind}/${o.id.namespace}`;
    names.set(k, [...(names.get(k) ?? []), o.id.name]);
  }
  const ctx: LookupContext = {
    revisions,
    names: (kind, ns) => names.get(`${kind}/${ns}`) ?? [],
    systemNamespace: config.systemNamespace,
    versioning: config.versioning,
    isInvalid: (kind, ns, name) => repo.invalid.has(`${kind}/${ns}/${name}`),
    check: revisionChecker(),
  };
  const definitions = new DefinitionCatalog(opts.stockDefinitions, opts.repoDefinitions, { revisions, systemNamespace: config.systemNamespace });
  definitions.invalid = repo.invalid;
  const variableSet = (ns: string) => specs.VariableSet.find((v) => v.id.namespace === ns && v.id.name === config.variableSetName);

  const refs = new ReferenceLock(opts.locked);
  const deployments: ResolvedDeployment[] = [];
  // override-no-match: key -> [warning, matched somewhere]
  const overrideMisses = new Map<string, Diagnostic>();
  const overrideHits = new Set<string>();
  const reached = new Set<SourceObject>();
  for (const wd of specs.WorkloadDeployment) {
    const d: Diagnostic[] = [];
    const r = resolveDeployment(wd, ctx, refs, definitions, variableSet, (ns) => selectorLabelsOf(config, ns), d, reached, config.variableSetName);
    for (const x of d) {
      const key = `${x.file}:${x.line}:${x.column}`;
      if (x.code === 'override-no-match') overrideMisses.set(key, x);
      else if (x.code === 'override-matched') overrideHits.add(key);
      else diagnostics.push(x);
    }
    if (r && !hasErrors(d)) deployments.push(r);
  }
  for (const [key, d] of overrideMisses) if (!overrideHits.has(key)) diagnostics.push(d);
  checkUnreachedProfiles(specs.WorkloadProfile, reached, definitions, config.systemNamespace, diagnostics);
  checkUnusedVariableSets(specs.VariableSet, config.variableSetName, diagnostics);
  return { deployments, definitions, revisions, references: refs.entries(), diagnostics };
}

/** Schema check of old revisions, once per revision: its problems go to the first reference only. */
function revisionChecker(): LookupContext['check'] {
  const seen = new WeakMap<Revision, boolean>();
  return (kind, revision) => {
    const known = seen.get(revision);
    if (known !== undefined) return { problems: [], valid: known };
    const obj = revision.object;
    const problems = (SPEC_KINDS as readonly string[]).includes(kind) ? specSchemaProblems(kind as SpecKind, obj.body, obj.pos) : [];
    seen.set(revision, problems.length === 0);
    return { problems, valid: problems.length === 0 };
  };
}

function resolveDeployment(
  wd: SourceObject,
  ctx: LookupContext,
  refs: ReferenceLock,
  definitions: DefinitionCatalog,
  variableSet: (ns: string) => SourceObject | undefined,
  labelStyle: (definitionNamespace: string) => SelectorLabels,
  diagnostics: Diagnostic[],
  reached: Set<SourceObject>,
  variableSetName: string,
): ResolvedDeployment | undefined {
  const spec = wd.body.spec as JsonObject;
  const ns = wd.id.namespace;
  const refOf = (field: string) => spec[field] as { name: string; namespace?: string } | undefined;

  const envRef = refOf('environmentRef')!;
  const environment = refs.ref(ctx, 'Environment', envRef.name, envRef.namespace ?? ns, wd.pos(['spec', 'environmentRef', 'name']), diagnostics);

  let bundle: ResolvedRef | undefined;
  const bundleRef = refOf('profileBundleRef');
  if (bundleRef) {
    bundle = refs.ref(ctx, 'ProfileBundle', bundleRef.name, bundleRef.namespace ?? ns, wd.pos(['spec', 'profileBundleRef', 'name']), diagnostics);
  }
  let profileRef = refOf('workloadProfileRef');
  let profileAt = wd.pos(['spec', 'workloadProfileRef', 'name']);
  if (!profileRef && bundle) {
    const b = bundle.revision.object;
    profileRef = (b.body.spec as JsonObject).workloadProfileRef as { name: string; namespace?: string } | undefined;
    profileAt = b.pos(['spec', 'workloadProfileRef', 'name']);
  }
  if (!profileRef) {
    diagnostics.push(
      error(
        'missing-profile',
        'WorkloadDeployment names no WorkloadProfile',
        wd.pos(['spec']),
        'set spec.workloadProfileRef, or a spec.profileBundleRef whose bundle has a workloadProfileRef',
      ),
    );
    return undefined;
  }
  const profile = refs.ref(ctx, 'WorkloadProfile', profileRef.name, profileRef.namespace ?? ns, profileAt, diagnostics);
  if (!profile) return undefined;
  // Without its Environment the deployment cannot render, but its profile's problems (definitions,
  // variables) are independent of it: report them in this run too.
  const envObj = environment?.revision.object;
  const profObj = profile.revision.object;
  reached.add(profObj);
  const { variables, diagnostics: vdiags } = resolveVariables({
    system: variableSet(ctx.systemNamespace),
    project: variableSet(ns),
    bundle: bundle?.revision.object,
    deployment: wd,
  });
  diagnostics.push(...vdiags);

  const { components: specs, diagnostics: odiags } = envObj
    ? applyOverrides(componentsOf(profObj), envObj)
    : { components: componentsOf(profObj), diagnostics: [] };
  diagnostics.push(...odiags);

  const defNamespaces = [profObj.id.namespace, ...(profObj.id.namespace === ctx.systemNamespace ? [] : [ctx.systemNamespace])];
  const clusterMacros: ResolvedDeployment['clusterMacros'] = [];
  const resolveVars = (props: JsonObject, pos: (p: ObjPath) => SourcePos, label: string): JsonObject => {
    for (const hit of findMacros(props)) {
      // A VariableSet with errors may declare it: the user has that error already.
      const setInvalid = [ctx.systemNamespace, ns].some((n) => ctx.isInvalid('VariableSet', n, variableSetName));
      if (hit.ref.scope === 'var' && !variables.has(hit.ref.name) && !setInvalid) {
        diagnostics.push(
          error(
            'unknown-variable',
            `${label} references variable "${hit.ref.name}", which has no value`,
            pos(hit.path),
            variables.size ? `variables with values: ${[...variables.keys()].join(', ')}` : 'declare it in a VariableSet and give it a value',
          ),
        );
      } else if (hit.ref.scope === 'cluster') clusterMacros.push({ component: label, pos: pos(hit.path), text: hit.text });
    }
    return substitute(props, (ref: MacroRef) => (ref.scope === 'var' ? variables.get(ref.name)?.value : undefined)) as JsonObject;
  };

  const components: ResolvedComponent[] = [];
  for (const c of specs) {
    const def = refs.definition(definitions, 'ComponentDefinition', c.type, defNamespaces, c.typePos, diagnostics);
    const traits: ResolvedTrait[] = [];
    for (const t of c.traits) {
      const tdef = refs.definition(definitions, 'TraitDefinition', t.type, defNamespaces, t.typePos, diagnostics);
      if (tdef) traits.push({ definition: tdef, properties: resolveVars(t.properties, t.pos, `trait ${t.type} of component "${c.name}"`), pos: t.pos });
    }
    if (def) {
      const properties = resolveVars(c.properties, c.pos, `component "${c.name}"`);
      components.push({ name: c.name, definition: def, properties, pos: c.pos, traits, labelStyle: labelStyle(def.namespace) });
    }
  }
  checkComponentNames(components, profObj, diagnostics);

  const policies: ResolvedPolicy[] = [];
  if (!environment || !envObj) return undefined;
  const envPolicies = ((envObj.body.spec as JsonObject).policies as JsonObject[] | undefined) ?? [];
  envPolicies.forEach((p, i) => {
    if (p.type === 'override') return;
    const envNs = [envObj.id.namespace, ...(envObj.id.namespace === ctx.systemNamespace ? [] : [ctx.systemNamespace])];
    const def = refs.definition(definitions, 'PolicyDefinition', String(p.type), envNs, envObj.pos(['spec', 'policies', i, 'type']), diagnostics);
    const pos = (path: ObjPath) => envObj.pos(['spec', 'policies', i, 'properties', ...path]);
    if (def) {
      const properties = resolveVars((p.properties as JsonObject) ?? {}, pos, `policy ${String(p.type)}`);
      policies.push({ name: String(p.name ?? p.type), definition: def, properties, pos, labelStyle: labelStyle(def.namespace) });
    }
  });

  const workloadType = components.some((c) => (c.definition.workloadType ?? 'application') === 'application') ? 'application' : 'task';
  return {
    deployment: wd,
    environment,
    profile,
    bundle,
    components,
    policies,
    variables: [...variables.values()],
    workloadType,
    clusterMacros,
  };
}

/**
 * Profiles no deployment reached (unused, or used only by deployments that failed before their profile):
 * their component and trait types are still checked, so an invalid deployment hides nothing.
 */
function checkUnreachedProfiles(
  profiles: readonly SourceObject[],
  reached: Set<SourceObject>,
  definitions: DefinitionCatalog,
  systemNamespace: string,
  diagnostics: Diagnostic[],
): void {
  for (const p of profiles) {
    if (reached.has(p)) continue;
    const namespaces = [p.id.namespace, ...(p.id.namespace === systemNamespace ? [] : [systemNamespace])];
    for (const c of componentsOf(p)) {
      definitions.resolve('ComponentDefinition', c.type, namespaces, c.typePos, diagnostics);
      for (const t of c.traits) definitions.resolve('TraitDefinition', t.type, namespaces, t.typePos, diagnostics);
    }
  }
}

function checkComponentNames(components: ResolvedComponent[], profile: SourceObject, diagnostics: Diagnostic[]): void {
  const seen = new Set<string>();
  components.forEach((c, i) => {
    if (seen.has(c.name)) {
      diagnostics.push(
        error('duplicate-component', `component name "${c.name}" is used twice in this profile`, profile.pos(['spec', 'workload', 'components', i, 'name'])),
      );
    }
    seen.add(c.name);
  });
}

function checkUnusedVariableSets(sets: SourceObject[], expected: string, diagnostics: Diagnostic[]): void {
  for (const s of sets) {
    if (s.id.name !== expected) {
      diagnostics.push(
        warning(
          'variable-set-name',
          `VariableSet "${s.id.name}" is never read: hubcast reads the VariableSet named "${expected}" in each namespace`,
          s.pos(['metadata', 'name']),
          `rename it to "${expected}" (or set variableSetName in hubcast.yaml)`,
        ),
      );
    }
  }
}

export type { Json };
