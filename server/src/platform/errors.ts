import { ERROR_CODES, type ErrorCode } from '@lmis/contracts';

/** The one error type of LMIS: a code from the shared table, an optional specific message and details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(code: ErrorCode, opts: { vi?: string; en?: string; details?: unknown } = {}) {
    const entry = ERROR_CODES[code];
    super(opts.en ?? entry.en);
    this.code = code;
    this.details = opts.details;
    this.messageVi = opts.vi ?? entry.vi;
    this.messageEn = opts.en ?? entry.en;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

export const notFound = (what?: { vi: string; en: string }) => new AppError('NOT_FOUND', what ?? {});
export const forbidden = () => new AppError('FORBIDDEN');
export const outOfScope = () => new AppError('OUT_OF_SCOPE');
