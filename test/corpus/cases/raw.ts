// A profile whose one component emits raw Kubernetes objects (k8s-objects): the cases of names,
// labels, numbers and sizes write what the API server would refuse into such an object.

import { base, type Files } from '../base.ts';

/**
 * Lines 13-16 hold `apiVersion`, `kind`, `metadata:` and `name: <name>` (its value at column 23);
 * `meta` lines follow the name (indented 16), `rest` lines follow the metadata (indented 14).
 */
export function rawObject(o: { kind?: string; apiVersion?: string; name?: string; meta?: string[]; rest?: string[] }): Files {
  const lines = [
    'apiVersion: spectrocloud.com/v1beta1',
    'kind: WorkloadProfile',
    'metadata:',
    '  name: demo',
    '  namespace: team-a',
    'spec:',
    '  workload:',
    '    components:',
    '      - name: raw',
    '        type: k8s-objects',
    '        properties:',
    '          objects:',
    `            - apiVersion: ${o.apiVersion ?? 'v1'}`,
    `              kind: ${o.kind ?? 'ConfigMap'}`,
    '              metadata:',
    `                name: ${o.name ?? 'settings'}`,
    ...(o.meta ?? []).map((l) => `                ${l}`),
    ...(o.rest ?? ['data:', '  a: b']).map((l) => `              ${l}`),
  ];
  return { ...base, 'profile.yaml': `${lines.join('\n')}\n` };
}
