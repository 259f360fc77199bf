// The image table: which container images change, from -> to, over every object that runs pods.

import { cmp } from '../core/diagnostics.ts';
import { isObject, type JsonObject, type K8sObject } from '../core/types.ts';
import type { ImageChange } from './model.ts';

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'];

function dig(v: unknown, path: readonly string[]): JsonObject | undefined {
  let cur = v;
  for (const k of path) cur = isObject(cur) ? cur[k] : undefined;
  return isObject(cur) ? cur : undefined;
}

function podSpecOf(o: K8sObject): JsonObject | undefined {
  if (o.kind === 'Pod') return dig(o, ['spec']);
  if (o.kind === 'CronJob') return dig(o, ['spec', 'jobTemplate', 'spec', 'template', 'spec']);
  return dig(o, ['spec', 'template', 'spec']);
}

/** Container name -> image, for every container list of the object's pod template. */
export function containerImages(o: K8sObject | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const pod = o && podSpecOf(o);
  if (!pod) return out;
  for (const list of CONTAINER_LISTS) {
    for (const c of (pod[list] as JsonObject[] | undefined) ?? []) {
      if (typeof c?.image === 'string') out.set(`${list}/${String(c.name)}`, c.image);
    }
  }
  return out;
}

/** `registry/path` and the tag or digest (`latest` when none is written). */
export function splitImage(image: string): { repo: string; tag: string } {
  const at = image.indexOf('@');
  if (at >= 0) return { repo: image.slice(0, at), tag: image.slice(at + 1) };
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? { repo: image.slice(0, colon), tag: image.slice(colon + 1) } : { repo: image, tag: 'latest' };
}

/** One container whose image differs between two versions of an object: its row of the table. */
export interface ImageDelta {
  key: string;
  row: ImageChange;
}

function imageDelta(from: string | undefined, to: string | undefined): ImageDelta {
  const f = from === undefined ? undefined : splitImage(from);
  const t = to === undefined ? undefined : splitImage(to);
  const sameRepo = !f || !t || f.repo === t.repo;
  const image = sameRepo ? (t ?? f)!.repo : `${f!.repo} -> ${t!.repo}`;
  const row: ImageChange = { image, from: sameRepo ? f?.tag : from, to: sameRepo ? t?.tag : to, objects: 0, workloads: [] };
  return { key: JSON.stringify([row.image, row.from ?? null, row.to ?? null]), row };
}

/** The containers of an object whose image differs between two versions. */
export function imageDeltas(base: K8sObject | undefined, head: K8sObject | undefined): ImageDelta[] {
  const a = containerImages(base);
  const b = containerImages(head);
  const out: ImageDelta[] = [];
  for (const name of new Set([...a.keys(), ...b.keys()])) if (a.get(name) !== b.get(name)) out.push(imageDelta(a.get(name), b.get(name)));
  return out;
}

/** Collects image changes object by object, then folds equal changes into one row. */
export class ImageTable {
  private rows = new Map<string, { row: ImageChange; objectKeys: Set<string>; workloads: Set<string> }>();

  add(workload: string, objectKey: string, deltas: readonly ImageDelta[]): void {
    for (const d of deltas) {
      let cur = this.rows.get(d.key);
      if (!cur) this.rows.set(d.key, (cur = { row: d.row, objectKeys: new Set(), workloads: new Set() }));
      cur.objectKeys.add(objectKey);
      cur.workloads.add(workload);
    }
  }

  result(): ImageChange[] {
    return [...this.rows.values()]
      .map(({ row, objectKeys, workloads }) => ({ ...row, objects: objectKeys.size, workloads: [...workloads].sort(cmp) }))
      .sort((x, y) => cmp(x.image, y.image) || cmp(x.from ?? '', y.from ?? '') || cmp(x.to ?? '', y.to ?? ''));
  }
}
