import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTasks, type Tasks } from './tasks.ts';

const quiet = { error: () => undefined, warn: () => undefined };
const queue = (what: string) => `test.${what}.${randomBytes(3).toString('hex')}`;
const until = async (check: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) {
      throw new Error('timed out');
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
};

let one: Tasks;
let two: Tasks;
beforeAll(async () => {
  one = await startTasks({ connectionString: inject('databaseUrl'), log: quiet, pollingIntervalSeconds: 0.5 });
  two = await startTasks({ connectionString: inject('databaseUrl'), log: quiet, pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await Promise.all([one?.stop(5_000), two?.stop(5_000)]);
});

describe('background tasks', () => {
  it('runs no more jobs at once in one process than the task’s concurrency', async () => {
    const name = queue('cap');
    let running = 0;
    let most = 0;
    let done = 0;
    await one.define<{ n: number }>({
      name,
      concurrency: 2,
      retryLimit: 0,
      expireInSeconds: 60,
      run: async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((ok) => setTimeout(ok, 400));
        running -= 1;
        done += 1;
      },
    });
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => one.send(name, { n })));
    await until(() => done === 6);
    expect(most).toBe(2);
  });

  it('retries a failed attempt of an idempotent task, and gives up after its retry limit', async () => {
    const name = queue('retry');
    const attempts = new Map<string, number>();
    await one.define<{ failTimes: number; tag: string }>({
      name,
      concurrency: 1,
      retryLimit: 2,
      retryDelaySeconds: 1,
      expireInSeconds: 60,
      run: async (data) => {
        const n = (attempts.get(data.tag) ?? 0) + 1;
        attempts.set(data.tag, n);
        if (n <= data.failTimes) {
          throw new Error(`attempt ${n} fails`);
        }
      },
    });
    await one.send(name, { failTimes: 1, tag: 'once' });
    await one.send(name, { failTimes: 5, tag: 'always' });
    await until(() => attempts.get('once') === 2 && attempts.get('always') === 3);
    await new Promise((ok) => setTimeout(ok, 2_500));
    expect(attempts.get('once')).toBe(2);
    expect(attempts.get('always')).toBe(3); // first attempt + 2 retries
  });

  it('runs each job in exactly one of two processes, and keeps one job per key while it is live', async () => {
    const name = queue('shared');
    const seen: string[] = [];
    let release = false;
    const def = (who: string) => ({
      name,
      concurrency: 2,
      retryLimit: 0,
      expireInSeconds: 60,
      policy: 'exclusive' as const,
      run: async (data: { k: string }) => {
        seen.push(`${who}:${data.k}`);
        await until(() => release);
      },
    });
    await one.define(def('one'));
    await two.define(def('two'));
    const keys = Array.from({ length: 10 }, (_, i) => `k${i}`);
    const ids = await Promise.all(keys.map((k) => one.send(name, { k }, { key: k })));
    expect(ids.every(Boolean)).toBe(true);
    expect(await two.send(name, { k: 'k0' }, { key: 'k0' })).toBeNull();
    expect(await two.isLive(name, 'k0')).toBe(true);
    await until(() => seen.length >= 4);
    // Both processes take jobs, at most their concurrency each, while none has finished.
    expect(new Set(seen.map((s) => s.split(':')[0]))).toEqual(new Set(['one', 'two']));
    expect(seen).toHaveLength(4);
    release = true;
    await until(() => seen.length >= 10);
    await new Promise((ok) => setTimeout(ok, 1_000));
    expect(seen.map((s) => s.split(':')[1]).sort()).toEqual([...keys].sort());
    expect(await two.isLive(name, 'k0')).toBe(false);
  });

  it('registers a cron schedule for a task and replaces it when registered again', async () => {
    const name = queue('cron');
    await one.define({ name, concurrency: 1, retryLimit: 0, expireInSeconds: 60, run: async () => undefined });
    await one.schedule(name, '0 2 * * *');
    await two.schedule(name, '30 2 * * *');
    expect(await one.schedules(name)).toEqual([{ cron: '30 2 * * *', tz: 'Asia/Ho_Chi_Minh' }]);
    await one.unschedule(name);
    expect(await one.schedules(name)).toEqual([]);
  });
});
