// The load stage: source files in, typed and validated spec objects out. Pure: the caller
// (a file-system or git adapter) supplies the file contents.

import picomatch from 'picomatch';
import { cmp, error, warning, type Diagnostic } from '../core/diagnostics.ts';
import { checkSchema, createCompiler } from './schema-check.ts';
import { uncached, type Cached } from '../core/generational-memo.ts';
import { idKey, isObject, type JsonObject, type SourceObject } from '../core/types.ts';
import { builtinExcludes, type HubcastConfig } from './config.ts';
import { specSchemas } from './spec-schemas.ts';
import { specChecks } from './spec-checks.ts';
import { parseYamlFile, toSourceObject, type RawDocument, type SourceFile } from './yaml-source.ts';

export const SPEC_API_VERSION = 'spectrocloud.com/v1beta1';
export const SPEC_KINDS = ['Environment', 'WorkloadProfile', 'WorkloadDeployment', 'VariableSet', 'ProfileBundle', 'Repository'] as const;
export type SpecKind = (typeof SPEC_KINDS)[number];
/** Definitions (the definition engine in src/definitions/ parses them). */
export const DEFINITION_API_VERSION = 'hubcast.io/v1alpha1';
export const DEFINITION_KINDS = ['ComponentDefinition', 'TraitDefinition', 'PolicyDefinition'] as const;
export type DefinitionKind = (typeof DEFINITION_KINDS)[number];
/** OCM inventory kinds, consumed by placement evaluation. */
export const INVENTORY_GROUP = 'cluster.open-cluster-management.io';

export interface SpecRepo {
  config: HubcastConfig;
  /** Spec objects by kind, sorted by namespace/name. */
  specs: Record<SpecKind, SourceObject[]>;
  /** Repo definition documents, as read: src/definitions/ parses them (stock ones are added by the resolver). */
  definitionSources: DefinitionSource[];
  /** OCM inventory objects (ManagedCluster, ManagedClusterSet, ...). */
  inventory: SourceObject[];
  /** Number of YAML files read. */
  fileCount: number;
  /**
   * Identities (kind/namespace/name) of objects that failed to load. References to them are not
   * reported again as "not found": the user already has the real error.
   */
  invalid: Set<string>;
}

/** A definition document and the text of its file (templates' exact columns). */
export interface DefinitionSource {
  object: SourceObject;
  text: string;
}

/** Which repo paths the config selects. */
export function fileFilter(config: HubcastConfig, extraExcludes: string[] = []): (path: string) => boolean {
  const inc = picomatch(config.include, { dot: false });
  const exc = picomatch([...builtinExcludes, ...config.exclude, ...extraExcludes], { dot: true });
  return (p) => inc(p) && !exc(p);
}

const compiler = createCompiler();

/** What one file contributes, before the checks across files (duplicates). */
interface LoadedFile {
  diagnostics: Diagnostic[];
  /** Identities (kind/namespace/name) of objects that failed to load. */
  invalid: string[];
  specs: SourceObject[];
  definitionSources: DefinitionSource[];
  inventory: SourceObject[];
}

/**
 * `cached` (optional) looks a file's result up by a key holding its path and text, so a later run
 * over mostly the same files (the other side of a diff) parses and validates only what changed.
 */
export function loadRepo(files: readonly SourceFile[], config: HubcastConfig, cached: Cached = uncached): { repo: SpecRepo; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const specs = Object.fromEntries(SPEC_KINDS.map((k) => [k, [] as SourceObject[]])) as Record<SpecKind, SourceObject[]>;
  const definitionSources: DefinitionSource[] = [];
  const inventory: SourceObject[] = [];
  const seen = new Map<string, SourceObject>();
  const seenInventory = new Map<string, SourceObject>();
  const invalid = new Set<string>();

  const sorted = [...files].sort((a, b) => cmp(a.path, b.path));
  for (const file of sorted) {
    const loaded = cached(`${config.systemNamespace}\u0000${file.path}\u0000${file.text}`, () => loadFile(file, config));
    diagnostics.push(...loaded.diagnostics);
    for (const id of loaded.invalid) invalid.add(id);
    for (const obj of loaded.specs) if (checkDuplicate(obj, seen, diagnostics)) specs[obj.id.kind as SpecKind].push(obj);
    definitionSources.push(...loaded.definitionSources);
    // Two files defining one cluster (two exports side by side) would place every workload on it twice.
    for (const obj of loaded.inventory) if (checkDuplicate(obj, seenInventory, diagnostics)) inventory.push(obj);
  }
  checkIncludes(config, sorted, diagnostics);
  for (const list of Object.values(specs)) list.sort((a, b) => cmp(a.id.namespace, b.id.namespace) || cmp(a.id.name, b.id.name));
  return { repo: { config, specs, definitionSources, inventory, fileCount: files.length, invalid }, diagnostics };
}

