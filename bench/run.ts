// `npm run bench [-- small|medium|large ...] [--only SECTION,...] [--no-peer] [--no-history] [--no-package]
// [--clean]`: times hubcast's stages on synthetic fleets and compares with kubectl kustomize and the JSON.stringify floor. Writes
// bench/results.md; with --only, the rows it measured replace theirs there and the others are kept.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeTree } from '../src/adapters/tree-writer.ts';
import { parseConfig } from '../src/load/config.ts';
import { loadRepo } from '../src/load/load-repo.ts';
import { resolveRepo } from '../src/resolve/resolve.ts';
import { renderDeployments } from '../src/render/render.ts';
import { loadStockDefinitions } from '../src/definitions/stock-definitions.ts';
import { buildLock } from '../src/emit/lock.ts';
import { chooseLayout } from '../src/pipeline/pipeline.ts';
import { emitYaml } from '../src/emit/yaml-emitter.ts';
import { emitReplicaSetTree } from '../src/emit/tree.ts';
import { emitPerClusterTree } from '../src/emit/per-cluster-tree.ts';
import { deliveryConfig } from '../src/load/delivery-config.ts';
import { loadOnDemandModules } from '../test/helpers/on-demand-modules.ts';
import { runPerClusterStage } from '../src/pipeline/per-cluster-stage.ts';
import { generateFleet, SIZES, type FleetSize } from './fleet-generator.ts';
import { DIFF_CHANGES, renderFleet } from './diff-scenarios.ts';
import { ociPublishRows } from './oci-publish.ts';
import { bundleFiles, writeBundles } from '../scripts/bundle.ts';
import { buildAll, writeKustomizeFleet } from './kustomize-peer.ts';
import type { Json } from '../src/core/types.ts';
import type { OutputTree } from '../src/emit/tree.ts';
import type { PipelineResult } from '../src/pipeline/pipeline.ts';
import { PipelineMemo } from '../src/pipeline/pipeline-memo.ts';
import { sideFromPipeline } from '../src/review/side.ts';
import { diffSides } from '../src/review/change-set.ts';
import { ignoreRules } from '../src/review/ignore-config.ts';
import { totalChanges } from '../src/review/model.ts';
import { measurePackage } from './package.ts';

const root = join(import.meta.dirname, '..');
// The stages are called directly (stagesFor): what they compile is loaded first, as the CLI loads it.
await loadOnDemandModules();
const sizes = process.argv.slice(2).filter((a) => a in SIZES);
const runSizes = sizes.length ? sizes : ['small', 'medium'];

/**
 * What a run measures (`--only stages,rollouts`; all by default): `stages` in process (load to write),
 * `cli` the whole `hubcast render`, `diff`, `kustomize` (the kubectl kustomize peer; needs `cli`'s figures,
 * so it runs `cli` too), `oci` (publish to a loopback registry), `rollouts` (a Progressive rollout against
 * All), `history` (the revision index), `package` (the npm package). `--no-peer`, `--no-history` and `--no-package`
 * leave out `kustomize`, `history` and `package`.
 */
const SECTIONS = ['stages', 'cli', 'diff', 'kustomize', 'oci', 'rollouts', 'history', 'package'] as const;
type Section = (typeof SECTIONS)[number];
function selectedSections(argv: readonly string[]): Set<Section> | undefined {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return undefined;
  const list = argv[i].startsWith('--only=') ? argv[i].slice('--only='.length) : (argv[i + 1] ?? '');
  const names = list.split(',').filter(Boolean);
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (!names.length || unknown.length) {
    console.error(`--only takes a comma-separated list of: ${SECTIONS.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`);
    process.exit(2);
  }
  return new Set(names as Section[]);
}
const only = selectedSections(process.argv);
const wanted = (s: Section): boolean => {
  if (s === 'kustomize' && process.argv.includes('--no-peer')) return false;
  if (s === 'history' && process.argv.includes('--no-history')) return false;
  if (s === 'package' && process.argv.includes('--no-package')) return false;
  return !only || only.has(s) || (s === 'cli' && only.has('kustomize'));
};

