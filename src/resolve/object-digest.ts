// What the revision index needs from one version of one file: which spec objects and definitions
// it holds (identity), and the canonical content hash of each. No positions and no validation:
// a historical file is only read in full (with positions) when a reference selects its content.
//
// Parsed as the loader parses (`yaml`, YAML 1.2 core schema, merge keys, bounded aliases), so the
// hashes match the ones computed for loaded objects. Plain documents go through the subset parser
// first (load/yaml-subset.ts, several times faster on the thousands of file versions of a long
// history), which reads them exactly as `yaml` does (test/load/yaml-subset.test.ts fuzzes it).

import { parseAllDocuments } from 'yaml';
import { isObject, type JsonObject, type ObjectId } from '../core/types.ts';
import { SPEC_API_VERSION, SPEC_KINDS } from '../load/load-repo.ts';
import { DEFINITION_API_VERSION } from '../definitions/definition-types.ts';
import { contentHash, specVersion } from './revisions.ts';
import { parseYamlSubset } from '../load/yaml-subset.ts';

/** As load/yaml-source.ts MAX_ALIAS_EXPANSION (not imported: resolve reads history without the loader). */
const MAX_ALIAS_EXPANSION = 100;

const DEFINITION_KINDS = new Set(['ComponentDefinition', 'TraitDefinition', 'PolicyDefinition']);
const SPEC_KIND_SET = new Set<string>(SPEC_KINDS);

export interface ObjectDigest {
  /** Index key: kind/namespace/name, plus `@version` for definitions (each version has its own history). */
  key: string;
  id: ObjectId;
  hash: string;
  /** spec.version when it is a valid semantic version. */
  version?: string;
}

/** The digests of a document that does not parse (it holds no object). */
export const UNREADABLE: readonly ObjectDigest[] = Object.freeze([]);

/** Index key of an object: definitions are versioned side by side, so the version is part of it. */
export function revisionKey(id: ObjectId, definitionVersion?: string): string {
  const base = `${id.kind}/${id.namespace}/${id.name}`;
  return DEFINITION_KINDS.has(id.kind) ? `${base}@${definitionVersion ?? ''}` : base;
}

/** What one file version holds: its documents, and the digests of the objects in each. */
export interface FileDigest {
  documents: string[];
  /** UNREADABLE for a document that does not parse. */
  perDocument: (readonly ObjectDigest[])[];
  /** All of them, in document order. */
  objects: ObjectDigest[];
}

/**
 * Digests file versions, caching by document text: a commit usually changes one document of a
 * multi-document file, and the other documents are not parsed again.
 */
export class Digester {
  private readonly byDocument = new Map<string, readonly ObjectDigest[]>();

  constructor(private readonly systemNamespace: string) {}

  /** Digests of the objects in a file's text, in document order; a document that does not parse has none. */
  file(text: string): ObjectDigest[] {
    return this.fileVersion(text).objects;
  }

  /**
   * As `file`, given the version this one replaces at the same path: its documents are compared
   * first, position by position, which is cheaper than finding each document's text in the cache.
   */
  fileVersion(text: string, previous?: FileDigest): FileDigest {
    const documents = documentTexts(text);
    const perDocument: (readonly ObjectDigest[])[] = [];
    const objects: ObjectDigest[] = [];
    for (let i = 0; i < documents.length; i++) {
      const doc = documents[i];
      let digests = previous && previous.documents[i] === doc ? previous.perDocument[i] : this.byDocument.get(doc);
      if (!digests) {
        digests = digestDocuments(doc, this.systemNamespace);
        this.byDocument.set(doc, digests);
      }
      perDocument.push(digests);
      for (const d of digests) objects.push(d);
    }
    return { documents, perDocument, objects };
  }
}

/**
 * A YAML stream cut at its `---` lines. A document marker at the start of a line ends any scalar
 * (YAML 1.2, c-forbidden), so each piece parses alone exactly as in the stream. Directives (`%YAML`)
 * apply across the marker, so a file that has any is kept whole.
 */
export function documentTexts(text: string): string[] {
  // Only \n ends lines: indexOf instead of a multiline regular expression, a few times faster over
  // a long history. (`^` also matches after \r, U+2028 and U+2029, so such texts take the regex.)
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return documentTextsByRegex(text);
  if (text.charCodeAt(0) === 37 /* % */ || text.includes('\n%')) return [text];
  const out: string[] = [];
  let start = 0;
  for (let m = text.startsWith('---') ? 0 : lineStartingWithDashes(text, 0); m >= 0; m = lineStartingWithDashes(text, m)) {
    const next = text.charCodeAt(m + 3);
    if (m + 3 < text.length && next !== 32 && next !== 9 && next !== 10) continue; // `----`, `---x`: not a marker
    if (m > start) out.push(text.slice(start, m));
    start = m;
  }
  out.push(text.slice(start));
  return out;
}

/** Start of the next line after `from` that begins with `---`, or -1. */
function lineStartingWithDashes(text: string, from: number): number {
  const at = text.indexOf('\n---', from);
  return at < 0 ? -1 : at + 1;
}

/** The cut as a multiline regular expression states it; the reference documentTexts is tested against. */
export function documentTextsByRegex(text: string): string[] {
  if (/^%/m.test(text)) return [text];
  const out: string[] = [];
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let start = 0;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    if (m.index > start) out.push(text.slice(start, m.index));
    start = m.index;
  }
  out.push(text.slice(start));
  return out;
}

function digestDocuments(text: string, systemNamespace: string): readonly ObjectDigest[] {
  let docs: unknown[];
  const simple = parseYamlSubset(text);
  if (simple && simple.docs.length === 1) docs = simple.docs;
  else {
    try {
      const list = parseAllDocuments(text, { uniqueKeys: true, strict: true, merge: true, prettyErrors: false });
      if (!Array.isArray(list) || list.some((d) => d.errors.length > 0)) return UNREADABLE;
      // Aliases expand within the loader's bound (an alias bomb in an old version is skipped, not walked).
      docs = list.map((d) => d.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION }));
    } catch {
      return UNREADABLE; // the loader reports syntax errors of the current tree; broken old versions are skipped
    }
  }
  const out: ObjectDigest[] = [];
  for (const doc of docs) {
    if (!isObject(doc)) continue;
    const items = doc.kind === 'List' && Array.isArray(doc.items) ? doc.items : [doc];
    for (const item of items) {
      const d = isObject(item) ? digestObject(item, systemNamespace) : undefined;
      if (d) out.push(d);
    }
  }
  return out;
}

function digestObject(body: JsonObject, systemNamespace: string): ObjectDigest | undefined {
  const { apiVersion, kind } = body;
  if (typeof kind !== 'string') return undefined;
  const isSpec = apiVersion === SPEC_API_VERSION && SPEC_KIND_SET.has(kind);
  const isDefinition = apiVersion === DEFINITION_API_VERSION && DEFINITION_KINDS.has(kind);
  if (!isSpec && !isDefinition) return undefined;
  const meta = isObject(body.metadata) ? body.metadata : {};
  if (typeof meta.name !== 'string') return undefined;
  const id = { kind, namespace: typeof meta.namespace === 'string' ? meta.namespace : systemNamespace, name: meta.name };
  const version = specVersion(body);
  if (isDefinition && !version) return undefined; // a definition without a valid version cannot be pinned
  const d: ObjectDigest = { key: revisionKey(id, version), id, hash: contentHash(body) };
  if (version) d.version = version;
  return d;
}
