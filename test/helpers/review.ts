// Review test helpers: the fleet example as in-memory files, and a change set between two sets
// of files rendered by the real pipeline.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { diffSides } from '../../src/review/change-set.ts';
import { ignoreRules } from '../../src/review/ignore-config.ts';
import type { ChangeSet } from '../../src/review/model.ts';
import { sideFromPipeline, type ReviewSide } from '../../src/review/side.ts';
import { renderFiles } from './pipeline.ts';

export type Files = Record<string, string>;

const root = join(import.meta.dirname, '../..');

/**
 * An example's spec files. `fleet` comes in the replica-set layout by default (no inventory, the two per-cluster
 * values of its storefront profile fixed), the layout most of the review tests were written for; pass
 * `perCluster: true` for the fleet as it is, one ManifestWork per selected cluster.
 */
export function exampleFiles(example: string, opts: { perCluster?: boolean } = {}): Files {
  const dir = join(root, 'examples', example);
  const out: Files = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(n)) out[relative(dir, p).split(sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  // These tests render in memory, where no Helm repository (network or cache adapter) is at hand: the fleet's
  // one chart-based deployment is left out. Sources have their own tests (test/sources).
  const deployments = out['shop/deployments.yaml'];
  if (example === 'fleet' && deployments)
    out['shop/deployments.yaml'] = deployments
      .split('\n---\n')
      .filter((d) => !d.includes('name: status-page'))
      .join('\n---\n');
  if (example === 'fleet' && !opts.perCluster) {
    for (const p of Object.keys(out)) if (p.startsWith('inventory/')) delete out[p];
    out['system/profiles.yaml'] = out['system/profiles.yaml'].replace('"{{ cluster.name }}"', 'any').replace('"{{ cluster.labels.region }}"', 'any');
  }
  return out;
}

/** Replace exactly one occurrence of `from` in a file (fails loudly when the example changed). */
export function edit(files: Files, path: string, from: string, to: string): Files {
  const text = files[path];
  if (text === undefined) throw new Error(`no file ${path}`);
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${path}: expected exactly one "${from}"`);
  return { ...files, [path]: text.slice(0, at) + to + text.slice(at + from.length) };
}

export function side(files: Files, which: 'base' | 'head'): ReviewSide {
  return sideFromPipeline(renderFiles(files), { side: which, label: which });
}

export function review(base: Files, head: Files, opts: { flags?: string[]; noDefaults?: boolean; context?: number } = {}): ChangeSet {
  const { rules, diagnostics } = ignoreRules({ flags: opts.flags ?? [], noDefaults: opts.noDefaults ?? false });
  if (diagnostics.length) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return diffSides(side(base, 'base'), side(head, 'head'), { context: opts.context ?? 3, ignore: rules });
}