interface Row {
  size: string;
  metric: string;
  value: string;
  target?: string;
  ok?: boolean;
}
const rows: Row[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

function measure<T>(runs: number, fn: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const r = time(fn);
    times.push(r.ms);
    value = r.value;
  }
  return { ms: median(times), value };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/**
 * Folders the benchmark writes: kept until the *next* run ends, never deleted before a measurement. On an
 * ext4 without a journal (these machines), the kernel will not reuse an inode freed in the last 60-360 s
 * and checks every candidate (`recently_deleted` in find_inode_bit, seen with `perf`): creating 10,000
 * files after deleting 10,000 costs 4-6 s of kernel CPU instead of 0.25 s. Deleting one step's tree would
 * bill it to the next step, and deleting a run's 300,000 files at its end would bill them to a run started
 * right after. So each run lives in $TMPDIR/hubcast-bench/run-<pid> and removes the earlier runs' folders
 * when it is done (`--clean` removes them all).
 */
const scratchRoot = join(tmpdir(), 'hubcast-bench');
const runDir = join(scratchRoot, `run-${process.pid}`);
function scratchDir(prefix: string): string {
  mkdirSync(runDir, { recursive: true });
  return mkdtempSync(join(runDir, prefix));
}
function removeRuns(keep?: string): void {
  let runs: string[] = [];
  try {
    runs = readdirSync(scratchRoot);
  } catch {
    return;
  }
  for (const r of runs) if (join(scratchRoot, r) !== keep) rmSync(join(scratchRoot, r), { recursive: true, force: true });
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
}

function stagesFor(name: string, size: FleetSize): void {
  const runs = name === 'large' ? 3 : 5;
  const files = generateFleet(size);
  const { config } = parseConfig({ path: 'hubcast.yaml', text: files['hubcast.yaml'] });
  const list = Object.entries(files)
    .filter(([p]) => p !== 'hubcast.yaml')
    .map(([path, text]) => ({ path, text }));
  const stock = loadStockDefinitions(config.systemNamespace);
  const load = measure(runs, () => loadRepo(list, config));
  const repo = load.value.repo;
  const layout = chooseLayout(config, repo);
  const resolve = measure(runs, () => resolveRepo(repo, { stockDefinitions: stock.definitions, repoDefinitions: [] }));
  const delivery = deliveryConfig(config);
  const now = Date.parse('2026-11-01T00:00:00Z');
  // render = every deployment's objects, plus (per-cluster) scheduling and one ManifestWork per cluster.
  const render = measure(runs, () => {
    const r = renderDeployments(resolve.value.deployments, { hubNamespace: config.hubNamespace, layout });
    return { ...r, pc: layout === 'per-cluster' ? runPerClusterStage(r.rendered, repo.inventory, delivery, now) : undefined };
  });
  const lock = buildLock(resolve.value.deployments);
  const { rendered, pc } = render.value;
  const emit = measure(runs, () =>
    pc ? emitPerClusterTree(pc.works, pc.hubScheduled, lock, delivery.flux) : emitReplicaSetTree(rendered, lock, delivery.flux),
  );
  const tree = emit.value;
  const outDir = scratchDir('hubcast-bench-out-');
  const write = measure(runs, () => writeTree(join(outDir, 'out'), tree));

  // The serialization floor: JSON.stringify of the same objects the emitter writes.
  // Without the memo of shared manifests (emitYaml alone), so the ratio is the emitter's own speed.
  const objs = (pc ? pc.works.map((w) => w.work) : rendered.flatMap((r) => r.hubObjects)) as unknown as Json[];
  const floor = measure(runs, () => objs.reduce((n: number, o) => n + JSON.stringify(o).length, 0));
  const emitOnly = measure(runs, () => objs.reduce((n: number, o) => n + emitYaml(o).length, 0));

  rows.push({ size: name, metric: 'load + validate', value: fmt(load.ms) });
  rows.push({ size: name, metric: 'resolve', value: fmt(resolve.ms) });
  rows.push({ size: name, metric: `render (${layout})`, value: fmt(render.ms) });
  rows.push({ size: name, metric: 'emit (serialize + layout)', value: fmt(emit.ms) });
  rows.push({ size: name, metric: 'write tree', value: `${fmt(write.ms)} (${tree.size} files)` });
  const ratio = emitOnly.ms / floor.ms;
  rows.push({
    size: name,
    metric: 'emitYaml vs JSON.stringify floor',
    value: `${fmt(emitOnly.ms)} vs ${fmt(floor.ms)} = ${ratio.toFixed(1)}x`,
    target: '<= 5x',
    ok: ratio <= 5,
  });
}

/**
 * Waits until the disk is quiet: `sync`, then until the kernel's count of time stalled on IO
 * (/proc/pressure/io) has not moved for 3 s (at most 60 s; a fixed 2 s where there is no PSI), so a
 * first render does not pay for the write-back of an earlier step's files (see also scratchDir).
 */
function settleDisk(): void {
  execFileSync('sync');
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const stalled = () => {
    try {
      return /^some .* total=(\d+)/m.exec(readFileSync('/proc/pressure/io', 'utf8'))?.[1];
    } catch {
      return undefined;
    }
  };
  if (stalled() === undefined) return void sleep(2000);
  let last = stalled();
  let still = 0;
  for (let i = 0; i < 60 && still < 3; i++) {
    sleep(1000);
    const now = stalled();
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

interface WholeRender {
  fresh: number;
  again: number;
  stdout: number;
}

function wholeRender(name: string, size: FleetSize): WholeRender {
  const dir = scratchDir(`hubcast-bench-${name}-`);
  writeFiles(join(dir, 'repo'), generateFleet(size));
  let rss = 0;
  const run = (out: string): number => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin/hubcast.js'), 'render', '--repo', join(dir, 'repo'), '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, HUBCAST_REPORT_RSS: '1' },
      maxBuffer: 1 << 30,
    });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`hubcast render failed: ${r.stderr}`);
    if (out === '-' && !r.stdout.includes('kind: ManifestWork')) throw new Error('hubcast render --out - printed no ManifestWork');
    const m = /maxRSS=(\d+)/.exec(r.stderr);
    if (m) rss = Math.max(rss, Number(m[1]));
    return ms;
  };
  // First render into a new folder (every file written) on a quiet disk, then re-renders over it (the
  // edit-render loop), then the objects printed to a pipe, as kubectl kustomize prints them.
  const fresh = median(
    [0, 1, 2].map((i) => {
      settleDisk();
      return run(join(dir, `fresh-${i}`));
    }),
  );
  const again = median([0, 1, 2].map(() => run(join(dir, 'fresh-0'))));
  const stdout = median([0, 1, 2].map(() => run('-')));
  const medium = name === 'medium';
  rows.push({
    size: name,
    metric: 'whole `hubcast render` (CLI), into a new folder',
    value: fmt(fresh),
    target: medium ? '<= 1.5 s' : undefined,
    ok: medium ? fresh <= 1500 : undefined,
  });
  rows.push({
    size: name,
    metric: 'whole `hubcast render` (CLI), re-render over the previous output',
    value: fmt(again),
    target: medium ? '<= 1.5 s' : undefined,
    ok: medium ? again <= 1500 : undefined,
  });
  rows.push({
    size: name,
    metric: 'whole `hubcast render --out -` (CLI), the objects to a pipe',
    value: fmt(stdout),
    target: medium ? '<= 1.5 s' : undefined,
    ok: medium ? stdout <= 1500 : undefined,
  });
  const gib = rss / 1024 / 1024;
  rows.push({
    size: name,
    metric: 'peak RSS of `hubcast render`',
    value: `${(rss / 1024).toFixed(0)} MiB`,
    target: name === 'large' ? '<= 1 GiB' : undefined,
    ok: name === 'large' ? gib <= 1 : undefined,
  });
  return { fresh, again, stdout };
}

