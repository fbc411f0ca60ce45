import {
  type CreateHouseholdBodyT,
  type HouseholdDetailT,
  type HouseholdListQueryT,
  type HouseholdRowT,
  REGISTERED_ELSEWHERE,
  type UpdateHouseholdBodyT,
} from '@lmis/contracts';
import { writeAudit, writeAudits } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { searchText, todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { pageBody } from '../../platform/paging.ts';
import { authorize, authorizeUnit, listScope } from '../../platform/policy/index.ts';
import { findLatestUnit, findUnit } from '../geo/index.ts';
import { type PersonMovedHandler, registerMembers } from '../people/index.ts';
import { linkWorkersToHouseholds, unlinkWorkersFromHousehold } from '../workers/index.ts';
import { checkPastDate, cleanText, type FieldIssue, invalid, issue, normaliseMembers } from './household-input.ts';
import { householdResource } from './households.policy.ts';
import {
  deleteMember,
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
  selectHouseholdsOfMember,
  selectMembers,
  selectPovertyStandards,
  selectReviews,
  updateHouseholdVersioned,
} from './households.queries.ts';
import { presentReview } from './poverty-review.service.ts';

export interface HouseholdsDeps {
  db: Db;
}

const householdNotFound = householdResource.notFound;

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

/**
 * Saves a household's member list linked to the person registry: members with a personal ID become (or are
 * linked to) people of the household's commune, and their worker records point back to the household. A member
 * whose ID another unit holds is refused with the registry's neutral answer.
 */
async function saveMembers(tx: DbOrTx, h: HouseholdRecord, members: NewMember[]): Promise<void> {
  const { elsewhere } = await registerMembers(tx, [{ unit: h, members }]);
  if (elsewhere.length > 0) {
    throw invalid(
      elsewhere.map(({ member }) =>
        issue(
          `members.${member}.personId`,
          `số định danh ${members[member]?.personId} ${REGISTERED_ELSEWHERE.vi}`,
          `personal ID ${members[member]?.personId} ${REGISTERED_ELSEWHERE.en}`,
        ),
      ),
    );
  }
  await replaceMembers(tx, h.id, members);
  const linked = members.flatMap((m) => (m.personId ? [m] : []));
  await unlinkWorkersFromHousehold(
    tx,
    h.id,
    linked.map((m) => m.personId as string),
  );
  await linkWorkersToHouseholds(
    tx,
    linked.map((m) => ({ personId: m.personId as string, householdId: h.id, relation: m.relation })),
  );
}

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
  const scope = listScope(actor, 'read', householdResource);
  if (input.communeCode) {
    // Commune codes do not start with the province code (00004 lies in 01): ask the unit register.
    const unit = await findLatestUnit(deps.db, input.communeCode);
    if (!unit) {
      throw invalid([
        issue('communeCode', `mã xã ${input.communeCode} không tồn tại`, `no commune ${input.communeCode}`),
      ]);
    }
    authorizeUnit(actor, 'read', householdResource, {
      provinceCode: unit.provinceCode,
      communeCode: input.communeCode,
    });
  }
  const q = input.q ? searchText(input.q) : undefined;
  const { rows, count, ...cursors } = await selectHouseholds(deps.db, {
    scope,
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
  authorize(actor, 'read', householdResource);
  const h = await selectHouseholdById(deps.db, input.id);
  if (!h) throw householdNotFound();
  authorize(actor, 'read', householdResource, h);
  return presentDetail(deps.db, h);
}

export async function createHousehold(
  input: { ctx: RequestContext; body: CreateHouseholdBodyT },
  deps: HouseholdsDeps,
): Promise<HouseholdDetailT> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'create', householdResource);
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
  authorizeUnit(actor, 'create', householdResource, { provinceCode: unit.provinceCode, communeCode: body.communeCode });
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
    await saveMembers(tx, h, members.members);
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
  authorize(actor, 'update', householdResource);
  const before = await selectHouseholdById(deps.db, input.id);
  if (!before) throw householdNotFound();
  authorize(actor, 'update', householdResource, before);
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
    if (members) await saveMembers(tx, after, members.members);
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
    const { elsewhere } = await registerMembers(
      tx,
      input.items.map((i) => ({ unit: i.household, members: i.members })),
    );
    if (elsewhere.length > 0) {
      const first = elsewhere[0] as { group: number; member: number };
      const id = input.items[first.group]?.members[first.member]?.personId;
      throw new AppError('DUPLICATE', {
        vi: `Số định danh cá nhân ${id} ${REGISTERED_ELSEWHERE.vi}`,
        en: `Personal ID ${id} ${REGISTERED_ELSEWHERE.en}`,
      });
    }
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

/**
 * A person who moves to another commune (an accepted transfer) leaves the households of the old commune: the
 * member row goes, the household's change is audited with its member list before and after, and the worker
 * record no longer points to the household. The household itself stays with its commune.
 */
export const leaveHouseholdsOnMove: PersonMovedHandler = async (tx, ctx, move) => {
  const households = await selectHouseholdsOfMember(tx, move.personId, move.from.communeCode);
  for (const h of households) {
    const before = await selectMembers(tx, h.id);
    await deleteMember(tx, h.id, move.personId);
    await unlinkWorkersFromHousehold(
      tx,
      h.id,
      before.flatMap((m) => (m.personId && m.personId !== move.personId ? [m.personId] : [])),
    );
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'household',
      entityId: h.id,
      unitCode: h.communeCode,
      provinceCode: h.provinceCode,
      before: auditView(h, before),
      after: auditView(
        h,
        before.filter((m) => m.personId !== move.personId),
      ),
      note: 'thành viên chuyển đi đơn vị khác',
    });
  }
};
