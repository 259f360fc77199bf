// One Placement scheduled offline, the way OCM's placement controller does it (schedule.go):
// bound cluster sets -> member clusters -> predicate and taint filters -> prioritizers ->
// sort by score then name -> numberOfClusters -> decision groups. Every cluster of the inventory
// gets a verdict saying why it was or was not selected.

import { cmp, type Diagnostic, error, hasErrors, info, type SourcePos } from '../core/diagnostics.ts';
import { asObject, type JsonObject, type ObjPath } from '../core/types.ts';
import { celExpressionsOf, compileCel } from './cel.ts';
import { decide, type DecisionGroup, type DecisionGroupSpec, type PlacementDecisionOut } from './decisions.ts';
import { CLUSTERSET_LABEL, type Cluster, type ClusterSet, type Inventory } from './inventory.ts';
import { explainMismatch, isSelector, matches, parseSelector, type Selector } from './label-selector.ts';
import { existingDecisionClusters, parsePrioritizerPolicy, scoreClusters, type PlacementRef } from './prioritizers.ts';
import { describeTaint, parseTolerations, toleranceExpiry, untoleratedTaint } from './tolerations.ts';
import { nounFor } from '../core/plural.ts';

export interface PlacementInput extends PlacementRef {
  spec: JsonObject;
  /** Where a path inside `spec` was written. */
  pos(path: ObjPath): SourcePos;
}

export type SatisfiedReason =
  | 'AllDecisionsScheduled'
  | 'NoManagedClusterSetBindings'
  | 'NoIntersection'
  | 'AllManagedClusterSetsEmpty'
  | 'NoManagedClusterMatched'
  | 'NotAllDecisionsScheduled';

export interface Verdict {
  cluster: string;
  selected: boolean;
  /** Why not selected (or, when selected, a note such as a toleration that expires). */
  reason?: string;
  score?: number;
  scores?: Record<string, number>;
}

export interface ScheduleResult {
  placement: PlacementRef;
  /** Selected clusters in decision order (score, then name). */
  selected: string[];
  verdicts: Verdict[];
  boundSets: string[];
  eligibleSets: string[];
  numberOfClusters?: number;
  /** Prioritizer weights in effect (`Balance`, `Steady`, ..., `AddOn/<resource>/<score>`). */
  weights: Record<string, number>;
  satisfied: { status: boolean; reason: SatisfiedReason; message: string };
  /** Seed 000: Ready when at least one (or numberOfClusters) clusters are decided. */
  ready: boolean;
  groups: DecisionGroup[];
  decisions: PlacementDecisionOut[];
  /** Set when the placement cannot be evaluated offline (a CEL function hubcast lacks). */
  needsHub?: string;
  diagnostics: Diagnostic[];
}

/** Clusters of one set (ExclusiveClusterSetLabel or LabelSelector), or an error for any other selectorType. */
export function setMembers(set: ClusterSet, clusters: readonly Cluster[]): Cluster[] | { error: string } {
  if (set.selectorType === '' || set.selectorType === 'ExclusiveClusterSetLabel' || set.selectorType === 'LegacyClusterSetLabel') {
    return clusters.filter((c) => c.labels[CLUSTERSET_LABEL] === set.name);
  }
  if (set.selectorType === 'LabelSelector') {
    if (set.labelSelector === null) return [];
    const s = parseSelector(set.labelSelector);
    if (!isSelector(s)) return { error: `labelSelector: ${s.error}` };
    return clusters.filter((c) => matches(s, c.labels));
  }
  return { error: `selectorType is not right: ${set.selectorType}` };
}

interface Predicate {
  label: Selector;
  claim: Selector;
  cel?: ReturnType<typeof compileCel>;
}

