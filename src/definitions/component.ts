// Renders one component (or an Environment policy) with its traits: validate and default the
// properties, render the definition's template, render every trait's outputs, then apply every
// trait's patch in the order the traits are listed. Pure and deterministic.

import { type Diagnostic, error, hasErrors, type SourcePos, warning } from '../core/diagnostics.ts';
import { checkSchema } from '../load/schema-check.ts';
import { ModuleNotLoaded } from '../core/on-demand.ts';
import { isObject, type Json, type JsonObject, type K8sObject, type ObjPath } from '../core/types.ts';
import { definitionTemplates, propertiesCompiler, WORKLOAD_KINDS } from './definition.ts';
import type { ComponentInput, ComponentOutput, Definition, TraitInput } from './definition-types.ts';
import { applyJsonPatch } from './json-patch.ts';
import { templateLabels } from './selector-labels.ts';
import { mergePatch, MissingItemError, POD_LIST_KEYS } from '../core/merge-patch.ts';
import { renderDocuments, toFilePos, type CompiledTemplate, type TemplateData } from './template-engine.ts';

/** The sections a trait patch may have, in the order they are applied. */
export const PATCH_SECTIONS = ['object', 'podTemplate', 'podSpec', 'container', 'mergePatch', 'jsonPatch'] as const;
type PatchSection = (typeof PATCH_SECTIONS)[number];
/** Sections that reach only the component's main object (KubeVela's `output`), not every target. */
const MAIN_OBJECT_SECTIONS = ['mergePatch', 'jsonPatch'] as const;

/** Kinds whose selector must keep matching their pod template labels. */
const SELECTOR_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

interface Produced {
  object: K8sObject;
  /** `component` or the index of the trait whose outputs made it. */
  by: 'component' | number;
}

export function renderComponent(input: ComponentInput): ComponentOutput {
  const diagnostics: Diagnostic[] = [];
  const def = input.definition;
  const what = def.kind === 'PolicyDefinition' ? 'policy' : 'component';
  const subject = `${what} "${input.name}" (${ref(def)})`;
  const at = input.pos([]);

  if (def.kind === 'TraitDefinition') {
    diagnostics.push(error('definition-kind', `${subject}: ${def.name} is a TraitDefinition, not a component type`, at));
    return { objects: [], diagnostics };
  }

  const properties = validateProperties(def, input.properties, input.pos, subject, diagnostics);
  const traits = input.traits.map((t) => {
    const tsubject = `trait "${t.definition.name}" of component "${input.name}" (${ref(t.definition)})`;
    if (t.definition.kind !== 'TraitDefinition') {
      diagnostics.push(error('definition-kind', `${tsubject}: ${t.definition.name} is a ${t.definition.kind}, not a trait`, t.pos([])));
      return { input: t, subject: tsubject, properties: undefined };
    }
    return { input: t, subject: tsubject, properties: validateProperties(t.definition, t.properties, t.pos, tsubject, diagnostics) };
  });
  if (properties === undefined || traits.some((t) => t.properties === undefined) || hasError(diagnostics)) {
    return { objects: [], diagnostics };
  }

  // Templates see the labels of the component's style as context.labels (selector-labels.ts).
  const { labelStyle, ...given } = input.context;
  const context = { ...given, labels: templateLabels(labelStyle ?? 'hubcast', input.name, input.context.workload.name) } as unknown as Json;
  const template = definitionTemplates(def).template;
  if (!template) {
    diagnostics.push(error('definition-template', `${subject}: the definition has no usable spec.template`, def.source.pos(['spec'])));
    return { objects: [], diagnostics };
  }
  const data: TemplateData = { name: input.name, properties, context };
  const produced: Produced[] = renderObjects(template, data, subject, diagnostics).map((object) => ({ object, by: 'component' }));
  if (hasError(diagnostics)) return { objects: [], diagnostics };
  if (produced.length === 0) diagnostics.push(warning('empty-component', `${subject} renders no objects`, at));
  checkSelectors(produced, subject, toFilePos(template.origin), diagnostics);

  // Trait outputs first (they depend only on properties), so that patches can reach them.
  traits.forEach((t, i) => {
    const outputs = definitionTemplates(t.input.definition).outputs;
    if (!outputs) return;
    const tdata: TemplateData = { name: input.name, properties: t.properties as Json, context };
    for (const object of renderObjects(outputs, tdata, t.subject, diagnostics)) produced.push({ object, by: i });
  });
  if (hasError(diagnostics)) return { objects: [], diagnostics };

  for (const t of traits) {
    applyTrait(t.input, t.subject, { name: input.name, properties: t.properties as Json, context }, produced, input.name, diagnostics);
  }

  checkDuplicates(produced, input, subject, diagnostics);
  if (hasError(diagnostics)) return { objects: [], diagnostics };
  return { objects: produced.map((p) => p.object), diagnostics };
}