function diffs(name: string, size: FleetSize): void {
  const pipeline = renderFleet;
  const { rules } = ignoreRules({ flags: [], noDefaults: false });
  const diff = (b: PipelineResult, h: PipelineResult) =>
    diffSides(sideFromPipeline(b, { side: 'base', label: 'base' }), sideFromPipeline(h, { side: 'head', label: 'head' }), { context: 3, ignore: rules });
  const baseFiles = generateFleet(size);
  const base = pipeline(baseFiles);
  for (const [label, opts] of DIFF_CHANGES) {
    const headFiles = generateFleet(size, 42, opts);
    const head = pipeline(headFiles);
    const engine = measure(3, () => diff(base, head));
    const n = totalChanges(engine.value.totals);
    rows.push({
      size: name,
      metric: `diff engine, ${label} (${n} objects changed)`,
      value: fmt(engine.ms),
      target: name === 'medium' ? '<= 1 s' : undefined,
      ok: name === 'medium' ? engine.ms <= 1000 : undefined,
    });
    // As \`hubcast diff\` runs: the base rendered in full, the head changed-only (the memo of the base run), then the diff.
    const whole = measure(3, () => {
      const memo = new PipelineMemo();
      return diff(pipeline(baseFiles, memo), pipeline(headFiles, memo));
    });
    rows.push({ size: name, metric: `\`hubcast diff\` in process: render base, render head changed-only, diff; ${label}`, value: fmt(whole.ms) });
    if (label !== 'one workload changed') continue;
    // The edit loop: the previous render is at hand (its memo); an edit to one workload is rendered changed-only and diffed.
    let stats = '';
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const memo = new PipelineMemo();
      const previous = pipeline(baseFiles, memo);
      const t = performance.now();
      const next = pipeline(headFiles, memo);
      diff(previous, next);
      times.push(performance.now() - t);
      const r = memo.stats().render;
      stats = `${r.computed} of ${r.computed + r.reused} deployments rendered`;
    }
    const ms = median(times);
    rows.push({
      size: name,
      metric: `one workload edited: changed-only render + diff against the previous render (${stats})`,
      value: fmt(ms),
      target: name === 'medium' ? '<= 300 ms' : undefined,
      ok: name === 'medium' ? ms <= 300 : undefined,
    });
  }
}

