import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';

describe('database connections used concurrently', () => {
  it('answers 600 parallel statements of different shapes on several connections, each correctly', async () => {
    const pools = [1, 2, 3, 4].map(() => new pg.Pool({ connectionString: inject('databaseUrl'), max: 5 }));
    // Large parameters arrive in several TCP reads, which is when another connection's messages can slip in.
    const big = 'x'.repeat(100_000);
    try {
      const queries = Array.from({ length: 600 }, (_, i) => {
        const pool = pools[i % 4] as pg.Pool;
        if (i % 2 === 0)
          return pool
            .query('SELECT length($1::text) + $2::int AS a', [big, i])
            .then((r) => r.rows[0].a === 100_000 + i);
        if (i % 4 === 1) return pool.query('SELECT $1::int AS a', [i]).then((r) => r.rows[0].a === i);
        return pool
          .query('SELECT $1::text || $2::text || $3::text AS a', ['x', i, 'y'])
          .then((r) => r.rows[0].a === `x${i}y`);
      });
      const results = await Promise.all(queries.map((q) => q.catch(() => false)));
      expect(results.filter((ok) => !ok)).toHaveLength(0);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('keeps serving other connections after a statement fails', async () => {
    const pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
    try {
      await expect(pool.query('SELECT 1 / $1::int', [0])).rejects.toThrow(/division by zero/);
      const again = await Promise.all([pool.query('SELECT 2 AS n'), pool.query('SELECT $1::int AS n', [3])]);
      expect(again.map((r) => r.rows[0].n)).toEqual([2, 3]);
    } finally {
      await pool.end();
    }
  });
});
