import type { CreateUserBodyT, CurrentUserT, Role, UpdateUserBodyT, UserRowT } from '@lmis/contracts';
import { writeAudit } from '../../platform/audit.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { sessionLimits } from '../../platform/auth/plugin.ts';
import { createSession, deleteSession, deleteUserSessions } from '../../platform/auth/sessions.ts';
import {
  accountAddressKey,
  accountKey,
  addressKey,
  clearAccountThrottle,
  passwordChangeKey,
  settleAttempt,
  type ThrottleRule,
  takeAttempt,
} from '../../platform/auth/throttle.ts';
import type { Config } from '../../platform/config.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { type PageRequest, pageBody } from '../../platform/paging.ts';
import { authorize, capabilitiesOf, listScope, presentScope } from '../../platform/policy/index.ts';
import { recordSecurityEvent } from '../../platform/security-log.ts';
import { findUnit } from '../geo/index.ts';
import { authorizeAccountShape, unitRequired, userResource } from './users.policy.ts';
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
  employerId: u.employerId,
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
  return {
    ...actor,
    unitName: await unitName(db, actor.unitCode),
    mustChangePassword,
    capabilities: capabilitiesOf(actor),
    scope: presentScope(actor),
  };
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

// A hash with the same parameters as real ones: an unknown name costs the same verification as a wrong password.
let dummyHash: Promise<string> | undefined;
export const prepareDummyHash = () => {
  dummyHash ??= hashPassword('not-a-real-password-0');
  return dummyHash;
};

/**
 * Per account and address (5 s, 10 s, 20 s … up to LOGIN_LOCK_MINUTES), per account from anywhere (at most 30 s, so
 * no one can lock another out), per address over all accounts: see platform/auth/throttle.
 */
function loginRules(username: string, ip: string, config: Config): ThrottleRule[] {
  const day = 24;
  return [
    {
      key: accountAddressKey(username, ip),
      free: config.LOGIN_MAX_FAILURES,
      baseSeconds: config.LOGIN_DELAY_SECONDS,
      maxSeconds: config.LOGIN_LOCK_MINUTES * 60,
      windowHours: day,
    },
    // Guessing from many addresses slows the account too, but never beyond 30 s: no one can lock another out.
    {
      key: accountKey(username),
      free: config.LOGIN_MAX_FAILURES * 4,
      baseSeconds: 1,
      maxSeconds: 30,
      windowHours: day,
    },
    {
      key: addressKey(ip),
      free: config.LOGIN_ADDRESS_MAX_FAILURES,
      baseSeconds: config.LOGIN_DELAY_SECONDS,
      maxSeconds: config.LOGIN_LOCK_MINUTES * 60,
      windowHours: day,
    },
  ];
}

function throttled(retryAfterSeconds: number) {
  return new AppError('RATE_LIMITED', {
    vi: `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${retryAfterSeconds.toLocaleString('vi-VN')} giây`,
    en: `Too many failed attempts; try again in ${retryAfterSeconds} s`,
    details: { retryAfterSeconds },
  });
}