/** The pipeline from render to emit over a generated fleet, the stages before it done once. */
function renderEmit(files: Record<string, string>): () => OutputTree {
  const { config } = parseConfig({ path: 'hubcast.yaml', text: files['hubcast.yaml'] });
  const list = Object.entries(files)
    .filter(([p]) => p !== 'hubcast.yaml')
    .map(([path, text]) => ({ path, text }));
  const { repo } = loadRepo(list, config);
  const layout = chooseLayout(config, repo);
  const { deployments } = resolveRepo(repo, { stockDefinitions: loadStockDefinitions(config.systemNamespace).definitions, repoDefinitions: [] });
  const delivery = deliveryConfig(config);
  const lock = buildLock(deployments);
  const now = Date.parse('2026-11-01T00:00:00Z');
  return () => {
    const r = renderDeployments(deployments, { hubNamespace: config.hubNamespace, layout });
    const pc = runPerClusterStage(r.rendered, repo.inventory, delivery, now);
    if (pc.diagnostics.some((d) => d.severity === 'error'))
      throw new Error(`the rollout fleet does not render: ${pc.diagnostics.map((d) => d.message).join('; ')}`);
    return emitPerClusterTree(pc.works, pc.hubScheduled, lock, delivery.flux);
  };
}

/**
 * A full collection, where the bench runs with --expose-gc (`npm run bench` does). A major one, not `gc()`'s
 * "all available garbage": that also drops the JIT's type feedback, so every run paid for re-optimizing the
 * emitter (medium fleet, render + emit: All 230 ms with it, 146 ms without), which no real process does.
 */
function collectGarbage(): void {
  (globalThis as { gc?: (o?: { type: 'major'; execution: 'sync' }) => void }).gc?.({ type: 'major', execution: 'sync' });
}

/** CPU time (user + system) of this process's threads, and of its children once they have ended (Linux), in ms. */
function cpuMs(children: boolean): number {
  if (!children) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
  // /proc/self/stat fields 16 and 17: cutime and cstime, the reaped children's CPU, in clock ticks (100 a second).
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) * 10;
}