function ref(def: Definition): string {
  return `${def.name}@${def.version}`;
}

function hasError(diags: readonly Diagnostic[]): boolean {
  return hasErrors(diags);
}

/** Validate properties against the definition schema; returns them with defaults applied. */
function validateProperties(
  def: Definition,
  value: JsonObject | undefined | null,
  pos: (path: ObjPath) => SourcePos,
  subject: string,
  diagnostics: Diagnostic[],
): JsonObject | undefined {
  const props = JSON.parse(JSON.stringify(value ?? {})) as JsonObject;
  let validate;
  try {
    validate = propertiesCompiler.compile(def.schema);
  } catch (e) {
    if (e instanceof ModuleNotLoaded) throw e;
    diagnostics.push(
      error('definition-schema', `${subject}: the definition's schema does not compile: ${(e as Error).message}`, def.source.pos(['spec', 'schema'])),
    );
    return undefined;
  }
  const d = checkSchema(validate, props, pos, { subject, code: 'properties' });
  diagnostics.push(...d);
  return d.length ? undefined : props;
}

/** Render a template into objects, each with apiVersion, kind and metadata.name. */
function renderObjects(t: CompiledTemplate, data: TemplateData, subject: string, diagnostics: Diagnostic[]): K8sObject[] {
  const { documents, diagnostics: d } = renderDocuments(t, data, { subject });
  diagnostics.push(...d);
  const out: K8sObject[] = [];
  documents.forEach((doc, i) => {
    const problem = objectProblem(doc);
    if (problem) {
      diagnostics.push(
        error('template-output', `${subject}: ${t.origin.label}: rendered document ${i + 1}${describeDoc(doc)} ${problem}`, toFilePos(t.origin)),
      );
    } else out.push(doc as unknown as K8sObject);
  });
  return out;
}

function objectProblem(doc: JsonObject): string | undefined {
  if (typeof doc.apiVersion !== 'string' || doc.apiVersion === '') return 'has no apiVersion';
  if (typeof doc.kind !== 'string' || doc.kind === '') return 'has no kind';
  if (!isObject(doc.metadata)) return 'has no metadata';
  if (typeof doc.metadata.name !== 'string' || doc.metadata.name === '') return 'has no metadata.name';
  return undefined;
}

function describeDoc(doc: JsonObject): string {
  const kind = typeof doc.kind === 'string' ? doc.kind : undefined;
  const name = isObject(doc.metadata) && typeof doc.metadata.name === 'string' ? doc.metadata.name : undefined;
  return kind || name ? ` (${[kind, name].filter(Boolean).join(' ')})` : '';
}

// ---------------------------------------------------------------------------------------------
// Trait patches

/** Where a workload object keeps its pod template, or undefined if it has none. */
export function podTemplatePath(obj: K8sObject): ObjPath | undefined {
  const path: ObjPath = obj.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template'] : ['spec', 'template'];
  const tpl = getIn(obj as unknown as Json, path);
  if (isObject(tpl) && (WORKLOAD_KINDS.includes(obj.kind) || obj.kind === 'ReplicaSet' || isObject(tpl.spec))) return path;
  return undefined;
}

