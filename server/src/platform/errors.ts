import { ERROR_CODES, type ErrorCode } from '@lmis/contracts';

/** The one error type of LMIS: a code from the shared table, an optional specific message and details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  readonly messageVi: string;
  readonly messageEn: string;
  /**
   * Why access was refused, for the security log, when the answer itself does not say (an out-of-scope record
   * answered exactly like a missing one). Never sent to the client.
   */
  readonly refusal?: string;

  /** `cause`: the fault behind a refusal worded for the user (an unreadable file's parser error), for the log only. */
  constructor(
    code: ErrorCode,
    opts: { vi?: string; en?: string; details?: unknown; refusal?: string; cause?: unknown } = {},
  ) {
    const entry = ERROR_CODES[code];
    super(opts.en ?? entry.en, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.details = opts.details;
    this.messageVi = opts.vi ?? entry.vi;
    this.messageEn = opts.en ?? entry.en;
    this.refusal = opts.refusal;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

export const notFound = (what?: { vi: string; en: string }) => new AppError('NOT_FOUND', what ?? {});
export const forbidden = () => new AppError('FORBIDDEN');
export const outOfScope = () => new AppError('OUT_OF_SCOPE');
