// Decision groups and PlacementDecision objects (ocm scheduling_controller): selected clusters
// go to the configured decisionGroups in order, then the rest; each group is cut into chunks of
// clustersPerDecisionGroup, and every group into PlacementDecisions of at most 100 clusters named
// `<placement>-decision-<n>` (n from 1, continuing across groups).

import { cmp } from '../core/diagnostics.ts';
import type { Cluster } from './inventory.ts';
import { matches, type Selector } from './label-selector.ts';

export const MAX_CLUSTERS_PER_DECISION = 100;

export interface DecisionGroupSpec {
  groupName: string;
  labelSelector: Selector;
  claimSelector: Selector;
}

export interface DecisionGroup {
  index: number;
  name: string;
  clusters: string[];
  /** PlacementDecision names holding this group. */
  decisions: string[];
}

export interface PlacementDecisionOut {
  name: string;
  groupName: string;
  groupIndex: number;
  clusters: string[];
}

/** Group length: an integer, or a percentage of the selected clusters rounded up; out of range means all. */
export function groupLength(clustersPerDecisionGroup: string | number | undefined, selected: number): number {
  let n: number;
  if (clustersPerDecisionGroup === undefined) n = selected;
  else if (typeof clustersPerDecisionGroup === 'number') n = clustersPerDecisionGroup;
  else n = Math.ceil((Number(clustersPerDecisionGroup.replace(/%$/, '')) / 100) * selected);
  return !Number.isFinite(n) || n <= 0 || n > selected ? selected : n;
}

function chunk<T>(items: T[], size: number): T[][] {
  if (items.length === 0) return [];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(size, 1)) out.push(items.slice(i, i + Math.max(size, 1)));
  return out;
}

export function decide(
  placementName: string,
  selected: readonly Cluster[],
  groups: readonly DecisionGroupSpec[],
  clustersPerDecisionGroup: string | number | undefined,
): { groups: DecisionGroup[]; decisions: PlacementDecisionOut[] } {
  const len = groupLength(clustersPerDecisionGroup, selected.length);
  const remaining = new Map(selected.map((c) => [c.name, c]));
  const named: { name: string; clusters: string[] }[] = [];
  for (const g of groups) {
    const members = [...remaining.values()]
      .filter((c) => matches(g.labelSelector, c.labels) && matches(g.claimSelector, c.claims))
      .map((c) => c.name)
      .sort(cmp);
    for (const m of members) remaining.delete(m);
    for (const part of chunk(members, len)) named.push({ name: g.groupName, clusters: part });
  }
  for (const part of chunk([...remaining.keys()].sort(cmp), len)) named.push({ name: '', clusters: part });
  if (named.length === 0) named.push({ name: '', clusters: [] });

  const outGroups: DecisionGroup[] = [];
  const decisions: PlacementDecisionOut[] = [];
  named.forEach((g, index) => {
    const parts = g.clusters.length ? chunk(g.clusters, MAX_CLUSTERS_PER_DECISION) : [[]];
    const names: string[] = [];
    for (const p of parts) {
      const name = `${placementName}-decision-${decisions.length + 1}`;
      names.push(name);
      decisions.push({ name, groupName: g.name, groupIndex: index, clusters: p });
    }
    outGroups.push({ index, name: g.name, clusters: g.clusters, decisions: names });
  });
  return { groups: outGroups, decisions };
}
