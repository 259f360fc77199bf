// Bounded concurrency for I/O-bound work (source fetches): at most `limit` tasks in flight,
// results in input order whatever order they finish in.

export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Runs each keyed task once; later callers with the same key share the first call's promise. */
export function memoize<R>(): (key: string, fn: () => Promise<R>) => Promise<R> {
  const inflight = new Map<string, Promise<R>>();
  return (key, fn) => {
    let p = inflight.get(key);
    if (!p) {
      p = fn();
      inflight.set(key, p);
    }
    return p;
  };
}
