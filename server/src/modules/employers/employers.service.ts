import {
  type CreateEmployerBodyT,
  type EmployerListQueryT,
  type EmployerT,
  REGISTERED_ELSEWHERE,
  type UpdateEmployerBodyT,
  type UserRowT,
} from '@lmis/contracts';
import { writeAudit, writeAudits } from '../../platform/audit.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { searchText, todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { pageBody } from '../../platform/paging.ts';
import { authorize, authorizeUnit, can, listScope } from '../../platform/policy/index.ts';
import { invalid, issue } from '../../platform/validation.ts';
import { findLatestUnit, findUnit, findUnitNames } from '../geo/index.ts';
import { linkEmployerAccount } from '../users/index.ts';
import { type EmployerReference, employerFieldLabel, loadEmployerReference, readEmployer } from './employer-input.ts';
import { employerResource, ownEmployerOnly } from './employers.policy.ts';
import {
  type EmployerFilter,
  type EmployerRecord,
  type EmployerValues,
  insertEmployer,
  insertEmployers,
  selectEmployerById,
  selectEmployerByTaxCode,
  selectEmployers,
  selectEmployersByTaxCodesForUpdate,
  updateEmployerVersioned,
} from './employers.queries.ts';

export interface EmployersDeps {
  db: Db;
}

/** What the change log keeps of an employer: its fields as stored. */
export const employerAuditView = (e: EmployerRecord) => ({
  taxCode: e.taxCode,
  name: e.name,
  legalFormCode: e.legalFormCode,
  vsicSectionCode: e.vsicSectionCode,
  address: e.address,
  communeCode: e.communeCode,
  unitNeedsReview: e.unitNeedsReview,
  sourceUnit: e.sourceUnit,
  employeeCount: e.employeeCount,
  uiParticipation: e.uiParticipation,
  uiSince: e.uiSince,
  contactName: e.contactName,
  phone: e.phone,
  email: e.email,
  industrialZone: e.industrialZone,
  version: e.version,
});

export async function presentEmployers(
  db: DbOrTx,
  rows: EmployerRecord[],
  ref?: EmployerReference,
): Promise<EmployerT[]> {
  const today = todayInVietnam();
  const names = await findUnitNames(
    db,
    rows.map((e) => e.communeCode),
    today,
  );
  const catalogues = ref ?? (await loadEmployerReference(db, today));
  return rows.map((e) => ({
    id: e.id,
    taxCode: e.taxCode,
    name: e.name,
    legalFormCode: e.legalFormCode,
    vsicSectionCode: e.vsicSectionCode,
    address: e.address,
    communeCode: e.communeCode,
    employeeCount: e.employeeCount,
    uiParticipation: e.uiParticipation,
    uiSince: e.uiSince,
    contactName: e.contactName,
    phone: e.phone,
    email: e.email,
    industrialZone: e.industrialZone,
    provinceCode: e.provinceCode,
    communeName: names.get(e.communeCode) ?? null,
    legalFormName: catalogues.legalForms.nameOf(e.legalFormCode),
    vsicSectionName: catalogues.vsicSections.nameOf(e.vsicSectionCode),
    unitNeedsReview: e.unitNeedsReview,
    sourceUnit: e.sourceUnit,
    version: e.version,
    updatedAt: e.updatedAt.toISOString(),
  }));
}

const presentEmployer = async (db: DbOrTx, e: EmployerRecord) => (await presentEmployers(db, [e]))[0] as EmployerT;

/**
 * The refusal of a tax code already registered: the existing employer named when the actor may read it, otherwise
 * the registry's neutral words, never naming the unit (out of scope reveals nothing).
 */
export function duplicateTaxCode(actor: Actor, existing: EmployerRecord): AppError {
  const visible = can(actor, 'read', employerResource, existing);
  const words = visible
    ? { vi: `đã được đăng ký: ${existing.name}`, en: `is already registered: ${existing.name}` }
    : REGISTERED_ELSEWHERE;
  return new AppError('DUPLICATE', {
    vi: `Mã số thuế ${existing.taxCode} ${words.vi}`,
    en: `Tax code ${existing.taxCode} ${words.en}`,
    details: [
      { field: 'taxCode', message: words.vi, messageEn: words.en, ...(visible && { existingId: existing.id }) },
    ],
  });
}

/** The list filter of a reader: the unit scope, an employer account's own employer, a commune inside the scope. */
export async function buildEmployerFilter(
  db: DbOrTx,
  actor: Actor,
  action: 'read' | 'export',
  query: { communeCode?: string; q?: string; vsicSectionCode?: string },
): Promise<EmployerFilter> {
  const scope = listScope(actor, action, employerResource);
  if (query.communeCode) {
    const unit = await findLatestUnit(db, query.communeCode);
    if (!unit) {
      throw invalid([
        issue('communeCode', `mã xã ${query.communeCode} không tồn tại`, `no commune ${query.communeCode}`),
      ]);
    }
    if (ownEmployerOnly(actor) === undefined) {
      authorizeUnit(actor, action, employerResource, {
        provinceCode: unit.provinceCode,
        communeCode: query.communeCode,
      });
    }
  }
  const q = query.q ? searchText(query.q).replace(/^(\d{10})\s*-\s*/, '$1-') : undefined;
  return {
    scope,
    ownId: ownEmployerOnly(actor),
    communeCode: query.communeCode,
    q: q || undefined,
    vsicSectionCode: query.vsicSectionCode,
  };
}

