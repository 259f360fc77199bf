// Where the tree writer's files go: written on the calling thread, or, once a tree proves large, fanned
// out to worker threads.
//
// Why threads: creating 10,000 files is kernel work one file after another. On these machines (ext4 without
// a journal) it takes 0.3 s on a quiet disk, and 4-7 s of kernel CPU within minutes of many files being
// deleted (the kernel checks every recently freed inode before reusing one). Measured with 10,100 files of
// 3 KB, interleaved runs: 0.29 s from two workers against 0.30-0.46 s from one thread when quiet; 1.7-2.0 s
// against 5.3-7.7 s after deletions. The emitter keeps running on the main thread meanwhile, so a render
// costs about the larger of the two, not their sum. No pool library fits: the writer is synchronous (it
// streams from a synchronous emitter) and must block for backpressure and for the final drain, which is
// what Atomics.wait on a shared counter gives; a worker that fails reports on a port read synchronously
// with receiveMessageOnPort.

import { renameSync, statSync, writeFileSync } from 'node:fs';
import { digest } from '../core/digest.ts';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/**
 * What the tree writer's stat index keeps of a file just written: its stat after the write and the digest
 * (core/digest.ts) of the text, both taken by the thread that wrote it.
 */
export type FileRecord = [size: number, mtimeMs: number, ctimeMs: number, ino: number, digest: string];

export interface FileSink {
  /**
   * Writes text to abs; with `viaTemp`, to that name first and then renamed over abs, so a reader never
   * sees half a file. finish() reports the file's record under `key`.
   */
  write(key: string, abs: string, text: string, viaTemp?: string): void;
  /**
   * Blocks until every write has landed and stops the workers; throws the first failure. The records of
   * every file written.
   */
  finish(): Map<string, FileRecord>;
  /** Stops the workers; writes still pending are dropped. */
  close(): void;
  /** Files written by worker threads (for tests and the benchmark). */
  readonly pooled: number;
}

export interface FileSinkOptions {
  /** Files written on the calling thread before workers start: a small tree is not worth a thread. */
  poolAfter?: number;
  /** Worker threads; default 2-4 by the machine's parallelism. */
  workers?: number;
  /** Fail when no batch of files has landed for this long (default 120 s): a worker has died. */
  stallMs?: number;
  /** Tests only: the workers' source. */
  workerSource?: string;
}

/** The writer threads made no progress for the stall bound: one died or is stuck in the kernel. */
export class WriterStalled extends Error {}

const BATCH_FILES = 64;
const BATCH_BYTES = 512 * 1024;
/** Batches in flight per worker: bounds the memory held by a writer that outruns the disk. */
const IN_FLIGHT_PER_WORKER = 8;

export function fileSink(opts: FileSinkOptions = {}): FileSink {
  const poolAfter = opts.poolAfter ?? 256;
  const records = new Map<string, FileRecord>();
  let direct = 0;
  let pool: WorkerPool | undefined;
  return {
    write(key, abs, text, viaTemp) {
      if (!pool && direct >= poolAfter)
        pool = new WorkerPool(opts.workers ?? Math.min(4, Math.max(2, availableParallelism())), opts.stallMs ?? 120_000, opts.workerSource);
      if (pool) return pool.write(key, abs, text, viaTemp);
      records.set(key, writeOne(abs, text, viaTemp));
      direct++;
    },
    finish() {
      try {
        if (pool) for (const [k, r] of pool.drain()) records.set(k, r);
        return records;
      } finally {
        pool?.close();
      }
    },
    close() {
      pool?.close();
    },
    get pooled() {
      return pool?.pooled ?? 0;
    },
  };
}

function writeOne(abs: string, text: string, viaTemp?: string): FileRecord {
  try {
    writeFileSync(viaTemp ?? abs, text);
    if (viaTemp) renameSync(viaTemp, abs);
  } catch (e) {
    // A failed write(2) (a full disk) names no path: name the file.
    (e as NodeJS.ErrnoException).path ??= viaTemp ?? abs;
    throw e;
  }
  const st = statSync(abs);
  return [st.size, st.mtimeMs, st.ctimeMs, st.ino, digest(text)];
}

