// Parses YAML text into plain objects that remember where each node came from, so every later
// stage can point a user at file:line:column.

import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import { error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import type { JsonObject, ObjPath, SourceObject } from '../core/types.ts';
import { parseYamlMaps } from './yaml-subset.ts';
import { syntaxProblems, unclosedOpeners } from './yaml-syntax.ts';

export interface SourceFile {
  /** Repo-relative POSIX path. */
  path: string;
  text: string;
  /** Set by the reader when the file's bytes are not UTF-8 (core/utf8.ts): where the first bad byte is. */
  invalidUtf8?: { line: number; column: number; byte: number };
}

/** A parsed YAML document that is a map, before kind dispatch. */
export interface RawDocument {
  file: string;
  docIndex: number;
  body: JsonObject;
  pos(path?: ObjPath): SourcePos;
}

export interface ParseResult {
  documents: RawDocument[];
  diagnostics: Diagnostic[];
  /** Best-effort identities of documents that failed to parse (to silence follow-on errors). */
  brokenIds: { kind: string; namespace?: string; name: string }[];
}

export function parseYamlFile(file: SourceFile): ParseResult {
  const r = parseFast(file) ?? parseWithYaml(file);
  if (file.invalidUtf8) r.diagnostics.unshift(encodingProblem(file));
  const deep = r.documents.filter((d) => tooDeep(d, r.diagnostics));
  if (deep.length) {
    r.documents = r.documents.filter((d) => !deep.includes(d));
    for (const d of deep) {
      const meta = d.body.metadata as JsonObject | undefined;
      const [kind, name, namespace] = [d.body.kind, meta?.name, meta?.namespace];
      if (typeof kind === 'string' && typeof name === 'string')
        r.brokenIds.push({ kind, name, namespace: typeof namespace === 'string' ? namespace : undefined });
    }
  }
  return r;
}

/**
 * Specs nest a few levels, Helm values a few dozen: a document nested deeper than this is refused here,
 * so no later stage (all of them walk values recursively) can run out of stack on it.
 */
export const MAX_DEPTH = 100;

function tooDeep(doc: RawDocument, diagnostics: Diagnostic[]): boolean {
  const path: (string | number)[] = [];
  const descend = (v: unknown): boolean => {
    if (path.length > MAX_DEPTH) return true;
    if (!v || typeof v !== 'object') return false;
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [k, x] of entries) {
      path.push(k);
      if (descend(x)) return true;
      path.pop();
    }
    return false;
  };
  if (!descend(doc.body)) return false;
  diagnostics.push(
    error(
      'yaml-too-deep',
      `values here are nested more than ${MAX_DEPTH} levels deep, which is refused`,
      doc.pos(path.slice(0, MAX_DEPTH)),
      'flatten the structure',
    ),
  );
  return true;
}

/** The file is read anyway (its bad bytes as U+FFFD), so its other problems are reported too. */
function encodingProblem(file: SourceFile): Diagnostic {
  const { line, column, byte } = file.invalidUtf8!;
  return error(
    'encoding',
    `the file is not UTF-8: the byte at offset ${byte} is not valid UTF-8`,
    { file: file.path, line, column },
    'save the file as UTF-8 (an editor or `iconv -t UTF-8` converts it)',
  );
}

/**
 * The fast path: every document a map that parseYamlMaps reads. Positions are for diagnostics, so
 * `pos` returns one whose line and column are worked out when first read, by parsing the file
 * with `yaml` (once per file): callers may ask for positions eagerly, and a run without problems
 * reads none and never pays for them. A document's own start (`diff` reads it for every object)
 * comes from the subset parser.
 */
function parseFast(file: SourceFile): ParseResult | undefined {
  const stream = parseYamlMaps(file.text);
  // An empty document is an error here, reported by the `yaml` path.
  if (!stream || stream.docs.includes(null)) return undefined;
  let docs: Document[] | undefined;
  const at = locator(file);
  const locate = (docIndex: number, path: ObjPath): SourcePos => {
    if (path.length === 0) return { file: file.path, ...stream.roots[docIndex] };
    docs ??= parseDocuments(file.text, at.lineCounter);
    return at(offsetOf(docs[docIndex], path));
  };
  const documents = stream.docs.map(
    (body, docIndex): RawDocument => ({
      file: file.path,
      docIndex,
      body: body as JsonObject,
      pos: (path: ObjPath = []) => lazyPos(file.path, () => locate(docIndex, path)),
    }),
  );
  return { documents, diagnostics: [], brokenIds: [] };
}

/** A position in `file` whose line and column are computed on first read. */
function lazyPos(file: string, locate: () => SourcePos): SourcePos {
  let found: SourcePos | undefined;
  const get = () => (found ??= locate());
  return {
    file,
    get line() {
      return get().line;
    },
    get column() {
      return get().column;
    },
  };
}

/**
 * Anchors, aliases and merge keys (`<<`) are read; an alias bomb is not: `yaml` counts the nodes aliases
 * expand to and stops past this many (its own default), long before memory or time run out.
 */
export const MAX_ALIAS_EXPANSION = 100;

