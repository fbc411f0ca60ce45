import type {
  CreateHouseholdBodyT,
  HouseholdDetailT,
  HouseholdListQueryT,
  HouseholdRowT,
  UpdateHouseholdBodyT,
} from '@lmis/contracts';
import { writeAudit, writeAudits } from '../../platform/audit.ts';
import { type RequestContext, requireActor, scopeOf } from '../../platform/auth/actor.ts';
import { searchText, todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { pageBody } from '../../platform/paging.ts';
import { findLatestUnit, findUnit } from '../geo/index.ts';
import { checkPastDate, cleanText, type FieldIssue, invalid, issue, normaliseMembers } from './household-input.ts';
import { assertCanChangeHouseholds, assertCanReadHouseholds, assertUnitInScope } from './households.policy.ts';
import {
  type HouseholdRecord,
  insertHousehold,
  insertHouseholdsWithMembers,
  type MemberRecord,
  type NewHousehold,
  type NewMember,
  replaceMembers,
  selectExistingWorkerIds,
  selectHouseholdById,
  selectHouseholds,
  selectMembers,
  selectPovertyStandards,
  selectReviews,
  updateHouseholdVersioned,
} from './households.queries.ts';
import { presentReview } from './poverty-review.service.ts';

export interface HouseholdsDeps {
  db: Db;
}

const householdNotFound = () => notFound({ vi: 'Không tìm thấy hộ gia đình', en: 'No such household' });

function presentHousehold(
  h: HouseholdRecord,
  review: { reviewYear: number | null; finalClass: string | null } = { reviewYear: null, finalClass: null },
): HouseholdRowT {
  return {
    id: h.id,
    householdCode: h.householdCode,
    headName: h.headName,
    address: h.address,
    provinceCode: h.provinceCode,
    communeCode: h.communeCode,
    areaType: h.areaType,
    registeredOn: h.registeredOn,
    dissolvedOn: h.dissolvedOn,
    version: h.version,
    reviewYear: review.reviewYear,
    finalClass: review.finalClass,
  };
}

type MemberFields = Pick<MemberRecord, 'personId' | 'fullName' | 'birthDate' | 'sex' | 'relation'>;

/** What the audit log keeps of a household: its fields and its member list. */
const auditView = (h: HouseholdRecord, members: MemberFields[]) => ({
  householdCode: h.householdCode,
  headName: h.headName,
  address: h.address,
  communeCode: h.communeCode,
  areaType: h.areaType,
  registeredOn: h.registeredOn,
  dissolvedOn: h.dissolvedOn,
  version: h.version,
  members: members.map((m) => ({
    personId: m.personId,
    fullName: m.fullName,
    birthDate: m.birthDate,
    sex: m.sex,
    relation: m.relation,
  })),
});

async function presentDetail(db: DbOrTx, h: HouseholdRecord): Promise<HouseholdDetailT> {
  // One after the other: inside a transaction they share one connection.
  const members = await selectMembers(db, h.id);
  const reviews = await selectReviews(db, h.id);
  const standards = await selectPovertyStandards(db);
  const workers = await selectExistingWorkerIds(
    db,
    members.flatMap((m) => (m.personId ? [m.personId] : [])),
  );
  const latest = reviews.at(-1);
  return {
    household: presentHousehold(h, {
      reviewYear: latest?.reviewYear ?? null,
      finalClass: latest?.finalClass ?? null,
    }),
    members: members.map((m) => ({
      id: m.id,
      personId: m.personId,
      fullName: m.fullName,
      birthDate: m.birthDate,
      sex: m.sex,
      relation: m.relation,
      workerExists: m.personId ? workers.has(m.personId) : false,
    })),
    reviews: reviews.map((r) => presentReview(r, standards)),
  };
}

/** Households in the reader's scope (optionally one commune of it), with one review class each. */
export async function listHouseholds(input: { ctx: RequestContext } & HouseholdListQueryT, deps: HouseholdsDeps) {
  const actor = requireActor(input.ctx);
  assertCanReadHouseholds(actor);
  if (input.communeCode) {
    // Commune codes do not start with the province code (00004 lies in 01): ask the unit register.
    const unit = await findLatestUnit(deps.db, input.communeCode);
    if (!unit) {
      throw invalid([
        issue('communeCode', `mã xã ${input.communeCode} không tồn tại`, `no commune ${input.communeCode}`),
      ]);
    }
    assertUnitInScope(actor, { provinceCode: unit.provinceCode, communeCode: input.communeCode });
  }
  const q = input.q ? searchText(input.q) : undefined;
  const { rows, count, ...cursors } = await selectHouseholds(deps.db, {
    scope: scopeOf(actor),
    communeCode: input.communeCode,
    q: q || undefined,
    classYear: input.classYear,
    finalClass: input.finalClass,
    page: input.page,
    pageSize: input.pageSize,
    cursor: input.cursor,
    exactCount: input.count === 'exact',
  });
  return {
    items: rows.map((r) => presentHousehold(r.household, r)),
    ...pageBody(input, count, cursors),
  };
}

export async function getHousehold(
  input: { ctx: RequestContext; id: number },
  deps: HouseholdsDeps,
): Promise<HouseholdDetailT> {
  const actor = requireActor(input.ctx);
  assertCanReadHouseholds(actor);
  const h = await selectHouseholdById(deps.db, input.id);
  if (!h) throw householdNotFound();
  assertUnitInScope(actor, h);
  return presentDetail(deps.db, h);
}

export async function createHousehold(
  input: { ctx: RequestContext; body: CreateHouseholdBodyT },
  deps: HouseholdsDeps,
): Promise<HouseholdDetailT> {
  const actor = requireActor(input.ctx);
  assertCanChangeHouseholds(actor);
  const { body } = input;
  const today = todayInVietnam();
  const unit = await findUnit(deps.db, body.communeCode, today);
  if (!unit) {
    throw invalid([
      issue(
        'communeCode',
        `mã xã ${body.communeCode} không tồn tại (theo danh mục hiện hành)`,
        `commune ${body.communeCode} does not exist today`,
      ),
    ]);
  }
  assertUnitInScope(actor, { provinceCode: unit.provinceCode, communeCode: body.communeCode });
  const members = normaliseMembers(body.members ?? [], today);
  const headName = cleanText(body.headName);
  const issues: FieldIssue[] = [...checkPastDate('registeredOn', body.registeredOn, today), ...members.issues];
  if (!headName) issues.push(issue('headName', 'bắt buộc nhập', 'required'));
  if (issues.length > 0 || !headName) throw invalid(issues);

  return deps.db.transaction(async (tx) => {
    const h = await insertHousehold(tx, {
      householdCode: body.householdCode,
      headName,
      address: cleanText(body.address),
      provinceCode: unit.provinceCode,
      communeCode: body.communeCode,
      areaType: body.areaType,
      registeredOn: body.registeredOn ?? today,
    });
    if (!h) {
      throw new AppError('DUPLICATE', {
        vi: `Mã hộ "${body.householdCode}" đã có trong ${unit.name}`,
        en: `Household code ${body.householdCode} already exists in commune ${body.communeCode}`,
      });
    }
    await replaceMembers(tx, h.id, members.members);
    await writeAudit(tx, input.ctx, {
      action: 'create',
      entityType: 'household',
      entityId: h.id,
      unitCode: h.communeCode,
      provinceCode: h.provinceCode,
      after: auditView(h, members.members),
    });
    return presentDetail(tx, h);
  });
}

/** Edits a household (optimistic concurrency on `version`); `members` replaces the list; `dissolvedOn` ends it. */
export async function updateHousehold(
  input: { ctx: RequestContext; id: number; body: UpdateHouseholdBodyT },
  deps: HouseholdsDeps,
): Promise<HouseholdDetailT> {
  const actor = requireActor(input.ctx);
  assertCanChangeHouseholds(actor);
  const before = await selectHouseholdById(deps.db, input.id);
  if (!before) throw householdNotFound();
  assertUnitInScope(actor, before);
  const { body } = input;
  const today = todayInVietnam();
  const members = body.members ? normaliseMembers(body.members, today) : undefined;
  const headName = body.headName !== undefined ? cleanText(body.headName) : before.headName;
  const registeredOn = body.registeredOn ?? before.registeredOn;
  const dissolvedOn = body.dissolvedOn !== undefined ? body.dissolvedOn : before.dissolvedOn;
  const issues: FieldIssue[] = [
    ...checkPastDate('registeredOn', body.registeredOn, today),
    ...checkPastDate('dissolvedOn', body.dissolvedOn, today),
    ...(members?.issues ?? []),
  ];
  if (!headName) issues.push(issue('headName', 'bắt buộc nhập', 'required'));
  if (dissolvedOn && dissolvedOn < registeredOn) {
    issues.push(issue('dissolvedOn', 'không được trước ngày đăng ký hộ', 'must not precede the registration date'));
  }
  if (issues.length > 0 || !headName) throw invalid(issues);

  return deps.db.transaction(async (tx) => {
    const membersBefore = await selectMembers(tx, before.id);
    const after = await updateHouseholdVersioned(tx, before.id, body.version, {
      headName,
      ...(body.address !== undefined && { address: cleanText(body.address) }),
      ...(body.areaType !== undefined && { areaType: body.areaType }),
      registeredOn,
      dissolvedOn,
    });
    if (!after) throw new AppError('CONFLICT');
    if (members) await replaceMembers(tx, after.id, members.members);
    await writeAudit(tx, input.ctx, {
      action: 'update',
      entityType: 'household',
      entityId: after.id,
      unitCode: after.communeCode,
      provinceCode: after.provinceCode,
      before: auditView(before, membersBefore),
      after: auditView(after, members ? members.members : membersBefore),
      note: body.dissolvedOn && !before.dissolvedOn ? 'household dissolved' : null,
    });
    return presentDetail(tx, after);
  });
}

/**
 * Registers many households with their members in one go (bulk registration, the demo seed), auditing each like
 * createHousehold does. Members are expected to be normalised already; households whose code exists are skipped.
 */
export async function registerHouseholds(
  input: { ctx: RequestContext; items: { household: NewHousehold; members: NewMember[] }[] },
  deps: { db: DbOrTx },
): Promise<HouseholdRecord[]> {
  // Its own transaction (a savepoint inside the caller's): the rows and their audit land together or not at all.
  return deps.db.transaction(async (tx) => {
    const saved = await insertHouseholdsWithMembers(tx, input.items);
    const membersOf = new Map(input.items.map((i) => [`${i.household.communeCode}/${i.household.householdCode}`, i]));
    await writeAudits(
      tx,
      input.ctx,
      saved.map((h) => ({
        action: 'create',
        entityType: 'household',
        entityId: h.id,
        unitCode: h.communeCode,
        provinceCode: h.provinceCode,
        after: auditView(h, membersOf.get(`${h.communeCode}/${h.householdCode}`)?.members ?? []),
      })),
    );
    return saved;
  });
}
