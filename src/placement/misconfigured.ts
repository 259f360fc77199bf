// Without an inventory (the replica-set layout) the hub schedules each Placement; what OCM would mark
// Misconfigured there (an invalid selector, toleration, prioritizer, CEL expression) is still known
// from the spec alone, and is reported before the Placement is written.

import type { Diagnostic } from '../core/diagnostics.ts';
import { buildInventory } from './inventory.ts';
import { schedule, type PlacementInput } from './schedule.ts';

const noClusters = buildInventory([]).inventory;

export function placementMisconfigurations(p: PlacementInput): Diagnostic[] {
  return schedule(p, noClusters, 0).diagnostics.filter((d) => d.code === 'placement-misconfigured');
}
