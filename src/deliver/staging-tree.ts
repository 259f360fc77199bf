// PR mode: the tree of one environment's staging branch. It is the generated branch as it is,
// with only that environment's folder replaced by the new render, so the pull request shows
// exactly that environment's change and merging it touches nothing else. Shared files are
// recomputed for that tree: the parent kustomizations from the folders present, and the lock
// with only that environment's deployments replaced.

import { cmp } from '../core/diagnostics.ts';
import { stableJson } from '../core/stable-json.ts';
import { LOCK_FILE, type Lock } from '../emit/lock.ts';
import { kustomization, type OutputTree } from '../emit/tree.ts';
import { GITATTRIBUTES_FILE, README_FILE } from './generated-files.ts';
import { HYDRATOR_METADATA } from './provenance.ts';
import { environmentDirOf, environmentOf, FLEET, type BlobTree } from './tree-changes.ts';

/** A file of a commit to write: new content, or a blob already in the repository. */
export type TreeEntry = { content: string } | { blob: string };
export type CommitTree = Map<string, TreeEntry>;

const ROOT_FILES = [LOCK_FILE, HYDRATOR_METADATA, README_FILE, GITATTRIBUTES_FILE];

export function fullTree(next: OutputTree): CommitTree {
  return new Map([...next].map(([p, content]) => [p, { content }]));
}

export function stagingTree(base: BlobTree, baseLock: Lock | undefined, next: OutputTree, nextLock: Lock, environment: string): CommitTree {
  // The fleet group (per-cluster layout) is the whole render: its folders and the root kustomization.
  if (environment === FLEET) {
    const out: CommitTree = new Map();
    const fleetFile = (p: string) => environmentOf(p) === FLEET || p.startsWith('flux/') || p === 'kustomization.yaml';
    for (const [p, blob] of base) if (!fleetFile(p) && !ROOT_FILES.includes(p)) out.set(p, { blob });
    for (const [p, content] of next) if (fleetFile(p) || ROOT_FILES.includes(p)) out.set(p, { content });
    return new Map([...out.entries()].sort((a, b) => cmp(a[0], b[0])));
  }
  const envDir = environmentDirOf(environment);
  const parents = ancestors(envDir);
  const kustomizations = new Set(parents.map((d) => (d ? `${d}/kustomization.yaml` : 'kustomization.yaml')));
  const out: CommitTree = new Map();
  for (const [p, blob] of base) {
    if (environmentOf(p) === environment || kustomizations.has(p) || ROOT_FILES.includes(p)) continue;
    out.set(p, { blob });
  }
  for (const [p, content] of next) if (environmentOf(p) === environment || (ROOT_FILES.includes(p) && p !== LOCK_FILE)) out.set(p, { content });
  out.set(LOCK_FILE, { content: stableJson(mergeLock(baseLock, nextLock, environment)) });
  const paths = [...out.keys()];
  for (const dir of parents) {
    const children = childrenWithYaml(paths, dir);
    const file = dir ? `${dir}/kustomization.yaml` : 'kustomization.yaml';
    if (children.length && (base.has(file) || next.has(file))) out.set(file, { content: kustomization(children) });
  }
  return new Map([...out.entries()].sort((a, b) => cmp(a[0], b[0])));
}

/** The lock of the base with one environment's deployments taken from the new render. */
export function mergeLock(base: Lock | undefined, next: Lock, environment: string): Lock {
  const inEnv = (d: Lock['deployments'][string]) => `${d.environment.namespace}/${d.environment.name}` === environment;
  const deployments: Lock['deployments'] = {};
  for (const [k, d] of Object.entries(base?.deployments ?? {})) if (!inEnv(d)) deployments[k] = d;
  for (const [k, d] of Object.entries(next.deployments)) if (inEnv(d)) deployments[k] = d;
  return { ...next, deployments };
}

/** '', 'environments', 'environments/ns' for 'environments/ns/name'. */
function ancestors(dir: string): string[] {
  const parts = dir.split('/');
  return parts.map((_, i) => parts.slice(0, i).join('/'));
}

/** Entries of dir that kustomize should build: YAML files in it and subfolders holding YAML. */
function childrenWithYaml(paths: readonly string[], dir: string): string[] {
  const prefix = dir ? `${dir}/` : '';
  const out = new Set<string>();
  for (const p of paths) {
    if (!p.startsWith(prefix) || !p.endsWith('.yaml')) continue;
    const rest = p.slice(prefix.length).split('/');
    if (rest.length === 1 && rest[0] === 'kustomization.yaml') continue;
    out.add(rest[0]);
  }
  return [...out];
}
