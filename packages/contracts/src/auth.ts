import Type, { type Static } from 'typebox';
import { PlainText, Secret, Version } from './formats.ts';

/**
 * The roles an account can hold. `needsUnit`: whether an account of the role works inside a unit (province or
 * commune); only the system administrator works nation-wide. What a role may do is not listed here: the server's
 * policies grant it, and `/api/auth/me` reports it as capabilities.
 */
export const ROLES = {
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator', needsUnit: false },
  province_officer: { vi: 'Cán bộ cấp tỉnh (Sở Nội vụ)', en: 'Province officer', needsUnit: true },
  commune_officer: { vi: 'Cán bộ cấp xã', en: 'Commune officer', needsUnit: true },
  employment_centre: { vi: 'Trung tâm dịch vụ việc làm', en: 'Employment service centre', needsUnit: true },
  training_institution: { vi: 'Cơ sở giáo dục nghề nghiệp', en: 'Training institution', needsUnit: true },
  employer: { vi: 'Doanh nghiệp / người sử dụng lao động', en: 'Employer', needsUnit: true },
  viewer: { vi: 'Lãnh đạo / chỉ xem', en: 'Leader / viewer', needsUnit: true },
} as const;
export type Role = keyof typeof ROLES;
export const RoleSchema = Type.Union(Object.keys(ROLES).map((r) => Type.Literal(r))) as Type.TSchema;

/**
 * What a signed-in user may do, `<resource>:<action>`, declared once here. The server's policies
 * (`server/src/modules/<module>/<module>.policy.ts`) grant each to roles within their unit scope; `/api/auth/me`
 * returns the signed-in user's list; the web shows and guards by them and keeps no role lists of its own.
 */
export const CAPABILITIES = {
  'worker:read': { vi: 'Xem sổ theo dõi cung lao động', en: 'Read the labour-supply register' },
  'worker:create': { vi: 'Thêm người lao động', en: 'Register a worker' },
  'worker:update': { vi: 'Sửa thông tin người lao động', en: 'Edit a worker' },
  'worker:export': { vi: 'Xuất danh sách người lao động', en: 'Export the worker list' },
  'worker_import:read': { vi: 'Xem các lượt nhập dữ liệu', en: 'Read register imports' },
  'worker_import:create': { vi: 'Nhập dữ liệu từ tệp', en: 'Import register files' },
  'household:read': { vi: 'Xem hộ gia đình và tỷ lệ hộ nghèo', en: 'Read households and poverty rates' },
  'household:create': { vi: 'Thêm hộ gia đình', en: 'Register a household' },
  'household:update': { vi: 'Sửa hộ gia đình', en: 'Edit a household' },
  'household_import:read': { vi: 'Xem các lượt nhập danh sách hộ', en: 'Read household list imports' },
  'household_import:create': { vi: 'Nhập danh sách hộ từ tệp', en: 'Import household lists' },
  'poverty_review:read': { vi: 'Xem kết quả rà soát hộ nghèo', en: 'Read poverty reviews' },
  'poverty_review:write': { vi: 'Ghi kết quả rà soát hộ nghèo', en: 'Record poverty reviews' },
  'user:read': { vi: 'Xem tài khoản', en: 'Read accounts' },
  'user:create': { vi: 'Tạo tài khoản', en: 'Create accounts' },
  'user:update': { vi: 'Sửa, khóa tài khoản', en: 'Edit and disable accounts' },
  'user:grant_admin': { vi: 'Trao quyền quản trị hệ thống', en: 'Grant the system administrator role' },
  'audit:read': { vi: 'Xem lịch sử thay đổi', en: 'Read the change log' },
  'person:read': { vi: 'Xem sổ đăng ký nhân khẩu (danh tính)', en: 'Read the person registry' },
  'person_transfer:read': { vi: 'Xem yêu cầu chuyển người lao động', en: 'Read transfer requests' },
  'person_transfer:request': { vi: 'Gửi yêu cầu chuyển người lao động đến', en: 'Request a transfer' },
  'person_transfer:decide': { vi: 'Chấp nhận, từ chối yêu cầu chuyển đi', en: 'Accept or refuse a transfer' },
  'security_log:read': { vi: 'Xem nhật ký an ninh', en: 'Read the security log' },
  'calendar:read': { vi: 'Xem lịch ngày làm việc', en: 'Read the working calendar' },
  'calendar:manage': { vi: 'Sửa lịch ngày làm việc', en: 'Correct the working calendar' },
  'dossier:read': { vi: 'Xem hồ sơ thủ tục và hàng đợi xử lý', en: 'Read dossiers and work queues' },
  'dossier:file': { vi: 'Lập, nộp, bổ sung, rút hồ sơ', en: 'File, supplement and withdraw dossiers' },
  'dossier:act': {
    vi: 'Tiếp nhận, thẩm định, yêu cầu bổ sung, trả hồ sơ',
    en: 'Receive, appraise, request additions to and return dossiers',
  },
  'dossier:decide': {
    vi: 'Phê duyệt, từ chối, thu hồi (ban hành quyết định)',
    en: 'Approve, refuse, recover (decide)',
  },
  'employer:read': { vi: 'Xem danh sách người sử dụng lao động', en: 'Read the employers register' },
  'employer:create': { vi: 'Thêm người sử dụng lao động', en: 'Register an employer' },
  'employer:update': { vi: 'Sửa thông tin người sử dụng lao động', en: 'Edit an employer' },
  'employer:export': { vi: 'Xuất danh sách người sử dụng lao động', en: 'Export the employers list' },
  'employer:import': { vi: 'Nhập danh sách người sử dụng lao động từ tệp', en: 'Import employer lists' },
  'institution:read': { vi: 'Xem danh sách cơ sở giáo dục nghề nghiệp', en: 'Read the training institutions' },
  'institution:pick': {
    vi: 'Chọn cơ sở giáo dục nghề nghiệp (tên, mã, xã) khi lập hồ sơ',
    en: 'Pick a training institution (name, code, commune) in an application',
  },
  'institution:manage': {
    vi: 'Thêm, sửa cơ sở giáo dục nghề nghiệp',
    en: 'Register and edit training institutions',
  },
  'dossier:sla': { vi: 'Xem tổng hợp thời hạn giải quyết hồ sơ', en: 'Read the time-limit (SLA) summary' },
  'system:read': { vi: 'Xem thông tin hệ thống (cơ sở dữ liệu, migration)', en: 'Read system facts' },
  'api_token:manage': { vi: 'Tạo, thu hồi mã truy cập API', en: 'Create and revoke API tokens' },
} as const satisfies Record<string, { vi: string; en: string }>;
export type Capability = keyof typeof CAPABILITIES;