export async function login(input: { username: string; password: string; ctx: RequestContext }, deps: UsersDeps) {
  const ip = input.ctx.client?.ip ?? 'unknown';
  const username = input.username.trim();
  // Every attempt is counted before its password is checked; an unknown name is throttled exactly like a real one.
  const verdict = await takeAttempt(deps.db, loginRules(username, ip, deps.config));
  const user = await selectUserByUsername(deps.db, username);
  const account = user ? { id: user.id, username: user.username } : null;
  if (!verdict.allowed) {
    await recordSecurityEvent(deps.db, input.ctx, {
      kind: 'login_throttled',
      outcome: 'refused',
      account,
      reason: verdict.key.startsWith('address:') ? 'địa chỉ bị giới hạn' : 'tài khoản bị giới hạn',
    });
    throw throttled(verdict.retryAfterSeconds);
  }
  // Same work and same answer for an unknown name as for a wrong password: no account enumeration.
  const valid = await verifyPassword(user?.passwordHash ?? (await prepareDummyHash()), input.password);
  if (!user || !valid) {
    await recordSecurityEvent(deps.db, input.ctx, {
      kind: 'login',
      outcome: 'failure',
      account,
      reason: user ? 'sai mật khẩu' : 'tên đăng nhập không tồn tại',
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user.active) {
    await recordSecurityEvent(deps.db, input.ctx, {
      kind: 'login',
      outcome: 'refused',
      account,
      reason: 'tài khoản bị vô hiệu hóa',
    });
    throw new AppError('ACCOUNT_DISABLED');
  }
  const actor: Actor = {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitCode: user.unitCode,
    provinceCode: user.provinceCode,
    employerId: user.employerId,
  };
  const ctx: RequestContext = { ...input.ctx, actor };
  return deps.db.transaction(async (tx) => {
    const rules = loginRules(username, ip, deps.config);
    await settleAttempt(tx, { clear: [rules[0]?.key ?? '', rules[1]?.key ?? ''], refund: [rules[2]?.key ?? ''] });
    await updateUserLoginState(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
    const session = await createSession(tx, {
      userId: user.id,
      ...sessionLimits(deps.config),
      maxPerUser: deps.config.SESSION_MAX_PER_USER,
      ip,
      userAgent: input.ctx.client?.userAgent,
    });
    await recordSecurityEvent(tx, ctx, { kind: 'login', outcome: 'success' });
    if (session.revoked > 0) {
      await recordSecurityEvent(tx, ctx, {
        kind: 'session_revoked',
        outcome: 'success',
        reason: `vượt số phiên tối đa (${deps.config.SESSION_MAX_PER_USER}): ${session.revoked} phiên cũ nhất kết thúc`,
      });
    }
    await writeAudit(tx, ctx, {
      action: 'login',
      entityType: 'user',
      entityId: user.id,
      unitCode: user.unitCode,
      provinceCode: user.provinceCode,
    });
    return { ...session, user: await presentCurrentUser(tx, actor, user.mustChangePassword) };
  });
}

export async function logout(input: { ctx: RequestContext; token?: string }, deps: UsersDeps): Promise<void> {
  if (!input.token) return;
  await deleteSession(deps.db, input.token);
  await recordSecurityEvent(deps.db, input.ctx, { kind: 'logout', outcome: 'success' });
}

export async function changePassword(
  input: { ctx: RequestContext; token?: string; currentPassword: string; newPassword: string },
  deps: UsersDeps,
): Promise<void> {
  const actor = requireActor(input.ctx);
  const user = await selectUserById(deps.db, actor.id);
  if (!user) throw new AppError('UNAUTHENTICATED');
  const rule: ThrottleRule = {
    key: passwordChangeKey(user.id),
    free: 5,
    baseSeconds: 2,
    maxSeconds: 15 * 60,
    windowHours: 24,
  };
  const verdict = await takeAttempt(deps.db, [rule]);
  if (!verdict.allowed) {
    await recordSecurityEvent(deps.db, input.ctx, {
      kind: 'password_change_throttled',
      outcome: 'refused',
      reason: 'đổi mật khẩu sai quá nhiều lần',
    });
    throw new AppError('RATE_LIMITED', {
      vi: `Nhập sai mật khẩu hiện tại quá nhiều lần, vui lòng thử lại sau ${verdict.retryAfterSeconds.toLocaleString('vi-VN')} giây`,
      en: `Too many wrong current passwords; try again in ${verdict.retryAfterSeconds} s`,
      details: { retryAfterSeconds: verdict.retryAfterSeconds },
    });
  }
  // A wrong current password is a field error (400), not a lost session (401): the client stays signed in.
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordSecurityEvent(deps.db, input.ctx, {
      kind: 'password_change',
      outcome: 'failure',
      reason: 'sai mật khẩu hiện tại',
    });
    throw new AppError('WRONG_CURRENT_PASSWORD', {
      details: [
        { field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng', messageEn: 'Current password is wrong' },
      ],
    });
  }
  try {
    assertStrongPassword(input.newPassword, 'newPassword');
  } catch (error) {
    await settleAttempt(deps.db, { clear: [], refund: [rule.key] });
    await recordSecurityEvent(deps.db, input.ctx, {
      kind: 'password_change',
      outcome: 'failure',
      reason: 'mật khẩu mới quá yếu',
    });
    throw error;
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await updateUserLoginState(tx, user.id, { passwordHash, mustChangePassword: false });
    await settleAttempt(tx, { clear: [rule.key], refund: [] });
    // Other sessions of this account end: whoever else knew the old password is signed out.
    const ended = await deleteUserSessions(tx, user.id, input.token);
    await recordSecurityEvent(tx, input.ctx, { kind: 'password_change', outcome: 'success' });
    if (ended > 0) {
      await recordSecurityEvent(tx, input.ctx, {
        kind: 'session_revoked',
        outcome: 'success',
        reason: `đổi mật khẩu: ${ended} phiên khác kết thúc`,
      });
    }
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
  const { rows, count, ...cursors } = await selectUsers(deps.db, {
    scope: listScope(actor, 'read', userResource),
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
  authorize(actor, 'read', userResource);
  const user = await selectUserById(deps.db, input.id);
  if (!user) throw userResource.notFound();
  authorize(actor, 'read', userResource, user);
  return presentUser(deps.db, user);
}

export async function createUser(
  input: { ctx: RequestContext; body: CreateUserBodyT },
  deps: UsersDeps,
): Promise<UserRowT> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'create', userResource);
  const role = input.body.role as Role;
  const unit = await resolveUnit(deps.db, role, input.body.unitCode);
  authorizeAccountShape(actor, 'create', { role, ...unit });
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
  authorize(actor, 'update', userResource);
  const before = await selectUserById(deps.db, input.id);
  if (!before) throw userResource.notFound();
  authorize(actor, 'update', userResource, before);
  const { version, unlock, newPassword, ...changes } = input.body;
  const role = (changes.role ?? before.role) as Role;
  const unit =
    changes.unitCode !== undefined || changes.role !== undefined
      ? await resolveUnit(deps.db, role, changes.unitCode !== undefined ? changes.unitCode : before.unitCode)
      : { unitCode: before.unitCode, provinceCode: before.provinceCode };
  authorizeAccountShape(actor, 'update', { role, ...unit });
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
    if (unlock) await clearAccountThrottle(tx, after.username);
    if (changes.active === false || passwordHash) {
      const ended = await deleteUserSessions(tx, after.id);
      if (ended > 0) {
        await recordSecurityEvent(tx, input.ctx, {
          kind: 'session_revoked',
          outcome: 'success',
          account: { id: after.id, username: after.username },
          reason: `${passwordHash ? 'quản trị viên đặt lại mật khẩu' : 'tài khoản bị vô hiệu hóa'}: ${ended} phiên kết thúc`,
        });
      }
    }
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
  input: {
    username: string;
    fullName: string;
    role: Role;
    unitCode: string | null;
    password: string;
    /** An employer account's employer (the demo data). */
    employerId?: number | null;
  },
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
      employerId: input.employerId ?? null,
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

/** True when the account exists, is active and still opens with `password` (the demo's published password). */
export async function accountOpensWith(db: DbOrTx, username: string, password: string): Promise<boolean> {
  const user = await selectUserByUsername(db, username);
  return user?.active === true && (await verifyPassword(user.passwordHash, password));
}

/**
 * Links an employer account to the employer it acts for (the employers register asks, having checked the employer is
 * the manager's to see). The account's unit becomes the employer's commune. Only the account managers (system
 * administrators, province officers in their province) link accounts; only employer accounts are linked.
 */
export async function linkEmployerAccount(
  input: {
    ctx: RequestContext;
    userId: number;
    employer: { id: number; provinceCode: string; communeCode: string };
  },
  deps: { db: DbOrTx },
): Promise<UserRowT> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'update', userResource);
  const before = await selectUserById(deps.db, input.userId);
  if (!before) throw userResource.notFound();
  authorize(actor, 'update', userResource, before);
  if (before.role !== 'employer') {
    throw new AppError('VALIDATION', {
      vi: 'Chỉ tài khoản doanh nghiệp / người sử dụng lao động mới gắn được với một người sử dụng lao động',
      en: 'Only employer accounts are linked to an employer',
    });
  }
  const unit = { unitCode: input.employer.communeCode, provinceCode: input.employer.provinceCode };
  authorizeAccountShape(actor, 'update', { role: before.role, ...unit });
  return deps.db.transaction(async (tx) => {
    const after = await updateUserVersioned(tx, before.id, before.version, { employerId: input.employer.id, ...unit });
    if (!after) throw new AppError('CONFLICT');
    await writeAudit(tx, input.ctx, {
      action: 'update',
      entityType: 'user',
      entityId: after.id,
      unitCode: after.unitCode,
      provinceCode: after.provinceCode,
      before: auditView(before),
      after: auditView(after),
      note: 'gắn tài khoản với người sử dụng lao động',
    });
    return presentUser(tx, after);
  });
}
