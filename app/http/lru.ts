/**
 * A least-recently-used map with a size budget (bytes, or any unit `sizeOf` returns). A Map keeps
 * insertion order, so re-inserting on every hit makes the first key the least recently used.
 */
export class Lru<K, V> {
  #entries = new Map<K, { value: V; size: number }>();
  #used = 0;

  constructor(
    readonly budget: number,
    private readonly sizeOf: (key: K, value: V) => number,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  get used(): number {
    return this.#used;
  }

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Stores the value unless it alone is over the budget; evicts the least recently used first. */
  set(key: K, value: V): void {
    this.delete(key);
    const size = this.sizeOf(key, value);
    if (size > this.budget) return;
    this.#entries.set(key, { value, size });
    this.#used += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#used <= this.budget) break;
      this.#entries.delete(oldest);
      this.#used -= entry.size;
    }
  }

  delete(key: K): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#used -= entry.size;
  }
}

/** Remembers the results of a pure string function, within a character budget. */
export function memoizeString(fn: (input: string) => string, budgetChars: number): (input: string) => string {
  const cache = new Lru<string, string>(budgetChars, (key, value) => key.length + value.length);
  return (input) => {
    const hit = cache.get(input);
    if (hit !== undefined) return hit;
    const output = fn(input);
    cache.set(input, output);
    return output;
  };
}
