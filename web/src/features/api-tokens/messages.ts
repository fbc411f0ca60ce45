import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "apiTokens". The system administrator's API tokens page. Vietnamese first, English second. */
export const apiTokensMessages = defineMessages('apiTokens', {
  apiTokensTitle: { vi: 'Mã truy cập API', en: 'API tokens' },
  apiTokensIntro: {
    vi: 'Mã truy cập API cho hệ thống khác (kho dữ liệu tỉnh, hệ thống quốc gia) đọc và ghi dữ liệu với quyền của một vai trò trong một đơn vị. Gửi trong tiêu đề "Authorization: Bearer …".',
    en: 'API tokens let another system (a provincial data warehouse, the national system) use the API with the rights of a role in a unit. Send as the header "Authorization: Bearer …".',
  },
  newToken: { vi: 'Tạo mã mới', en: 'New token' },
  tokenName: { vi: 'Tên (dùng cho việc gì)', en: 'Name (what it is for)' },
  tokenRole: { vi: 'Vai trò', en: 'Role' },
  tokenUnit: { vi: 'Đơn vị', en: 'Unit' },
  tokenUnitNational: { vi: 'Toàn quốc (vai trò quản trị hệ thống)', en: 'Nation-wide (system administrator role)' },
  tokenExpiry: { vi: 'Hiệu lực (ngày)', en: 'Valid for (days)' },
  tokenExpiryHint: {
    vi: 'Từ 1 đến {max} ngày; hết hạn thì tạo mã mới.',
    en: 'From 1 to {max} days; then create a new one.',
  },
  create: { vi: 'Tạo mã', en: 'Create' },
  secretTitle: { vi: 'Mã bí mật của «{name}»', en: 'The secret of «{name}»' },
  secretWarning: {
    vi: 'Mã bí mật chỉ hiện một lần này. Hãy sao chép và cất giữ an toàn ngay; hệ thống chỉ lưu bản băm nên không thể xem lại.',
    en: 'The secret is shown this once. Copy it and keep it safe now; only its hash is stored, so it cannot be shown again.',
  },
  copy: { vi: 'Sao chép', en: 'Copy' },
  copied: { vi: 'Đã sao chép mã bí mật', en: 'The secret was copied' },
  secretDone: { vi: 'Tôi đã cất giữ mã', en: 'I have stored it' },
  colName: { vi: 'Tên', en: 'Name' },
  colPrefix: { vi: 'Tiền tố', en: 'Prefix' },
  colRoleUnit: { vi: 'Vai trò, đơn vị', en: 'Role, unit' },
  colCreated: { vi: 'Người tạo, ngày tạo', en: 'Created by, on' },
  colLastUsed: { vi: 'Dùng lần cuối', en: 'Last used' },
  colExpires: { vi: 'Hết hạn', en: 'Expires' },
  colState: { vi: 'Trạng thái', en: 'State' },
  neverUsed: { vi: 'Chưa dùng', en: 'Never used' },
  stateActive: { vi: 'Đang hiệu lực', en: 'Active' },
  stateExpired: { vi: 'Đã hết hạn', en: 'Expired' },
  stateRevoked: { vi: 'Đã thu hồi', en: 'Revoked' },
  revoke: { vi: 'Thu hồi', en: 'Revoke' },
  revokeConfirm: { vi: 'Thu hồi mã «{name}»?', en: 'Revoke «{name}»?' },
  revokeConfirmText: {
    vi: 'Hệ thống dùng mã này sẽ bị từ chối ngay. Không thể hoàn tác.',
    en: 'Systems using this token are refused at once. This cannot be undone.',
  },
  revoked: { vi: 'Đã thu hồi mã', en: 'The token was revoked' },
  noTokens: { vi: 'Chưa có mã truy cập API nào', en: 'No API tokens yet' },
});
