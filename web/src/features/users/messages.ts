import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "users". Accounts. Vietnamese first, English second. */
export const usersMessages = defineMessages('users', {
  users: { vi: 'Tài khoản', en: 'Accounts' },
  createUser: { vi: 'Tạo tài khoản', en: 'New account' },
  editUser: { vi: 'Sửa tài khoản', en: 'Edit account' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  active: { vi: 'Hoạt động', en: 'Active' },
  disabled: { vi: 'Vô hiệu', en: 'Disabled' },
  locked: { vi: 'Bị khóa', en: 'Locked' },
  lockedUntil: { vi: 'Khóa đến', en: 'Locked until' },
  notLocked: { vi: 'Không', en: 'No' },
  lastLogin: { vi: 'Đăng nhập gần nhất', en: 'Last sign-in' },
  actions: { vi: 'Thao tác', en: 'Actions' },
  edit: { vi: 'Sửa', en: 'Edit' },
  history: { vi: 'Lịch sử', en: 'History' },
  unlock: { vi: 'Mở khóa tài khoản', en: 'Unlock the account' },
  resetPassword: { vi: 'Đặt lại mật khẩu (để trống nếu không đổi)', en: 'Reset password (leave empty to keep)' },
  initialPassword: { vi: 'Mật khẩu ban đầu', en: 'Initial password' },
  unitNotNeeded: { vi: 'Quản trị hệ thống không gắn với đơn vị', en: 'System administrators have no unit' },
  userSearchPlaceholder: { vi: 'Tìm theo tên đăng nhập hoặc họ tên', en: 'Search by username or name' },
  saved: { vi: 'Đã lưu', en: 'Saved' },
  created: { vi: 'Đã tạo tài khoản', en: 'Account created' },
  conflictReload: {
    vi: 'Tài khoản đã được người khác sửa trong lúc bạn làm việc. Hãy tải lại dữ liệu rồi sửa lại.',
    en: 'Someone else changed this account meanwhile. Reload it, then edit again.',
  },
});