interface Paired {
  wall: [number, number];
  cpu: [number, number];
  /** Medians of the per-pair ratios (b over a): each pair ran back to back, so a host getting busier or quieter over the runs moves both. */
  ratio: { wall: number; cpu: number };
}

/**
 * Medians of `runs` runs of `a` and of `b`, taken in turns so that a slower spell of a shared host slows
 * both; wall clock and CPU time (`children`: of the processes each run spawns).
 */
function pairedMedians(runs: number, a: () => unknown, b: () => unknown, opts: { before?: () => void; children?: boolean } = {}): Paired {
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      opts.before?.();
      // In process, the previous run's garbage (a whole 35 MB tree) would be collected during this run and billed to it.
      if (!opts.children) collectGarbage();
      const c = cpuMs(!!opts.children);
      wall[k].push(time(k ? b : a).ms);
      cpu[k].push(cpuMs(!!opts.children) - c);
    }
  }
  const ratios = (x: [number[], number[]]) => median(x[1].map((b, i) => b / x[0][i]));
  return { wall: [median(wall[0]), median(wall[1])], cpu: [median(cpu[0]), median(cpu[1])], ratio: { wall: ratios(wall), cpu: ratios(cpu) } };
}

/**
 * A Progressive rollout (`maxConcurrency: 10%`: ten waves of every deployment) against the same fleet with
 * `All`, both with Flux objects: the target is that a rollout renders within 10% of the time. Judged on CPU
 * time (for the CLI, the child's user + system, its writer threads included), which other work on a shared
 * host disturbs far less than the wall clock; both are shown.
 */
function rolloutRows(name: string, size: FleetSize): void {
  const all = generateFleet(size, 42, { rollout: { type: 'All' } });
  const progressive = generateFleet(size, 42, { rollout: { type: 'Progressive', maxConcurrency: '10%' } });
  const label = 'Progressive rollout (maxConcurrency 10%) vs All';
  // The target is the issue's: a 100 x 100 fleet. A small fleet's ratio is shown, not judged (a few ms apart).
  // Judged on the whole `hubcast render`, what a user waits for; render + emit in process leaves out the load,
  // resolve and write that both share, so it shows the rollout's own cost, not the issue's measure.
  // The ratio is the median of the paired runs' ratios (see Paired); the medians of each side are shown beside it.
  const compare = (metric: string, m: Paired, extra = '', judged = name === 'medium') => {
    const [a, p] = m.cpu;
    rows.push({
      size: name,
      metric: `${label}: ${metric}`,
      value: `CPU ${m.ratio.cpu.toFixed(2)}x (${fmt(p)} vs ${fmt(a)}); wall ${m.ratio.wall.toFixed(2)}x (${fmt(m.wall[1])} vs ${fmt(m.wall[0])})${extra}`,
      target: judged ? '<= 1.1x (CPU)' : undefined,
      ok: judged ? m.ratio.cpu <= 1.1 : undefined,
    });
  };

  const renderAll = renderEmit(all);
  const renderProgressive = renderEmit(progressive);
  const trees = [renderAll(), renderProgressive()];
  compare('render + emit in process', pairedMedians(11, renderAll, renderProgressive), ` (${trees[1].size} vs ${trees[0].size} files)`, false);

  const dir = scratchDir(`hubcast-bench-rollouts-${name}-`);
  writeFiles(join(dir, 'all'), all);
  writeFiles(join(dir, 'progressive'), progressive);
  const cli = (repo: string, out: string) => () => {
    const r = spawnSync(process.execPath, [join(root, 'bin/hubcast.js'), 'render', '--repo', join(dir, repo), '--out', out, '-q'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (r.status !== 0) throw new Error(`hubcast render failed: ${r.stderr}`);
  };
  const fresh = new Map<string, number>();
  const freshOut = (repo: string) => () => {
    const n = fresh.get(repo) ?? 0;
    fresh.set(repo, n + 1);
    cli(repo, join(dir, `${repo}-fresh-${n}`))();
  };
  compare(
    'whole `hubcast render` (CLI), into a new folder',
    pairedMedians(5, freshOut('all'), freshOut('progressive'), { before: settleDisk, children: true }),
  );
  compare(
    'whole `hubcast render` (CLI), re-render over the previous output',
    pairedMedians(9, cli('all', join(dir, 'all-fresh-0')), cli('progressive', join(dir, 'progressive-fresh-0')), { children: true }),
  );
  compare('whole `hubcast render --out -` (CLI), the objects to a pipe', pairedMedians(9, cli('all', '-'), cli('progressive', '-'), { children: true }));
}

function revisionIndex(): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/revision-index.ts'), '5000'], {
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`revision-index benchmark failed: ${r.stderr}`);
  const x = JSON.parse(r.stdout.trim().split('\n').pop()!) as {
    commits: number;
    revisions: number;
    objects: number;
    readHistoryMs: number;
    buildIndexMs: number;
    historyTotalMs: number;
  };
  rows.push({
    size: 'history',
    metric: `revision index over ${x.commits} commits (${x.revisions} revisions of ${x.objects} objects): read ${x.readHistoryMs} ms + index ${x.buildIndexMs} ms`,
    value: fmt(x.historyTotalMs),
    target: '<= 2 s',
    ok: x.historyTotalMs <= 2000,
  });
}

