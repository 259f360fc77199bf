// Changed-only rendering: a memo handed from one pipeline run to the next (the base and head sides of
// a diff, successive renders in one process). Each stage looks its per-item work up by a content key
// that holds every input of that item: a file's load by its path and text, a deployment's render by
// render-key.ts, its placement by that key plus the inventory and the evaluation time, its
// ManifestWorks by the placement's key plus the delivery settings, and the YAML of any object a hit
// hands out again by identity. A run whose edit touched one workload re-renders that deployment
// only; everything else is looked up. Checks across items (duplicate objects, name collisions) run
// in full on every run.

import { cachedBy, GenerationalMemo, type Cached } from '../core/generational-memo.ts';
import type { SourceObject } from '../core/types.ts';
import type { ObjectTextMemo } from '../emit/yaml-emitter.ts';
import type { DeploymentPlacement } from '../fleet/place-deployments.ts';
import { digest } from '../core/digest.ts';
import { fileDigests, type FileDigests } from '../render/render-key.ts';
import type { RenderedDeployment } from '../render/render.ts';

export type MemoStage = 'load' | 'definitions' | 'render' | 'place' | 'works';

export class PipelineMemo {
  private readonly values = new GenerationalMemo<string, unknown>();
  private readonly counts = new Map<MemoStage, { reused: number; computed: number }>();
  /** Serialized objects by identity: objects a hit hands out again are never mutated. */
  readonly objectText: ObjectTextMemo = new WeakMap();
  readonly renderKeys = new WeakMap<RenderedDeployment, string>();
  readonly placementKeys = new WeakMap<DeploymentPlacement, string>();

  /** Called at the start of each run: drops what the previous run did not use. */
  startRun(): void {
    this.values.advance();
    this.counts.clear();
  }

  cached(stage: MemoStage): Cached {
    const lookup = cachedBy(this.values, stage);
    return <T>(key: string, compute: () => T): T => {
      const c = this.counts.get(stage) ?? { reused: 0, computed: 0 };
      this.counts.set(stage, c);
      let computed = false;
      const v = lookup(key, () => {
        computed = true;
        return compute();
      });
      if (computed) c.computed++;
      else c.reused++;
      return v;
    };
  }

  /** How many items each stage reused and computed in the current run. */
  stats(): Record<MemoStage, { reused: number; computed: number }> {
    const z = { reused: 0, computed: 0 };
    return {
      load: this.counts.get('load') ?? z,
      definitions: this.counts.get('definitions') ?? z,
      render: this.counts.get('render') ?? z,
      place: this.counts.get('place') ?? z,
      works: this.counts.get('works') ?? z,
    };
  }
}

/** The inventory's content key: its objects and the text of the files they came from (positions). */
export function inventoryKey(objects: readonly SourceObject[], files: FileDigests): string {
  return digest(JSON.stringify(objects.map((o) => [o.file, files.get(o.file) ?? '', o.docIndex, o.id, o.body])));
}

export { fileDigests };
