import {
  type PersonT,
  type PersonTransferCreateT,
  type PersonTransferDecisionT,
  type PersonTransferListQueryT,
  type PersonTransferT,
  REGISTERED_ELSEWHERE,
} from '@lmis/contracts';
import { type AuditEntryInput, writeAudits } from '../../platform/audit.ts';
import { type RequestContext, requireActor, type Scope } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { pageBody } from '../../platform/paging.ts';
import { findUnit, findUnitNames } from '../geo/index.ts';
import { assertCanReadPeople, assertCanTransfer, canDecide, inScope, isRequester } from './people.policy.ts';
import {
  cancelOtherPending,
  decideTransfer as decideTransferRow,
  insertMissingPersons,
  insertTransfer,
  type PersonIdentity,
  type PersonRecord,
  selectPendingTransfer,
  selectPerson,
  selectPersonForUpdate,
  selectPersonRoles,
  selectPersonUnits,
  selectTransfer,
  selectTransfers,
  type TransferRecord,
  updatePersonUnit,
} from './people.queries.ts';

/** What a role register does when one of its people moves to another commune (in the move's transaction). */
export type PersonMovedHandler = (
  tx: DbOrTx,
  ctx: RequestContext,
  move: {
    personId: string;
    from: { provinceCode: string; communeCode: string };
    to: { provinceCode: string; communeCode: string };
  },
) => Promise<void>;

export interface PeopleDeps {
  db: Db;
  /** The role registers' reactions to a move (households: the person leaves the old commune's household). */
  onPersonMoved?: PersonMovedHandler[];
}

/** Out of scope and absent answer alike: the same status and body. */
const personNotFound = () => notFound({ vi: 'Không tìm thấy người này', en: 'No such person' });
const transferNotFound = () => notFound({ vi: 'Không tìm thấy yêu cầu chuyển', en: 'No such transfer request' });

/**
 * The neutral answer to registering a personal ID a unit outside the scope holds: it never names the unit. The
 * details tell the form that a transfer request can be sent.
 */
export function registeredElsewhere(personId: string, field = 'personId'): AppError {
  return new AppError('DUPLICATE', {
    vi: `Số định danh cá nhân ${personId} ${REGISTERED_ELSEWHERE.vi}`,
    en: `Personal ID ${personId} ${REGISTERED_ELSEWHERE.en}`,
    details: {
      personId,
      transferable: true,
      issues: [{ field, message: REGISTERED_ELSEWHERE.vi, messageEn: REGISTERED_ELSEWHERE.en }],
    },
  });
}

export type Registration =
  | { status: 'absent' }
  | { status: 'in_scope'; person: PersonRecord }
  | { status: 'elsewhere' };

/** Where a personal ID stands for a scope: unregistered, registered in the scope, or registered elsewhere. */
export async function checkRegistration(db: DbOrTx, scope: Scope, personId: string): Promise<Registration> {
  const p = await selectPerson(db, personId);
  if (!p) return { status: 'absent' };
  return inScope(scope, p) ? { status: 'in_scope', person: p } : { status: 'elsewhere' };
}