function applyTrait(trait: TraitInput, subject: string, data: TemplateData, produced: Produced[], componentName: string, diagnostics: Diagnostic[]): void {
  const def = trait.definition;
  const patchTpl = definitionTemplates(def).patch;
  const appliesTo = def.appliesTo ?? WORKLOAD_KINDS;
  const all = appliesTo.includes('*');
  const targets = produced.filter((p) => all || appliesTo.includes(p.object.kind));
  const kinds = [...new Set(produced.map((p) => p.object.kind))].join(', ') || 'nothing';
  if ((patchTpl || def.appliesTo) && !all && targets.length === 0) {
    diagnostics.push(
      error(
        'trait-target',
        `${subject}: the trait applies to ${appliesTo.join(', ')}, but the component produces ${kinds}`,
        trait.pos([]),
        'remove the trait or use a component type it applies to',
      ),
    );
    return;
  }
  if (!patchTpl) return;
  const { documents, diagnostics: d } = renderDocuments(patchTpl, data, { subject });
  diagnostics.push(...d);
  if (hasError(d)) return;
  if (documents.length === 0) return;
  if (documents.length > 1) {
    diagnostics.push(
      error('trait-patch', `${subject}: ${patchTpl.origin.label} must render one YAML map, got ${documents.length} documents`, toFilePos(patchTpl.origin)),
    );
    return;
  }
  const patch = documents[0];
  const unknown = Object.keys(patch).filter((k) => !(PATCH_SECTIONS as readonly string[]).includes(k));
  if (unknown.length) {
    diagnostics.push(
      error(
        'trait-patch',
        `${subject}: ${patchTpl.origin.label} renders unknown section ${unknown.map((k) => `"${k}"`).join(', ')}`,
        toFilePos(patchTpl.origin),
        `a patch may have: ${PATCH_SECTIONS.join(', ')}`,
      ),
    );
    return;
  }
  for (const s of PATCH_SECTIONS) {
    const v = patch[s];
    if (v === undefined || v === null) continue;
    if (s === 'jsonPatch' ? !Array.isArray(v) : !isObject(v)) {
      diagnostics.push(
        error(
          'trait-patch',
          `${subject}: ${patchTpl.origin.label}: section "${s}" must be a ${s === 'jsonPatch' ? 'list of operations' : 'map'}`,
          toFilePos(patchTpl.origin),
        ),
      );
      return;
    }
  }
  const sections = Object.fromEntries(PATCH_SECTIONS.filter((s) => s !== 'jsonPatch' && isObject(patch[s])).map((s) => [s, patch[s] as JsonObject])) as Partial<
    Record<Exclude<PatchSection, 'jsonPatch'>, JsonObject>
  >;
  const operations = Array.isArray(patch.jsonPatch) ? (patch.jsonPatch as Json[]) : undefined;
  const main = produced.find((p) => p.by === 'component');
  const podSections = (['podTemplate', 'podSpec', 'container'] as const).filter((s) => sections[s]);
  const podTargets = targets.filter((p) => podTemplatePath(p.object));
  if (podSections.length && podTargets.length === 0 && !all) {
    diagnostics.push(
      error(
        'trait-target',
        `${subject}: the trait patches the pod template, but the component produces no workload with one (it produces ${kinds})`,
        trait.pos([]),
      ),
    );
    return;
  }

  if (MAIN_OBJECT_SECTIONS.some((s) => patch[s] !== undefined && patch[s] !== null) && !(main && targets.includes(main))) {
    diagnostics.push(
      error(
        'trait-target',
        `${subject}: the trait patches the component's main object, but ${main ? `its ${main.object.kind} is not a kind the trait applies to (${appliesTo.join(', ')})` : 'the component renders none'}`,
        trait.pos([]),
      ),
    );
    return;
  }

  const origin = patchTpl.origin;
  for (const p of targets) {
    try {
      patchTarget(p);
    } catch (e) {
      if (!(e instanceof MissingItemError)) throw e;
      diagnostics.push(
        error(
          'trait-patch',
          `${subject}: ${describeObj(p.object)}: ${e.list === 'containers' || e.list === 'initContainers' ? `container ${JSON.stringify(e.value)} not found` : e.message}`,
          trait.pos([]),
        ),
      );
    }
  }
  checkSelectors(targets, subject, trait.pos([]), diagnostics);

  function patchTarget(p: Produced): void {
    let obj = p.object as unknown as JsonObject;
    if (sections.object) obj = mergePatch(obj, sections.object, POD_LIST_KEYS) as JsonObject;
    const tplPath = podTemplatePath(obj as unknown as K8sObject);
    if (tplPath && podSections.length) {
      const before = containerNames(obj, tplPath);
      let tpl = (getIn(obj, tplPath) ?? {}) as JsonObject;
      if (sections.podTemplate) tpl = mergePatch(tpl, sections.podTemplate, POD_LIST_KEYS) as JsonObject;
      if (sections.podSpec) tpl = { ...tpl, spec: mergePatch(tpl.spec, sections.podSpec, POD_LIST_KEYS) };
      if (sections.container) {
        const spec = isObject(tpl.spec) ? tpl.spec : {};
        const containers = Array.isArray(spec.containers) ? spec.containers : [];
        let idx = containers.findIndex((c) => isObject(c) && c.name === componentName);
        if (idx < 0 && containers.length > 0) idx = 0;
        if (idx < 0) {
          diagnostics.push(error('trait-patch', `${subject}: ${describeObj(p.object)} has no container to patch`, trait.pos([])));
          return;
        }
        const patched = containers.map((c, i) => (i === idx ? mergePatch(c, sections.container as JsonObject, POD_LIST_KEYS) : c));
        tpl = { ...tpl, spec: { ...spec, containers: patched } };
      }
      obj = setIn(obj, tplPath, tpl);
      for (const c of containerNames(obj, tplPath)) {
        if (before.some((b) => b.name === c.name) || c.image) continue;
        diagnostics.push(
          error(
            'trait-patch',
            `${subject}: the patch adds container "${c.name}" without an image to ${describeObj(p.object)}`,
            trait.pos([]),
            `containers there: ${before.map((b) => b.name).join(', ') || 'none'}; check the trait's containerName`,
          ),
        );
      }
    }
    if (p === main) {
      if (sections.mergePatch) obj = mergePatch(obj, sections.mergePatch, null) as JsonObject;
      if (operations) {
        const r = applyJsonPatch(obj, operations);
        if ('error' in r) {
          diagnostics.push(
            error(
              'trait-patch',
              `${subject}: JSON patch of ${describeObj(p.object)}: ${r.error}`,
              trait.pos([]),
              'check the operation paths against the rendered object (hubcast render --out -)',
            ),
          );
          return;
        }
        obj = r.result;
      }
    }
    const problem = objectProblem(obj);
    if (problem) {
      diagnostics.push(error('trait-patch', `${subject}: after the patch, ${describeObj(p.object)} ${problem}`, toFilePos(origin)));
      return;
    }
    p.object = obj as unknown as K8sObject;
  }
}