export async function listEmployers(input: { ctx: RequestContext } & EmployerListQueryT, deps: EmployersDeps) {
  const actor = requireActor(input.ctx);
  const filter = await buildEmployerFilter(deps.db, actor, 'read', input);
  const { rows, count, ...cursors } = await selectEmployers(deps.db, {
    ...filter,
    page: input.page,
    pageSize: input.pageSize,
    cursor: input.cursor,
    exactCount: input.count === 'exact',
  });
  return {
    items: await presentEmployers(
      deps.db,
      rows.map((r) => r.employer),
    ),
    ...pageBody(input, count, cursors),
  };
}

async function loadEmployer(db: DbOrTx, actor: Actor, id: number, action: 'read' | 'update'): Promise<EmployerRecord> {
  authorize(actor, action, employerResource);
  const e = await selectEmployerById(db, id);
  if (!e) throw employerResource.notFound();
  authorize(actor, action, employerResource, e);
  return e;
}

export async function getEmployer(input: { ctx: RequestContext; id: number }, deps: EmployersDeps): Promise<EmployerT> {
  const e = await loadEmployer(deps.db, requireActor(input.ctx), input.id, 'read');
  return presentEmployer(deps.db, e);
}

/** Today's commune of the API's `communeCode`, or a validation issue. */
async function communeToday(db: DbOrTx, code: string, today: string) {
  const unit = await findUnit(db, code, today);
  if (unit?.level !== 'commune') {
    throw invalid([
      issue(
        'communeCode',
        `mã xã ${code} không tồn tại (theo danh mục hiện hành)`,
        `commune ${code} does not exist today`,
      ),
    ]);
  }
  return { provinceCode: unit.provinceCode, communeCode: code };
}

export async function createEmployer(
  input: { ctx: RequestContext; body: CreateEmployerBodyT },
  deps: EmployersDeps,
): Promise<EmployerT> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'create', employerResource);
  const today = todayInVietnam();
  const unit = await communeToday(deps.db, input.body.communeCode, today);
  authorizeUnit(actor, 'create', employerResource, unit);
  const ref = await loadEmployerReference(deps.db, today);
  const { value, issues } = readEmployer(input.body, ref, today);
  if (!value) throw invalid(issues, employerFieldLabel);
  return deps.db.transaction(async (tx) => {
    const e = await insertEmployer(tx, { ...value, ...unit });
    if (!e) {
      const existing = await selectEmployerByTaxCode(tx, value.taxCode);
      throw existing ? duplicateTaxCode(actor, existing) : new AppError('CONFLICT');
    }
    await writeAudit(tx, input.ctx, {
      action: 'create',
      entityType: 'employer',
      entityId: e.id,
      unitCode: e.communeCode,
      provinceCode: e.provinceCode,
      after: employerAuditView(e),
    });
    return presentEmployer(tx, e);
  });
}

/** Replaces an employer's fields (optimistic concurrency on `version`: a stale version answers 409). */
export async function updateEmployer(
  input: { ctx: RequestContext; id: number; body: UpdateEmployerBodyT },
  deps: EmployersDeps,
): Promise<EmployerT> {
  const actor = requireActor(input.ctx);
  const before = await loadEmployer(deps.db, actor, input.id, 'update');
  const today = todayInVietnam();
  const moved = input.body.communeCode !== before.communeCode;
  const unit = moved
    ? await communeToday(deps.db, input.body.communeCode, today)
    : { provinceCode: before.provinceCode, communeCode: before.communeCode };
  // An officer moves an employer only inside the scope; an employer account may record its own new head office.
  if (moved && ownEmployerOnly(actor) === undefined) authorizeUnit(actor, 'update', employerResource, unit);
  const ref = await loadEmployerReference(deps.db, today);
  const { value, issues } = readEmployer({ ...input.body, taxCode: before.taxCode }, ref, today);
  if (!value) throw invalid(issues, employerFieldLabel);
  return deps.db.transaction(async (tx) => {
    const after = await updateEmployerVersioned(tx, before.id, input.body.version, {
      ...value,
      ...unit,
      ...(moved && { unitNeedsReview: false, sourceUnit: null }),
    });
    if (!after) throw new AppError('CONFLICT');
    await writeAudit(tx, input.ctx, {
      action: 'update',
      entityType: 'employer',
      entityId: after.id,
      unitCode: after.communeCode,
      provinceCode: after.provinceCode,
      before: employerAuditView(before),
      after: employerAuditView(after),
    });
    return presentEmployer(tx, after);
  });
}

/**
 * Links an employer account to this employer: the manager must see the employer (out of scope: not found) and manage
 * the account (users module: system administrators, province officers in their province).
 */
export async function linkAccount(
  input: { ctx: RequestContext; id: number; userId: number },
  deps: EmployersDeps,
): Promise<UserRowT> {
  const actor = requireActor(input.ctx);
  const e = await loadEmployer(deps.db, actor, input.id, 'read');
  return linkEmployerAccount({ ctx: input.ctx, userId: input.userId, employer: e }, deps);
}

/**
 * Registers employers without a person's request (the demo data), audited like createEmployer; tax codes already
 * registered are skipped. Returns the employers of the given tax codes as stored.
 */
export async function registerEmployers(
  input: { ctx: RequestContext; items: EmployerValues[] },
  deps: { db: DbOrTx },
): Promise<EmployerRecord[]> {
  return deps.db.transaction(async (tx) => {
    const saved = await insertEmployers(tx, input.items);
    await writeAudits(
      tx,
      input.ctx,
      saved.map((e) => ({
        action: 'create',
        entityType: 'employer',
        entityId: e.id,
        unitCode: e.communeCode,
        provinceCode: e.provinceCode,
        after: employerAuditView(e),
      })),
    );
    return selectEmployersByTaxCodesForUpdate(
      tx,
      input.items.map((i) => i.taxCode),
    );
  });
}
