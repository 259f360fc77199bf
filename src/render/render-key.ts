// The content key of one deployment's render: everything renderDeployments reads of it. Two runs whose
// keys match produce the same objects and the same diagnostics, so a later run (the head side of a
// diff, a re-render after an edit) reuses the earlier result instead of rendering again: changed-only
// rendering. The key holds the resolved deployment (its spec, profile, environment, variables, bound
// sources, pinned revisions with their commits) with each definition by content hash, plus a digest
// of every file it was read from, because diagnostics point at lines in those files.

import { digest } from '../core/digest.ts';
import type { ResolvedDeployment } from '../resolve/resolve.ts';

/** sha1 of each input file's text, by repo path. */
export type FileDigests = ReadonlyMap<string, string>;

export function fileDigests(files: readonly { path: string; text: string }[]): FileDigests {
  return new Map(files.map((f) => [f.path, digest(f.text)]));
}

/** The render options a key holds (render.ts's RenderOptions, which also takes this shape). */
export interface KeyedOptions {
  hubNamespace: string;
  layout: string;
  sizeLimit?: { bytes: number; onExceed: string };
}

export function renderKey(r: ResolvedDeployment, opts: KeyedOptions, files: FileDigests): string {
  const read = new Set<string>();
  const json = JSON.stringify([opts.hubNamespace, opts.layout, opts.sizeLimit ?? null, r], (_k, v: unknown) => {
    if (v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    // A definition: its content hash and where it came from (compiled templates are not data).
    if (typeof o.hash === 'string' && typeof o.version === 'string' && o.source && o.schema) {
      const src = o.source as { file: string };
      read.add(src.file);
      return `${String(o.kind)} ${String(o.namespace)}/${String(o.name)}@${o.version} ${o.hash} ${src.file}`;
    }
    // A source object (functions such as pos() are dropped by JSON.stringify).
    if (typeof o.pos === 'function' && typeof o.file === 'string' && o.body) read.add(o.file);
    // A position: the file's digest stands for its line and column, which are not read, because
    // reading them parses a fast-parsed file again with `yaml` (src/load/yaml-source.ts).
    if (isPosition(o)) {
      read.add(o.file);
      return o.file;
    }
    return v;
  });
  const deps = [...read].sort().map((f) => `${f}=${files.get(f) ?? ''}`);
  return digest(`${json}\n${deps.join('\n')}`);
}

function isPosition(o: Record<string, unknown>): o is Record<string, unknown> & { file: string } {
  const keys = Object.keys(o);
  return keys.length === 3 && keys[0] === 'file' && keys[1] === 'line' && keys[2] === 'column' && typeof o.file === 'string';
}
