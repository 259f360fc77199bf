// The peer comparison: the same fleet as a plain kustomize tree (a base per workload, an overlay
// per cluster that patches every workload it runs), built with `kubectl kustomize` per cluster.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterName, type FleetSize } from './fleet-generator.ts';

export function writeKustomizeFleet(dir: string, size: FleetSize): string[] {
  const overlays: string[] = [];
  for (let w = 0; w < size.workloads; w++) {
    const name = `app-${String(w).padStart(3, '0')}`;
    const base = join(dir, 'bases', name);
    mkdirSync(base, { recursive: true });
    writeFileSync(
      join(base, 'resources.yaml'),
      `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
---
apiVersion: v1
kind: Service
metadata:
  name: api-${name}
  namespace: ${name}
spec:
  selector:
    app.kubernetes.io/name: api-${name}
  ports:
    - port: 8080
      targetPort: 8080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api-${name}
  namespace: ${name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: api-${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: api-${name}
    spec:
      containers:
        - name: api-${name}
          image: registry.bench.example/${name}:1.0.0
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { cpu: 250m, memory: 256Mi }
`,
    );
    writeFileSync(join(base, 'kustomization.yaml'), 'resources:\n  - resources.yaml\n');
  }
  for (let c = 0; c < size.clusters; c++) {
    const overlay = join(dir, 'clusters', clusterName(c));
    mkdirSync(overlay, { recursive: true });
    const resources = Array.from({ length: size.workloads }, (_, w) => `  - ../../bases/app-${String(w).padStart(3, '0')}`);
    writeFileSync(join(overlay, 'kustomization.yaml'), `resources:\n${resources.join('\n')}\nlabels:\n  - pairs:\n      cluster: ${clusterName(c)}\n`);
    overlays.push(overlay);
  }
  return overlays;
}

/** Build every overlay; returns the total bytes produced (so the work cannot be skipped). */
export function buildAll(overlays: string[]): number {
  let bytes = 0;
  for (const o of overlays) bytes += execFileSync('kubectl', ['kustomize', o], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).length;
  return bytes;
}
