// The diff engine: two rendered sides in, a change set out. Desired state against desired state,
// object by object (kind/namespace/name), semantic: both sides are re-emitted by the same
// deterministic emitter (key order and formatting never show), keyed lists are aligned, renames
// are matched by content, Secret values are redacted, and ignore rules hide noise with a count.

import { cmp } from '../core/diagnostics.ts';
import { sameJson } from '../core/same-json.ts';
import type { Json, JsonObject, K8sObject } from '../core/types.ts';
import { emitYaml } from '../emit/yaml-emitter.ts';
import { canonicalJson } from '../resolve/revisions.ts';
import { changedImmutableFields, immutableFieldNotes, workNotes, type WorkPair } from './dangers.ts';
import { envelopeOf, jsonBytes, objectRef, parseTree, refKey, type HubItem } from './hub-objects.ts';
import { hidingRule, stripFields, type IgnoreRule } from './ignore-rules.ts';
import { imageDeltas, ImageTable, type ImageDelta } from './images.ts';
import { alignToBase } from './keyed-lists.ts';
import { diffLocks } from './lock-diff.ts';
import {
  addCounts,
  emptyCounts,
  workCounts,
  type ChangeSet,
  type EnvironmentChanges,
  type MatrixCell,
  type Note,
  type ObjectChange,
  type ObjectRef,
  type SideSummary,
  type Status,
  type Target,
  type TargetChanges,
  type WorkChange,
  type Withheld,
  waveMove,
} from './model.ts';
import { isSecret, redactSecretPair } from './secrets.ts';
import { contentLeaves, matchRenames } from './similarity.ts';
import { formattedErrors, type ReviewSide } from './side.ts';
import { unifiedDiff, type UnifiedDiff } from './unified-diff.ts';

export interface DiffOptions {
  /** Lines of context around each change. */
  context: number;
  ignore: readonly IgnoreRule[];
}

interface Pair<T> {
  base?: T;
  head?: T;
  renamed: boolean;
}

function byKey<T>(list: readonly T[], key: (t: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const t of list) out.set(key(t), t);
  return out;
}

/** Pairs by key, then unmatched removed/added ones by content similarity within a group. */
function pairUp<T>(
  base: readonly T[],
  head: readonly T[],
  key: (t: T) => string,
  group: (t: T) => string,
  name: (t: T) => string,
  leaves: (t: T) => string[],
): Pair<T>[] {
  const hb = byKey(base, key);
  const hh = byKey(head, key);
  const pairs: Pair<T>[] = [];
  const removed: T[] = [];
  const added: T[] = [];
  for (const [k, b] of hb) {
    const h = hh.get(k);
    if (h) pairs.push({ base: b, head: h, renamed: false });
    else removed.push(b);
  }
  for (const [k, h] of hh) if (!hb.has(k)) added.push(h);
  if (!removed.length && !added.length) return pairs;
  const cand = (t: T) => ({ group: group(t), name: name(t), leaves: () => leaves(t) });
  const matches = removed.length && added.length ? matchRenames(removed.map(cand), added.map(cand)) : [];
  const usedR = new Set(matches.map(([r]) => r));
  const usedA = new Set(matches.map(([, a]) => a));
  for (const [r, a] of matches) pairs.push({ base: removed[r], head: added[a], renamed: true });
  removed.forEach((b, i) => usedR.has(i) || pairs.push({ base: b, renamed: false }));
  added.forEach((h, i) => usedA.has(i) || pairs.push({ head: h, renamed: false }));
  return pairs;
}

const statusOf = (p: Pair<unknown>): Status => (!p.base ? 'added' : !p.head ? 'removed' : 'changed');

/** What comparing two versions of an object found: the same for every place the pair recurs. */
interface Compared {
  /** Equal as they are (before any filter): nothing to show, count or note. */
  same: boolean;
  /** Immutable fields that differ (unfiltered: a filter never hides a danger). */
  immutable: string[];
  /** Container images that differ once filtered. */
  images: ImageDelta[];
  /** Rules that hid a difference. */
  hid: string[];
  secret: boolean;
  /** Absent when the filtered sides read the same. */
  diff?: UnifiedDiff;
}