export async function getPerson(input: { ctx: RequestContext; personId: string }, deps: PeopleDeps): Promise<PersonT> {
  const scope = assertCanReadPeople(requireActor(input.ctx));
  const p = await selectPerson(deps.db, input.personId);
  if (!p || !inScope(scope, p)) throw personNotFound();
  const names = await findUnitNames(deps.db, [p.communeCode], todayInVietnam());
  return {
    personId: p.personId,
    fullName: p.fullName,
    birthDate: p.birthDate,
    sex: p.sex,
    ethnicityCode: p.ethnicityCode,
    phone: p.phone,
    address: p.address,
    provinceCode: p.provinceCode,
    communeCode: p.communeCode,
    communeName: names.get(p.communeCode) ?? null,
    unitNeedsReview: p.unitNeedsReview,
    roles: await selectPersonRoles(deps.db, p.personId),
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

type MemberIdentity = {
  personId: string | null;
  fullName: string;
  birthDate: string | null;
  sex: 'male' | 'female' | null;
};

/**
 * Links household members to the registry, for many households at once (a form, a bulk registration, the demo):
 * members with a personal ID that is not registered become people of their household's commune; registered ones
 * are linked as they are (the registry keeps their identity). Returns, per group, the indexes of members whose ID
 * a unit other than the household's commune holds: the caller refuses them with the neutral answer (a person
 * lives in one commune; moving them there is a transfer).
 */
export async function registerMembers(
  tx: DbOrTx,
  groups: { unit: { provinceCode: string; communeCode: string }; members: MemberIdentity[] }[],
): Promise<{ elsewhere: { group: number; member: number }[] }> {
  const ids = groups.flatMap((g) => g.members.flatMap((m) => (m.personId ? [m.personId] : [])));
  const held = await selectPersonUnits(tx, ids);
  const elsewhere = groups.flatMap((g, group) =>
    g.members.flatMap((m, member) => {
      const h = m.personId ? held.get(m.personId) : undefined;
      return h && h.communeCode !== g.unit.communeCode ? [{ group, member }] : [];
    }),
  );
  if (elsewhere.length > 0) return { elsewhere };
  const fresh = new Map<string, PersonIdentity>();
  for (const g of groups) {
    for (const m of g.members) {
      if (!m.personId || held.has(m.personId) || fresh.has(m.personId)) continue;
      fresh.set(m.personId, {
        personId: m.personId,
        fullName: m.fullName,
        birthDate: m.birthDate,
        sex: m.sex,
        ethnicityCode: null,
        phone: null,
        address: null,
        provinceCode: g.unit.provinceCode,
        communeCode: g.unit.communeCode,
        unitNeedsReview: false,
        sourceUnit: null,
      });
    }
  }
  const values = [...fresh.values()];
  for (let i = 0; i < values.length; i += 4000) await insertMissingPersons(tx, values.slice(i, i + 4000));
  return { elsewhere };
}

async function presentTransfers(db: DbOrTx, scope: Scope, rows: { transfer: TransferRecord; fullName: string }[]) {
  const codes = rows.flatMap((r) => [r.transfer.fromCommuneCode, r.transfer.toCommuneCode]);
  const names = await findUnitNames(db, codes, todayInVietnam());
  return rows.map(({ transfer: t, fullName }): PersonTransferT => {
    // The requesting side never learns the holding unit nor the name behind the ID.
    const incoming = canDecide(scope, t);
    return {
      id: t.id,
      personId: t.personId,
      fullName: incoming ? fullName : null,
      direction: incoming ? 'incoming' : 'outgoing',
      fromCommuneCode: incoming ? t.fromCommuneCode : null,
      fromCommuneName: incoming ? (names.get(t.fromCommuneCode) ?? null) : null,
      toCommuneCode: t.toCommuneCode,
      toCommuneName: names.get(t.toCommuneCode) ?? null,
      status: t.status,
      note: t.note,
      requestedByName: t.requestedByName,
      requestedAt: t.requestedAt.toISOString(),
      decidedByName: t.decidedByName,
      decidedAt: t.decidedAt ? t.decidedAt.toISOString() : null,
      decisionNote: t.decisionNote,
    };
  });
}

export async function listTransfers(input: { ctx: RequestContext; query: PersonTransferListQueryT }, deps: PeopleDeps) {
  const scope = assertCanTransfer(requireActor(input.ctx));
  const { count: countMode, ...query } = input.query;
  const { rows, count, ...cursors } = await selectTransfers(deps.db, {
    scope,
    ...query,
    exactCount: countMode === 'exact',
  });
  return { items: await presentTransfers(deps.db, scope, rows), ...pageBody(input.query, count, cursors) };
}

async function visibleTransfer(db: DbOrTx, scope: Scope, id: number) {
  const t = await selectTransfer(db, id);
  if (!t || !(canDecide(scope, t) || isRequester(scope, t))) throw transferNotFound();
  return t;
}

export async function getTransfer(input: { ctx: RequestContext; id: number }, deps: PeopleDeps) {
  const scope = assertCanTransfer(requireActor(input.ctx));
  const t = await visibleTransfer(deps.db, scope, input.id);
  const p = await selectPerson(deps.db, t.personId);
  const [item] = await presentTransfers(deps.db, scope, [{ transfer: t, fullName: p?.fullName ?? '' }]);
  return item as PersonTransferT;
}

/**
 * Asks the unit holding a person to hand them over to the requester's commune (a province officer names one of
 * the province's communes). An unknown ID is "not found"; a second request for the same person and commune while
 * one is pending returns the pending one. The answer never names the holding unit.
 */
export async function requestTransfer(
  input: { ctx: RequestContext; body: PersonTransferCreateT },
  deps: PeopleDeps,
): Promise<{ created: boolean; transfer: PersonTransferT }> {
  const actor = requireActor(input.ctx);
  const scope = assertCanTransfer(actor);
  const toCode = input.body.toCommuneCode ?? (actor.unitCode?.length === 5 ? actor.unitCode : undefined);
  if (!toCode) {
    throw new AppError('VALIDATION', {
      vi: 'Chọn xã/phường nhận người chuyển đến',
      en: 'Choose the commune the person moves to',
      details: [{ field: 'toCommuneCode', message: 'bắt buộc nhập', messageEn: 'required' }],
    });
  }
  const to = await findUnit(deps.db, toCode, todayInVietnam());
  if (to?.level !== 'commune' || !inScope(scope, { provinceCode: to.provinceCode, communeCode: to.code })) {
    throw new AppError('VALIDATION', {
      vi: `Xã/phường mã ${toCode} không tồn tại hoặc ngoài phạm vi của bạn`,
      en: `Commune ${toCode} does not exist or lies outside your scope`,
      details: [{ field: 'toCommuneCode', message: 'không hợp lệ', messageEn: 'invalid' }],
    });
  }
  const personId = input.body.personId;
  return deps.db.transaction(async (tx) => {
    const p = await selectPersonForUpdate(tx, personId);
    if (!p) throw personNotFound();
    if (p.communeCode === to.code) {
      throw new AppError('VALIDATION', {
        vi: `Số định danh cá nhân ${personId} đã thuộc ${to.name}`,
        en: `Personal ID ${personId} is already registered in ${to.name}`,
        details: [{ field: 'personId', message: 'đã thuộc xã nhận', messageEn: 'already in that commune' }],
      });
    }
    const pending = await selectPendingTransfer(tx, personId, to.code);
    const row =
      pending ??
      (await insertTransfer(tx, {
        personId,
        fromProvinceCode: p.provinceCode,
        fromCommuneCode: p.communeCode,
        toProvinceCode: to.provinceCode,
        toCommuneCode: to.code,
        status: 'pending',
        note: input.body.note?.trim() || null,
        requestedBy: actor.id,
        requestedByName: actor.username,
      }));
    if (!row) throw new AppError('CONFLICT');
    if (!pending) {
      await writeAudits(tx, input.ctx, [
        {
          action: 'transfer_request',
          entityType: 'person_transfer',
          entityId: row.id,
          unitCode: row.toCommuneCode,
          provinceCode: row.toProvinceCode,
          after: { personId, toCommuneCode: row.toCommuneCode, note: row.note },
        },
        {
          action: 'transfer_request',
          entityType: 'person_transfer',
          entityId: row.id,
          unitCode: row.fromCommuneCode,
          provinceCode: row.fromProvinceCode,
          after: { personId, toCommuneCode: row.toCommuneCode, note: row.note },
        },
      ]);
    }
    const [item] = await presentTransfers(tx, scope, [{ transfer: row, fullName: p.fullName }]);
    return { created: !pending, transfer: item as PersonTransferT };
  });
}

/**
 * The holding unit accepts or refuses. Accepted, the person moves to the requesting commune with their role
 * records (the worker row follows by trigger, so its statistics move; the household registers react through
 * `onPersonMoved`), other open requests for the person close, and the move is audited on both sides.
 */
export async function decideTransfer(
  input: { ctx: RequestContext; id: number; body: PersonTransferDecisionT },
  deps: PeopleDeps,
): Promise<PersonTransferT> {
  const actor = requireActor(input.ctx);
  const scope = assertCanTransfer(actor);
  const t = await visibleTransfer(deps.db, scope, input.id);
  if (!canDecide(scope, t)) {
    throw new AppError('FORBIDDEN', {
      vi: 'Chỉ đơn vị đang quản lý người này mới được chấp nhận hoặc từ chối yêu cầu',
      en: 'Only the unit holding the person decides the request',
    });
  }
  return deps.db.transaction(async (tx) => {
    const p = await selectPersonForUpdate(tx, t.personId);
    if (!p) throw transferNotFound();
    const note = input.body.note?.trim() || null;
    const accept = input.body.decision === 'accept';
    if (accept && (p.communeCode !== t.fromCommuneCode || p.provinceCode !== t.fromProvinceCode)) {
      // The person moved since the request was made (the move closes other requests; this guards a race).
      throw new AppError('CONFLICT');
    }
    const decided = await decideTransferRow(tx, t.id, {
      status: accept ? 'accepted' : 'refused',
      decidedBy: actor.id,
      decidedByName: actor.username,
      note,
    });
    if (!decided) throw new AppError('CONFLICT');
    const sides = [
      { unitCode: t.fromCommuneCode, provinceCode: t.fromProvinceCode },
      { unitCode: t.toCommuneCode, provinceCode: t.toProvinceCode },
    ];
    const entries: AuditEntryInput[] = sides.map((side) => ({
      action: accept ? 'transfer_accept' : 'transfer_refuse',
      entityType: 'person_transfer',
      entityId: t.id,
      ...side,
      after: { personId: t.personId, status: decided.status, note },
    }));
    if (accept) {
      const from = { provinceCode: p.provinceCode, communeCode: p.communeCode };
      const to = { provinceCode: t.toProvinceCode, communeCode: t.toCommuneCode };
      const moved = await updatePersonUnit(tx, p.personId, to);
      await cancelOtherPending(tx, p.personId, t.id, actor.username);
      for (const handler of deps.onPersonMoved ?? []) await handler(tx, input.ctx, { personId: p.personId, from, to });
      const roles = await selectPersonRoles(tx, p.personId);
      const move = {
        before: { communeCode: from.communeCode, provinceCode: from.provinceCode, version: p.version },
        after: { communeCode: to.communeCode, provinceCode: to.provinceCode, version: moved.version },
        note: `chuyển theo yêu cầu #${t.id}`,
      };
      // The record's history shows the move, in both units' change logs.
      for (const side of sides) {
        entries.push({ action: 'transfer', entityType: 'person', entityId: p.personId, ...side, ...move });
        if (roles.includes('worker')) {
          entries.push({ action: 'transfer', entityType: 'worker', entityId: p.personId, ...side, ...move });
        }
      }
    }
    await writeAudits(tx, input.ctx, entries);
    const [item] = await presentTransfers(tx, scope, [{ transfer: decided, fullName: p.fullName }]);
    return item as PersonTransferT;
  });
}

/** The requester withdraws a pending request. */
export async function cancelTransfer(input: { ctx: RequestContext; id: number }, deps: PeopleDeps) {
  const actor = requireActor(input.ctx);
  const scope = assertCanTransfer(actor);
  const t = await visibleTransfer(deps.db, scope, input.id);
  if (!isRequester(scope, t)) throw new AppError('FORBIDDEN');
  return deps.db.transaction(async (tx) => {
    const row = await decideTransferRow(tx, t.id, {
      status: 'cancelled',
      decidedBy: actor.id,
      decidedByName: actor.username,
      note: null,
    });
    if (!row) throw new AppError('CONFLICT');
    await writeAudits(tx, input.ctx, [
      {
        action: 'transfer_cancel',
        entityType: 'person_transfer',
        entityId: t.id,
        unitCode: t.toCommuneCode,
        provinceCode: t.toProvinceCode,
      },
    ]);
    const [item] = await presentTransfers(tx, scope, [{ transfer: row, fullName: '' }]);
    return item as PersonTransferT;
  });
}
