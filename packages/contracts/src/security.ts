import Type, { type Static } from 'typebox';
import { ListPaging } from './common.ts';

/** Kinds of security event, with their names in Vietnamese and English (the admin page shows and filters them). */
export const SECURITY_EVENT_KINDS = {
  login: { vi: 'Đăng nhập', en: 'Sign-in' },
  login_throttled: { vi: 'Đăng nhập bị giới hạn', en: 'Sign-in throttled' },
  logout: { vi: 'Đăng xuất', en: 'Sign-out' },
  password_change: { vi: 'Đổi mật khẩu', en: 'Password change' },
  password_change_throttled: { vi: 'Đổi mật khẩu bị giới hạn', en: 'Password change throttled' },
  session_revoked: { vi: 'Phiên bị kết thúc', en: 'Session revoked' },
  session_expired: { vi: 'Phiên hết hạn', en: 'Session expired' },
  csrf_refused: { vi: 'Từ chối: thiếu mã chống giả mạo', en: 'CSRF refusal' },
  access_refused: { vi: 'Từ chối truy cập', en: 'Access refused' },
  password_change_required: { vi: 'Từ chối: cần đổi mật khẩu tạm', en: 'Temporary password must be changed' },
  api_token_use: { vi: 'Dùng mã truy cập API', en: 'API token use' },
  export: { vi: 'Xuất dữ liệu', en: 'Export' },
  upload: { vi: 'Tải tệp lên', en: 'Upload' },
  import_failed: { vi: 'Nhập dữ liệu thất bại', en: 'Import failed' },
} as const;
export type SecurityEventKindT = keyof typeof SECURITY_EVENT_KINDS;

export const SECURITY_OUTCOMES = {
  success: { vi: 'Thành công', en: 'Success' },
  failure: { vi: 'Thất bại', en: 'Failure' },
  refused: { vi: 'Bị từ chối', en: 'Refused' },
} as const;

export const SecurityEvent = Type.Object({
  id: Type.Integer(),
  at: Type.String({ description: 'ISO 8601 time' }),
  kind: Type.String(),
  outcome: Type.String(),
  actorId: Type.Union([Type.Integer(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  target: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
});
export type SecurityEventT = Static<typeof SecurityEvent>;

export const SecurityEventQuery = Type.Object({
  kind: Type.Optional(Type.Union(Object.keys(SECURITY_EVENT_KINDS).map((k) => Type.Literal(k)))),
  outcome: Type.Optional(Type.Union(Object.keys(SECURITY_OUTCOMES).map((k) => Type.Literal(k)))),
  /** Account name, exact (case-insensitive). */
  user: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  from: Type.Optional(Type.String({ format: 'date', description: 'From this day (Vietnam time), inclusive' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'To this day (Vietnam time), inclusive' })),
  page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  ...ListPaging,
});
export type SecurityEventQueryT = Static<typeof SecurityEventQuery>;
