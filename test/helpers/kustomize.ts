// Runs the real `kubectl kustomize` on generated folders.

import { execFileSync } from 'node:child_process';

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
