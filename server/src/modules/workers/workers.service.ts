import type {
  WorkerInputT,
  WorkerListQueryT,
  WorkerMeasuresT,
  WorkerStatsT,
  WorkerT,
  WorkerUpdateT,
} from '@lmis/contracts';
import { writeAudit } from '../../platform/audit.ts';
import { type Actor, type RequestContext, requireActor, type Scope } from '../../platform/auth/actor.ts';
import { searchText, todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { GenerationCache } from '../../platform/generation-cache.ts';
import { pageBody } from '../../platform/paging.ts';
import { authorize, authorizeUnit, listScope } from '../../platform/policy/index.ts';
import { invalid, issue } from '../../platform/validation.ts';
import { findUnit, findUnitNames } from '../geo/index.ts';
import { checkRegistration, registeredElsewhere } from '../people/index.ts';
import { fieldLabelOf, parseWorker, type WorkerValue } from './worker-input.ts';
import { loadQualificationClasses, loadWorkerReference } from './worker-reference.ts';
import { workerResource } from './workers.policy.ts';
import {
  archiveEarlierRound,
  auditView,
  insertWorker,
  selectRegisterGeneration,
  selectRounds,
  selectWorker,
  selectWorkerStats,
  selectWorkers,
  updateWorkerVersioned,
  type WorkerFilter,
  type WorkerRecord,
} from './workers.queries.ts';

export interface WorkersDeps {
  db: Db;
}

export function presentWorker(w: WorkerRecord, communeName?: string | null): WorkerT {
  // A plain copy with the sort key blanked, not a rest pattern: it copies a row in about 60 % of the time (it runs
  // for every row of every page), and the response schema leaves the blank key out.
  const { createdAt, updatedAt } = w;
  return {
    ...w,
    nameSort: undefined,
    communeName: communeName ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  } as WorkerT;
}

/** What a worker list or statistic is asked for: reading on screen, or exporting. */
type ListAction = 'read' | 'export';

/** Resolves the `unitCode` filter, a unit the actor may look into, into province/commune filters. */
async function unitFilter(db: DbOrTx, actor: Actor, action: ListAction, unitCode: string | undefined) {
  if (!unitCode) return {};
  const unit = await findUnit(db, unitCode, todayInVietnam());
  if (!unit) throw new AppError('VALIDATION', { vi: `Mã đơn vị ${unitCode} không tồn tại`, en: `No unit ${unitCode}` });
  authorizeUnit(actor, action, workerResource, {
    provinceCode: unit.provinceCode,
    communeCode: unitCode.length === 2 ? null : unitCode,
  });
  return unitCode.length === 2
    ? { provinceCode: unitCode }
    : { communeCode: unitCode, provinceCode: unit.provinceCode };
}

/** Age band (15–24 … 65+) as inclusive birth-year bounds for this year (age = year − birth year). */
function ageBandBounds(band: number | undefined): Pick<WorkerFilter, 'bornFrom' | 'bornTo'> {
  if (!band) return {};
  const year = Number(todayInVietnam().slice(0, 4));
  const low = band * 10 + 5; // 15, 25, 35, 45, 55, 65
  const high = band === 6 ? 150 : low + 9;
  return { bornFrom: `${year - high}-01-01`, bornTo: `${year - low}-12-31` };
}

/** The list filter: the records the policy lets the actor see for `action`, narrowed by the query. */
export async function buildWorkerFilter(
  db: DbOrTx,
  opts: { actor: Actor; action: ListAction },
  query: Partial<WorkerListQueryT>,
): Promise<WorkerFilter> {
  return {
    scope: listScope(opts.actor, opts.action, workerResource),
    ...(await unitFilter(db, opts.actor, opts.action, query.unitCode)),
    q: query.q ? searchText(query.q) : undefined,
    employmentStatus: query.employmentStatus,
    qualificationCode: query.qualificationCode,
    sex: query.sex,
    ethnicityCode: query.ethnicityCode,
    need: query.need,
    unitNeedsReview: query.unitNeedsReview,
    ...ageBandBounds(query.ageBand),
  };
}

export async function listWorkers(input: { ctx: RequestContext; query: WorkerListQueryT }, deps: WorkersDeps) {
  const filter = await buildWorkerFilter(deps.db, { actor: requireActor(input.ctx), action: 'read' }, input.query);
  const { rows, count, nextCursor, prevCursor } = await selectWorkers(deps.db, {
    ...filter,
    sort: input.query.sort,
    page: input.query.page,
    pageSize: input.query.pageSize,
    cursor: input.query.cursor,
    exactCount: input.query.count === 'exact',
    namesOn: todayInVietnam(),
  });
  return {
    items: rows.map((r) => presentWorker(r, r.communeName)),
    ...pageBody(input.query, count, { nextCursor, prevCursor }),
  };
}

function communeNames(db: DbOrTx, codes: string[]): Promise<Map<string, string>> {
  return findUnitNames(db, codes, todayInVietnam());
}

export async function getWorker(input: { ctx: RequestContext; personId: string }, deps: WorkersDeps): Promise<WorkerT> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'read', workerResource);
  const worker = await selectWorker(deps.db, input.personId);
  if (!worker) throw workerResource.notFound();
  authorize(actor, 'read', workerResource, worker);
  return presentWorker(worker, (await communeNames(deps.db, [worker.communeCode])).get(worker.communeCode));
}