const SAME: Compared = { same: true, immutable: [], images: [], hid: [], secret: false };

/** Stands for a missing side in the memo of compared pairs. */
const ABSENT = {};

const json = (v: K8sObject | K8sObject[]): Json => v as unknown as Json;

function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = make()));
  return v;
}

class Differ {
  readonly hidden = new Map<string, number>();
  hiddenTotal = 0;
  readonly images = new ImageTable();
  readonly notes: Note[] = [];
  // The per-cluster layout embeds the same manifest objects in every cluster's work: each object is
  // keyed, emitted, sized and flattened for rename matching, and each pair of versions compared, once
  // (by identity: nothing mutates them meanwhile).
  private readonly texts = new WeakMap<object, string>();
  private readonly sizes = new WeakMap<object, number>();
  private readonly keys = new WeakMap<object, string>();
  private readonly leaves = new WeakMap<object, string[]>();
  private readonly compared = new WeakMap<object, Map<object, Compared>>();

  private readonly hidesObjects: boolean;

  constructor(private readonly opts: DiffOptions) {
    this.hidesObjects = opts.ignore.some((r) => !r.pointer);
  }

  private text(o: K8sObject): string {
    return cached(this.texts, o, () => emitYaml(o as unknown as Json));
  }

  readonly bytes = (o: K8sObject): number => cached(this.sizes, o, () => jsonBytes(o));

  private key(m: K8sObject): string {
    return cached(this.keys, m, () => refKey(objectRef(m)));
  }

  private hide(rules: readonly string[]): void {
    this.hiddenTotal++;
    for (const r of new Set(rules)) this.hidden.set(r, (this.hidden.get(r) ?? 0) + 1);
  }

  /** Drops pairs a whole-object rule hides, counting the ones that differed. */
  private visible<T>(pairs: Pair<T>[], ref: (t: T) => ObjectRef, content: (t: T) => Json): Pair<T>[] {
    if (!this.hidesObjects) return pairs;
    return pairs.filter((p) => {
      const rule = hidingRule(this.opts.ignore, ref((p.head ?? p.base)!)) ?? (p.base && hidingRule(this.opts.ignore, ref(p.base)));
      if (!rule) return true;
      if (!p.base || !p.head || p.renamed || canonicalJson(content(p.base)) !== canonicalJson(content(p.head))) this.hide([rule.text]);
      return false;
    });
  }

  /** Filters, aligns and diffs two versions of an object (rules match the object's own ref), once per pair. */
  private compare(base?: K8sObject, head?: K8sObject): Compared {
    const byHead = cached(this.compared, base ?? ABSENT, () => new Map<object, Compared>());
    let c = byHead.get(head ?? ABSENT);
    if (!c) byHead.set(head ?? ABSENT, (c = this.compareOnce(base, head)));
    return c;
  }

  private compareOnce(base?: K8sObject, head?: K8sObject): Compared {
    // Most objects of a large fleet are unchanged: the same text needs no filtering, aligning or diffing
    // (equal JSON reads the same, and is quicker to tell).
    if (base && head && (sameJson(json(base), json(head)) || this.text(base) === this.text(head))) return SAME;
    const stripped = stripFields(this.opts.ignore, objectRef((head ?? base)!), base as unknown as Json, head as unknown as Json);
    let b = stripped.base as unknown as K8sObject | undefined;
    let h = stripped.head as unknown as K8sObject | undefined;
    const c: Compared = {
      same: false,
      immutable: base && head ? changedImmutableFields(base, head) : [],
      images: imageDeltas(b, h),
      hid: stripped.hid,
      secret: isSecret(b) || isSecret(h),
    };
    if (c.secret) [b, h] = redactSecretPair(b, h);
    // Filtering and aligning copy only what they change, so an untouched side's text is reused.
    const textB = b ? this.text(b) : '';
    const textH = h ? this.text(b ? (alignToBase(b as unknown as Json, h as unknown as Json) as unknown as K8sObject) : h) : '';
    if (!(base && head && textB === textH)) c.diff = unifiedDiff(textB, textH, this.opts.context);
    return c;
  }

