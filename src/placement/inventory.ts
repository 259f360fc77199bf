// The OCM inventory as the scheduler sees it: ManagedClusters (labels, claims, taints, the
// Available condition, allocatable), ManagedClusterSets, ManagedClusterSetBindings, existing
// Placements, and the live state that feeds prioritizers (PlacementDecisions, AddOnPlacementScores).
// Built from the OCM objects the loader collected (a `kubectl get -o yaml` export or hand-written).

import { cmp, error, type Diagnostic } from '../core/diagnostics.ts';
import { asObject, type Json, type JsonObject, type SourceObject } from '../core/types.ts';
import { parseQuantity } from './quantity.ts';
import { setOwn } from '../core/own-key.ts';
import { labelKeyProblem, labelValueProblem, nameProblem, RULE_TEXT, type NameRule } from '../core/k8s-names.ts';

export const CLUSTERSET_LABEL = 'cluster.open-cluster-management.io/clusterset';
export const PLACEMENT_LABEL = 'cluster.open-cluster-management.io/placement';
export const DECISION_GROUP_NAME_LABEL = 'cluster.open-cluster-management.io/decision-group-name';
export const DECISION_GROUP_INDEX_LABEL = 'cluster.open-cluster-management.io/decision-group-index';
export const TAINT_UNREACHABLE = 'cluster.open-cluster-management.io/unreachable';
export const TAINT_UNAVAILABLE = 'cluster.open-cluster-management.io/unavailable';
export const CONDITION_AVAILABLE = 'ManagedClusterConditionAvailable';

export type TaintEffect = 'NoSelect' | 'PreferNoSelect' | 'NoSelectIfNew';

export interface Taint {
  key: string;
  value: string;
  effect: TaintEffect;
  /** Epoch milliseconds; undefined when unknown. */
  timeAdded?: number;
  /** Added by the hub's taint controller from the Available condition. */
  builtIn?: boolean;
}

export interface Cluster {
  name: string;
  labels: Record<string, string>;
  claims: Record<string, string>;
  taints: Taint[];
  available: 'True' | 'False' | 'Unknown';
  deleting: boolean;
  allocatable: { cpu?: number; memory?: number };
  /** The ManagedCluster as written, the CEL `managedCluster` variable. */
  object: JsonObject;
  source: SourceObject;
}

export interface ClusterSet {
  name: string;
  selectorType: string;
  /** LabelSelector sets: the selector; null when absent (matches nothing). */
  labelSelector: Json | null;
  /** Assumed because the hub always has it (`default`, `global`), not read from the inventory. */
  implicit: boolean;
  source?: SourceObject;
}

export interface Binding {
  namespace: string;
  name: string;
  clusterSet: string;
  source: SourceObject;
}

/** One exported PlacementDecision. */
export interface ExistingDecision {
  namespace: string;
  /** The `cluster.open-cluster-management.io/placement` label; undefined when missing (some other placement's). */
  placement?: string;
  clusters: string[];
}

export interface PlacementScore {
  /** The cluster namespace the AddOnPlacementScore lives in. */
  cluster: string;
  name: string;
  scores: Record<string, number>;
  validUntil?: number;
}

export interface Inventory {
  /** Sorted by name. */
  clusters: Cluster[];
  sets: Map<string, ClusterSet>;
  bindings: Binding[];
  /** Existing Placements by `namespace/name`. */
  placements: Map<string, SourceObject>;
  decisions: ExistingDecision[];
  scores: PlacementScore[];
  /** Whether the export holds PlacementDecisions / AddOnPlacementScores at all (else: a fresh hub). */
  hasDecisions: boolean;
  hasScores: boolean;
}

const asList = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
const stringMap = (v: Json | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(asObject(v)).filter(([, x]) => typeof x === 'string')) as Record<string, string>;

