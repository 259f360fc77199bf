// The change set: what `hubcast diff` found between two renderings, grouped environment ->
// target (cluster, or the placement of a ManifestWorkReplicaSet) -> workload -> work -> object.
// Plain data with every Secret value already redacted, so each renderer can print all of it.

export type Status = 'added' | 'removed' | 'changed';

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

/** One object that differs: an embedded manifest, or a hub object (a work's own fields, a Placement). */
export interface ObjectChange {
  status: Status;
  /** Identity on the head side (the base side for a removed object). */
  ref: ObjectRef;
  /** Set when the object was matched to a differently named one by content (a rename, a new hash suffix). */
  from?: ObjectRef;
  /** Unified diff of the object's YAML: `@@` hunk headers and ` `/`+`/`-` lines, joined by newlines. */
  diff: string;
  added: number;
  removed: number;
  /** A Secret: its values are shown only as byte counts. */
  secret?: boolean;
}

/** A hub object and what changed in it: for a ManifestWork or ManifestWorkReplicaSet, its manifests too. */
export interface WorkChange {
  status: Status;
  ref: ObjectRef;
  from?: ObjectRef;
  /** The object's own fields (for a work: everything but the manifests), when they differ. */
  self?: ObjectChange;
  /** Embedded manifests that differ (works only). */
  objects: ObjectChange[];
  /** A cluster's work of a rolled-out deployment that changes wave: `moves from wave 3 to wave 2`. */
  moved?: string;
}

export interface Counts {
  added: number;
  changed: number;
  removed: number;
}

export type TargetKind = 'cluster' | 'placement' | 'hub';

export interface Target {
  kind: TargetKind;
  name: string;
  /** A cluster's works of a deployment rolled out in waves: the wave (1 first). */
  wave?: number;
}

export interface WorkloadChanges {
  /** The WorkloadDeployment, `namespace/name` ("" for hub objects no deployment owns). */
  workload: string;
  works: WorkChange[];
  counts: Counts;
}

export interface TargetChanges {
  target: Target;
  workloads: WorkloadChanges[];
  counts: Counts;
}

export interface EnvironmentChanges {
  /** The Environment, `namespace/name` ("" for hub objects no environment owns). */
  environment: string;
  targets: TargetChanges[];
  counts: Counts;
}

export interface MatrixCell extends Counts {
  environment: string;
  target: Target;
  workload: string;
}

/** A lock entry that resolved differently: a spec revision, a definition version, a source. */
export interface RevisionChange {
  deployment: string;
  /** e.g. `Environment shop/prod` or `TraitDefinition pdb`. */
  reference: string;
  from?: string;
  to?: string;
}

export interface ImageChange {
  /** Repository (registry/path), or `from-repo -> to-repo` when the repository itself changed. */
  image: string;
  from?: string;
  to?: string;
  /** Objects whose containers changed this way. */
  objects: number;
  workloads: string[];
}

export type NoteLevel = 'danger' | 'caution';

export interface Note {
  level: NoteLevel;
  code: string;
  message: string;
  workload: string;
}

export interface HiddenCount {
  rule: string;
  count: number;
}

export interface SideSummary {
  side: 'base' | 'head';
  /** What the user named: a git ref, a folder, or `working tree`. */
  label: string;
  commit?: string;
  ok: boolean;
  /** Render errors, formatted `file:line:col: error: message [code]`. */
  errors: string[];
}

export interface Withheld {
  /** The deployment whose diff is withheld, or `*` for all of them. */
  workload: string;
  /** The side(s) that failed to render it. */
  sides: ('base' | 'head')[];
}

export interface ChangeSet {
  base: SideSummary;
  head: SideSummary;
  environments: EnvironmentChanges[];
  totals: Counts & { targets: number; workloads: number; hidden: number };
  /** The nouns for the headline: "clusters" in the per-cluster layout, "placements" for replica sets. */
  targetNoun: string;
  matrix: MatrixCell[];
  hidden: HiddenCount[];
  withheld: Withheld[];
  revisions: RevisionChange[];
  images: ImageChange[];
  notes: Note[];
}

export const emptyCounts = (): Counts => ({ added: 0, changed: 0, removed: 0 });

export function addCounts(into: Counts, c: Counts): Counts {
  into.added += c.added;
  into.changed += c.changed;
  into.removed += c.removed;
  return into;
}

export function countOf(status: Status): Counts {
  return { added: status === 'added' ? 1 : 0, changed: status === 'changed' ? 1 : 0, removed: status === 'removed' ? 1 : 0 };
}

export function workCounts(w: WorkChange): Counts {
  const c = emptyCounts();
  if (w.self) addCounts(c, countOf(w.self.status));
  for (const o of w.objects) addCounts(c, countOf(o.status));
  return c;
}

export function totalChanges(c: Counts): number {
  return c.added + c.changed + c.removed;
}

/** `Kind namespace/name`, or `Kind name` for cluster-scoped objects. */
export function refLabel(r: ObjectRef): string {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
}

/** `Kind ns/new`, or `Kind ns/old -> ns/new` for a rename. */
export function changeLabel(c: { ref: ObjectRef; from?: ObjectRef }): string {
  if (!c.from) return refLabel(c.ref);
  const name = (r: ObjectRef) => `${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
  return `${c.ref.kind} ${name(c.from)} -> ${name(c.ref)}`;
}

export function targetLabel(t: Target): string {
  return t.kind === 'hub' ? 'hub' : `${t.wave ? `wave ${t.wave} · ` : ''}${t.kind} ${t.name}`;
}

/** How a cluster's work changes rollout wave (undefined: applied at once, from the cluster's folder), or undefined when it does not. */
export function waveMove(from: number | undefined, to: number | undefined): string | undefined {
  if (from === to) return undefined;
  const at = (w: number | undefined) => (w === undefined ? "the cluster's folder (applied at once)" : `wave ${w}`);
  return `moves from ${at(from)} to ${at(to)}`;
}

export const STATUS_MARK: Record<Status, string> = { added: '+', changed: '~', removed: '-' };

/** `+A ~C -R` */
export function countsLabel(c: Counts, minus = '-'): string {
  return `+${c.added} ~${c.changed} ${minus}${c.removed}`;
}

/** A ManifestWork or ManifestWorkReplicaSet (it has manifests), as opposed to a plain hub object. */
export function isWorkChange(w: WorkChange): boolean {
  return w.objects.length > 0 || w.ref.kind === 'ManifestWork' || w.ref.kind === 'ManifestWorkReplicaSet';
}

/** The deployments whose diff a failed side withholds (`*` for all of them). */
export function withheldBy(cs: ChangeSet, side: 'base' | 'head'): string[] {
  return cs.withheld.filter((w) => w.sides.includes(side)).map((w) => w.workload);
}
