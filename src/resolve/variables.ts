// Variables from the four sources of seed 001, merged with its precedence and lock rules:
// deployment (with inline ProfileBundle values carried into it) > project VariableSet > system VariableSet.

import { error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import { isObject, type Json, type JsonObject, type SourceObject } from '../core/types.ts';

export type VariableSource = 'system' | 'project' | 'bundle' | 'deployment';
export type VariableType = 'string' | 'bool' | 'int32' | 'int64' | 'float32' | 'float64';

export interface ResolvedVariable {
  name: string;
  value: Json;
  type?: VariableType;
  source: VariableSource;
  /** Where the winning value was written. */
  at: SourcePos;
  locked: boolean;
}

interface Entry {
  name: string;
  value?: Json;
  type?: VariableType;
  required: boolean;
  locked: boolean;
  source: VariableSource;
  at: SourcePos;
}

export interface VariableInputs {
  system?: SourceObject;
  project?: SourceObject;
  bundle?: SourceObject;
  deployment: SourceObject;
}

const order: VariableSource[] = ['system', 'project', 'bundle', 'deployment'];

export function resolveVariables(inputs: VariableInputs): { variables: Map<string, ResolvedVariable>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const entries: Entry[] = [
    ...setEntries(inputs.system, 'system', ['spec', 'variables']),
    ...(inputs.project && inputs.project !== inputs.system ? setEntries(inputs.project, 'project', ['spec', 'variables']) : []),
    ...setEntries(inputs.bundle, 'bundle', ['spec', 'variableSet', 'variables']),
    ...deploymentEntries(inputs.deployment),
  ];
  const declared = new Map<string, Entry>();
  const winners = new Map<string, Entry>();
  for (const source of order) {
    for (const e of entries.filter((x) => x.source === source)) {
      const prev = winners.get(e.name);
      const decl = declared.get(e.name);
      if (source === 'deployment' && !decl) {
        diagnostics.push(
          error(
            'undeclared-variable',
            `variable "${e.name}" is not declared in any VariableSet or in the ProfileBundle`,
            e.at,
            declared.size ? `declared variables: ${[...declared.keys()].sort().join(', ')}` : 'declare it in the project VariableSet first',
          ),
        );
        continue;
      }
      if (prev?.locked && e.value !== undefined) {
        diagnostics.push(
          error(
            'locked-variable',
            `variable "${e.name}" is locked by the ${prev.source} VariableSet at ${fmt(prev.at)} and cannot be overridden here`,
            e.at,
            'remove this value, or unlock the variable where it is locked',
          ),
        );
        continue;
      }
      const type = e.type ?? decl?.type;
      if (e.value !== undefined && type) {
        const problem = typeProblem(e.value, type);
        if (problem) {
          diagnostics.push(error('variable-type', `variable "${e.name}" ${problem} (variableType ${type})`, e.at));
          continue;
        }
      }
      if (!decl || source !== 'deployment') declared.set(e.name, { ...e, type, required: e.required || !!decl?.required });
      if (e.value !== undefined || !prev) winners.set(e.name, { ...e, type, locked: e.locked || !!prev?.locked });
    }
  }
  const variables = new Map<string, ResolvedVariable>();
  for (const name of [...declared.keys()].sort()) {
    const w = winners.get(name)!;
    const d = declared.get(name)!;
    if (w.value === undefined || w.value === null) {
      if (d.required) {
        diagnostics.push(
          error(
            'missing-variable',
            `required variable "${name}" has no value`,
            inputs.deployment.pos(['spec']),
            `set it in spec.variables of this WorkloadDeployment`,
          ),
        );
      }
      continue;
    }
    variables.set(name, { name, value: w.value, type: d.type, source: w.source, at: w.at, locked: w.locked });
  }
  return { variables, diagnostics };
}

function setEntries(obj: SourceObject | undefined, source: VariableSource, path: string[]): Entry[] {
  if (!obj) return [];
  let list: Json = obj.body;
  for (const p of path) list = isObject(list) ? (list[p] ?? null) : null;
  if (!Array.isArray(list)) return [];
  return list.map((raw, i) => {
    const v = raw as JsonObject;
    return {
      name: String(v.name),
      value: v.value === undefined ? undefined : v.value,
      type: v.variableType as VariableType | undefined,
      required: v.validationMode === 'required',
      locked: v.locked === true,
      source,
      at: obj.pos([...path, i, v.value === undefined ? 'name' : 'value']),
    };
  });
}

function deploymentEntries(obj: SourceObject): Entry[] {
  const vars = (obj.body.spec as JsonObject).variables;
  const base = { required: false, locked: false, source: 'deployment' as const };
  if (Array.isArray(vars)) {
    return vars.map((raw, i) => {
      const v = raw as JsonObject;
      return { ...base, name: String(v.name), value: v.value ?? null, at: obj.pos(['spec', 'variables', i, 'value']) };
    });
  }
  if (vars && typeof vars === 'object') {
    return Object.keys(vars)
      .sort()
      .map((name) => ({ ...base, name, value: vars[name], at: obj.pos(['spec', 'variables', name]) }));
  }
  return [];
}

function typeProblem(value: Json, type: VariableType): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : 'must be a string';
    case 'bool':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'int32':
      return Number.isInteger(value) && Math.abs(value as number) <= 2147483647 ? undefined : 'must be a 32-bit integer';
    case 'int64':
      return Number.isSafeInteger(value) ? undefined : 'must be an integer';
    case 'float32':
    case 'float64':
      return typeof value === 'number' ? undefined : 'must be a number';
  }
}

function fmt(p: SourcePos): string {
  return `${p.file}:${p.line}:${p.column}`;
}