  /** One object's change, or undefined when the two sides are the same once filtered. */
  object(ref: ObjectRef, from: ObjectRef | undefined, status: Status, workload: string, imageKey: string, c: Compared): ObjectChange | undefined {
    if (c.same) return undefined;
    this.images.add(workload, imageKey, c.images);
    if (c.hid.length) this.hide(c.hid);
    if (!c.diff) return undefined;
    const change: ObjectChange = { status, ref, diff: c.diff.text, added: c.diff.added, removed: c.diff.removed };
    if (from) change.from = from;
    if (c.secret) change.secret = true;
    return change;
  }

  manifests(work: string, workload: string, base: readonly K8sObject[], head: readonly K8sObject[]): ObjectChange[] {
    const pairs = this.visible(
      pairUp(
        base,
        head,
        (m) => this.key(m),
        (m) => m.kind,
        (m) => String(m.metadata?.name),
        (m) => cached(this.leaves, m, () => contentLeaves(m as unknown as JsonObject)),
      ),
      objectRef,
      (m) => m as unknown as Json,
    );
    const out: ObjectChange[] = [];
    for (const p of pairs) {
      const compared = this.compare(p.base, p.head);
      if (compared.same) continue;
      if (p.head) this.notes.push(...immutableFieldNotes(workload, p.head, compared.immutable));
      const ref = objectRef((p.head ?? p.base)!);
      const c = this.object(ref, p.renamed ? objectRef(p.base!) : undefined, statusOf(p), workload, `${work}|${refKey(ref)}`, compared);
      if (c) out.push(c);
    }
    return out.sort(byRef);
  }

  /** Equal own fields, as JSON (a work's manifests are compared apart). */
  private sameFields(b: HubItem, h: HubItem): boolean {
    return sameJson(json(b.object), json(h.object), b.manifests && h.manifests ? [json(b.manifests), json(h.manifests)] : undefined);
  }

  /** The same manifests in the same order, each pair of versions compared once. */
  private sameManifests(b: HubItem, h: HubItem): boolean {
    const bm = b.manifests ?? [];
    const hm = h.manifests ?? [];
    if (bm.length !== hm.length) return false;
    for (let i = 0; i < bm.length; i++) if (this.key(bm[i]) !== this.key(hm[i]) || !this.compare(bm[i], hm[i]).same) return false;
    return true;
  }

  work(p: Pair<HubItem>): WorkChange | undefined {
    const item = (p.head ?? p.base)!;
    const status = statusOf(p);
    const sameFields = !!p.base && !!p.head && this.sameFields(p.base, p.head);
    // Most works of a large fleet are unchanged. Told by structure, not by the files' text: comparing
    // 10,000 freshly emitted texts first flattens each (V8 builds them as ropes), which cost more.
    if (status === 'changed' && !p.renamed && sameFields && this.sameManifests(p.base!, p.head!)) return undefined;
    const isWork = item.manifests !== undefined;
    // Most changed works changed in their manifests alone: then their own fields need no look.
    const self = sameFields
      ? undefined
      : this.object(
          item.ref,
          p.renamed ? p.base!.ref : undefined,
          status,
          item.workload,
          refKey(item.ref),
          this.compare(p.base && (isWork ? envelopeOf(p.base.object) : p.base.object), p.head && (isWork ? envelopeOf(p.head.object) : p.head.object)),
        );
    const objects = isWork ? this.manifests(refKey(item.ref), item.workload, p.base?.manifests ?? [], p.head?.manifests ?? []) : [];
    if (status === 'changed' && !self && !objects.length && !p.renamed) return undefined;
    const w: WorkChange = { status, ref: item.ref, objects };
    if (p.renamed) w.from = p.base!.ref;
    if (self) w.self = self;
    const moved =
      p.base && p.head && p.base.target.kind === 'cluster' && p.head.target.kind === 'cluster' ? waveMove(p.base.target.wave, p.head.target.wave) : undefined;
    if (moved) {
      w.moved = moved;
      this.waveMoves(item, p.head!.object);
    }
    return w;
  }

