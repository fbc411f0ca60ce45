import type { FastifyBaseLogger } from 'fastify';
import { AppError } from './errors.ts';

/**
 * Long work (imports) runs in the server process, one task per key. A task keeps its own durable state and
 * checkpoints in its table, so a process that dies mid-task leaves a resumable record, not a half-done batch.
 */
const running = new Map<string, Promise<void>>();

export function startTask(key: string, work: () => Promise<void>, log: Pick<FastifyBaseLogger, 'error'>): void {
  if (running.has(key)) {
    throw new AppError('CONFLICT', { vi: 'Tác vụ này đang chạy', en: 'This task is already running' });
  }
  const task = work()
    .catch((error) => log.error({ err: error, task: key }, 'task failed'))
    .finally(() => running.delete(key));
  running.set(key, task);
}

export const isTaskRunning = (key: string) => running.has(key);

/** Waits for every running task (shutdown, tests). */
export async function drainTasks(): Promise<void> {
  await Promise.allSettled([...running.values()]);
}
