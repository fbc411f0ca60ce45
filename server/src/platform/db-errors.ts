import { AppError } from './errors.ts';

/** The fields of a PostgreSQL error (node-postgres `DatabaseError`) that are safe to read and to log. */
export interface PgErrorInfo {
  /** SQLSTATE, e.g. 23505 unique_violation. */
  code: string;
  constraint?: string;
  table?: string;
  column?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * The PostgreSQL error inside `error`, wherever it sits: thrown by `pg` directly, or wrapped by Drizzle
 * (`DrizzleQueryError.cause`) or by our own code. Only the structured fields are returned, never the message,
 * detail or query, which carry the row's values.
 */
export function findPgError(error: unknown): PgErrorInfo | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const e = current as {
      code?: unknown;
      severity?: unknown;
      constraint?: unknown;
      table?: unknown;
      column?: unknown;
    };
    if (typeof e.code === 'string' && SQLSTATE.test(e.code) && 'severity' in e) {
      return {
        code: e.code,
        constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
        table: typeof e.table === 'string' ? e.table : undefined,
        column: typeof e.column === 'string' ? e.column : undefined,
      };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

interface KeyMessage {
  field: string;
  vi: string;
  en: string;
}

/**
 * Every unique key of the product that a request can run into, with the field it concerns. A key missing here
 * still answers 409 with the generic duplicate message.
 */
export const UNIQUE_KEY_MESSAGES: Record<string, KeyMessage> = {
  worker_pkey: {
    field: 'personId',
    vi: 'Số định danh cá nhân này đã có trong sổ',
    en: 'This personal ID is already registered',
  },
  person_pkey: {
    field: 'personId',
    vi: 'Số định danh cá nhân này đã có trong sổ',
    en: 'This personal ID is already registered',
  },
  person_transfer_pending_uq: {
    field: 'personId',
    vi: 'Đã có một yêu cầu chuyển đang chờ cho người này',
    en: 'A transfer request for this person is already pending',
  },
  worker_snapshot_person_id_round_year_pk: {
    field: 'roundYear',
    vi: 'Kỳ thu thập này của người lao động đã được lưu',
    en: "This round of the worker's record is already archived",
  },
  app_user_username_unique: {
    field: 'username',
    vi: 'Tên đăng nhập đã được dùng',
    en: 'Username taken',
  },
  household_code_uq: {
    field: 'householdCode',
    vi: 'Mã hộ này đã có trong xã',
    en: 'This household code already exists in the commune',
  },
  poverty_review_household_year_uq: {
    field: 'year',
    vi: 'Hộ đã có kết quả rà soát của năm này',
    en: 'The household already has a review for this year',
  },
  worker_import_error_import_id_row_number_pk: {
    field: 'rowNumber',
    vi: 'Dòng lỗi này đã được ghi nhận',
    en: 'This row error is already recorded',
  },
  catalogue_item_uq: {
    field: 'code',
    vi: 'Mã danh mục này đã có trong cùng thời kỳ hiệu lực',
    en: 'This catalogue code already exists for the same validity',
  },
  admin_unit_level_code_from_uq: {
    field: 'code',
    vi: 'Mã đơn vị hành chính này đã có trong cùng thời kỳ hiệu lực',
    en: 'This unit code already exists for the same validity',
  },
};

const issue = (field: string, vi: string, en: string) => [{ field, message: vi, messageEn: en }];

/**
 * Maps a database error that the request itself caused to the answer the client should get: a duplicate key,
 * an overlapping period or a concurrent change is 409, a value the database cannot hold is 400. Anything else
 * (connection lost, a bug in a query) returns undefined and stays a 500.
 */
export function appErrorFromDatabase(error: unknown): AppError | undefined {
  const pg = findPgError(error);
  if (!pg) return undefined;
  const field = pg.column ?? 'body';
  switch (pg.code) {
    case '23505': {
      const key = pg.constraint ? UNIQUE_KEY_MESSAGES[pg.constraint] : undefined;
      const vi = key?.vi ?? 'Dữ liệu đã tồn tại (trùng khóa duy nhất)';
      const en = key?.en ?? 'Already exists (duplicate key)';
      return new AppError('DUPLICATE', { vi, en, details: issue(key?.field ?? field, vi, en) });
    }
    case '23P01': {
      const vi = 'Khoảng thời gian trùng với một bản ghi khác';
      const en = 'The period overlaps another record';
      return new AppError('DUPLICATE', { vi, en, details: issue(field, vi, en) });
    }
    case '40001':
    case '40P01':
      return new AppError('CONCURRENT', {});
    case '23503': {
      const vi = 'Dữ liệu liên quan không tồn tại hoặc vừa bị thay đổi';
      const en = 'A related record does not exist or was just changed';
      return new AppError('CONFLICT', { vi, en, details: issue(field, vi, en) });
    }
    case '23502':
    case '23514': {
      const vi = 'Thiếu hoặc sai giá trị bắt buộc';
      const en = 'A required value is missing or invalid';
      return new AppError('VALIDATION', { vi: `Dữ liệu không hợp lệ — ${vi}`, en, details: issue(field, vi, en) });
    }
    case '54000': {
      const vi = 'Giá trị quá dài';
      const en = 'A value is too long';
      return new AppError('VALIDATION', { vi: `Dữ liệu không hợp lệ — ${vi}`, en, details: issue(field, vi, en) });
    }
  }
  if (pg.code.startsWith('22')) {
    // Data exceptions: a value out of range, an impossible date, a NUL byte — the input, not the server.
    const vi = 'Giá trị không hợp lệ (ngoài phạm vi, sai kiểu hoặc chứa ký tự không được phép)';
    const en = 'A value is out of range, of the wrong type or contains a character that is not allowed';
    return new AppError('VALIDATION', { vi: `Dữ liệu không hợp lệ — ${vi}`, en, details: issue(field, vi, en) });
  }
  return undefined;
}

/** A data error a single row can cause (class 22 data exception, class 23 integrity violation, 54000 too long). */
export function isRowDataError(error: unknown): boolean {
  const pg = findPgError(error);
  return !!pg && (pg.code.startsWith('22') || pg.code.startsWith('23') || pg.code === '54000');
}