export function schedule(p: PlacementInput, inv: Inventory, now: number): ScheduleResult {
  const diagnostics: Diagnostic[] = [];
  const self: PlacementRef = { namespace: p.namespace, name: p.name };
  const spec = p.spec;
  const numberOfClusters = typeof spec.numberOfClusters === 'number' ? spec.numberOfClusters : undefined;
  const verdicts = new Map<string, Verdict>(inv.clusters.map((c) => [c.name, { cluster: c.name, selected: false }]));
  const reject = (c: string, reason: string) => {
    const v = verdicts.get(c)!;
    if (!v.reason) v.reason = reason;
  };
  const misconfigured = (message: string, path: ObjPath) => {
    diagnostics.push(
      error(
        'placement-misconfigured',
        `Placement ${p.namespace}/${p.name}: ${message}`,
        p.pos(path),
        'OCM would mark this Placement Misconfigured and select no cluster; fix the Placement spec',
      ),
    );
  };

  // Filters and prioritizers are parsed first: a misconfigured Placement selects nothing.
  const predicates: Predicate[] = [];
  const predList = Array.isArray(spec.predicates) ? spec.predicates : [];
  let needsHub: string | undefined;
  predList.forEach((pr, i) => {
    const rcs = asObject(asObject(pr).requiredClusterSelector);
    const label = parseSelector(rcs.labelSelector);
    const claim = parseSelector(rcs.claimSelector, true);
    if (!isSelector(label)) return misconfigured(`labelSelector ${label.error}`, ['predicates', i, 'requiredClusterSelector', 'labelSelector', ...label.path]);
    if (!isSelector(claim)) return misconfigured(`claimSelector ${claim.error}`, ['predicates', i, 'requiredClusterSelector', 'claimSelector', ...claim.path]);
    const exprs = celExpressionsOf(pr);
    const predicate: Predicate = { label, claim };
    if (exprs) {
      const cel = compileCel(exprs.map(String), inv.scores, now);
      if (!cel.ok && cel.kind === 'syntax')
        misconfigured(`CEL expression ${cel.index + 1}: ${cel.message}`, [
          'predicates',
          i,
          'requiredClusterSelector',
          'celSelector',
          'celExpressions',
          cel.index,
        ]);
      else if (!cel.ok) needsHub ??= `CEL expression "${String(exprs[cel.index])}" uses what hubcast's CEL evaluator lacks (${cel.message})`;
      predicate.cel = cel;
    }
    predicates.push(predicate);
  });
  const tol = parseTolerations(spec.tolerations);
  if (tol.error) misconfigured(tol.error.message, ['tolerations', tol.error.index]);
  const prio = parsePrioritizerPolicy(spec.prioritizerPolicy);
  if (prio.error) misconfigured(prio.error.message, ['prioritizerPolicy', ...prio.error.path]);
  const groupSpecs = parseDecisionGroups(spec, misconfigured);
  if (spec.spreadPolicy !== undefined) {
    diagnostics.push(
      info(
        'placement-ignored-field',
        `Placement ${p.namespace}/${p.name}: spreadPolicy is not implemented by OCM's scheduler and is ignored`,
        p.pos(['spreadPolicy']),
      ),
    );
  }

  // Which clusters the placement can see: sets bound in its namespace, narrowed by spec.clusterSets.
  const bindings = inv.bindings.filter((b) => b.namespace === p.namespace && inv.sets.has(b.name));
  const boundSets = [...new Set(bindings.map((b) => b.name))].sort(cmp);
  const wanted = Array.isArray(spec.clusterSets) ? spec.clusterSets.map(String) : [];
  const eligibleSets = wanted.length ? boundSets.filter((s) => wanted.includes(s)) : boundSets;
  const members = new Map<string, Cluster>();
  for (const name of eligibleSets) {
    const set = inv.sets.get(name)!;
    const m = setMembers(set, inv.clusters);
    if ('error' in m) {
      const at = set.source?.pos(['spec', 'clusterSelector']);
      // OCM reports the Placement Misconfigured when one of its sets cannot be evaluated.
      diagnostics.push(
        error(
          'placement-misconfigured',
          `Placement ${p.namespace}/${p.name}: ManagedClusterSet ${name}: ${m.error}`,
          at,
          'use selectorType ExclusiveClusterSetLabel or LabelSelector, with a valid labelSelector',
        ),
      );
      continue;
    }
    for (const c of m) members.set(c.name, c);
  }
  for (const c of inv.clusters) {
    if (members.has(c.name)) continue;
    reject(c.name, notVisibleReason(c, inv, p.namespace, boundSets, eligibleSets, wanted));
  }
  let candidates = [...members.values()].filter((c) => {
    if (c.deleting) reject(c.name, 'being deleted (deletionTimestamp set)');
    return !c.deleting;
  });
  const memberCount = candidates.length;

  const failed = hasErrors(diagnostics);
  if (failed || needsHub) candidates = [];
  // Predicate filter: any predicate (ORed); inside one, label, claim and CEL all (ANDed).
  if (predicates.length) {
    candidates = candidates.filter((c) => {
      const why = predicates.map((pr) => predicateMismatch(pr, c));
      const ok = why.some((w) => w === undefined);
      if (!ok)
        reject(
          c.name,
          why.length === 1 ? `predicate: ${why[0]}` : `matches none of ${why.length} predicates: ${why.map((w, i) => `#${i + 1} ${w}`).join('; ')}`,
        );
      return ok;
    });
  }
  const decided = existingDecisionClusters(inv, self);
  candidates = candidates.filter((c) => {
    const taint = untoleratedTaint(c, tol.tolerations, decided.has(c.name), now);
    if (taint) reject(c.name, `taint ${describeTaint(taint)} is not tolerated${taint.builtIn ? ` (ManagedClusterConditionAvailable is ${c.available})` : ''}`);
    return !taint;
  });

  const scored = scoreClusters(candidates, prio.prioritizers, inv, self, decided, now).sort((a, b) => b.total - a.total || cmp(a.cluster.name, b.cluster.name));
  const cut = numberOfClusters === undefined ? scored.length : Math.min(numberOfClusters, scored.length);
  scored.forEach((s, rank) => {
    const v = verdicts.get(s.cluster.name)!;
    v.score = s.total;
    v.scores = s.parts;
    if (rank < cut) {
      v.selected = true;
      const exp = toleranceExpiry(s.cluster, tol.tolerations, now);
      if (exp !== undefined) v.reason = `selected while a toleration lasts (until ${new Date(exp).toISOString()})`;
    } else reject(s.cluster.name, `not among the first ${numberOfClusters} (numberOfClusters): score ${s.total}, rank ${rank + 1}`);
  });
  const selectedClusters = scored.slice(0, cut).map((s) => s.cluster);
  const { groups, decisions } = decide(p.name, selectedClusters, groupSpecs.groups, groupSpecs.perGroup);

  const satisfied = satisfiedCondition(wanted, eligibleSets, bindings.length, memberCount, scored.length, selectedClusters.length, numberOfClusters, failed);
  const n = selectedClusters.length;
  return {
    placement: self,
    selected: selectedClusters.map((c) => c.name),
    verdicts: [...verdicts.values()],
    boundSets,
    eligibleSets,
    numberOfClusters,
    weights: Object.fromEntries(prio.prioritizers.map((x) => [x.key, x.weight])),
    satisfied,
    ready: !needsHub && n > 0 && (numberOfClusters === undefined || n >= numberOfClusters),
    groups,
    decisions,
    needsHub,
    diagnostics,
  };
}

