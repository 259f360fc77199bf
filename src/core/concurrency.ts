// Bounded concurrency for I/O-bound work (source fetches, registry pushes): at most `limit` tasks in flight,
// results in input order whatever order they finish in.

/**
 * The first failure stops new tasks from starting and is thrown once the tasks in flight have settled (each
 * bounds its own waits): nothing of the call keeps running, or retrying, after it returned.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const i = next++;
      try {
        results[i] = await fn(items[i], i);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
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
