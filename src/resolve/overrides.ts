// Environment `override` policies: per-environment patches of a profile's components, with
// KubeVela's semantics (pkg/policy/envbinding/patch.go): properties deep-merge (lists replace),
// traits are keyed by type (`disable: true` removes one, a new type is appended), a named patch
// of another type replaces the component, a name that matches nothing adds one. Differences:
// names match exactly or by `*` glob, anchored (KubeVela's regex is unanchored: `web` also hits
// `my-web-2`); adding needs a `type`; `externalRevision` is accepted and has no effect.

import { warning, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import type { Json, JsonObject, ObjPath, SourceObject } from '../core/types.ts';
import { mergePatch } from '../core/merge-patch.ts';

/** A component as the profile wrote it, with per-value provenance for positions. */
export interface ComponentSpec {
  name: string;
  type: string;
  properties: JsonObject;
  traits: TraitSpec[];
  /** Position of a path inside `properties` (override values point at the Environment). */
  pos(path: ObjPath): SourcePos;
  /** Position of the `type` field. */
  typePos: SourcePos;
}

export interface TraitSpec {
  type: string;
  properties: JsonObject;
  pos(path: ObjPath): SourcePos;
  typePos: SourcePos;
}

export function componentsOf(profile: SourceObject): ComponentSpec[] {
  const comps = ((profile.body.spec as JsonObject).workload as JsonObject).components as JsonObject[];
  return comps.map((c, i) => {
    const base = ['spec', 'workload', 'components', i];
    const traits = ((c.traits as JsonObject[] | undefined) ?? []).map((t, j) => ({
      type: String(t.type),
      properties: (t.properties as JsonObject) ?? {},
      pos: (p: ObjPath) => profile.pos([...base, 'traits', j, 'properties', ...p]),
      typePos: profile.pos([...base, 'traits', j, 'type']),
    }));
    return {
      name: String(c.name),
      type: String(c.type),
      properties: (c.properties as JsonObject) ?? {},
      traits,
      pos: (p: ObjPath) => profile.pos([...base, 'properties', ...p]),
      typePos: profile.pos([...base, 'type']),
    };
  });
}

export function globMatch(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  const re = new RegExp(`^${pattern.split('*').map(escapeRe).join('.*')}$`);
  return re.test(name);
}

function escapeRe(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Apply the Environment's override policies (in order) to the profile's components, as KubeVela's
 * PatchComponents does: a patch without `name` merges into every component (of `type`, if given);
 * a named patch merges into the components it matches, replaces those of another type, and adds a
 * component when it matches none (it then needs a `type`).
 */
export function applyOverrides(components: ComponentSpec[], env: SourceObject): { components: ComponentSpec[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const policies = ((env.body.spec as JsonObject).policies as JsonObject[] | undefined) ?? [];
  let result = components;
  policies.forEach((policy, pi) => {
    if (policy.type !== 'override') return;
    const props = (policy.properties as JsonObject | undefined) ?? {};
    const patches = (props.components as JsonObject[] | undefined) ?? [];
    patches.forEach((patch, ci) => {
      const where = ['spec', 'policies', pi, 'properties', 'components', ci];
      const named = typeof patch.name === 'string';
      const pattern = named ? String(patch.name) : '*';
      const patchType = typeof patch.type === 'string' ? patch.type : undefined;
      const matched = result.filter((c) => globMatch(pattern, c.name) && (named || patchType === undefined || sameType(patchType, c.type)));
      const at = env.pos([...where, named ? 'name' : 'type']);
      if (matched.length === 0) {
        if (named && !pattern.includes('*') && patchType !== undefined) {
          // KubeVela adds a component an override names and the application lacks.
          diagnostics.push({ severity: 'info', code: 'override-matched', message: `override "${pattern}" adds component "${pattern}"`, ...at });
          result = [...result, newComponent(pattern, patchType, patch, env, where)];
          return;
        }
        // An environment serves many profiles: resolveRepo warns only when no deployment matched.
        diagnostics.push(
          warning(
            'override-no-match',
            `override for component "${pattern}" matches no component of any profile deployed to this environment`,
            at,
            named && !pattern.includes('*') ? 'give the override a `type` to add the component where it is missing' : undefined,
          ),
        );
        return;
      }
      diagnostics.push({ severity: 'info', code: 'override-matched', message: `override "${pattern}" matched`, ...at });
      result = result.map((c) => {
        if (!matched.includes(c)) return c;
        // A named patch of another type replaces the component (KubeVela's rule).
        if (patchType !== undefined && !sameType(patchType, c.type)) return newComponent(c.name, patchType, patch, env, where);
        return patchComponent(c, patch, env, where);
      });
    });
    if (Array.isArray(props.selector)) {
      const keep = new Set(props.selector.map(String));
      result = result.filter((c) => keep.has(c.name));
    }
  });
  return { components: result, diagnostics };
}

/** A component made from an override alone (added, or replacing one of another type). */
function newComponent(name: string, type: string, patch: JsonObject, env: SourceObject, where: ObjPath): ComponentSpec {
  const traits: TraitSpec[] = [];
  ((patch.traits as JsonObject[] | undefined) ?? []).forEach((tp, ti) => {
    if (tp.disable === true) return;
    const tWhere = [...where, 'traits', ti];
    traits.push({
      type: String(tp.type),
      properties: (tp.properties as JsonObject | undefined) ?? {},
      pos: (p: ObjPath) => env.pos([...tWhere, 'properties', ...p]),
      typePos: env.pos([...tWhere, 'type']),
    });
  });
  return {
    name,
    type,
    properties: (patch.properties as JsonObject | undefined) ?? {},
    traits,
    pos: (p: ObjPath) => env.pos([...where, 'properties', ...p]),
    typePos: env.pos([...where, 'type']),
  };
}

function sameType(a: string, b: string): boolean {
  return a.split('@')[0] === b.split('@')[0];
}

function patchComponent(c: ComponentSpec, patch: JsonObject, env: SourceObject, where: ObjPath): ComponentSpec {
  const overrideProps = (patch.properties as JsonObject | undefined) ?? undefined;
  const properties = overrideProps ? (mergePatch(c.properties, overrideProps, null) as JsonObject) : c.properties;
  const pos = overrideProps ? preferOverride(overrideProps, (p) => env.pos([...where, 'properties', ...p]), c.pos) : c.pos;
  let traits = c.traits;
  ((patch.traits as JsonObject[] | undefined) ?? []).forEach((tp, ti) => {
    const type = String(tp.type);
    const tWhere = [...where, 'traits', ti];
    const idx = traits.findIndex((t) => sameType(t.type, type));
    if (tp.disable === true) {
      if (idx >= 0) traits = traits.filter((_, i) => i !== idx);
      return;
    }
    const tprops = (tp.properties as JsonObject | undefined) ?? {};
    const tpos = (p: ObjPath) => env.pos([...tWhere, 'properties', ...p]);
    if (idx < 0) {
      traits = [...traits, { type, properties: tprops, pos: tpos, typePos: env.pos([...tWhere, 'type']) }];
      return;
    }
    const base = traits[idx];
    const merged: TraitSpec = {
      type: type.includes('@') ? type : base.type,
      properties: mergePatch(base.properties, tprops, null) as JsonObject,
      pos: preferOverride(tprops, tpos, base.pos),
      typePos: base.typePos,
    };
    traits = traits.map((t, i) => (i === idx ? merged : t));
  });
  return {
    ...c,
    type: typeof patch.type === 'string' && patch.type.includes('@') ? patch.type : c.type,
    properties,
    traits,
    pos,
  };
}

/** Positions follow the value: paths the override wrote point at the Environment. */
function preferOverride(patch: JsonObject, overridePos: (p: ObjPath) => SourcePos, basePos: (p: ObjPath) => SourcePos) {
  return (path: ObjPath): SourcePos => (hasPath(patch, path) ? overridePos(path) : basePos(path));
}

function hasPath(v: Json, path: ObjPath): boolean {
  let cur: Json | undefined = v;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = Array.isArray(cur) ? cur[seg as number] : cur[String(seg)];
    if (cur === undefined) return false;
  }
  return path.length > 0;
}