function loadFile(file: SourceFile, config: HubcastConfig): LoadedFile {
  const out: LoadedFile = { diagnostics: [], invalid: [], specs: [], definitionSources: [], inventory: [] };
  const { diagnostics } = out;
  const parsed = parseYamlFile(file);
  diagnostics.push(...parsed.diagnostics);
  for (const id of parsed.brokenIds) out.invalid.push(`${id.kind}/${id.namespace ?? config.systemNamespace}/${id.name}`);
  for (const raw of expandLists(parsed.documents)) {
    const apiVersion = raw.body.apiVersion;
    const kind = raw.body.kind;
    if (apiVersion === undefined && kind === undefined) continue; // not a Kubernetes-style object: not ours
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      diagnostics.push(error('schema', 'apiVersion and kind must both be strings', raw.pos(apiVersion === undefined ? ['kind'] : ['apiVersion'])));
      continue;
    }
    const meta = (raw.body.metadata ?? {}) as Record<string, unknown>;
    const name = typeof meta.name === 'string' ? meta.name : '';
    const namespace = typeof meta.namespace === 'string' ? meta.namespace : config.systemNamespace;

    if (apiVersion === SPEC_API_VERSION && (SPEC_KINDS as readonly string[]).includes(kind)) {
      const kdiags = specSchemaProblems(kind as SpecKind, raw.body, raw.pos);
      diagnostics.push(...kdiags);
      if (kdiags.length) {
        out.invalid.push(`${kind}/${namespace}/${name}`);
        continue;
      }
      // Semantic problems do not make the object invalid: its references are still resolved and checked.
      diagnostics.push(...specChecks(kind, raw.body, raw.pos));
      out.specs.push(toSourceObject(raw, kind, namespace, name));
    } else if (apiVersion === DEFINITION_API_VERSION && (DEFINITION_KINDS as readonly string[]).includes(kind)) {
      out.definitionSources.push({ object: toSourceObject(raw, kind, namespace, name), text: file.text });
    } else if (apiVersion.startsWith(`${INVENTORY_GROUP}/`) || apiVersion.startsWith('work.open-cluster-management.io/')) {
      const ns = typeof meta.namespace === 'string' ? meta.namespace : '';
      out.inventory.push(toSourceObject(raw, kind, ns, name));
    } else if (apiVersion === SPEC_API_VERSION) {
      diagnostics.push(
        warning('unknown-kind', `${kind} is not a kind hubcast renders; it is ignored`, raw.pos(['kind']), `known kinds: ${SPEC_KINDS.join(', ')}`),
      );
    } else {
      diagnostics.push(warning('unknown-kind', `${apiVersion} ${kind} is not read by hubcast; it is ignored`, raw.pos(['kind'])));
    }
  }
  return out;
}

/** Schema check of one spec object (also used for old revisions, when a reference selects one). */
export function specSchemaProblems(kind: SpecKind, body: JsonObject, pos: SourceObject['pos']): Diagnostic[] {
  return checkSchema(compiler.compile(specSchemas[kind]), body, pos, { code: 'schema', subject: kind });
}

/** `kubectl get -o yaml` exports a `kind: List` whose items are the objects. */
export function expandLists(docs: RawDocument[]): RawDocument[] {
  const out: RawDocument[] = [];
  for (const d of docs) {
    if (d.body.kind === 'List' && Array.isArray(d.body.items)) {
      d.body.items.forEach((item, i) => {
        if (isObject(item)) {
          out.push({ file: d.file, docIndex: d.docIndex, body: item, pos: (p = []) => d.pos(['items', i, ...p]) });
        }
      });
    } else out.push(d);
  }
  return out;
}

/**
 * An include pattern of hubcast.yaml that selects no file is a typo more often than not: a run that reads
 * nothing would be "valid" and render an empty tree.
 */
function checkIncludes(config: HubcastConfig, files: readonly SourceFile[], diagnostics: Diagnostic[]): void {
  if (!config.includeAt) return;
  const selected = files.filter((f) => !f.path.startsWith('../') && !f.path.startsWith('/'));
  config.include.forEach((pattern, i) => {
    const at = config.includeAt![i];
    const match = picomatch(pattern, { dot: false });
    if (!selected.some((f) => match(f.path))) {
      diagnostics.push(
        (selected.length ? warning : error)(
          'include-no-match',
          `include pattern "${pattern}" matches no file${selected.length ? '' : ', and no pattern matches any: there is nothing to render'}`,
          at,
          "check the pattern against the repository's folders (patterns are relative to the repository root; ** matches any depth)",
        ),
      );
    }
  });
}

function checkDuplicate(obj: SourceObject, seen: Map<string, SourceObject>, diagnostics: Diagnostic[]): boolean {
  const key = idKey(obj.id);
  const prev = seen.get(key);
  if (prev) {
    const p = prev.pos(['metadata', 'name']);
    diagnostics.push(
      error(
        'duplicate-object',
        `${obj.id.kind} ${obj.id.namespace ? `${obj.id.namespace}/` : ''}${obj.id.name} is defined twice (first at ${p.file}:${p.line}:${p.column})`,
        obj.pos(['metadata', 'name']),
        'rename one of them or remove the copy',
      ),
    );
    return false;
  }
  seen.set(key, obj);
  return true;
}
