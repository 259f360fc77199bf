// Which files a new render adds, changes or removes against a branch's tree, and which
// environment each belongs to: the unit of one pull request.

import { cmp } from '../core/diagnostics.ts';
import { ENVIRONMENTS_DIR, type OutputTree } from '../emit/tree.ts';
import { blobSha } from './blob-hash.ts';

/** A branch's tree as git stores it: path -> blob id. */
export type BlobTree = ReadonlyMap<string, string>;

export type ChangeKind = 'added' | 'changed' | 'removed';

export interface FileChange {
  path: string;
  kind: ChangeKind;
}

export function treeChanges(old: BlobTree, next: OutputTree, ignore: readonly string[] = []): FileChange[] {
  const out: FileChange[] = [];
  for (const [path, content] of next) {
    if (ignore.includes(path)) continue;
    const before = old.get(path);
    if (before === undefined) out.push({ path, kind: 'added' });
    else if (before !== blobSha(content)) out.push({ path, kind: 'changed' });
  }
  for (const path of old.keys()) if (!next.has(path) && !ignore.includes(path)) out.push({ path, kind: 'removed' });
  return out.sort((a, b) => cmp(a.path, b.path));
}

/** `namespace/name` of the environment whose folder holds path, or undefined for shared files. */
/**
 * The per-cluster layout spreads an environment over every cluster's folder, so its cluster folders form
 * one group: one pull request for the fleet, which also carries the hub's Flux objects (flux/).
 */
export const FLEET = 'fleet';
/** Cluster folders, and the rollout waves (per-cluster works delivered wave by wave). */
const FLEET_DIRS = ['clusters', 'rollouts'];

export function environmentOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] === ENVIRONMENTS_DIR && parts.length > 3) return `${parts[1]}/${parts[2]}`;
  return FLEET_DIRS.includes(parts[0]) && parts.length > 1 ? FLEET : undefined;
}

/** `rollouts/<ns>/<deployment>/wave-<n>/<cluster>_<file>`: the deployment, wave and cluster of a wave's work file. */
export function waveOf(path: string): { deployment: string; wave: number; cluster: string } | undefined {
  const m = /^rollouts\/([^/]+)\/([^/]+)\/wave-([0-9]+)\/([^/_]+)_[^/]+$/.exec(path);
  return m ? { deployment: `${m[1]}/${m[2]}`, wave: Number(m[3]), cluster: m[4] } : undefined;
}

export function environmentDirOf(environment: string): string {
  return `${ENVIRONMENTS_DIR}/${environment}`;
}

/** Changes grouped by environment, environments sorted; shared files are left out. */
export function changesByEnvironment(changes: readonly FileChange[]): Map<string, FileChange[]> {
  const out = new Map<string, FileChange[]>();
  for (const c of changes) {
    const env = environmentOf(c.path);
    if (!env) continue;
    out.set(env, [...(out.get(env) ?? []), c]);
  }
  return new Map([...out.entries()].sort((a, b) => cmp(a[0], b[0])));
}

export function countChanges(changes: readonly FileChange[]): Record<ChangeKind, number> {
  const n = { added: 0, changed: 0, removed: 0 };
  for (const c of changes) n[c.kind]++;
  return n;
}

/** Whether an environment's folder is the same in a branch's tree and in a render. */
export function sameEnvironment(tree: BlobTree, next: OutputTree, environment: string): boolean {
  return !treeChanges(tree, next).some((c) => environmentOf(c.path) === environment);
}
