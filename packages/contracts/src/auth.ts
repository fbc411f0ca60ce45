import Type, { type Static } from 'typebox';
import { PlainText, Secret, Version } from './formats.ts';

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
