import { defineMessages } from '../../kit/define-messages.ts';

/** Namespace "security". The security log of sign-ins, sessions and refusals. Vietnamese first, English second. */
export const securityMessages = defineMessages('security', {
  securityKind: { vi: 'Loại sự kiện', en: 'Event' },
  securityOutcome: { vi: 'Kết quả', en: 'Outcome' },
  allKinds: { vi: 'Tất cả loại sự kiện', en: 'All events' },
  allOutcomes: { vi: 'Mọi kết quả', en: 'All outcomes' },
  accountName: { vi: 'Tên đăng nhập', en: 'Username' },
  clientAddress: { vi: 'Địa chỉ IP', en: 'Address' },
  userAgent: { vi: 'Trình duyệt', en: 'User agent' },
  reason: { vi: 'Lý do', en: 'Reason' },
  target: { vi: 'Đối tượng', en: 'Target' },
});