  /** Works that change wave, by deployment, when their workload would go with a deleted work (not orphaned). */
  readonly moves = new Map<string, { works: number; clusters: string[] }>();

  private waveMoves(item: HubItem, head: K8sObject): void {
    const deleteOption = (head.spec as JsonObject | undefined)?.deleteOption as JsonObject | undefined;
    if (deleteOption?.propagationPolicy === 'Orphan') return;
    const m = this.moves.get(item.workload) ?? { works: 0, clusters: [] };
    this.moves.set(item.workload, m);
    m.works++;
    m.clusters.push(item.target.name);
  }

  /** One caution per deployment whose works change wave: each passes from one Flux Kustomization to another. */
  moveNotes(): Note[] {
    return [...this.moves.entries()].map(([workload, m]) => {
      const clusters = [...new Set(m.clusters)].sort(cmp);
      const named = clusters.length > 5 ? `${clusters.slice(0, 5).join(', ')} and ${clusters.length - 5} more` : clusters.join(', ');
      return {
        level: 'caution' as const,
        code: 'wave-move',
        message: `${m.works} ManifestWork(s) change rollout wave (${named}): each passes from one Flux Kustomization to another, and if the one losing it prunes first, OCM removes the workload from that cluster until the other applies it; for such a change let the works orphan their workload (manifestWorkTemplate.lifecycle.workload.orphan: true, or a deleteOption Orphan for topology-ocm-byop; docs/per-cluster.md#rollouts)`,
        workload,
      };
    });
  }

  items(base: readonly HubItem[], head: readonly HubItem[]): { pair: Pair<HubItem>; change?: WorkChange }[] {
    const pairs = this.visible(
      pairUp(
        base,
        head,
        (i) => refKey(i.ref),
        (i) => `${i.ref.kind}/${i.ref.namespace ?? ''}`,
        (i) => i.ref.name,
        (i) => contentLeaves(i.object as unknown as JsonObject),
      ),
      (i) => i.ref,
      (i) => i.object as unknown as Json,
    );
    return pairs.map((pair) => {
      this.notes.push(...workNotes(pair as WorkPair, this.bytes));
      return { pair, change: this.work(pair) };
    });
  }
}

function byRef(a: { ref: ObjectRef }, b: { ref: ObjectRef }): number {
  return cmp(a.ref.kind, b.ref.kind) || cmp(a.ref.namespace ?? '', b.ref.namespace ?? '') || cmp(a.ref.name, b.ref.name);
}

// Waves sort in rollout order, after the clusters every deployment reaches at once.
const targetKey = (t: Target) => `${t.kind}\u0000${String(t.wave ?? 0).padStart(6, '0')}\u0000${t.name}`;

function group(changes: { item: HubItem; change: WorkChange }[]): EnvironmentChanges[] {
  const envs = new Map<string, Map<string, { target: Target; workloads: Map<string, WorkChange[]> }>>();
  for (const { item, change } of changes) {
    const targets = envs.get(item.environment) ?? new Map();
    envs.set(item.environment, targets);
    const t = targets.get(targetKey(item.target)) ?? { target: item.target, workloads: new Map() };
    targets.set(targetKey(item.target), t);
    const works = t.workloads.get(item.workload);
    if (works) works.push(change);
    else t.workloads.set(item.workload, [change]);
  }
  return [...envs.keys()].sort(cmp).map((environment) => {
    const targets: TargetChanges[] = [...envs.get(environment)!.entries()]
      .sort((a, b) => cmp(a[0], b[0]))
      .map(([, t]) => {
        const workloads = [...t.workloads.keys()].sort(cmp).map((workload) => {
          const works = t.workloads.get(workload)!.sort(byRef);
          return { workload, works, counts: works.reduce((c, w) => addCounts(c, workCounts(w)), emptyCounts()) };
        });
        return { target: t.target, workloads, counts: workloads.reduce((c, w) => addCounts(c, w.counts), emptyCounts()) };
      });
    return { environment, targets, counts: targets.reduce((c, t) => addCounts(c, t.counts), emptyCounts()) };
  });
}

