// Builds an inventory from YAML text through the real loader, and schedules Placements on it.

import { defaultConfig } from '../../src/load/config.ts';
import { loadRepo } from '../../src/load/load-repo.ts';
import { buildInventory, type Inventory } from '../../src/placement/inventory.ts';
import { schedule, type ScheduleResult } from '../../src/placement/schedule.ts';
import type { JsonObject } from '../../src/core/types.ts';

export const NOW = Date.parse('2026-11-20T12:00:00Z');

export interface ClusterOpts {
  labels?: Record<string, string>;
  claims?: Record<string, string>;
  taints?: { key: string; value?: string; effect: string; timeAdded?: string }[];
  available?: 'True' | 'False' | null;
  cpu?: string;
  memory?: string;
  deleting?: boolean;
}

const doc = (o: object): string => JSON.stringify(o, null, 1);

export function cluster(name: string, o: ClusterOpts = {}): string {
  const available = o.available === undefined ? 'True' : o.available;
  const status: Record<string, unknown> = {
    clusterClaims: Object.entries(o.claims ?? {}).map(([k, v]) => ({ name: k, value: v })),
    conditions: available === null ? [] : [{ type: 'ManagedClusterConditionAvailable', status: available, lastTransitionTime: '2026-11-01T00:00:00Z' }],
  };
  if (o.cpu || o.memory) {
    status.allocatable = { ...(o.cpu ? { cpu: o.cpu } : {}), ...(o.memory ? { memory: o.memory } : {}) };
    status.capacity = { cpu: '64', memory: '256Gi' };
  }
  return doc({
    apiVersion: 'cluster.open-cluster-management.io/v1',
    kind: 'ManagedCluster',
    metadata: { name, labels: o.labels ?? {}, ...(o.deleting ? { deletionTimestamp: '2026-11-19T00:00:00Z' } : {}) },
    spec: { hubAcceptsClient: true, taints: o.taints ?? [] },
    status,
  });
}

export function set(name: string, clusterSelector: object = { selectorType: 'ExclusiveClusterSetLabel' }): string {
  return doc({ apiVersion: 'cluster.open-cluster-management.io/v1beta2', kind: 'ManagedClusterSet', metadata: { name }, spec: { clusterSelector } });
}

export function binding(namespace: string, setName: string): string {
  return doc({
    apiVersion: 'cluster.open-cluster-management.io/v1beta2',
    kind: 'ManagedClusterSetBinding',
    metadata: { name: setName, namespace },
    spec: { clusterSet: setName },
  });
}

export function decision(namespace: string, placement: string, clusters: string[], index = 1): string {
  return doc({
    apiVersion: 'cluster.open-cluster-management.io/v1beta1',
    kind: 'PlacementDecision',
    metadata: { name: `${placement}-decision-${index}`, namespace, labels: { 'cluster.open-cluster-management.io/placement': placement } },
    status: { decisions: clusters.map((c) => ({ clusterName: c, reason: '' })) },
  });
}

export function score(clusterName: string, name: string, scores: Record<string, number>, validUntil?: string): string {
  return doc({
    apiVersion: 'cluster.open-cluster-management.io/v1alpha1',
    kind: 'AddOnPlacementScore',
    metadata: { name, namespace: clusterName },
    status: { scores: Object.entries(scores).map(([n, value]) => ({ name: n, value })), ...(validUntil ? { validUntil } : {}) },
  });
}

export function inventoryOf(...docs: string[]): Inventory {
  const files = docs.map((text, i) => ({ path: `inv-${String(i).padStart(3, '0')}.yaml`, text }));
  const { repo, diagnostics } = loadRepo(files, defaultConfig);
  if (diagnostics.length) throw new Error(JSON.stringify(diagnostics));
  const { inventory, diagnostics: d2 } = buildInventory(repo.inventory);
  if (d2.length) throw new Error(JSON.stringify(d2));
  return inventory;
}

export function place(inv: Inventory, spec: JsonObject, namespace = 'apps', name = 'p', now = NOW): ScheduleResult {
  return schedule({ namespace, name, spec, pos: () => ({ file: 'placement.yaml', line: 1, column: 1 }) }, inv, now);
}

export const reasonOf = (r: ScheduleResult, c: string) => r.verdicts.find((v) => v.cluster === c)?.reason;