type Job = [key: string, abs: string, text: string, viaTemp: string | null];

interface Report {
  records?: [string, ...FileRecord][];
  error?: { message: string; code?: string; path?: string };
}

// The worker, as source: it has to run from src/ (tsx, tests) and from the esbuild bundles alike, and a
// separate entry file would need its own bundle. It mirrors writeOne above (and digest in core/digest.ts).
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { hash } = require('node:crypto');
const { port, counters } = workerData;
let failed = false;
port.on('message', (jobs) => {
  const records = [];
  if (!failed) {
    let at;
    try {
      for (const [key, abs, text, viaTemp] of jobs) {
        at = viaTemp ?? abs;
        fs.writeFileSync(viaTemp ?? abs, text);
        if (viaTemp) fs.renameSync(viaTemp, abs);
        const st = fs.statSync(abs);
        records.push([key, st.size, st.mtimeMs, st.ctimeMs, st.ino, hash('sha1', text, 'base64')]);
      }
    } catch (e) {
      failed = true;
      port.postMessage({ error: { message: String(e && e.message), code: e && e.code, path: (e && e.path) || at } });
    }
  }
  if (records.length) port.postMessage({ records });
  Atomics.add(counters, 0, 1);
  Atomics.notify(counters, 0);
});
`;

class WorkerPool {
  private readonly workers: { worker: Worker; port: MessagePort }[] = [];
  /** [batches done] */
  private readonly counters = new Int32Array(new SharedArrayBuffer(4));
  private batch: Job[] = [];
  private batchBytes = 0;
  private sent = 0;
  private next = 0;
  pooled = 0;

  constructor(
    size: number,
    private readonly stallMs: number,
    source = WORKER_SOURCE,
  ) {
    for (let i = 0; i < size; i++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(source, { eval: true, workerData: { port: port2, counters: this.counters }, transferList: [port2] });
      // Its death is noticed by the stall check in waitBelow; the event itself arrives too late to help.
      worker.on('error', () => undefined);
      worker.unref();
      port1.unref();
      this.workers.push({ worker, port: port1 });
    }
  }

  write(key: string, abs: string, text: string, viaTemp?: string): void {
    this.batch.push([key, abs, text, viaTemp ?? null]);
    this.batchBytes += text.length;
    this.pooled++;
    if (this.batch.length >= BATCH_FILES || this.batchBytes >= BATCH_BYTES) this.send();
  }

  drain(): Map<string, FileRecord> {
    this.send();
    this.waitBelow(1);
    const records = new Map<string, FileRecord>();
    let failure: Report['error'];
    for (const { port } of this.workers) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const r = m.message as Report;
        failure ??= r.error;
        for (const [key, ...rec] of r.records ?? []) records.set(key, rec as FileRecord);
      }
    }
    if (failure) throw Object.assign(new Error(failure.message), { code: failure.code, path: failure.path });
    return records;
  }

  close(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
  }

  private send(): void {
    if (!this.batch.length) return;
    this.waitBelow(this.workers.length * IN_FLIGHT_PER_WORKER);
    this.workers[this.next++ % this.workers.length].port.postMessage(this.batch);
    this.sent++;
    this.batch = [];
    this.batchBytes = 0;
  }

  /** Blocks until fewer than `limit` batches are in flight. */
  private waitBelow(limit: number): void {
    let seen = Atomics.load(this.counters, 0);
    let since = Date.now();
    for (;;) {
      const done = Atomics.load(this.counters, 0);
      if (this.sent - done < limit) return;
      // A worker counts every batch it is given, failed or not. One that died (it could not start, or ran
      // out of memory) never will, and its exit event cannot arrive while this thread blocks: give up
      // when no batch at all has landed for a long while, rather than hang.
      if (done !== seen) [seen, since] = [done, Date.now()];
      const left = since + this.stallMs - Date.now();
      if (left < 0) throw new WriterStalled(`the file writer threads stopped: no file written for ${this.stallMs / 1000} s`);
      // Wakes when a batch lands (the workers notify) or once the stall bound has passed, not up to a second later.
      Atomics.wait(this.counters, 0, done, left + 1);
    }
  }
}
