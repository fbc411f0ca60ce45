import {
  type CreateInstitutionBodyT,
  INSTITUTION_FIELDS,
  type InstitutionListQueryT,
  type InstitutionOptionsQueryT,
  type InstitutionT,
  REGISTERED_ELSEWHERE,
  type UpdateInstitutionBodyT,
} from '@lmis/contracts';
import { writeAudit } from '../../platform/audit.ts';
import { type Actor, type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { searchText, todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { cleanText } from '../../platform/imports/index.ts';
import { pageBody } from '../../platform/paging.ts';
import { authorize, authorizeUnit, can, listScope } from '../../platform/policy/index.ts';
import { type FieldIssue, invalid, issue } from '../../platform/validation.ts';
import { findUnit, findUnitNames } from '../geo/index.ts';
import { findCatalogue } from '../reference/index.ts';
import { institutionResource } from './institutions.policy.ts';
import {
  type InstitutionRecord,
  type InstitutionValues,
  insertInstitution,
  selectInstitutionByCode,
  selectInstitutionById,
  selectInstitutionOptions,
  selectInstitutions,
  updateInstitutionVersioned,
} from './institutions.queries.ts';

export interface InstitutionsDeps {
  db: Db;
}

const labelOf = (key: string) => INSTITUTION_FIELDS.find((f) => f.key === key)?.label.vi ?? key;

const auditView = (i: InstitutionRecord) => ({
  code: i.code,
  name: i.name,
  typeCode: i.typeCode,
  ownershipCode: i.ownershipCode,
  licenceNumber: i.licenceNumber,
  licenceDate: i.licenceDate,
  address: i.address,
  communeCode: i.communeCode,
  contactName: i.contactName,
  phone: i.phone,
  email: i.email,
  version: i.version,
});

async function present(db: DbOrTx, rows: InstitutionRecord[]): Promise<InstitutionT[]> {
  const today = todayInVietnam();
  const names = await findUnitNames(
    db,
    rows.map((r) => r.communeCode),
    today,
  );
  const types = new Map((await findCatalogue(db, 'institution-types', today)).map((c) => [c.code, c.nameVi]));
  const owners = new Map((await findCatalogue(db, 'institution-ownership', today)).map((c) => [c.code, c.nameVi]));
  return rows.map((i) => ({
    id: i.id,
    code: i.code,
    name: i.name,
    typeCode: i.typeCode,
    ownershipCode: i.ownershipCode,
    licenceNumber: i.licenceNumber,
    licenceDate: i.licenceDate,
    address: i.address,
    communeCode: i.communeCode,
    contactName: i.contactName,
    phone: i.phone,
    email: i.email,
    provinceCode: i.provinceCode,
    communeName: names.get(i.communeCode) ?? null,
    typeName: types.get(i.typeCode) ?? null,
    ownershipName: owners.get(i.ownershipCode) ?? null,
    version: i.version,
  }));
}

/** Checks the fields against today's units and the catalogues (Luật GDNN 74/2014/QH13 Art. 5). */
async function readInstitution(
  db: DbOrTx,
  body: CreateInstitutionBodyT,
  today: string,
): Promise<{ provinceCode: string; value: InstitutionValues }> {
  const issues: FieldIssue[] = [];
  const unit = await findUnit(db, body.communeCode, today);
  if (unit?.level !== 'commune') {
    issues.push(
      issue(
        'communeCode',
        `mã xã ${body.communeCode} không tồn tại (theo danh mục hiện hành)`,
        'no such commune today',
      ),
    );
  }
  const inCatalogue = async (field: 'typeCode' | 'ownershipCode', catalogue: string) => {
    const codes = new Set((await findCatalogue(db, catalogue, today)).map((c) => c.code));
    if (!codes.has(body[field]))
      issues.push(issue(field, `"${body[field]}" không có trong danh mục`, 'not in the catalogue'));
  };
  await inCatalogue('typeCode', 'institution-types');
  await inCatalogue('ownershipCode', 'institution-ownership');
  if (body.licenceDate && body.licenceDate > today) {
    issues.push(issue('licenceDate', 'không được sau ngày hôm nay', 'must not be in the future'));
  }
  const name = cleanText(body.name);
  if (!name) issues.push(issue('name', 'bắt buộc nhập', 'required'));
  if (issues.length > 0 || !unit || !name) throw invalid(issues, labelOf);
  return {
    provinceCode: unit.provinceCode,
    value: {
      code: body.code.trim(),
      name,
      typeCode: body.typeCode,
      ownershipCode: body.ownershipCode,
      licenceNumber: cleanText(body.licenceNumber),
      licenceDate: body.licenceDate ?? null,
      address: cleanText(body.address),
      provinceCode: unit.provinceCode,
      communeCode: body.communeCode,
      contactName: cleanText(body.contactName),
      phone: cleanText(body.phone),
      email: cleanText(body.email),
    },
  };
}

/** A code already used: the institution named to whoever may see it, the neutral words otherwise. */
function duplicateCode(actor: Actor, existing: InstitutionRecord): AppError {
  const words = can(actor, 'read', institutionResource, existing)
    ? { vi: `đã được dùng: ${existing.name}`, en: `is already used: ${existing.name}` }
    : REGISTERED_ELSEWHERE;
  return new AppError('DUPLICATE', {
    vi: `Mã cơ sở ${existing.code} ${words.vi}`,
    en: `Institution code ${existing.code} ${words.en}`,
    details: [{ field: 'code', message: words.vi, messageEn: words.en }],
  });
}

export async function listInstitutions(input: { ctx: RequestContext } & InstitutionListQueryT, deps: InstitutionsDeps) {
  const scope = listScope(requireActor(input.ctx), 'read', institutionResource);
  const q = input.q ? searchText(input.q) : undefined;
  const { rows, count, ...cursors } = await selectInstitutions(deps.db, {
    scope,
    q: q || undefined,
    page: input.page,
    pageSize: input.pageSize,
    cursor: input.cursor,
  });
  return {
    items: await present(
      deps.db,
      rows.map((r) => r.institution),
    ),
    ...pageBody(input, count, cursors),
  };
}

async function load(db: DbOrTx, actor: Actor, id: number, action: 'read' | 'manage') {
  authorize(actor, action, institutionResource);
  const i = await selectInstitutionById(db, id);
  if (!i) throw institutionResource.notFound();
  authorize(actor, action, institutionResource, i);
  return i;
}

export async function getInstitution(input: { ctx: RequestContext; id: number }, deps: InstitutionsDeps) {
  const i = await load(deps.db, requireActor(input.ctx), input.id, 'read');
  return (await present(deps.db, [i]))[0] as InstitutionT;
}

export async function createInstitution(
  input: { ctx: RequestContext; body: CreateInstitutionBodyT },
  deps: InstitutionsDeps,
): Promise<InstitutionT> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'manage', institutionResource);
  const { value } = await readInstitution(deps.db, input.body, todayInVietnam());
  authorizeUnit(actor, 'manage', institutionResource, value);
  return deps.db.transaction(async (tx) => {
    const i = await insertInstitution(tx, value);
    if (!i) {
      const existing = await selectInstitutionByCode(tx, value.code);
      throw existing ? duplicateCode(actor, existing) : new AppError('CONFLICT');
    }
    await writeAudit(tx, input.ctx, {
      action: 'create',
      entityType: 'institution',
      entityId: i.id,
      unitCode: i.communeCode,
      provinceCode: i.provinceCode,
      after: auditView(i),
    });
    return (await present(tx, [i]))[0] as InstitutionT;
  });
}