function packageRows(): void {
  const p = measurePackage(root);
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  rows.push({ size: 'package', metric: '`npm pack` tarball', value: mb(p.tarballBytes) });
  rows.push({
    size: 'package',
    metric: 'installed (`npm install` of the tarball): node_modules',
    value: mb(p.installedBytes),
    target: '<= 10 MB',
    ok: p.installedBytes <= 10e6,
  });
  rows.push({ size: 'package', metric: 'installed packages', value: String(p.packages), target: '<= 5', ok: p.packages <= 5 });
  rows.push({ size: 'package', metric: '`node -e 0`', value: fmt(p.nodeStartMs) });
  rows.push({ size: 'package', metric: 'node loading the bundle (`import(dist/cli.mjs)`)', value: fmt(p.bundleLoadMs) });
  const ratio = p.helpMs / p.bundleLoadMs;
  rows.push({
    size: 'package',
    metric: '`hubcast --help` (installed), vs loading the bundle',
    value: `${fmt(p.helpMs)} = ${ratio.toFixed(2)}x`,
    target: '<= 1.5x',
    ok: ratio <= 1.5,
  });
}

function kustomizePeer(name: string, size: FleetSize, hubcast: WholeRender): void {
  const dir = scratchDir(`hubcast-bench-kust-${name}-`);
  const overlays = writeKustomizeFleet(dir, size);
  const t = time(() => buildAll(overlays));
  const medium = name === 'medium';
  // Like for like: kubectl kustomize prints each overlay's objects to a pipe, and so does `render --out -`.
  const ratio = t.ms / hubcast.stdout;
  rows.push({
    size: name,
    metric: `kubectl kustomize, ${overlays.length} cluster overlays x ${size.workloads} workloads, vs \`hubcast render --out -\` (both print the objects to a pipe)`,
    value: `${fmt(t.ms)}; hubcast is ${ratio.toFixed(1)}x faster`,
    target: medium ? '>= 30x' : undefined,
    ok: medium ? ratio >= 30 : undefined,
  });
  // Writing a folder is more work than kustomize does: creating 10,000 files, or comparing them.
  rows.push({ size: name, metric: 'the same, vs `hubcast render` into a new folder', value: `hubcast is ${(t.ms / hubcast.fresh).toFixed(1)}x faster` });
  rows.push({ size: name, metric: 'the same, vs `hubcast render` over its previous output', value: `hubcast is ${(t.ms / hubcast.again).toFixed(1)}x faster` });
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let git = '';
  try {
    git = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    git = 'unknown';
  }
  return `${cpus().length} x ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, hubcast at ${git}`;
}