/** Validates API input with the same rules as an import row; every problem comes back per field. */
async function validate(
  db: DbOrTx,
  opts: { actor: Actor; action: 'create' | 'update' },
  input: WorkerInputT,
): Promise<WorkerValue> {
  const today = todayInVietnam();
  const commune = await findUnit(db, input.communeCode, today);
  if (commune?.level !== 'commune') {
    throw new AppError('VALIDATION', {
      vi: `Xã/phường mã ${input.communeCode} không tồn tại (theo danh mục hiện hành)`,
      en: `No commune ${input.communeCode} today`,
      details: [issue('communeCode', 'không tồn tại', 'no such commune today')],
    });
  }
  authorizeUnit(opts.actor, opts.action, workerResource, {
    provinceCode: commune.provinceCode,
    communeCode: commune.code,
  });
  const ref = await loadWorkerReference(db, {
    provinceCode: commune.provinceCode,
    fixedCommuneCode: commune.code,
    today,
  });
  const roundYear = input.roundYear ?? Number(today.slice(0, 4));
  const { value, issues } = parseWorker({ ...input }, ref, { roundYear, today });
  if (!value) throw invalid(issues, fieldLabelOf);
  return value;
}

/**
 * A personal ID already in the worker register of the scope is a duplicate; one registered (as a worker or any
 * other role) by a unit outside the scope gets the registry's neutral answer, which names no unit and lets the
 * form offer a transfer request.
 */
async function refuseDuplicate(db: DbOrTx, scope: Scope, personId: string): Promise<void> {
  const registration = await checkRegistration(db, scope, personId);
  if (registration.status === 'elsewhere') throw registeredElsewhere(personId);
  if (registration.status === 'in_scope' && (await selectWorker(db, personId))) {
    throw new AppError('DUPLICATE', {
      vi: `Số định danh cá nhân ${personId} đã có trong sổ lao động`,
      en: `Personal ID ${personId} is already in the worker register`,
      details: { personId, transferable: false },
    });
  }
}

export async function createWorker(
  input: { ctx: RequestContext; body: WorkerInputT },
  deps: WorkersDeps,
): Promise<WorkerT> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'create', workerResource);
  const value = await validate(deps.db, { actor, action: 'create' }, input.body);
  await refuseDuplicate(deps.db, listScope(actor, 'create', workerResource), value.personId);
  return deps.db.transaction(async (tx) => {
    const created = await insertWorker(tx, value);
    await writeAudit(tx, input.ctx, {
      action: 'create',
      entityType: 'worker',
      entityId: created.personId,
      unitCode: created.communeCode,
      provinceCode: created.provinceCode,
      after: auditView(created),
    });
    return presentWorker(created);
  });
}

export async function updateWorker(
  input: { ctx: RequestContext; personId: string; body: WorkerUpdateT },
  deps: WorkersDeps,
): Promise<WorkerT> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'update', workerResource);
  const before = await selectWorker(deps.db, input.personId);
  if (!before) throw workerResource.notFound();
  authorize(actor, 'update', workerResource, before);
  const value = await validate(deps.db, { actor, action: 'update' }, input.body);
  if (value.personId !== before.personId) {
    throw new AppError('VALIDATION', {
      vi: 'Không được đổi số định danh cá nhân của một hồ sơ; hãy tạo hồ sơ mới',
      en: 'The personal ID of a record cannot change; create a new record',
      details: [issue('personId', 'không được đổi', 'cannot change')],
    });
  }
  return deps.db.transaction(async (tx) => {
    await archiveEarlierRound(tx, before.personId, value.roundYear);
    const after = await updateWorkerVersioned(tx, before.personId, input.body.version, value);
    if (!after) throw new AppError('CONFLICT');
    await writeAudit(tx, input.ctx, {
      action: 'update',
      entityType: 'worker',
      entityId: after.personId,
      unitCode: after.communeCode,
      provinceCode: after.provinceCode,
      before: auditView(before),
      after: auditView(after),
    });
    return presentWorker(after);
  });
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10000) / 100 : null);

