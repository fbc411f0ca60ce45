import Type, { type Static } from 'typebox';

export const ROLES = {
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  province_officer: { vi: 'Cán bộ cấp tỉnh (Sở Nội vụ)', en: 'Province officer' },
  commune_officer: { vi: 'Cán bộ cấp xã', en: 'Commune officer' },
  employment_centre: { vi: 'Trung tâm dịch vụ việc làm', en: 'Employment service centre' },
  training_institution: { vi: 'Cơ sở giáo dục nghề nghiệp', en: 'Training institution' },
  employer: { vi: 'Doanh nghiệp / người sử dụng lao động', en: 'Employer' },
  viewer: { vi: 'Lãnh đạo / chỉ xem', en: 'Leader / viewer' },
} as const;
export type Role = keyof typeof ROLES;
export const RoleSchema = Type.Union(Object.keys(ROLES).map((r) => Type.Literal(r))) as Type.TSchema;

export const CurrentUser = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  fullName: Type.String(),
  role: Type.String(),
  unitCode: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  provinceCode: Type.Union([Type.String(), Type.Null()]),
  mustChangePassword: Type.Boolean(),
});
export type CurrentUserT = Static<typeof CurrentUser>;

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});
export const SessionResponse = Type.Object({ user: CurrentUser, csrfToken: Type.String() });

export const ChangePasswordBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
  newPassword: Type.String({ minLength: 1, maxLength: 200 }),
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
  fullName: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  role: RoleSchema,
  unitCode: Type.Union([Type.String({ pattern: '^\\d{2}(\\d{3})?$' }), Type.Null()]),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});
export type CreateUserBodyT = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object({
  version: Type.Integer({ description: 'The version the client read; a mismatch is refused with CONFLICT' }),
  fullName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  email: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  role: Type.Optional(RoleSchema),
  unitCode: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{2}(\\d{3})?$' }), Type.Null()])),
  active: Type.Optional(Type.Boolean()),
  unlock: Type.Optional(Type.Boolean()),
  newPassword: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
});
export type UpdateUserBodyT = Static<typeof UpdateUserBody>;

/** GET /api/users. */
export const UserListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});
