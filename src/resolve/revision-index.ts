// The revision index: every distinct content of every spec object along the first-parent history,
// keyed by identity (kind/namespace/name) wherever the object lived. Pure: a git adapter supplies
// the commits (oldest first, as file changes) and the texts of the file versions they name.
//
// Built incrementally, one commit at a time: only the files a commit changes are looked at, and
// each file version is digested once (cache by blob id, then by document text).

import { cmp } from '../core/diagnostics.ts';
import type { ObjectId } from '../core/types.ts';
import type { SourceFile } from '../load/yaml-source.ts';
import { Digester, type FileDigest, type ObjectDigest } from './object-digest.ts';

/** One file of a commit: its new version (blob id), or removed. */
export interface FileChange {
  path: string;
  blob?: string;
}

export interface HistoryCommit {
  sha: string;
  /** Commit time, seconds since the epoch (committer date). */
  time: number;
  changes: FileChange[];
}

export interface IndexedRevision {
  number: number;
  version?: string;
  hash: string;
  /** Commit that introduced this content; absent for uncommitted content. */
  commit?: string;
  time?: number;
  uncommitted?: boolean;
  /** Where the content was first seen: file path and file version (blob id), for reading it in full later. */
  path: string;
  blob: string;
}

export interface IndexedObject {
  key: string;
  id: ObjectId;
  /** Oldest first; numbering continues across deletions. */
  revisions: IndexedRevision[];
  /** The object exists at the end of the history (including uncommitted changes, when applied). */
  alive: boolean;
}

export interface RevisionIndex {
  objects: ReadonlyMap<string, IndexedObject>;
  /** Last commit applied. */
  head?: string;
  commitCount: number;
  /** Text of a file version by blob id (uncommitted files included). */
  text(blob: string): string | undefined;
}

/** Blob id under which a working-tree file that differs from the last commit is recorded. */
export const worktreeBlob = (path: string): string => `worktree:${path}`;

export class RevisionIndexBuilder {
  private readonly blobDigests = new Map<string, FileDigest>();
  /** path -> blob id of the file as of the last applied commit. */
  private readonly files = new Map<string, string>();
  /** index key -> paths holding an object with that key. */
  private readonly locations = new Map<string, Set<string>>();
  private readonly objects = new Map<string, IndexedObject>();
  private head?: string;
  private commitCount = 0;

  /**
   * `texts` maps blob ids to file text; the builder adds working-tree texts to it. A `digester`
   * (for the same system namespace) may be shared by the indexes of one process.
   */
  constructor(
    private readonly texts: Map<string, string>,
    systemNamespace: string,
    private readonly digester = new Digester(systemNamespace),
  ) {}

  apply(commit: HistoryCommit): void {
    this.applyChanges(commit.changes, { commit: commit.sha, time: commit.time });
    this.head = commit.sha;
    this.commitCount++;
  }

  /**
   * The working tree as one more, uncommitted revision step: files that differ from the last
   * commit, files added, and files removed. `files` is every spec file of the working tree.
   */
  applyWorktree(files: readonly SourceFile[]): void {
    const changes: FileChange[] = [];
    const present = new Set<string>();
    for (const f of files) {
      present.add(f.path);
      const blob = this.files.get(f.path);
      if (blob !== undefined && this.texts.get(blob) === f.text) continue;
      const id = worktreeBlob(f.path);
      this.texts.set(id, f.text);
      changes.push({ path: f.path, blob: id });
    }
    for (const path of this.files.keys()) if (!present.has(path)) changes.push({ path });
    this.applyChanges(changes, { uncommitted: true });
  }

  result(): RevisionIndex {
    const texts = this.texts;
    return { objects: this.objects, head: this.head, commitCount: this.commitCount, text: (b) => texts.get(b) };
  }

  private applyChanges(changes: readonly FileChange[], origin: { commit?: string; time?: number; uncommitted?: boolean }): void {
    const touched = new Set<string>();
    for (const { path, blob } of changes) {
      const old = this.files.get(path);
      if (old !== undefined) {
        for (const d of this.digestsOf(old)) {
          this.locations.get(d.key)?.delete(path);
          touched.add(d.key);
        }
        this.files.delete(path);
      }
      if (blob === undefined) continue;
      this.files.set(path, blob);
      for (const d of this.digestsOf(blob, old)) {
        let locs = this.locations.get(d.key);
        if (!locs) this.locations.set(d.key, (locs = new Set()));
        locs.add(path);
        touched.add(d.key);
      }
    }
    for (const key of touched) this.update(key, origin);
  }

  /** Record the object's content after a commit: a new revision when it differs from the last one. */
  private update(key: string, origin: { commit?: string; time?: number; uncommitted?: boolean }): void {
    const locs = this.locations.get(key);
    const obj = this.objects.get(key);
    if (!locs || locs.size === 0) {
      if (obj) obj.alive = false;
      return;
    }
    // Defined twice: the first file in path order wins, as when loading (which reports the duplicate).
    const path = locs.size === 1 ? locs.values().next().value! : [...locs].sort(cmp)[0];
    const blob = this.files.get(path)!;
    const digest = this.digestsOf(blob).find((d) => d.key === key)!;
    const entry = obj ?? { key, id: digest.id, revisions: [], alive: true };
    if (!obj) this.objects.set(key, entry);
    entry.alive = true;
    const last = entry.revisions[entry.revisions.length - 1];
    if (last && last.hash === digest.hash) return;
    const rev: IndexedRevision = { number: entry.revisions.length + 1, hash: digest.hash, path, blob };
    if (digest.version) rev.version = digest.version;
    if (origin.commit) rev.commit = origin.commit;
    if (origin.time !== undefined) rev.time = origin.time;
    if (origin.uncommitted) rev.uncommitted = true;
    entry.revisions.push(rev);
  }

  /** `previous`: the file version this one replaces, whose documents are likely the same. */
  private digestsOf(blob: string, previous?: string): ObjectDigest[] {
    let d = this.blobDigests.get(blob);
    if (!d) {
      const before = previous === undefined ? undefined : this.blobDigests.get(previous);
      d = this.digester.fileVersion(this.texts.get(blob) ?? '', before);
      this.blobDigests.set(blob, d);
    }
    return d.objects;
  }
}

/** Index a whole history (oldest first), optionally with the working tree on top. */
export function buildRevisionIndex(
  commits: readonly HistoryCommit[],
  texts: Map<string, string>,
  systemNamespace: string,
  worktree?: readonly SourceFile[],
  digester?: Digester,
): RevisionIndex {
  const b = new RevisionIndexBuilder(texts, systemNamespace, digester);
  for (const c of commits) b.apply(c);
  if (worktree) b.applyWorktree(worktree);
  return b.result();
}
