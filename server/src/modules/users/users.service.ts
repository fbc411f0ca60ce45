import type { CreateUserBodyT, CurrentUserT, Role, UpdateUserBodyT, UserRowT } from '@lmis/contracts';
import { writeAudit } from '../../platform/audit.ts';
import { type Actor, type RequestContext, requireActor, scopeOf } from '../../platform/auth/actor.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { createSession, deleteSession, deleteUserSessions } from '../../platform/auth/sessions.ts';
import type { Config } from '../../platform/config.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { type PageRequest, pageBody } from '../../platform/paging.ts';
import { findUnit } from '../geo/index.ts';
import { assertCanManageAccount, assertCanManageUsers, unitRequired } from './users.policy.ts';
import {
  insertUser,
  selectUserById,
  selectUserByUsername,
  selectUsers,
  type UserRecord,
  updateUserLoginState,
  updateUserVersioned,
} from './users.queries.ts';

export interface UsersDeps {
  db: Db;
  config: Config;
}

/** What the audit log keeps of an account: never the password hash. */
const auditView = (u: UserRecord) => ({
  username: u.username,
  fullName: u.fullName,
  email: u.email,
  role: u.role,
  unitCode: u.unitCode,
  active: u.active,
  lockedUntil: u.lockedUntil?.toISOString() ?? null,
  version: u.version,
});

async function unitName(db: DbOrTx, code: string | null): Promise<string | null> {
  if (!code) return null;
  return (await findUnit(db, code, todayInVietnam()))?.name ?? null;
}

async function presentUser(db: DbOrTx, u: UserRecord): Promise<UserRowT> {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    role: u.role,
    unitCode: u.unitCode,
    unitName: await unitName(db, u.unitCode),
    active: u.active,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    version: u.version,
  };
}

export async function presentCurrentUser(db: DbOrTx, actor: Actor, mustChangePassword: boolean): Promise<CurrentUserT> {
  return { ...actor, unitName: await unitName(db, actor.unitCode), mustChangePassword };
}

/** A unit code must name a unit valid today; its province is derived from it. */
async function resolveUnit(db: DbOrTx, role: Role, unitCode: string | null) {
  if (!unitCode) {
    if (unitRequired(role)) {
      throw new AppError('VALIDATION', {
        vi: 'Vai trò này phải gắn với một đơn vị hành chính',
        en: 'This role needs a unit',
      });
    }
    return { unitCode: null, provinceCode: null };
  }
  const unit = await findUnit(db, unitCode, todayInVietnam());
  if (!unit) {
    throw new AppError('VALIDATION', {
      vi: `Mã đơn vị ${unitCode} không tồn tại (theo danh mục hiện hành)`,
      en: `Unit ${unitCode} does not exist today`,
    });
  }
  return { unitCode, provinceCode: unit.provinceCode };
}

let dummyHash: string | undefined;

export async function login(
  input: { username: string; password: string; ip?: string; userAgent?: string; requestId: string },
  deps: UsersDeps,
) {
  const user = await selectUserByUsername(deps.db, input.username.trim());
  // Same work and same answer for an unknown name as for a wrong password: no account enumeration.
  if (!user) {
    dummyHash ??= await hashPassword('not-a-real-password-0');
    await verifyPassword(dummyHash, input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const ctx: RequestContext = { actor: null, requestId: input.requestId };
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: user.lockedUntil.toISOString() } });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLogins + 1;
    const lock = failures >= deps.config.LOGIN_MAX_FAILURES;
    const lockedUntil = lock ? new Date(Date.now() + deps.config.LOGIN_LOCK_MINUTES * 60_000) : null;
    await deps.db.transaction(async (tx) => {
      await updateUserLoginState(tx, user.id, { failedLogins: lock ? 0 : failures, lockedUntil });
      await writeAudit(tx, ctx, {
        action: lock ? 'account_locked' : 'login_failed',
        entityType: 'user',
        entityId: user.id,
        unitCode: user.unitCode,
        provinceCode: user.provinceCode,
        after: { failedLogins: failures, lockedUntil: lockedUntil?.toISOString() ?? null },
      });
    });
    if (lock) throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: lockedUntil?.toISOString() } });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user.active) throw new AppError('ACCOUNT_DISABLED');
  return deps.db.transaction(async (tx) => {
    await updateUserLoginState(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
    const session = await createSession(tx, {
      userId: user.id,
      ttlHours: deps.config.SESSION_TTL_HOURS,
      ip: input.ip,
      userAgent: input.userAgent,
    });
    const actor: Actor = {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      unitCode: user.unitCode,
      provinceCode: user.provinceCode,
    };
    await writeAudit(
      tx,
      { actor, requestId: input.requestId },
      {
        action: 'login',
        entityType: 'user',
        entityId: user.id,
        unitCode: user.unitCode,
        provinceCode: user.provinceCode,
      },
    );
    return { ...session, user: await presentCurrentUser(tx, actor, user.mustChangePassword) };
  });
}

export async function logout(input: { ctx: RequestContext; token?: string }, deps: UsersDeps): Promise<void> {
  if (!input.token) return;
  await deleteSession(deps.db, input.token);
}

export async function changePassword(
  input: { ctx: RequestContext; token?: string; currentPassword: string; newPassword: string },
  deps: UsersDeps,
): Promise<void> {
  const actor = requireActor(input.ctx);
  const user = await selectUserById(deps.db, actor.id);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', { vi: 'Mật khẩu hiện tại không đúng', en: 'Current password is wrong' });
  }
  assertStrongPassword(input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await updateUserLoginState(tx, user.id, { passwordHash, mustChangePassword: false });
    // Other sessions of this account end: whoever else knew the old password is signed out.
    await deleteUserSessions(tx, user.id, input.token);
    await writeAudit(tx, input.ctx, {
      action: 'password_changed',
      entityType: 'user',
      entityId: user.id,
      unitCode: user.unitCode,
      provinceCode: user.provinceCode,
    });
  });
}

