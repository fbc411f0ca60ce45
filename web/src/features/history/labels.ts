/** Vietnamese/English names of audit actions and record fields; unknown ones are shown as stored. */
export const ACTION_LABELS: Record<string, { vi: string; en: string; color: string }> = {
  create: { vi: 'Tạo mới', en: 'Created', color: 'green' },
  update: { vi: 'Cập nhật', en: 'Updated', color: 'blue' },
  delete: { vi: 'Xóa', en: 'Deleted', color: 'red' },
  login: { vi: 'Đăng nhập', en: 'Signed in', color: 'default' },
  logout: { vi: 'Đăng xuất', en: 'Signed out', color: 'default' },
  login_failed: { vi: 'Đăng nhập sai', en: 'Failed sign-in', color: 'orange' },
  account_locked: { vi: 'Khóa tài khoản', en: 'Account locked', color: 'red' },
  password_changed: { vi: 'Đổi mật khẩu', en: 'Password changed', color: 'purple' },
};

export const ENTITY_LABELS: Record<string, { vi: string; en: string }> = {
  user: { vi: 'Tài khoản', en: 'Account' },
};

export const FIELD_LABELS: Record<string, { vi: string; en: string }> = {
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  role: { vi: 'Vai trò', en: 'Role' },
  unitCode: { vi: 'Mã đơn vị', en: 'Unit code' },
  active: { vi: 'Hoạt động', en: 'Active' },
  lockedUntil: { vi: 'Khóa đến', en: 'Locked until' },
  mustChangePassword: { vi: 'Phải đổi mật khẩu', en: 'Must change password' },
  passwordChanged: { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
};

export function label(map: Record<string, { vi: string; en: string }>, key: string, lang: 'vi' | 'en'): string {
  return map[key]?.[lang] ?? key;
}
