import type { FastifyBaseLogger } from 'fastify';
import { PgBoss } from 'pg-boss';

/**
 * Background work ("tasks") on pg-boss, in the database the app already uses (native PostgreSQL, or the embedded
 * PGlite through its socket). Jobs live in the `pgboss` schema, so every server process on one database shares
 * one queue: a job runs in exactly one process, a process that dies mid-job stops sending heartbeats and its
 * job is handed to another process (or to the next start) after `heartbeatSeconds`, and a job that throws is
 * retried up to `retryLimit` times. A task keeps its own durable state and checkpoints in its table (an import
 * resumes after its last committed batch), which is what makes a retry safe.
 */
export interface TaskDefinition<T extends object> {
  /** Queue name, `module.task` style (pg-boss allows letters, digits, `-`, `_`, `.` and `/`). */
  name: string;
  /** Runs one job. Throwing fails the attempt; it is retried when `retryLimit` allows. */
  run(data: T, job: { id: string; retryCount: number; signal: AbortSignal }): Promise<void>;
  /** Most jobs of this task one process runs at once. */
  concurrency: number;
  /** Retries after a failed attempt; 0 for a step that is not idempotent. */
  retryLimit: number;
  retryDelaySeconds?: number;
  /** Longest an attempt may run. */
  expireInSeconds: number;
  /** The running process refreshes the job this often (÷2); a job not refreshed for this long is taken as dead. */
  heartbeatSeconds?: number;
  /** `exclusive`: at most one queued or running job per `key` (an import runs once at a time). */
  policy?: 'standard' | 'exclusive';
}

export interface Tasks {
  define<T extends object>(task: TaskDefinition<T>): Promise<void>;
  /** Queues a job; with `key` on an `exclusive` task, returns null when that key is already queued or running. */
  send<T extends object>(name: string, data: T, opts?: { key?: string }): Promise<string | null>;
  /**
   * Runs `name` on a cron schedule (five fields, Vietnam time by default), in one process of all that share the
   * database. Registering the same name again replaces its schedule. The task must be defined with `define`.
   */
  schedule<T extends object>(name: string, cron: string, data?: T, opts?: { tz?: string }): Promise<void>;
  unschedule(name: string): Promise<void>;
  /** The schedules registered for `name`. */
  schedules(name: string): Promise<{ cron: string; tz: string }[]>;
  /** True while a job of `name` with this key is queued, waiting for a retry, or running in a live process. */
  isLive(name: string, key: string): Promise<boolean>;
  /** Stops taking jobs and waits for running ones (up to `timeoutMs`), then closes pg-boss's connections. */
  stop(timeoutMs?: number): Promise<void>;
}

const LIVE_STATES = new Set(['created', 'retry', 'active']);

export async function startTasks(opts: {
  connectionString: string;
  log: Pick<FastifyBaseLogger, 'error' | 'warn'>;
  /** pg-boss's own connections (it also holds them while a worker polls). */
  poolSize?: number;
  /** How often an idle worker looks for new jobs. */
  pollingIntervalSeconds?: number;
}): Promise<Tasks> {
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    max: opts.poolSize ?? 4,
    application_name: 'lmis-tasks',
  });
  boss.on('error', (error) => opts.log.error({ err: error }, 'task queue error'));
  boss.on('warning', (warning) => opts.log.warn({ warning }, 'task queue warning'));
  await boss.start();
  const pollingIntervalSeconds = opts.pollingIntervalSeconds ?? 1;

  return {
    async define<T extends object>(task: TaskDefinition<T>) {
      const options = {
        policy: task.policy ?? 'standard',
        retryLimit: task.retryLimit,
        retryDelay: task.retryDelaySeconds ?? 10,
        expireInSeconds: task.expireInSeconds,
        ...(task.heartbeatSeconds !== undefined && { heartbeatSeconds: task.heartbeatSeconds }),
      };
      // Created once per database (under pg-boss's advisory lock); a later change of options needs a migration.
      if (!(await boss.getQueue(task.name))) {
        await boss.createQueue(task.name, options);
      }
      await boss.work<T>(
        task.name,
        { localConcurrency: task.concurrency, batchSize: 1, pollingIntervalSeconds },
        async (jobs) => {
          for (const job of jobs) {
            await task.run(job.data, { id: job.id, retryCount: job.retryCount, signal: job.signal });
          }
        },
      );
    },
    send: (name, data, sendOpts) => boss.send(name, data, sendOpts?.key ? { singletonKey: sendOpts.key } : {}),
    async schedule(name, cron, data, scheduleOpts) {
      await boss.schedule(name, cron, data ?? null, { tz: scheduleOpts?.tz ?? 'Asia/Ho_Chi_Minh' });
    },
    unschedule: (name) => boss.unschedule(name),
    async schedules(name) {
      return (await boss.getSchedules(name)).map((s) => ({ cron: s.cron, tz: s.timezone }));
    },
    async isLive(name, key) {
      const jobs = await boss.findJobs(name, { key });
      return jobs.some((j) => LIVE_STATES.has(j.state));
    },
    async stop(timeoutMs = 30_000) {
      await boss.stop({ graceful: true, timeout: timeoutMs });
    },
  };
}