function containerNames(obj: JsonObject, tplPath: ObjPath): { name: string; image: boolean }[] {
  const spec = getIn(obj, [...tplPath, 'spec']);
  if (!isObject(spec)) return [];
  const out: { name: string; image: boolean }[] = [];
  for (const list of [spec.initContainers, spec.containers]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) if (isObject(c)) out.push({ name: String(c.name ?? ''), image: typeof c.image === 'string' && c.image !== '' });
  }
  return out;
}

function describeObj(o: K8sObject): string {
  return `${o.kind} "${o.metadata.name}"`;
}

/** A Deployment whose pod labels stop matching its selector is rejected by the API server. */
function checkSelectors(list: readonly Produced[], subject: string, at: SourcePos, diagnostics: Diagnostic[]): void {
  for (const { object } of list) {
    if (!SELECTOR_KINDS.has(object.kind)) continue;
    const match = getIn(object as unknown as Json, ['spec', 'selector', 'matchLabels']);
    const labels = getIn(object as unknown as Json, ['spec', 'template', 'metadata', 'labels']);
    if (!isObject(match)) continue;
    const have = isObject(labels) ? labels : {};
    const broken = Object.entries(match).filter(([k, v]) => have[k] !== v);
    if (broken.length) {
      diagnostics.push(
        error(
          'selector-mismatch',
          `${subject}: ${describeObj(object)} pod template labels no longer match its selector (${broken.map(([k, v]) => `${k}=${String(v)}`).join(', ')})`,
          at,
          'do not change the pod labels the selector uses',
        ),
      );
    }
  }
}

function checkDuplicates(produced: readonly Produced[], input: ComponentInput, subject: string, diagnostics: Diagnostic[]): void {
  const seen = new Map<string, Produced>();
  for (const p of produced) {
    const o = p.object;
    const key = `${o.apiVersion.split('/').length > 1 ? o.apiVersion.split('/')[0] : ''}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    const prev = seen.get(key);
    if (!prev) {
      seen.set(key, p);
      continue;
    }
    const by = (x: Produced) => (x.by === 'component' ? `the ${input.definition.name} template` : `trait ${input.traits[x.by].definition.name}`);
    diagnostics.push(
      error(
        'duplicate-object',
        `${subject}: ${describeObj(o)} is produced twice, by ${by(prev)} and by ${by(p)}`,
        p.by === 'component' ? input.pos([]) : input.traits[p.by].pos([]),
        "give one of them another name (for example the expose trait's `name` property)",
      ),
    );
  }
}

function getIn(v: Json | undefined, path: ObjPath): Json | undefined {
  let cur = v;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isObject(cur) && typeof seg === 'string' && Object.hasOwn(cur, seg)) cur = cur[seg];
    else return undefined;
  }
  return cur;
}

function setIn(obj: JsonObject, path: ObjPath, value: Json): JsonObject {
  if (path.length === 0) return value as JsonObject;
  const [head, ...rest] = path;
  const child = obj[head as string];
  return { ...obj, [head as string]: rest.length ? setIn(isObject(child) ? child : {}, rest, value) : value };
}
