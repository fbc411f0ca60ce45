import { API_TOKEN_MAX_DAYS, type ApiTokenRowT, type CreateApiTokenBodyT, ROLES, type Role } from '@lmis/contracts';
import { writeAudit } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { newApiTokenSecret } from '../../platform/auth/api-tokens.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize } from '../../platform/policy/index.ts';
import { findUnit, findUnitNames } from '../geo/index.ts';
import { apiTokenResource } from './api-tokens.policy.ts';
import {
  type ApiTokenRecord,
  insertApiToken,
  markRevoked,
  selectApiToken,
  selectApiTokens,
} from './api-tokens.queries.ts';

export interface ApiTokenDeps {
  db: Db;
}

function present(t: ApiTokenRecord, units: Map<string, string>): ApiTokenRowT {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    role: t.role,
    roleName: ROLES[t.role as Role]?.vi ?? t.role,
    unitCode: t.unitCode,
    unitName: t.unitCode ? (units.get(t.unitCode) ?? null) : null,
    createdByName: t.createdByName,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    status: t.revokedAt ? 'revoked' : t.expired ? 'expired' : 'active',
  };
}

const unitNames = (db: DbOrTx, tokens: ApiTokenRecord[]) =>
  findUnitNames(
    db,
    tokens.flatMap((t) => (t.unitCode ? [t.unitCode] : [])),
    todayInVietnam(),
  );

/** What the change log keeps of a token: never its hash. */
const auditView = (t: ApiTokenRowT) => ({
  name: t.name,
  prefix: t.prefix,
  role: t.role,
  unitCode: t.unitCode,
  expiresAt: t.expiresAt,
});

/**
 * Creates a token for a role in a unit, as an account of that role would be created (a unit valid today; only the
 * system administrator role may work nation-wide). The secret is returned here once and kept only as a hash.
 */
export async function createApiToken(input: { ctx: RequestContext; body: CreateApiTokenBodyT }, deps: ApiTokenDeps) {
  const actor = requireActor(input.ctx);
  authorize(actor, 'manage', apiTokenResource);
  const role = input.body.role as Role;
  let unit = { unitCode: null as string | null, provinceCode: null as string | null };
  if (input.body.unitCode) {
    const found = await findUnit(deps.db, input.body.unitCode, todayInVietnam());
    if (!found) {
      throw new AppError('VALIDATION', {
        vi: `Mã đơn vị ${input.body.unitCode} không tồn tại (theo danh mục hiện hành)`,
        en: `Unit ${input.body.unitCode} does not exist today`,
        details: [{ field: 'unitCode', message: 'Đơn vị không tồn tại', messageEn: 'No such unit' }],
      });
    }
    unit = { unitCode: input.body.unitCode, provinceCode: found.provinceCode };
  } else if (ROLES[role].needsUnit) {
    throw new AppError('VALIDATION', {
      vi: 'Vai trò này phải gắn với một đơn vị hành chính',
      en: 'This role needs a unit',
      details: [{ field: 'unitCode', message: 'Chọn tỉnh hoặc xã', messageEn: 'Choose a province or commune' }],
    });
  }
  // The contract bounds the lifetime (1 to API_TOKEN_MAX_DAYS days); a token never lives longer.
  const days = Math.min(input.body.expiresInDays, API_TOKEN_MAX_DAYS);
  const { secret, hash, prefix } = newApiTokenSecret();
  return deps.db.transaction(async (tx) => {
    const record = await insertApiToken(tx, {
      name: input.body.name.trim(),
      prefix,
      tokenHash: hash,
      role,
      ...unit,
      createdBy: actor.id,
      createdByName: actor.fullName,
      expiresAt: new Date(Date.now() + days * 86_400_000),
    });
    const token = present(record, await unitNames(tx, [record]));
    await writeAudit(tx, input.ctx, {
      action: 'create',
      entityType: 'api_token',
      entityId: token.id,
      unitCode: token.unitCode,
      provinceCode: unit.provinceCode,
      after: auditView(token),
    });
    return { token, secret };
  });
}

export async function listApiTokens(input: { ctx: RequestContext }, deps: ApiTokenDeps): Promise<ApiTokenRowT[]> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'manage', apiTokenResource);
  const rows = await selectApiTokens(deps.db);
  const units = await unitNames(deps.db, rows);
  return rows.map((t) => present(t, units));
}

/** Revokes a token at once: its next request answers 401. Revoking a revoked token changes nothing. */
export async function revokeApiToken(input: { ctx: RequestContext; id: number }, deps: ApiTokenDeps) {
  const actor = requireActor(input.ctx);
  authorize(actor, 'manage', apiTokenResource);
  return deps.db.transaction(async (tx) => {
    const before = await selectApiToken(tx, input.id);
    if (!before) throw apiTokenResource.notFound();
    if (!before.revokedAt) {
      await markRevoked(tx, input.id, actor.fullName);
      await writeAudit(tx, input.ctx, {
        action: 'revoke',
        entityType: 'api_token',
        entityId: input.id,
        unitCode: before.unitCode,
        provinceCode: before.provinceCode,
        before: auditView(present(before, new Map())),
      });
    }
    const after = (await selectApiToken(tx, input.id)) as ApiTokenRecord;
    return present(after, await unitNames(tx, [after]));
  });
}
