/**
 * Answers kept in the process while the data they were computed from has not changed: each entry remembers the
 * generation (a counter the database bumps in the same transaction as the change) it was computed at, and is served
 * only while the current generation is the same. Bounded: the least recently used entry goes first.
 */
export class GenerationCache<V> {
  readonly #entries = new Map<string, { generation: number; value: V }>();
  constructor(readonly maxEntries: number) {}

  get(key: string, generation: number): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.generation !== generation) return undefined;
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, generation: number, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, { generation, value });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }
}
