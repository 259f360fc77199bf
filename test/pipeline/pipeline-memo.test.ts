// Changed-only rendering: a run that reuses an earlier run's memo must give exactly what a run from
// scratch gives (tree, lock, diagnostics), whatever the edit, and recompute only what the edit touched.

import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { parseConfig } from '../../src/load/config.ts';
import { loadStockDefinitions } from '../../src/definitions/stock-definitions.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/pipeline.ts';
import { PipelineMemo } from '../../src/pipeline/pipeline-memo.ts';
import { exampleFiles, type Files } from '../helpers/review.ts';

const NOW = Date.parse('2026-11-01T00:00:00Z');

function run(files: Files, memo?: PipelineMemo): PipelineResult {
  const { config } = parseConfig({ path: 'hubcast.yaml', text: files['hubcast.yaml'] });
  return runPipeline({
    files: Object.entries(files)
      .filter(([p]) => p !== 'hubcast.yaml')
      .map(([path, text]) => ({ path, text })),
    config,
    stockDefinitions: loadStockDefinitions(config.systemNamespace).definitions,
    now: NOW,
    memo,
  });
}

function outcome(r: PipelineResult): { tree: [string, string][]; diagnostics: string[]; ok: boolean } {
  return { tree: [...(r.tree ?? [])], diagnostics: r.diagnostics.map(formatDiagnostic), ok: r.ok };
}

/** Replaces the first (or last) occurrence; the fleet repeats some lines across documents. */
function edit(files: Files, path: string, from: string, to: string, which: 'first' | 'last' = 'first'): Files {
  const text = files[path];
  const at = which === 'first' ? text.indexOf(from) : text.lastIndexOf(from);
  if (at < 0) throw new Error(`${path}: no "${from}"`);
  return { ...files, [path]: text.slice(0, at) + to + text.slice(at + from.length) };
}

/** The fleet with one file per deployment: a file is the unit of change (positions point into it). */
function splitDeployments(files: Files): Files {
  const { 'shop/deployments.yaml': all, ...rest } = files;
  const docs = all.split('\n---\n');
  return { ...rest, ...Object.fromEntries(docs.map((d) => [`shop/deployments/${/name: (\S+)/.exec(d)![1]}.yaml`, d])) };
}

const fleet = splitDeployments(exampleFiles('fleet', { perCluster: true }));
const replicaset = exampleFiles('fleet');
const DEV = 'shop/deployments/storefront-dev.yaml';

const edits: [string, Files, (f: Files) => Files][] = [
  ['one deployment', fleet, (f) => edit(f, DEV, 'logLevel: debug', 'logLevel: error')],
  ['a comment moving every line of a file', fleet, (f) => ({ ...f, [DEV]: `# moved\n# down\n${f[DEV]}` })],
  ['a comment moving the lines placement notes point at', fleet, (f) => ({ ...f, 'shop/environments.yaml': `# moved\n${f['shop/environments.yaml']}` })],
  [
    'a comment moving the later documents of a multi-document file',
    replicaset,
    (f) => edit(f, 'shop/deployments.yaml', 'logLevel: debug', 'logLevel: debug\n    # a new line'),
  ],
  ['a system variable every deployment reads', fleet, (f) => edit(f, 'system/variables.yaml', 'value: registry.acme.example', 'value: registry.other.example')],
  ['a cluster label (placement and per-cluster values)', fleet, (f) => edit(f, 'inventory/hub-export.yaml', 'region: us-east', 'region: us-west')],
  [
    'a repo definition',
    fleet,
    (f) =>
      edit(
        f,
        'definitions/pdb.yaml',
        'minAvailable: {{json properties.minAvailable}}',
        'minAvailable: {{json properties.minAvailable}}\n      maxUnavailable: null',
        'last',
      ),
  ],
  ['an edit that breaks a deployment', fleet, (f) => edit(f, DEV, 'name: storefront\n  environmentRef', 'name: nope\n  environmentRef')],
  ['the hub namespace in hubcast.yaml', fleet, (f) => ({ ...f, 'hubcast.yaml': `${f['hubcast.yaml']}\nhubNamespace: elsewhere\n` })],
  ['one deployment, replica-set layout', replicaset, (f) => edit(f, 'shop/deployments.yaml', 'logLevel: debug', 'logLevel: error')],
];

describe('changed-only rendering (pipeline memo)', () => {
  for (const [name, base, change] of edits) {
    it(`gives what a fresh run gives after ${name}`, () => {
      const head = change(base);
      expect(head).not.toEqual(base);
      const memo = new PipelineMemo();
      const baseRun = run(base, memo);
      expect(outcome(baseRun)).toEqual(outcome(run(base)));
      expect(outcome(run(head, memo))).toEqual(outcome(run(head)));
      // And back again: the memo holds both generations.
      expect(outcome(run(base, memo))).toEqual(outcome(baseRun));
    });
  }

  it('re-renders only the deployment whose inputs changed', () => {
    const memo = new PipelineMemo();
    const base = run(fleet, memo);
    const deployments = base.rendered!.length;
    expect(memo.stats().render).toEqual({ reused: 0, computed: deployments });
    run(edit(fleet, DEV, 'logLevel: debug', 'logLevel: error'), memo);
    expect(memo.stats().render).toEqual({ reused: deployments - 1, computed: 1 });
    expect(memo.stats().load.computed).toBe(1);
    expect(memo.stats().works).toEqual({ reused: deployments - 1, computed: 1 });
  });

  it('re-renders every deployment when a value they all read changes', () => {
    const memo = new PipelineMemo();
    const deployments = run(fleet, memo).rendered!.length;
    run(edit(fleet, 'system/variables.yaml', 'value: registry.acme.example', 'value: registry.other.example'), memo);
    expect(memo.stats().render).toEqual({ reused: 0, computed: deployments });
  });

  it('re-places every deployment when the inventory changes, without rendering again', () => {
    const memo = new PipelineMemo();
    const deployments = run(fleet, memo).rendered!.length;
    run(edit(fleet, 'inventory/hub-export.yaml', 'vendor: EKS', 'vendor: AKS'), memo);
    expect(memo.stats().render.reused).toBe(deployments);
    expect(memo.stats().place).toEqual({ reused: 0, computed: deployments });
  });

  it('shares the unchanged files between the two runs, byte for byte and by identity', () => {
    const memo = new PipelineMemo();
    const a = run(fleet, memo).tree!;
    const b = run(edit(fleet, DEV, 'logLevel: debug', 'logLevel: error'), memo).tree!;
    const changed = [...b].filter(([p, text]) => a.get(p) !== text).map(([p]) => p);
    expect(changed.length).toBeGreaterThan(0);
    expect(
      changed.every((p) => p.includes('storefront-dev') || p === 'hubcast.lock.json' || p.endsWith('.lock')),
      changed.join('\n'),
    ).toBe(true);
  });
});