function predicateMismatch(pr: Predicate, c: Cluster): string | undefined {
  const l = explainMismatch(pr.label, c.labels);
  if (l) return l;
  const cl = explainMismatch(pr.claim, c.claims, 'claim');
  if (cl) return cl;
  if (pr.cel?.ok) return pr.cel.run(c).failed;
  return undefined;
}

function notVisibleReason(c: Cluster, inv: Inventory, ns: string, bound: string[], eligible: string[], wanted: string[]): string {
  const inSets = [...inv.sets.values()]
    .filter((s) => {
      const m = setMembers(s, [c]);
      return !('error' in m) && m.length > 0;
    })
    .map((s) => s.name)
    .sort(cmp);
  if (bound.length === 0) return `no ManagedClusterSetBinding in namespace ${ns}`;
  const boundIn = inSets.filter((s) => bound.includes(s));
  if (boundIn.length === 0)
    return `in ${nounFor(inSets.length, 'set')} ${inSets.join(', ') || '(none)'}, none of them bound in namespace ${ns} (bound: ${bound.join(', ')})`;
  if (eligible.length === 0 || wanted.length)
    return `in bound ${nounFor(boundIn.length, 'set')} ${boundIn.join(', ')}, but spec.clusterSets lists only ${wanted.join(', ')}`;
  return `not in ${nounFor(eligible.length, 'set')} ${eligible.join(', ')}`;
}

