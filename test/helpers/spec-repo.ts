// Writes a small spec repository to a temp folder: one Environment, one WorkloadProfile with the
// given components, one WorkloadDeployment, plus any extra documents (Repositories, hubcast.yaml).

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const NS = 'team';

export function repository(name: string, url: string, extra: Record<string, unknown> = {}): object {
  return { apiVersion: 'spectrocloud.com/v1beta1', kind: 'Repository', metadata: { name, namespace: NS }, spec: { url, ...extra } };
}

export function writeSpecRepo(opts: { components: object[]; extra?: object[]; config?: object; deployments?: string[] }): string {
  const dir = mkdtempSync(join(tmpdir(), 'hubcast-specs-'));
  const docs: object[] = [
    {
      apiVersion: 'spectrocloud.com/v1beta1',
      kind: 'Environment',
      metadata: { name: 'dev', namespace: NS },
      spec: { topology: { type: 'topology-ocm', properties: { placement: { clusterSets: ['global'] } } } },
    },
    {
      apiVersion: 'spectrocloud.com/v1beta1',
      kind: 'WorkloadProfile',
      metadata: { name: 'apps', namespace: NS },
      spec: { workload: { components: opts.components } },
    },
    ...(opts.deployments ?? ['web']).map((name) => ({
      apiVersion: 'spectrocloud.com/v1beta1',
      kind: 'WorkloadDeployment',
      metadata: { name, namespace: NS },
      spec: { workload: { name, namespace: name }, workloadProfileRef: { name: 'apps' }, environmentRef: { name: 'dev' } },
    })),
    ...(opts.extra ?? []),
  ];
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'specs.yaml'), docs.map((d) => stringify(d)).join('---\n'));
  if (opts.config) writeFileSync(join(dir, 'hubcast.yaml'), stringify(opts.config));
  return dir;
}
