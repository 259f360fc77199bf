// Runs the real `kubectl kustomize` on generated folders.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'yaml';

// Asked once per test file: a second `kubectl version` per build doubled the kubectl processes.
let available: boolean | undefined;

export function kubectlAvailable(): boolean {
  if (available !== undefined) return available;
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore', timeout: 10_000 });
    available = true;
  } catch {
    available = false;
  }
  return available;
}

export function kustomizeBuild(dir: string): string {
  if (!kubectlAvailable()) throw new Error('kubectl is required for these tests (kubectl kustomize); .ci/run installs it');
  return execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
}

/**
 * Builds every folder of a written tree that holds a kustomization.yaml, with as few kubectl runs as that
 * takes: a folder that another lists in its resources is built as part of that one (kustomize fails the whole
 * build when a listed folder does not build), so only the folders no other lists are built on their own
 * (the root, and the spoke folders of flux-pull). Returns each of those builds by folder.
 */
export function buildEveryFolder(root: string, folders: readonly string[]): Map<string, string> {
  const known = new Set(folders);
  const listed = new Set<string>();
  for (const f of folders) {
    const k = parse(readFileSync(join(root, f, 'kustomization.yaml'), 'utf8')) as { resources?: string[] } | null;
    for (const r of k?.resources ?? []) {
      const child = posix.join(f, r);
      if (known.has(child)) listed.add(child);
    }
  }
  const tops = folders.filter((f) => !listed.has(f)).sort();
  return new Map(tops.map((f) => [f, kustomizeBuild(join(root, f))]));
}
