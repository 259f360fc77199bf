import { describe, expect, it } from 'vitest';
import { mapLimit, memoize } from '../../src/core/concurrency.ts';

describe('bounded concurrency', () => {
  it('never runs more than the limit at once and keeps input order', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, n));
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });

  it('after a failure starts nothing more, and rejects only once the tasks in flight have settled', async () => {
    const started: number[] = [];
    const settled: number[] = [];
    const run = mapLimit([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      // Task 0 fails at once; task 1 is still running then and must finish before the call rejects.
      await new Promise((r) => setTimeout(r, n === 0 ? 0 : 20));
      settled.push(n);
      if (n === 0) throw new Error('task 0 failed');
      return n;
    });
    await expect(run).rejects.toThrow('task 0 failed');
    expect(started).toEqual([0, 1]);
    expect(settled).toEqual([0, 1]);
  });

  it('shares one call per key', async () => {
    const once = memoize<number>();
    let calls = 0;
    const f = () => new Promise<number>((r) => setTimeout(() => r(++calls), 1));
    expect(await Promise.all([once('a', f), once('a', f), once('b', f)])).toEqual([1, 1, 2]);
    expect(calls).toBe(2);
  });
});
