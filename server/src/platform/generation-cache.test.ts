import { describe, expect, it } from 'vitest';
import { GenerationCache } from './generation-cache.ts';

describe('generation cache', () => {
  it('serves an answer only at the generation it was computed at', () => {
    const cache = new GenerationCache<string>(10);
    cache.set('20', 4, 'figures');
    expect(cache.get('20', 4)).toBe('figures');
    expect(cache.get('20', 5)).toBeUndefined();
    // A stale entry is dropped, not served again at its old generation.
    expect(cache.get('20', 4)).toBeUndefined();
  });

  it('keeps at most its bound, dropping the least recently used entry', () => {
    const cache = new GenerationCache<number>(2);
    cache.set('a', 1, 1);
    cache.set('b', 1, 2);
    expect(cache.get('a', 1)).toBe(1);
    cache.set('c', 1, 3);
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBe(1);
    expect(cache.get('c', 1)).toBe(3);
  });
});