function withheldOf(base: ReviewSide, head: ReviewSide): Withheld[] {
  const sidesAll = [base, head].filter((s) => s.withheld === 'all').map((s) => s.side);
  if (sidesAll.length) return [{ workload: '*', sides: sidesAll }];
  const out = new Map<string, ('base' | 'head')[]>();
  for (const s of [base, head]) for (const w of s.withheld as string[]) out.set(w, [...(out.get(w) ?? []), s.side]);
  return [...out.keys()].sort(cmp).map((workload) => ({ workload, sides: out.get(workload)! }));
}

function summary(s: ReviewSide): SideSummary {
  const out: SideSummary = { side: s.side, label: s.label, ok: s.errors.length === 0, errors: formattedErrors(s) };
  if (s.commit) out.commit = s.commit;
  return out;
}

const NOTE_RANK = { danger: 0, caution: 1 } as const;

export function diffSides(base: ReviewSide, head: ReviewSide, opts: DiffOptions): ChangeSet {
  const withheld = withheldOf(base, head);
  const all = withheld.some((w) => w.workload === '*');
  const held = new Set(withheld.map((w) => w.workload));
  // Objects shared by deployments (the hub's Flux objects) depend on every deployment of a side: a side
  // that withholds some cannot say what they would be, so they are not compared either.
  const partial = withheld.length > 0;
  const skip = (workload: string) => all || held.has(workload) || (partial && workload === '');
  const pb = parseTree(base.tree, base.objects);
  const ph = parseTree(head.tree, head.objects);
  const differ = new Differ(opts);
  const results = differ.items(
    pb.items.filter((i) => !skip(i.workload)),
    ph.items.filter((i) => !skip(i.workload)),
  );
  const changes = results.filter((r) => r.change).map((r) => ({ item: (r.pair.head ?? r.pair.base)!, change: r.change! }));
  const environments = group(changes);

  const matrix: MatrixCell[] = [];
  const totals = emptyCounts();
  const workloads = new Set<string>();
  const targets = new Set<string>();
  for (const e of environments) {
    for (const t of e.targets) {
      targets.add(targetKey(t.target));
      for (const w of t.workloads) {
        if (w.workload) workloads.add(w.workload);
        matrix.push({ environment: e.environment, target: t.target, workload: w.workload, ...w.counts });
      }
    }
    addCounts(totals, e.counts);
  }
  const kinds = new Set(environments.flatMap((e) => e.targets.map((t) => t.target.kind)));
  const targetNoun = kinds.size === 1 && kinds.has('placement') ? 'placements' : kinds.size <= 1 ? 'clusters' : 'targets';
  const notes = [...differ.notes, ...differ.moveNotes()].sort(
    (a, b) => NOTE_RANK[a.level] - NOTE_RANK[b.level] || cmp(a.workload, b.workload) || cmp(a.message, b.message),
  );
  return {
    base: summary(base),
    head: summary(head),
    environments,
    totals: { ...totals, targets: targets.size, workloads: workloads.size, hidden: differ.hiddenTotal },
    targetNoun,
    matrix,
    hidden: [...differ.hidden.entries()].sort((a, b) => cmp(a[0], b[0])).map(([rule, count]) => ({ rule, count })),
    withheld,
    revisions: all ? [] : diffLocks(pb.lock, ph.lock, skip),
    images: differ.images.result(),
    notes,
  };
}