/** The tags of YAML 1.2's core schema: any other (`!vault`, `!!binary`, `!!set`) would be read as something else. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq', 'merge'].map((t) => `tag:yaml.org,2002:${t}`));

function parseDocuments(text: string, lineCounter: LineCounter): Document[] {
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, merge: true });
  return Array.isArray(docs) ? docs : [];
}

/** Offset -> file:line:column, through the LineCounter that parsing with `yaml` fills. */
function locator(file: SourceFile): ((offset: number) => SourcePos) & { lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const at = (offset: number): SourcePos => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: file.path, line, column: col };
  };
  return Object.assign(at, { lineCounter });
}

function parseWithYaml(file: SourceFile): ParseResult {
  const documents: RawDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const brokenIds: ParseResult['brokenIds'] = [];
  const at = locator(file);
  const list = parseDocuments(file.text, at.lineCounter);
  const openers = unclosedOpeners(file.text);
  list.forEach((doc, docIndex) => {
    const problems = syntaxProblems(file.text, doc, at, openers);
    for (const p of problems) diagnostics.push(p);
    const tags = unknownTags(file.text, doc, at);
    for (const p of tags) diagnostics.push(p);
    if (problems.length || tags.length) {
      const id = salvageId(doc);
      if (id) brokenIds.push(id);
      return;
    }
    // An empty document, e.g. a trailing `---`: `yaml` gives it an empty null scalar (an explicit `~` or `null` is not empty).
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === '')) return;
    if (!isMap(doc.contents)) {
      diagnostics.push(error('not-an-object', 'a spec document must be a YAML map with apiVersion and kind', at(doc.contents.range?.[0] ?? 0)));
      return;
    }
    let body: unknown;
    try {
      body = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    } catch (e) {
      diagnostics.push(aliasProblem(doc, e as Error, at));
      const id = salvageId(doc);
      if (id) brokenIds.push(id);
      return;
    }
    documents.push({
      file: file.path,
      docIndex,
      body: body as JsonObject,
      pos: (path: ObjPath = []) => at(offsetOf(doc, path)),
    });
  });
  return { documents, diagnostics, brokenIds };
}

/** A tag outside the core schema: `!vault x` would otherwise be read as the plain string "x". */
function unknownTags(text: string, doc: Document, at: (offset: number) => SourcePos): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, (_key, node) => {
    if (!isNode(node) || !node.tag || CORE_TAGS.has(node.tag)) return;
    // The node's range starts at its value; its tag is the nearest "!" before it.
    const start = node.range?.[0] ?? 0;
    let bang = text.lastIndexOf('!', start);
    while (bang > 0 && !/[\s,[{:]/.test(text[bang - 1])) bang--; // `!!binary`, `!e!tag`: from their first "!"

    out.push(
      error(
        'yaml-unknown-tag',
        `YAML tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} is not supported: specs are plain data`,
        at(bang >= 0 ? bang : start),
        'remove the tag, or quote the value if the "!" is part of it',
      ),
    );
  });
  return out;
}

/** toJS stops on an unresolved alias or an alias expansion past the bound: positioned at the first alias. */
function aliasProblem(doc: Document, e: Error, at: (offset: number) => SourcePos): Diagnostic {
  let first: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      first = node.range?.[0];
      return visit.BREAK;
    },
  });
  const where = at(first ?? doc.contents?.range?.[0] ?? 0);
  if (/excessive alias count/i.test(e.message)) {
    return error(
      'yaml-alias-limit',
      `YAML aliases here expand to more than ${MAX_ALIAS_EXPANSION} nodes, which is refused (an alias bomb)`,
      where,
      'repeat the values instead of nesting aliases of aliases',
    );
  }
  return error('yaml-syntax', `YAML: ${firstLine(e.message)}`, where, 'define the anchor (&name) before using the alias (*name)');
}

/** kind/namespace/name of a document with syntax errors, when they can still be read. */
function salvageId(doc: Document): ParseResult['brokenIds'][number] | undefined {
  try {
    const kind = doc.get('kind');
    const name = doc.getIn(['metadata', 'name']);
    const ns = doc.getIn(['metadata', 'namespace']);
    if (typeof kind !== 'string' || typeof name !== 'string') return undefined;
    return { kind, name, namespace: typeof ns === 'string' ? ns : undefined };
  } catch {
    return undefined;
  }
}

/** A last path segment that asks for the position of the key rather than of its value. */
export const AT_KEY = '\u0000key';

/** Offset of the node at `path`, or of the deepest existing ancestor (for a missing key, the map that lacks it). */
function offsetOf(doc: Document, path: ObjPath): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  let keyOffset = offset;
  for (const seg of path) {
    if (seg === AT_KEY) return keyOffset;
    if (!node) break;
    let next: Node | null | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      next = pair.value as Node | null;
      keyOffset = (pair.key as Node).range?.[0] ?? offset;
      if (!next) {
        offset = keyOffset;
        break;
      }
      // A block map or list value starts on the next line: point at its key instead.
      if ((isMap(next) || isSeq(next)) && !next.flow) {
        node = next;
        offset = keyOffset;
        continue;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg] as Node | undefined;
    } else break;
    if (!next) break;
    node = next;
    offset = node.range?.[0] ?? offset;
  }
  return offset;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

export function toSourceObject(raw: RawDocument, kind: string, namespace: string, name: string): SourceObject {
  return {
    id: { kind, namespace, name },
    apiVersion: String(raw.body.apiVersion),
    body: raw.body,
    file: raw.file,
    docIndex: raw.docIndex,
    pos: raw.pos,
  };
}
