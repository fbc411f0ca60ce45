import Type, { type Static } from 'typebox';
import { RoleSchema } from './auth.ts';
import { PlainText } from './formats.ts';

/** The longest an API token may live: a year, then the integrator asks for a new one. */
export const API_TOKEN_MAX_DAYS = 365;

/** Every token's secret starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'lmis_';

export const CreateApiTokenBody = Type.Object({
  name: PlainText({
    minLength: 1,
    maxLength: 100,
    description: 'What the token is for, e.g. "Kho dữ liệu tỉnh Lạng Sơn"',
    examples: ['Kho dữ liệu tỉnh Lạng Sơn'],
  }),
  role: RoleSchema,
  unitCode: Type.Union([Type.String({ pattern: '^\\d{2}(\\d{3})?$' }), Type.Null()], {
    description:
      'The unit the token works in: a province (2 digits) or a commune (5 digits), as in /api/geo/units; ' +
      'null only for the system administrator role (nation-wide)',
    examples: ['20'],
  }),
  expiresInDays: Type.Integer({
    minimum: 1,
    maximum: API_TOKEN_MAX_DAYS,
    description: `Days until the token stops working (1–${API_TOKEN_MAX_DAYS})`,
    examples: [90],
  }),
});
export type CreateApiTokenBodyT = Static<typeof CreateApiTokenBody>;

export const ApiTokenRow = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  /** The first characters of the secret, to recognise the token by; the secret itself is never shown again. */
  prefix: Type.String({ examples: ['lmis_3Fq9xK2a'] }),
  role: Type.String({ description: 'A role of ROLES (packages/contracts auth.ts)' }),
  roleName: Type.String({ description: 'The role in Vietnamese' }),
  unitCode: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  createdByName: Type.String({ description: 'Full name of the administrator who created it' }),
  createdAt: Type.String({ description: 'ISO 8601 time' }),
  expiresAt: Type.String({ description: 'ISO 8601 time' }),
  lastUsedAt: Type.Union([Type.String(), Type.Null()], { description: 'ISO 8601 time, to the minute' }),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  /** active | expired | revoked */
  status: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')]),
});
export type ApiTokenRowT = Static<typeof ApiTokenRow>;

/** The answer to a creation: the only time the secret is shown. */
export const CreatedApiToken = Type.Object({
  token: ApiTokenRow,
  secret: Type.String({
    description: 'Send as "Authorization: Bearer <secret>". Shown once; only its hash is kept.',
    examples: ['lmis_3Fq9xK2aQ0v…'],
  }),
});
export type CreatedApiTokenT = Static<typeof CreatedApiToken>;
