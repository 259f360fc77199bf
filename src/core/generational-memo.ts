// A cache for a sequence of runs over slowly changing inputs (the two sides of a diff, successive
// renders): what a run looked up stays for the next run, what it did not is dropped, so memory holds
// at most two runs' worth whatever the sequence length. Keys must capture every input of the value.

export class GenerationalMemo<K, V> {
  private previous = new Map<K, V>();
  private current = new Map<K, V>();
  hits = 0;
  misses = 0;

  /** Starts a new run: entries not used by the run just ended are forgotten. */
  advance(): void {
    this.previous = this.current;
    this.current = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  get(key: K, compute: () => V): V {
    let v = this.current.get(key);
    if (v !== undefined || this.current.has(key)) {
      this.hits++;
      return v as V;
    }
    if (this.previous.has(key)) {
      v = this.previous.get(key) as V;
      this.hits++;
    } else {
      v = compute();
      this.misses++;
    }
    this.current.set(key, v);
    return v;
  }
}

/** How a stage asks for a value by a key that captures all of its inputs; without a memo it computes. */
export type Cached = <T>(key: string, compute: () => T) => T;

export const uncached: Cached = (_key, compute) => compute();

/** A memo of everything, keyed by the stage's name and the key. */
export function cachedBy(memo: GenerationalMemo<string, unknown>, stage: string): Cached {
  return <T>(key: string, compute: () => T) => memo.get(`${stage}\u0000${key}`, compute) as T;
}