/**
 * What an API token never does, whatever its role: manage accounts or tokens. A token is a machine's key to the
 * data of its unit; handing out access stays with people who sign in.
 */
export const NOT_FOR_API_TOKENS: readonly Capability[] = [
  'user:create',
  'user:update',
  'user:grant_admin',
  'api_token:manage',
];

/** The part of the country a user works in: national, one province (with its communes) or one commune. */
export const UnitScope = Type.Union([
  Type.Object({ kind: Type.Literal('national') }),
  Type.Object({ kind: Type.Literal('province'), provinceCode: Type.String() }),
  Type.Object({ kind: Type.Literal('commune'), provinceCode: Type.String(), communeCode: Type.String() }),
]);
export type UnitScopeT = Static<typeof UnitScope>;

export const CurrentUser = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  fullName: Type.String(),
  role: Type.String(),
  unitCode: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  provinceCode: Type.Union([Type.String(), Type.Null()]),
  /** An employer account: the employer it acts for (employers register). */
  employerId: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
  mustChangePassword: Type.Boolean(),
  /** What the user may do (names from CAPABILITIES), derived from the server's policies. */
  capabilities: Type.Array(Type.String()),
  scope: UnitScope,
});
export type CurrentUserT = Static<typeof CurrentUser>;

export const LoginBody = Type.Object({
  username: PlainText({ minLength: 1, maxLength: 100 }),
  password: Secret({ minLength: 1, maxLength: 200 }),
});
export const SessionResponse = Type.Object({ user: CurrentUser, csrfToken: Type.String() });

export const ChangePasswordBody = Type.Object({
  currentPassword: Secret({ minLength: 1, maxLength: 200 }),
  newPassword: Secret({ minLength: 1, maxLength: 200 }),
});

export const UserRow = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  fullName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  role: Type.String(),
  unitCode: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  lockedUntil: Type.Union([Type.String(), Type.Null()]),
  lastLoginAt: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
});
export type UserRowT = Static<typeof UserRow>;

export const CreateUserBody = Type.Object({
  username: Type.String({ pattern: '^[a-zA-Z0-9._-]{3,50}$' }),
  fullName: PlainText({ minLength: 1, maxLength: 200 }),
  email: Type.Optional(Type.Union([PlainText({ maxLength: 200 }), Type.Null()])),
  role: RoleSchema,
  unitCode: Type.Union([Type.String({ pattern: '^\\d{2}(\\d{3})?$' }), Type.Null()]),
  password: Secret({ minLength: 1, maxLength: 200 }),
});
export type CreateUserBodyT = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object({
  version: Version(),
  fullName: Type.Optional(PlainText({ minLength: 1, maxLength: 200 })),
  email: Type.Optional(Type.Union([PlainText({ maxLength: 200 }), Type.Null()])),
  role: Type.Optional(RoleSchema),
  unitCode: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{2}(\\d{3})?$' }), Type.Null()])),
  active: Type.Optional(Type.Boolean()),
  unlock: Type.Optional(Type.Boolean()),
  newPassword: Type.Optional(Secret({ minLength: 1, maxLength: 200 })),
});
export type UpdateUserBodyT = Static<typeof UpdateUserBody>;

/** GET /api/users. */
export const UserListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});
