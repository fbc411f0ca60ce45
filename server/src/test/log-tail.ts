import pino, { type Logger } from 'pino';
import { logOptions } from '../platform/log.ts';

const KEPT = 300;
const lines: string[] = [];

/**
 * The logger of a test app: warnings and errors kept in memory, printed only with a failing test (on-failure.ts).
 * A passing run stays quiet; a failure in a background task (an import, a queue job) then shows its reason and
 * reference in the test's output instead of nowhere.
 */
export function testLogger(): Logger {
  return pino(logOptions('warn'), {
    write(line: string) {
      lines.push(line.trimEnd());
      if (lines.length > KEPT) lines.splice(0, lines.length - KEPT);
    },
  });
}

/** The warnings and errors logged by this file's test apps since the last call, oldest first. */
export function takeLogTail(): string[] {
  return lines.splice(0);
}