function measures(m: {
  total: number;
  employed: number;
  unemployed: number;
  inactive: number;
  unknownStatus: number;
  trained: number;
  certified: number;
}): WorkerMeasuresT {
  const labourForce = m.employed + m.unemployed;
  return {
    ...m,
    labourForce,
    trainedShare: share(m.trained, labourForce),
    certifiedShare: share(m.certified, labourForce),
    unemploymentRate: share(m.unemployed, labourForce),
  };
}

/**
 * Labour force, employed, unemployed and the trained-labour shares of a unit in a collection round. Labour force
 * = employed + unemployed (GSO labour-force concepts); trained and certified shares are of the labour force, with
 * the qualification levels counted as the qualification-levels catalogue says (trained / certified attributes).
 */
export async function workerStats(
  input: { ctx: RequestContext; unitCode?: string; roundYear?: number },
  deps: WorkersDeps,
): Promise<WorkerStatsT> {
  const actor = requireActor(input.ctx);
  const scope = listScope(actor, 'read', workerResource);
  const unitCode = input.unitCode ?? actor.unitCode ?? undefined;
  // Without a unit: the whole scope (national for an administrator; nothing for an account without a unit).
  const unit = unitCode
    ? await unitFilter(deps.db, actor, 'read', unitCode)
    : scope.kind === 'national'
      ? {}
      : { provinceCode: scope.provinceCode, ...(scope.kind === 'commune' && { communeCode: scope.communeCode }) };
  // The figures of a unit change only when its province's worker_stat rows do: served from the process while the
  // province's generation stands (scope was checked above, per request; the key holds the resolved unit).
  const today = todayInVietnam();
  const key = [unit.provinceCode ?? '', unit.communeCode ?? '', unitCode ?? '', input.roundYear ?? '', today].join('|');
  const generation = await selectRegisterGeneration(deps.db, unit.provinceCode);
  const cache = statsCaches.get(deps.db) ?? new GenerationCache<WorkerStatsT>(2_000);
  statsCaches.set(deps.db, cache);
  const cached = cache.get(key, generation);
  if (cached) return cached;
  const answer = await computeWorkerStats(deps, unit, unitCode, input.roundYear, today);
  cache.set(key, generation, answer);
  return answer;
}

/** One cache per database the process serves. */
const statsCaches = new WeakMap<Db, GenerationCache<WorkerStatsT>>();

async function computeWorkerStats(
  deps: WorkersDeps,
  unit: { provinceCode?: string; communeCode?: string },
  unitCode: string | undefined,
  round: number | undefined,
  today: string,
): Promise<WorkerStatsT> {
  const rounds = await selectRounds(deps.db, unit);
  const roundYear = round ?? rounds[0] ?? Number(today.slice(0, 4));
  const classes = await loadQualificationClasses(deps.db, today);
  const stats = await selectWorkerStats(deps.db, {
    ...unit,
    roundYear,
    trainedCodes: classes.trained,
    certifiedCodes: classes.certified,
  });
  // Every commune by its name, nation-wide too (a list or a statistic never shows a bare unit code).
  const names = await findUnitNames(
    deps.db,
    stats.byCommune.map((r) => r.key),
    today,
  );
  const empty = { total: 0, employed: 0, unemployed: 0, inactive: 0, unknownStatus: 0, trained: 0, certified: 0 };
  return {
    unitCode: unitCode ?? null,
    unitName: unitCode ? ((await findUnit(deps.db, unitCode, today))?.name ?? null) : 'Toàn quốc',
    roundYear,
    rounds,
    totals: measures(stats.totals ?? empty),
    bySex: stats.bySex.map(({ key, ...m }) => ({ key, ...measures(m) })),
    byAgeBand: stats.byAge.filter((r) => r.key > 0).map(({ key, ...m }) => ({ key, ...measures(m) })),
    byCommune: stats.byCommune
      .filter((r) => r.total > 0)
      .map(({ key, ...m }) => ({ key, name: names.get(key) ?? key, ...measures(m) })),
  };
}
