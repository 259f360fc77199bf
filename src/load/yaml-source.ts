// Parses YAML text into plain objects that remember where each node came from, so every later
// stage can point a user at file:line:column.

import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { error, type Diagnostic, type SourcePos } from '../core/diagnostics.ts';
import type { JsonObject, ObjPath, SourceObject } from '../core/types.ts';
import { parseYamlMaps } from './yaml-subset.ts';

export interface SourceFile {
  /** Repo-relative POSIX path. */
  path: string;
  text: string;
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

const yamlHints: Record<string, string> = {
  DUPLICATE_KEY: 'remove or rename one of the duplicated keys',
  BAD_INDENT: 'check the indentation: YAML nests by spaces, not tabs',
  TAB_AS_INDENT: 'replace tabs with spaces',
  BLOCK_AS_IMPLICIT_KEY: 'a value containing ": " needs quotes',
  MULTILINE_IMPLICIT_KEY: 'a key must be on one line; quote the value or fix the indentation',
};

export function parseYamlFile(file: SourceFile): ParseResult {
  return parseFast(file) ?? parseWithYaml(file);
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
  const documents = stream.docs.map((body, docIndex): RawDocument => ({
    file: file.path,
    docIndex,
    body: body as JsonObject,
    pos: (path: ObjPath = []) => lazyPos(file.path, () => locate(docIndex, path)),
  }));
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

// Aliases are refused: specs are data, and alias bombs are a known YAML attack.
function parseDocuments(text: string, lineCounter: LineCounter): Document[] {
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
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
  list.forEach((doc, docIndex) => {
    let broken = false;
    for (const e of doc.errors) {
      broken = true;
      diagnostics.push(
        error('yaml-syntax', `YAML ${e.code}: ${firstLine(e.message)}`, at(e.pos[0]), yamlHints[e.code] || undefined),
      );
    }
    if (broken) {
      const id = salvageId(doc);
      if (id) brokenIds.push(id);
      return;
    }
    // An empty document, e.g. a trailing `---`: `yaml` gives it an empty null scalar (an explicit `~` or `null` is not empty).
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === '')) return;
    if (!isMap(doc.contents)) {
      diagnostics.push(
        error(
          'not-an-object',
          'a spec document must be a YAML map with apiVersion and kind',
          at(doc.contents.range?.[0] ?? 0),
        ),
      );
      return;
    }
    let body: unknown;
    try {
      body = doc.toJS({ maxAliasCount: 0 });
    } catch (e) {
      diagnostics.push(error('yaml-syntax', `YAML: ${(e as Error).message}`, at(doc.contents.range?.[0] ?? 0)));
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
