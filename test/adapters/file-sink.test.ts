import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSink, WriterStalled } from '../../src/adapters/file-sink.ts';
import { digest } from '../../src/core/digest.ts';
import { openTreeWriter, OutputWriteError } from '../../src/adapters/tree-writer.ts';

describe('fileSink', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-sink-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const text = (i: number) => `i: ${i}\n${'x'.repeat(i * 37)}\n`;

  it('writes on worker threads once past the threshold, every file whole, with the stat and digest of each', () => {
    const sink = fileSink({ poolAfter: 10, workers: 2 });
    for (let i = 0; i < 500; i++) sink.write(`f${i}`, join(dir, `f${i}.yaml`), text(i));
    const stats = sink.finish();
    expect(sink.pooled).toBe(490);
    expect(stats.size).toBe(500);
    for (let i = 0; i < 500; i += 7) {
      const abs = join(dir, `f${i}.yaml`);
      expect(readFileSync(abs, 'utf8')).toBe(text(i));
      const st = statSync(abs);
      expect(stats.get(`f${i}`)).toEqual([st.size, st.mtimeMs, st.ctimeMs, st.ino, digest(text(i))]);
    }
  });

  it('writes through a temporary name and renames it into place', () => {
    writeFileSync(join(dir, 'a.yaml'), 'old\n');
    const sink = fileSink({ poolAfter: 0, workers: 1 });
    sink.write('a', join(dir, 'a.yaml'), 'new\n', join(dir, 'a.yaml.tmp'));
    const stats = sink.finish();
    const st = statSync(join(dir, 'a.yaml'));
    expect(stats.get('a')).toEqual([st.size, st.mtimeMs, st.ctimeMs, st.ino, digest('new\n')]); // taken after the rename
    expect(readdirSync(dir)).toEqual(['a.yaml']);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('new\n');
  });

  it('holds no more than a bounded number of batches in flight, and still writes everything', () => {
    const sink = fileSink({ poolAfter: 0, workers: 1 });
    const big = 'y'.repeat(600 * 1024); // one file per batch: 8 in flight at most
    for (let i = 0; i < 40; i++) sink.write(`b${i}`, join(dir, `b${i}`), big);
    expect(sink.finish().size).toBe(40);
    expect(readdirSync(dir)).toHaveLength(40);
  });

  it('reports a failed write from a worker when finished, with its code and path', () => {
    writeFileSync(join(dir, 'plain-file'), 'x');
    const sink = fileSink({ poolAfter: 0, workers: 2 });
    sink.write('ok', join(dir, 'ok.yaml'), 'a: 1\n');
    sink.write('bad', join(dir, 'plain-file', 'under.yaml'), 'a: 1\n');
    let err: (Error & { code?: string; path?: string }) | undefined;
    try {
      sink.finish();
    } catch (e) {
      err = e as typeof err;
    }
    expect(err?.code).toBe('ENOTDIR');
    expect(err?.path).toBe(join(dir, 'plain-file', 'under.yaml'));
  });
});

it('gives up with an error, not a hang, when its workers die', () => {
  const sink = fileSink({ poolAfter: 0, workers: 1, stallMs: 300, workerSource: "throw new Error('a worker that cannot start')" });
  sink.write('a', join(tmpdir(), 'never-written.yaml'), 'a: 1\n');
  const t = Date.now();
  expect(() => sink.finish()).toThrow(/the file writer threads stopped: no file written for 0.3 s/);
  expect(Date.now() - t).toBeGreaterThanOrEqual(300);
  expect(Date.now() - t).toBeLessThan(4000);
});

describe('the tree writer on worker threads', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hubcast-pooled-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const files = (variant: number) => ({
    'hubcast.lock.json': '{}\n',
    ...Object.fromEntries(Array.from({ length: 299 }, (_, i) => [`clusters/c${i % 7}/mw-${i}.yaml`, `n: ${i}\nv: ${i % 50 === 0 ? variant : 0}\n`])),
  });
  const write = (out: string, index: string, tree: Record<string, string>) => {
    const w = openTreeWriter(out, { indexFile: index, sink: { poolAfter: 5, workers: 2 } });
    for (const [p, t] of Object.entries(tree)) w.write(p, t);
    return { ...w.finish(), pooled: w.pooled };
  };

  it('writes a first render and a re-render exactly, and the stats it took let the next re-render skip every file', () => {
    const out = join(dir, 'out');
    const index = join(dir, 'index.json');
    expect(write(out, index, files(0))).toEqual({ written: 300, removed: 0, pooled: 295 });
    for (const [p, t] of Object.entries(files(0))) expect(readFileSync(join(out, p), 'utf8')).toBe(t);
    // Unchanged files are known by the stats the workers took: none is read or written again.
    expect(write(out, index, files(0))).toEqual({ written: 0, removed: 0, pooled: 0 });
    expect(write(out, index, files(1))).toEqual({ written: 6, removed: 0, pooled: 1 });
    for (const [p, t] of Object.entries(files(1))) expect(readFileSync(join(out, p), 'utf8')).toBe(t);
    expect(readdirSync(join(out, 'clusters', 'c0')).some((f) => f.includes('hubcast-tmp'))).toBe(false);
    expect(write(out, index, files(1))).toEqual({ written: 0, removed: 0, pooled: 0 });
  });

  it('a write that fails on a worker fails finish and leaves neither the output nor the staging folder', () => {
    const out = join(dir, 'out');
    const w = openTreeWriter(out, { sink: { poolAfter: 0, workers: 2 } });
    w.write('a/one.yaml', 'a: 1\n');
    // A folder where the worker is to write a file: the write fails there, not on the main thread.
    const staging = readdirSync(dir).find((f) => f.startsWith('out.hubcast-tmp-'))!;
    mkdirSync(join(dir, staging, 'a', 'two.yaml'));
    w.write('a/two.yaml', 'a: 2\n');
    w.write('a/three.yaml', 'a: 3\n');
    expect(() => w.finish()).toThrow(/EISDIR/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

it('gives up with an error, not a hang, when a worker is stuck (takes batches, never finishes one)', () => {
  const stuck = "require('node:worker_threads').workerData.port.on('message', () => undefined)";
  const sink = fileSink({ poolAfter: 0, workers: 2, stallMs: 300, workerSource: stuck });
  for (let i = 0; i < 200; i++) sink.write(`f${i}`, join(tmpdir(), 'never-written.yaml'), 'a: 1\n');
  const t = Date.now();
  expect(() => sink.finish()).toThrow(WriterStalled);
  expect(Date.now() - t).toBeGreaterThanOrEqual(300);
  expect(Date.now() - t).toBeLessThan(4000);
});

it('a stalled writer fails the tree writer as an output error naming the folder, leaving nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hubcast-stall-'));
  try {
    const stuck = "require('node:worker_threads').workerData.port.on('message', () => undefined)";
    const w = openTreeWriter(join(dir, 'out'), { sink: { poolAfter: 0, workers: 1, stallMs: 300, workerSource: stuck } });
    w.write('a.yaml', 'a: 1\n');
    const t = Date.now();
    expect(() => w.finish()).toThrow(OutputWriteError);
    expect(() => w.finish()).toThrow(/cannot write .*out: the file writer threads stopped: no file written for 0.3 s/);
    expect(Date.now() - t).toBeLessThan(6000);
    w.abort();
    expect(readdirSync(dir)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