export async function updateInstitution(
  input: { ctx: RequestContext; id: number; body: UpdateInstitutionBodyT },
  deps: InstitutionsDeps,
): Promise<InstitutionT> {
  const actor = requireActor(input.ctx);
  const before = await load(deps.db, actor, input.id, 'manage');
  const { version, ...body } = input.body;
  const { value } = await readInstitution(deps.db, body, todayInVietnam());
  authorizeUnit(actor, 'manage', institutionResource, value);
  return deps.db.transaction(async (tx) => {
    if (value.code !== before.code) {
      const existing = await selectInstitutionByCode(tx, value.code);
      if (existing) throw duplicateCode(actor, existing);
    }
    const after = await updateInstitutionVersioned(tx, before.id, version, value);
    if (!after) throw new AppError('CONFLICT');
    await writeAudit(tx, input.ctx, {
      action: 'update',
      entityType: 'institution',
      entityId: after.id,
      unitCode: after.communeCode,
      provinceCode: after.provinceCode,
      before: auditView(before),
      after: auditView(after),
    });
    return (await present(tx, [after]))[0] as InstitutionT;
  });
}

/** The plan's picker: name, code and commune of institutions anywhere (institutions.policy.ts, `pick`). */
export async function institutionOptions(
  input: { ctx: RequestContext } & InstitutionOptionsQueryT,
  deps: InstitutionsDeps,
) {
  authorize(requireActor(input.ctx), 'pick', institutionResource);
  const q = input.q ? searchText(input.q) : undefined;
  const rows = await selectInstitutionOptions(deps.db, { q: q || undefined, id: input.id, limit: input.limit });
  const names = await findUnitNames(
    deps.db,
    rows.map((r) => r.communeCode),
    todayInVietnam(),
  );
  return { items: rows.map((r) => ({ ...r, communeName: names.get(r.communeCode) ?? null })) };
}
