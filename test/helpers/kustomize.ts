// Runs the real `kubectl kustomize` on generated folders.

import { execFileSync } from 'node:child_process';

export function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

export function kustomizeBuild(dir: string): string {
  if (!kubectlAvailable()) throw new Error('kubectl is required for these tests (kubectl kustomize); .ci/run installs it');
  return execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
}