/** PlacementSatisfied, first match wins, with the controller's reasons and messages. */
function satisfiedCondition(
  inSpec: string[],
  eligible: string[],
  bindings: number,
  members: number,
  feasible: number,
  selected: number,
  wanted: number | undefined,
  failed: boolean,
): ScheduleResult['satisfied'] {
  if (bindings === 0)
    return { status: false, reason: 'NoManagedClusterSetBindings', message: 'No valid ManagedClusterSetBindings found in placement namespace' };
  if (eligible.length === 0)
    return { status: false, reason: 'NoIntersection', message: `None of ManagedClusterSets [${inSpec.join(',')}] is bound to placement namespace` };
  if (members === 0)
    return { status: false, reason: 'AllManagedClusterSetsEmpty', message: `All ManagedClusterSets [${eligible.join(',')}] have no member ManagedCluster` };
  if (failed) return { status: false, reason: 'NotAllDecisionsScheduled', message: 'the Placement is misconfigured' };
  if (feasible === 0) return { status: false, reason: 'NoManagedClusterMatched', message: 'No ManagedCluster matches any of the cluster predicate' };
  const unscheduled = wanted === undefined ? 0 : wanted - selected;
  if (unscheduled <= 0) return { status: true, reason: 'AllDecisionsScheduled', message: 'All cluster decisions scheduled' };
  return { status: false, reason: 'NotAllDecisionsScheduled', message: `${unscheduled} cluster decisions unscheduled` };
}

function parseDecisionGroups(spec: JsonObject, misconfigured: (m: string, path: ObjPath) => void): { groups: DecisionGroupSpec[]; perGroup?: string | number } {
  const gs = asObject(asObject(spec.decisionStrategy).groupStrategy);
  const groups: DecisionGroupSpec[] = [];
  const list = Array.isArray(gs.decisionGroups) ? gs.decisionGroups : [];
  list.forEach((g, i) => {
    const x = asObject(g);
    const sel = asObject(x.groupClusterSelector);
    const label = parseSelector(sel.labelSelector);
    const claim = parseSelector(sel.claimSelector, true);
    if (!isSelector(label) || !isSelector(claim))
      return misconfigured('decision group selector is invalid', ['decisionStrategy', 'groupStrategy', 'decisionGroups', i]);
    groups.push({ groupName: String(x.groupName ?? ''), labelSelector: label, claimSelector: claim });
  });
  const per = gs.clustersPerDecisionGroup;
  // An integer (out of range means all), or a percentage string; the controller rejects any other string.
  if (per !== undefined && !(typeof per === 'number' ? Number.isInteger(per) : /^(100|[1-9][0-9]?)%$/.test(String(per)))) {
    misconfigured(`clustersPerDecisionGroup must be an integer or a percentage 1%..100%, not ${JSON.stringify(per)}`, [
      'decisionStrategy',
      'groupStrategy',
      'clustersPerDecisionGroup',
    ]);
  }
  return { groups, perGroup: typeof per === 'number' || typeof per === 'string' ? per : undefined };
}
