/** Error codes shared by server and web, with their HTTP status and messages in Vietnamese and English. */
export const ERROR_CODES = {
  VALIDATION: { status: 400, vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  UNAUTHENTICATED: { status: 401, vi: 'Vui lòng đăng nhập', en: 'Please sign in' },
  INVALID_CREDENTIALS: { status: 401, vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần, vui lòng thử lại sau',
    en: 'Account locked after repeated failed sign-ins; try again later',
  },
  ACCOUNT_DISABLED: { status: 403, vi: 'Tài khoản đã bị vô hiệu hóa', en: 'Account disabled' },
  RATE_LIMITED: {
    status: 429,
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
    en: 'Too many requests; try again later',
  },
  CSRF: {
    status: 403,
    vi: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo), vui lòng tải lại trang',
    en: 'Missing or wrong anti-forgery token; reload the page',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: 'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục',
    en: 'Change your temporary password first',
  },
  WRONG_CURRENT_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu hiện tại không đúng',
    en: 'Current password is wrong',
  },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  OUT_OF_SCOPE: {
    status: 403,
    vi: 'Dữ liệu thuộc đơn vị ngoài phạm vi quản lý của bạn',
    en: 'This record belongs to a unit outside your scope',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy dữ liệu', en: 'Not found' },
  CONFLICT: {
    status: 409,
    vi: 'Dữ liệu đã được người khác thay đổi, vui lòng tải lại trước khi sửa',
    en: 'The record was changed by someone else; reload before editing',
  },
  DUPLICATE: { status: 409, vi: 'Dữ liệu đã tồn tại', en: 'Already exists' },
  CONCURRENT: {
    status: 409,
    vi: 'Có thao tác khác đang sửa cùng dữ liệu, vui lòng thử lại',
    en: 'Another operation changed the same data at the same time; try again',
  },
  WEAK_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu phải có ít nhất 10 ký tự, gồm chữ và số',
    en: 'Password needs at least 10 characters with letters and digits',
  },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Tệp quá lớn', en: 'File too large' },
  DB_UNAVAILABLE: {
    status: 503,
    vi: 'Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít phút',
    en: 'The database is temporarily unavailable; try again in a few minutes',
  },
  QUERY_TIMEOUT: {
    status: 504,
    vi: 'Yêu cầu xử lý quá lâu và đã bị dừng; hãy thu hẹp điều kiện lọc rồi thử lại',
    en: 'The request took too long and was stopped; narrow the filters and try again',
  },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên', en: 'Internal error' },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; messageEn: string; details?: unknown; requestId: string };
}