// The CLI rows time `bin/hubcast.js`, which runs dist/cli.mjs: rebuilt first when it is not what src/ bundles to.
if ((wanted('cli') || wanted('rollouts')) && !process.argv.includes('--clean')) {
  const stale = [...(await bundleFiles())].some(([path, text]) => {
    try {
      return readFileSync(join(root, path), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale) {
    console.error('# dist/ is older than src/: bundling first');
    await writeBundles();
  }
}

if (process.argv.includes('--clean')) {
  removeRuns();
  process.exit(0);
}
try {
  for (const name of runSizes) {
    const size = SIZES[name];
    console.error(`# ${name}: ${size.workloads} workloads x ${size.clusters} clusters`);
    if (wanted('stages')) stagesFor(name, size);
    const ms = wanted('cli') ? wholeRender(name, size) : undefined;
    if (wanted('diff') && name !== 'large') diffs(name, size);
    if (ms && wanted('kustomize') && name !== 'large') kustomizePeer(name, size, ms);
    if (wanted('oci') && name === 'medium') rows.push(...(await ociPublishRows(name, size)));
    if (wanted('rollouts') && name !== 'large') rolloutRows(name, size);
  }
  if (wanted('history')) revisionIndex();
  if (wanted('package')) packageRows();
} finally {
  removeRuns(runDir);
}

const line = (r: Row) => `| ${r.size} | ${r.metric} | ${r.value} | ${r.target ?? ''} | ${r.ok === undefined ? '' : r.ok ? 'yes' : '**no**'} |`;
console.log(['| fleet | metric | median | target | met |', '|---|---|---|---|---|', ...rows.map(line)].join('\n'));
const resultsPath = join(root, 'bench/results.md');
const previous = (() => {
  try {
    return readFileSync(resultsPath, 'utf8');
  } catch {
    return '';
  }
})();
const history = previous.includes('## History') ? previous.slice(previous.indexOf('## History')) : '## History\n';
const header = `Sizes: ${runSizes.map((s) => `${s} = ${SIZES[s].workloads} workloads x ${SIZES[s].clusters} clusters`).join('; ')}. Medians of 5 runs (3 for large and for the CLI).`;
if (!only) {
  writeFileSync(resultsPath, `# Benchmark results\n\nMachine: ${machine()}\n\n${header}\n\n${tableOf(rows.map(line))}\n\n${history}`);
} else {
  // A partial run: its rows replace the same (fleet, metric) rows of the last table, new ones follow their fleet's.
  const table = previous.includes('## History') ? previous.slice(0, previous.indexOf('## History')) : previous;
  const lines = [...table.matchAll(/^\| (?!fleet\s*\||-+\s*\|)[^\n]*\|$/gm)].map((m) => unpadded(m[0]));
  const keyOf = (l: string) => l.split(' | ').slice(0, 2).join(' | ');
  for (const r of rows) {
    const l = line(r);
    const at = lines.findIndex((x) => keyOf(x) === keyOf(l));
    if (at >= 0) lines[at] = l;
    else {
      const last = lines.map((x) => x.startsWith(`| ${r.size} | `)).lastIndexOf(true);
      lines.splice(last >= 0 ? last + 1 : lines.length, 0, l);
    }
  }
  const before = /the others are from hubcast at (\S+)/.exec(previous)?.[1] ?? /hubcast at (\S+)/.exec(previous)?.[1];
  const machineLine = `${machine()}${before ? ` for the rows of its last run (\`--only ${[...only].join(',')}\`); the others are from hubcast at ${before}` : ''}`;
  const kept = /^Sizes: .*$/m.exec(previous)?.[0] ?? header;
  writeFileSync(resultsPath, `# Benchmark results\n\nMachine: ${machineLine}\n\n${kept}\n\n${tableOf(lines)}\n\n${history}`);
}

/** A row as this script writes it: a table reformatted by an editor pads its cells. */
function unpadded(row: string): string {
  return `| ${row
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim())
    .join(' | ')} |`;
}

function tableOf(lines: readonly string[]): string {
  return ['| fleet | metric | median | target | met |', '|---|---|---|---|---|', ...lines].join('\n');
}
