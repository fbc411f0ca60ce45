import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "auth". Sign-in and passwords. Vietnamese first, English second. */
export const authMessages = defineMessages('auth', {
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  required: { vi: 'Bắt buộc nhập', en: 'Required' },
  signInHint: { vi: 'Đăng nhập bằng tài khoản được cấp', en: 'Sign in with the account you were given' },
  changePassword: { vi: 'Đổi mật khẩu', en: 'Change password' },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  confirmPassword: { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
  passwordMismatch: { vi: 'Hai mật khẩu không khớp', en: 'The passwords do not match' },
  passwordRule: { vi: 'Ít nhất 10 ký tự, gồm chữ và số', en: 'At least 10 characters with letters and digits' },
  passwordChanged: { vi: 'Đã đổi mật khẩu', en: 'Password changed' },
  mustChangePassword: {
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.',
    en: 'You need to change your password before continuing.',
  },
});
