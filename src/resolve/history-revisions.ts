// A RevisionSource over the revision index. The current revision of an object is the loaded
// (validated) object of the tree being rendered; older revisions are read in full, with positions,
// only when something asks for them, from the file version that introduced them.

import { idKey, type ObjectId, type SourceObject } from '../core/types.ts';
import { expandLists, type SpecRepo } from '../load/load-repo.ts';
import type { Definition } from '../definitions/definition-types.ts';
import { parseYamlFile, type RawDocument } from '../load/yaml-source.ts';
import { contentHash, specVersion, type Revision, type RevisionSource } from './revisions.ts';
import { Digester, revisionKey, UNREADABLE } from './object-digest.ts';
import type { IndexedObject, IndexedRevision, RevisionIndex } from './revision-index.ts';

export interface HistoryRevisionOptions {
  /** Loaded objects of the tree being rendered, by identity (and version, for a definition). */
  current(id: ObjectId, version?: string): SourceObject | undefined;
  systemNamespace: string;
  truncated?: boolean;
}

/** Revision history as read by an adapter: the index, and whether the history is cut short. */
export interface RepoHistory {
  index: RevisionIndex;
  truncated: boolean;
}

/** Revisions of the loaded repo's objects over its history. */
export function repoRevisions(repo: SpecRepo, definitions: readonly Definition[], history: RepoHistory): RevisionSource {
  const loaded = new Map<string, SourceObject>();
  for (const o of Object.values(repo.specs).flat()) loaded.set(idKey(o.id), o);
  for (const d of definitions) loaded.set(revisionKey(d.source.id, d.version), d.source);
  return historyRevisions(history.index, {
    current: (id, version) => loaded.get(revisionKey(id, version)),
    systemNamespace: repo.config.systemNamespace,
    truncated: history.truncated,
  });
}

export function historyRevisions(index: RevisionIndex, opts: HistoryRevisionOptions): RevisionSource {
  const memo = new Map<string, Revision[]>();
  const revisionsOf = (id: ObjectId, version?: string): Revision[] => {
    const key = revisionKey(id, version);
    let revs = memo.get(key);
    if (!revs) {
      revs = toRevisions(index, index.objects.get(key), opts.current(id, version), opts.systemNamespace);
      memo.set(key, revs);
    }
    return revs;
  };
  return {
    truncated: opts.truncated,
    revisions: (id) => revisionsOf(id),
    definitionRevisions: (id, version) => revisionsOf(id, version),
  };
}

function toRevisions(index: RevisionIndex, entry: IndexedObject | undefined, loaded: SourceObject | undefined, systemNamespace: string): Revision[] {
  const indexed = entry?.revisions ?? [];
  const out = indexed.map((r, i) => {
    const isCurrent = !!loaded && !!entry?.alive && i === indexed.length - 1;
    return revisionOf(r, isCurrent ? loaded : undefined, () => readRevision(index, r, entry!.id, systemNamespace));
  });
  // The loader read an object the index could not: it is the latest content all the same.
  if (loaded && !out.some((r) => r.current)) {
    const rev: Revision = { number: out.length + 1, hash: contentHash(loaded.body), current: true, object: loaded };
    const version = specVersion(loaded.body);
    if (version) rev.version = version;
    out.push(rev);
  }
  return out;
}

function revisionOf(r: IndexedRevision, loaded: SourceObject | undefined, read: () => SourceObject): Revision {
  const rev: Revision = { number: r.number, hash: r.hash, object: loaded as SourceObject };
  if (r.version) rev.version = r.version;
  if (r.commit) rev.commit = r.commit;
  if (r.time !== undefined) rev.date = new Date(r.time * 1000).toISOString().replace('.000Z', 'Z');
  if (r.uncommitted) rev.uncommitted = true;
  if (loaded) rev.current = true;
  else {
    let cached: SourceObject | undefined;
    Object.defineProperty(rev, 'object', { enumerable: true, get: () => (cached ??= read()) });
  }
  return rev;
}

/**
 * The object as it was in the file version that introduced the revision, with positions in that
 * version: `shop/envs.yaml@1a2b3c4:12:5`. Found by identity, as documents move inside a file.
 */
function readRevision(index: RevisionIndex, r: IndexedRevision, id: ObjectId, systemNamespace: string): SourceObject {
  const file = r.commit ? `${r.path}@${r.commit.slice(0, 7)}` : r.path;
  const text = index.text(r.blob) ?? '';
  const found =
    findObject(holdingDocument(text, file, revisionKey(id, r.version), systemNamespace), r, id, systemNamespace) ??
    findObject(parseYamlFile({ path: file, text }).documents, r, id, systemNamespace);
  // The fast reader took a document the full parser refuses; the schema check will say what is wrong.
  return found ?? { id, apiVersion: '', body: {}, file, docIndex: 0, pos: () => ({ file, line: 1, column: 1 }) };
}

function findObject(documents: RawDocument[], r: IndexedRevision, id: ObjectId, systemNamespace: string): SourceObject | undefined {
  for (const raw of expandLists(documents)) {
    const meta = (raw.body.metadata ?? {}) as Record<string, unknown>;
    const ns = typeof meta.namespace === 'string' ? meta.namespace : systemNamespace;
    if (raw.body.kind !== id.kind || meta.name !== id.name || ns !== id.namespace) continue;
    if (r.version && specVersion(raw.body) !== r.version) continue;
    return { id, apiVersion: String(raw.body.apiVersion), body: raw.body, file: raw.file, docIndex: raw.docIndex, pos: raw.pos };
  }
  return undefined;
}

/**
 * Only the document of the file that first holds the object `key`, parsed where it stands: blank
 * lines stand in for the documents before it, so lines and columns are the file's, and it gets the
 * file's document index. The parser that keeps positions is slow, and file versions often hold
 * many documents. Empty when the file is not a plain stream of `---`-separated documents, or a
 * document before it does not parse (the full parser might read the object there).
 */
function holdingDocument(text: string, file: string, key: string, systemNamespace: string): RawDocument[] {
  if (/[\r\u2028\u2029\uFEFF]/.test(text) || /^(\.\.\.|%)/m.test(text)) return [];
  const { documents, perDocument } = new Digester(systemNamespace).fileVersion(text);
  const k = perDocument.findIndex((digests) => digests === UNREADABLE || digests.some((d) => d.key === key));
  if (k < 0 || perDocument[k] === UNREADABLE) return [];
  const parsed = parseYamlFile({ path: file, text: '\n'.repeat(lineBreaks(documents, k)) + documents[k] }).documents;
  // Comments before the first `---` are not a document of their own: they open the next one.
  const opensNext = k > 0 && !documents[0].startsWith('---') && documents[0].split('\n').every((line) => /^\s*(#.*)?$/.test(line));
  const docIndex = opensNext ? k - 1 : k;
  return parsed.map((d) => ({ ...d, docIndex }));
}

/** Line breaks in the documents before the k-th. */
function lineBreaks(documents: string[], k: number): number {
  let n = 0;
  for (let i = 0; i < k; i++) for (let at = documents[i].indexOf('\n'); at >= 0; at = documents[i].indexOf('\n', at + 1)) n++;
  return n;
}