export function parseTime(v: Json | undefined): number | undefined {
  if (typeof v !== 'string') return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

const EFFECTS: readonly string[] = ['NoSelect', 'PreferNoSelect', 'NoSelectIfNew'];

function parseCluster(o: SourceObject, diagnostics: Diagnostic[]): Cluster {
  const meta = asObject(o.body.metadata);
  const spec = asObject(o.body.spec);
  const status = asObject(o.body.status);
  const labels = stringMap(meta.labels);
  // The ManagedCluster webhook puts every cluster without a set label into `default`.
  if (!Object.hasOwn(labels, CLUSTERSET_LABEL)) labels[CLUSTERSET_LABEL] = 'default';
  const claims: Record<string, string> = {};
  for (const c of asList(status.clusterClaims)) {
    const x = asObject(c);
    if (typeof x.name === 'string') setOwn(claims, x.name, String(x.value ?? ''));
  }
  const taints: Taint[] = [];
  asList(spec.taints).forEach((t, i) => {
    const x = asObject(t);
    if (typeof x.key !== 'string' || typeof x.effect !== 'string' || !EFFECTS.includes(x.effect)) {
      diagnostics.push(
        error('inventory', `ManagedCluster ${o.id.name}: taint needs a key and an effect (${EFFECTS.join(', ')})`, o.pos(['spec', 'taints', i])),
      );
      return;
    }
    taints.push({ key: x.key, value: typeof x.value === 'string' ? x.value : '', effect: x.effect as TaintEffect, timeAdded: parseTime(x.timeAdded) });
  });
  const cond = asList(status.conditions)
    .map(asObject)
    .find((c) => c.type === CONDITION_AVAILABLE);
  const available = cond?.status === 'True' ? 'True' : cond?.status === 'False' ? 'False' : 'Unknown';
  const alloc = asObject(status.allocatable);
  return {
    name: o.id.name,
    labels,
    claims,
    taints: withBuiltInTaints(taints, available, parseTime(cond?.lastTransitionTime)),
    available,
    deleting: typeof meta.deletionTimestamp === 'string',
    allocatable: { cpu: parseQuantity(alloc.cpu), memory: parseQuantity(alloc.memory) },
    object: o.body,
    source: o,
  };
}

/**
 * The hub's taint controller keeps `unreachable` (Available missing or Unknown) and `unavailable`
 * (Available False), both NoSelect, in step with the condition; an export may predate that.
 */
function withBuiltInTaints(taints: Taint[], available: Cluster['available'], since: number | undefined): Taint[] {
  const want = available === 'True' ? undefined : available === 'False' ? TAINT_UNAVAILABLE : TAINT_UNREACHABLE;
  const out = taints.filter((t) => (t.key !== TAINT_UNREACHABLE && t.key !== TAINT_UNAVAILABLE) || t.key === want);
  const existing = out.find((t) => t.key === want);
  if (existing) existing.builtIn = true;
  else if (want) out.push({ key: want, value: '', effect: 'NoSelect', timeAdded: since, builtIn: true });
  return out;
}

function parseSet(o: SourceObject): ClusterSet {
  const cs = asObject(asObject(o.body.spec).clusterSelector);
  return {
    name: o.id.name,
    selectorType: typeof cs.selectorType === 'string' ? cs.selectorType : '',
    labelSelector: cs.labelSelector ?? null,
    implicit: false,
    source: o,
  };
}

export function buildInventory(objects: readonly SourceObject[]): { inventory: Inventory; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const clusters: Cluster[] = [];
  const sets = new Map<string, ClusterSet>();
  const bindings: Binding[] = [];
  const placements = new Map<string, SourceObject>();
  const decisions: ExistingDecision[] = [];
  const scores: PlacementScore[] = [];
  let hasDecisions = false;
  let hasScores = false;
  for (const o of objects) {
    if (!namesValid(o, diagnostics)) continue;
    switch (o.id.kind) {
      case 'ManagedCluster':
        clusters.push(parseCluster(o, diagnostics));
        break;
      case 'ManagedClusterSet':
        sets.set(o.id.name, parseSet(o));
        break;
      case 'ManagedClusterSetBinding': {
        const clusterSet = asObject(o.body.spec).clusterSet;
        if (typeof clusterSet !== 'string') {
          diagnostics.push(error('inventory', `ManagedClusterSetBinding ${o.id.namespace}/${o.id.name} needs spec.clusterSet`, o.pos(['spec'])));
        } else bindings.push({ namespace: o.id.namespace, name: o.id.name, clusterSet, source: o });
        break;
      }
      case 'Placement':
        placements.set(`${o.id.namespace}/${o.id.name}`, o);
        break;
      case 'PlacementDecision': {
        hasDecisions = true;
        const placement = stringMap(asObject(o.body.metadata).labels)[PLACEMENT_LABEL];
        const list = asList(asObject(o.body.status).decisions)
          .map((d) => asObject(d).clusterName)
          .filter((c): c is string => typeof c === 'string');
        // Balance counts every decision but the placement's own, labelled or not, as OCM's scheduler does.
        decisions.push(placement ? { namespace: o.id.namespace, placement, clusters: list } : { namespace: o.id.namespace, clusters: list });
        break;
      }
      case 'AddOnPlacementScore': {
        hasScores = true;
        const st = asObject(o.body.status);
        const values: Record<string, number> = {};
        for (const s of asList(st.scores)) {
          const x = asObject(s);
          if (typeof x.name === 'string' && typeof x.value === 'number') setOwn(values, x.name, x.value);
        }
        scores.push({ cluster: o.id.namespace, name: o.id.name, scores: values, validUntil: parseTime(st.validUntil) });
        break;
      }
      default:
        break;
    }
  }
  // The hub keeps these two sets (gate DefaultClusterSet, on by default); an export of clusters only may lack them.
  if (!sets.has('default')) sets.set('default', { name: 'default', selectorType: 'ExclusiveClusterSetLabel', labelSelector: null, implicit: true });
  if (!sets.has('global')) sets.set('global', { name: 'global', selectorType: 'LabelSelector', labelSelector: {}, implicit: true });
  clusters.sort((a, b) => cmp(a.name, b.name));
  return { inventory: { clusters, sets, bindings, placements, decisions, scores, hasDecisions, hasScores }, diagnostics };
}

/**
 * A cluster's name becomes the namespace of its ManifestWorks and a folder of the render; a set's name a
 * label value; labels select clusters. An object the API server would have refused is left out with an
 * error, so no name of it reaches a path.
 */
const NAME_RULES: Record<string, NameRule> = {
  ManagedCluster: 'dns1123-label',
  ManagedClusterSet: 'dns1123-label',
  ManagedClusterSetBinding: 'dns1123-label',
  Placement: 'dns1123-subdomain',
};

function namesValid(o: SourceObject, diagnostics: Diagnostic[]): boolean {
  let ok = true;
  const rule = NAME_RULES[o.id.kind];
  const problem = rule && nameProblem(o.id.name, rule);
  if (problem) {
    const why = o.id.kind === 'ManagedCluster' ? ' (it becomes the namespace of its ManifestWorks and a folder of the render)' : '';
    diagnostics.push(error('inventory', `${o.id.kind} name "${o.id.name}" ${problem}${why}`, o.pos(['metadata', 'name']), `use ${RULE_TEXT[rule]}`));
    ok = false;
  }
  if (o.id.namespace && (o.id.kind === 'ManagedClusterSetBinding' || o.id.kind === 'Placement')) {
    const ns = nameProblem(o.id.namespace, 'dns1123-label');
    if (ns) {
      diagnostics.push(
        error(
          'inventory',
          `${o.id.kind} ${o.id.name}: namespace "${o.id.namespace}" ${ns}`,
          o.pos(['metadata', 'namespace']),
          `use ${RULE_TEXT['dns1123-label']}`,
        ),
      );
      ok = false;
    }
  }
  const labels = asObject(asObject(o.body.metadata).labels);
  for (const [k, v] of Object.entries(labels)) {
    const kp = labelKeyProblem(k);
    const vp = typeof v === 'string' ? labelValueProblem(v) : 'must be a string';
    if (kp || vp) {
      diagnostics.push(
        error(
          'inventory',
          `${o.id.kind} ${o.id.name}: label ${kp ? `key "${k}" ${kp}` : `${k} value "${String(v).slice(0, 80)}" ${vp}`}`,
          o.pos(['metadata', 'labels', k]),
          'the API server refuses such a label; fix the export or the hand-written object',
        ),
      );
      ok = false;
    }
  }
  return ok;
}

/** Whether the inventory names any cluster at all (the per-cluster layout needs one). */
export function hasClusters(objects: readonly SourceObject[]): boolean {
  return objects.some((o) => o.id.kind === 'ManagedCluster');
}