export async function listUsers(
  input: { ctx: RequestContext; q?: string; count?: 'exact' } & PageRequest,
  deps: UsersDeps,
) {
  const actor = requireActor(input.ctx);
  assertCanManageUsers(actor);
  const { rows, count, ...cursors } = await selectUsers(deps.db, {
    scope: scopeOf(actor),
    q: input.q,
    page: input.page,
    pageSize: input.pageSize,
    cursor: input.cursor,
    exactCount: input.count === 'exact',
  });
  return {
    items: await Promise.all(rows.map((u) => presentUser(deps.db, u))),
    ...pageBody(input, count, cursors),
  };
}

export async function getUser(input: { ctx: RequestContext; id: number }, deps: UsersDeps): Promise<UserRowT> {
  const actor = requireActor(input.ctx);
  const user = await selectUserById(deps.db, input.id);
  if (!user) throw notFound();
  assertCanManageAccount(actor, user);
  return presentUser(deps.db, user);
}

export async function createUser(
  input: { ctx: RequestContext; body: CreateUserBodyT },
  deps: UsersDeps,
): Promise<UserRowT> {
  const actor = requireActor(input.ctx);
  const role = input.body.role as Role;
  const unit = await resolveUnit(deps.db, role, input.body.unitCode);
  assertCanManageAccount(actor, { role, ...unit });
  assertStrongPassword(input.body.password, 'password');
  if (await selectUserByUsername(deps.db, input.body.username)) {
    throw new AppError('DUPLICATE', {
      vi: `Tên đăng nhập "${input.body.username}" đã được dùng`,
      en: 'Username taken',
    });
  }
  const passwordHash = await hashPassword(input.body.password);
  return deps.db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      username: input.body.username,
      fullName: input.body.fullName.trim(),
      email: input.body.email ?? null,
      role,
      ...unit,
      passwordHash,
      mustChangePassword: true,
    });
    await writeAudit(tx, input.ctx, {
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      unitCode: user.unitCode,
      provinceCode: user.provinceCode,
      after: auditView(user),
    });
    return presentUser(tx, user);
  });
}

export async function updateUser(
  input: { ctx: RequestContext; id: number; body: UpdateUserBodyT },
  deps: UsersDeps,
): Promise<UserRowT> {
  const actor = requireActor(input.ctx);
  const before = await selectUserById(deps.db, input.id);
  if (!before) throw notFound();
  assertCanManageAccount(actor, before);
  const { version, unlock, newPassword, ...changes } = input.body;
  const role = (changes.role ?? before.role) as Role;
  const unit =
    changes.unitCode !== undefined || changes.role !== undefined
      ? await resolveUnit(deps.db, role, changes.unitCode !== undefined ? changes.unitCode : before.unitCode)
      : { unitCode: before.unitCode, provinceCode: before.provinceCode };
  assertCanManageAccount(actor, { role, ...unit });
  if (before.id === actor.id && (changes.active === false || (changes.role && changes.role !== before.role))) {
    throw new AppError('FORBIDDEN', {
      vi: 'Không thể tự khóa hoặc tự đổi vai trò của chính mình',
      en: 'You cannot disable or re-role yourself',
    });
  }
  if (newPassword !== undefined) assertStrongPassword(newPassword, 'newPassword');
  const passwordHash = newPassword !== undefined ? await hashPassword(newPassword) : undefined;
  return deps.db.transaction(async (tx) => {
    const after = await updateUserVersioned(tx, input.id, version, {
      ...(changes.fullName !== undefined && { fullName: changes.fullName.trim() }),
      ...(changes.email !== undefined && { email: changes.email }),
      ...(changes.active !== undefined && { active: changes.active }),
      role,
      ...unit,
      ...(unlock && { lockedUntil: null, failedLogins: 0 }),
      ...(passwordHash && { passwordHash, mustChangePassword: true }),
    });
    if (!after) throw new AppError('CONFLICT');
    if (changes.active === false || passwordHash) await deleteUserSessions(tx, after.id);
    await writeAudit(tx, input.ctx, {
      action: 'update',
      entityType: 'user',
      entityId: after.id,
      unitCode: after.unitCode,
      provinceCode: after.provinceCode,
      before: auditView(before),
      after: auditView(after),
      note: passwordHash ? 'quản trị viên đặt lại mật khẩu' : null,
    });
    return presentUser(tx, after);
  });
}

/** Creates an account from the command line (the first administrator of a fresh installation). */
export async function bootstrapUser(
  input: { username: string; fullName: string; role: Role; unitCode: string | null; password: string },
  deps: UsersDeps,
): Promise<UserRowT> {
  assertStrongPassword(input.password);
  const unit = await resolveUnit(deps.db, input.role, input.unitCode);
  if (await selectUserByUsername(deps.db, input.username)) {
    throw new AppError('DUPLICATE', { vi: `Tên đăng nhập "${input.username}" đã được dùng`, en: 'Username taken' });
  }
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      username: input.username,
      fullName: input.fullName,
      role: input.role,
      ...unit,
      passwordHash,
    });
    await writeAudit(tx, null, {
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      unitCode: user.unitCode,
      provinceCode: user.provinceCode,
      after: auditView(user),
      note: 'tạo từ dòng lệnh',
    });
    return presentUser(tx, user);
  });
}
