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

  it('shares one call per key', async () => {
    const once = memoize<number>();
    let calls = 0;
    const f = () => new Promise<number>((r) => setTimeout(() => r(++calls), 1));
    expect(await Promise.all([once('a', f), once('a', f), once('b', f)])).toEqual([1, 1, 2]);
    expect(calls).toBe(2);
  });
});
