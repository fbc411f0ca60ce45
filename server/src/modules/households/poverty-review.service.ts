import type { PovertyClass, PovertyReviewT, PutReviewBodyT } from '@lmis/contracts';
import { writeAudit, writeAudits } from '../../platform/audit.ts';
import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { authorize } from '../../platform/policy/index.ts';
import { findCatalogue } from '../reference/index.ts';
import { dmy, type FieldIssue, invalid, isRealDate, issue } from './household-input.ts';
import { povertyReviewResource } from './households.policy.ts';
import {
  type HouseholdRecord,
  insertReview,
  insertReviews,
  type ReviewRecord,
  type StandardRecord,
  selectHouseholdById,
  selectHouseholdForUpdate,
  selectPovertyStandards,
  selectReview,
  selectReviewsOfYear,
  updateReviewVersioned,
} from './households.queries.ts';
import { classifyHousehold, pickStandard, previousForTransition, transition } from './poverty-rules.ts';

export interface PovertyReviewDeps {
  db: Db;
}

export const DEPRIVATION_CATALOGUE = 'poverty-deprivation-indicators';

export function presentReview(r: ReviewRecord, standards: StandardRecord[]): PovertyReviewT {
  const s = standards.find((x) => x.id === r.standardId);
  return {
    id: r.id,
    householdId: r.householdId,
    reviewYear: r.reviewYear,
    reviewedOn: r.reviewedOn,
    areaType: r.areaType,
    memberCount: r.memberCount,
    incomePerCapitaVnd: r.incomePerCapitaVnd,
    deprivations: r.deprivations,
    standard: {
      id: r.standardId,
      incomeThresholdVnd: s?.incomeThresholdVnd ?? 0,
      deprivationThreshold: s?.deprivationThreshold ?? 0,
      validFrom: s?.validFrom ?? '',
      validTo: s?.validTo ?? null,
    },
    computedClass: r.computedClass,
    overrideClass: r.overrideClass,
    overrideReason: r.overrideReason,
    finalClass: r.finalClass,
    previousClass: r.previousClass,
    transition: r.transition,
    version: r.version,
  };
}

/** What the audit log keeps of a review; its household's key lets the change log link the entry to the household. */
const auditView = (r: ReviewRecord) => ({
  householdId: r.householdId,
  reviewYear: r.reviewYear,
  reviewedOn: r.reviewedOn,
  areaType: r.areaType,
  memberCount: r.memberCount,
  incomePerCapitaVnd: r.incomePerCapitaVnd,
  deprivations: r.deprivations,
  standardId: r.standardId,
  computedClass: r.computedClass,
  overrideClass: r.overrideClass,
  overrideReason: r.overrideReason,
  finalClass: r.finalClass,
  previousClass: r.previousClass,
  transition: r.transition,
  version: r.version,
});

/**
 * The review date decides the standard, so it must lie in the review year (periodic review 01/09–14/12,
 * QĐ 24/2021/QĐ-TTg Art. 3). It defaults to today only for a review of the current year.
 */
function resolveReviewedOn(year: number, given: string | undefined, today: string): string {
  const issues: FieldIssue[] = [];
  if (given === undefined) {
    if (Number(today.slice(0, 4)) === year) return today;
    throw invalid([
      issue('reviewedOn', `bắt buộc nhập khi rà soát cho năm ${year}`, `required for a review of ${year}`),
    ]);
  }
  if (!isRealDate(given)) issues.push(issue('reviewedOn', 'ngày không tồn tại', 'no such date'));
  else if (Number(given.slice(0, 4)) !== year) {
    issues.push(issue('reviewedOn', `phải là một ngày của năm rà soát ${year}`, `must fall in ${year}`));
  } else if (given > today) {
    // A review records what was found on a visit that has happened.
    issues.push(issue('reviewedOn', 'không được sau ngày hôm nay', 'cannot be after today'));
  }
  if (issues.length > 0) throw invalid(issues);
  return given;
}

function checkOverride(body: PutReviewBodyT): FieldIssue[] {
  const reason = body.overrideReason?.trim();
  if (body.overrideClass && !reason) {
    return [
      issue(
        'overrideReason',
        'bắt buộc nhập lý do khi điều chỉnh kết quả phân loại',
        'a reason is required to override the class',
      ),
    ];
  }
  if (!body.overrideClass && reason) {
    return [
      issue(
        'overrideReason',
        'chỉ nhập lý do khi có điều chỉnh kết quả phân loại (overrideClass)',
        'a reason goes with an override class only',
      ),
    ];
  }
  return [];
}

/** Indicator codes must be items (not the six service groups) of the catalogue in force on the review date. */
async function checkDeprivations(db: DbOrTx, codes: string[], reviewedOn: string): Promise<FieldIssue[]> {
  if (codes.length === 0) return [];
  const items = await findCatalogue(db, DEPRIVATION_CATALOGUE, reviewedOn);
  const known = new Set(items.filter((i) => i.parentCode !== null).map((i) => i.code));
  return codes.flatMap((code, i) =>
    known.has(code)
      ? []
      : [
          issue(
            `deprivations.${i}`,
            `chỉ số thiếu hụt "${code}" không có trong danh mục áp dụng ngày ${dmy(reviewedOn)}`,
            `indicator ${code} is not in the catalogue in force on ${reviewedOn}`,
          ),
        ],
  );
}

/**
 * Records (or corrects) a household's review of one year: classifies it with the standard in force on the review
 * date, applies a reasoned override, derives the change since the year before, and carries the new class into
 * the next year's review when that one already exists.
 */
export async function putReview(
  input: { ctx: RequestContext; householdId: number; year: number; body: PutReviewBodyT },
  deps: PovertyReviewDeps,
): Promise<{ review: PovertyReviewT; created: boolean }> {
  const actor = requireActor(input.ctx);
  authorize(actor, 'write', povertyReviewResource);
  const found = await selectHouseholdById(deps.db, input.householdId);
  if (!found) throw povertyReviewResource.notFound();
  authorize(actor, 'write', povertyReviewResource, found);
  const { body, year } = input;
  const today = todayInVietnam();
  const reviewedOn = resolveReviewedOn(year, body.reviewedOn, today);
  const issues = [...checkOverride(body), ...(await checkDeprivations(deps.db, body.deprivations, reviewedOn))];
  if (found.dissolvedOn && found.dissolvedOn < reviewedOn) {
    issues.push(
      issue('reviewedOn', `hộ đã giải thể từ ngày ${dmy(found.dissolvedOn)}`, 'the household was dissolved before'),
    );
  }
  if (issues.length > 0) throw invalid(issues);
  const standards = await selectPovertyStandards(deps.db);

  return deps.db.transaction(async (tx) => {
    const h = await selectHouseholdForUpdate(tx, input.householdId);
    if (!h) throw povertyReviewResource.notFound();
    const standard = pickStandard(standards, h.areaType, reviewedOn);
    const computedClass = classifyHousehold(
      { incomePerCapitaVnd: body.incomePerCapitaVnd, deprivationCount: body.deprivations.length },
      standard,
    );
    const overrideClass = body.overrideClass ?? null;
    const finalClass: PovertyClass = overrideClass ?? computedClass;
    const previousClass = ((await selectReview(tx, h.id, year - 1))?.finalClass ?? null) as PovertyClass | null;
    const values = {
      provinceCode: h.provinceCode,
      communeCode: h.communeCode,
      areaType: h.areaType,
      memberCount: body.memberCount,
      incomePerCapitaVnd: body.incomePerCapitaVnd,
      deprivations: [...body.deprivations].sort(),
      standardId: standard.id,
      computedClass,
      overrideClass,
      overrideReason: overrideClass ? (body.overrideReason?.trim() ?? null) : null,
      finalClass,
      previousClass,
      transition: transition(previousForTransition(previousClass, h.registeredOn, year), finalClass),
      reviewedOn,
    };

    const existing = await selectReview(tx, h.id, year);
    let saved: ReviewRecord | undefined;
    if (existing) {
      if (body.version === undefined) {
        throw new AppError('CONFLICT', {
          vi: `Hộ đã có kết quả rà soát năm ${year}; tải lại và gửi kèm phiên bản (version) để sửa`,
          en: `The ${year} review exists; send its version to change it`,
        });
      }
      saved = await updateReviewVersioned(tx, existing.id, body.version, values);
    } else if (body.version === undefined) {
      saved = await insertReview(tx, { householdId: h.id, reviewYear: year, ...values });
    }
    if (!saved) throw new AppError('CONFLICT');
    await writeAudit(tx, input.ctx, {
      action: existing ? 'update' : 'create',
      entityType: 'poverty_review',
      entityId: saved.id,
      unitCode: h.communeCode,
      provinceCode: h.provinceCode,
      before: existing ? auditView(existing) : null,
      after: auditView(saved),
    });

    const next = await selectReview(tx, h.id, year + 1);
    if (next) {
      const nextTransition = transition(finalClass, next.finalClass as PovertyClass);
      if (next.previousClass !== finalClass || next.transition !== nextTransition) {
        const updated = await updateReviewVersioned(tx, next.id, next.version, {
          previousClass: finalClass,
          transition: nextTransition,
        });
        if (!updated) throw new AppError('CONFLICT');
        await writeAudit(tx, input.ctx, {
          action: 'update',
          entityType: 'poverty_review',
          entityId: next.id,
          unitCode: h.communeCode,
          provinceCode: h.provinceCode,
          before: auditView(next),
          after: auditView(updated),
          note: `previous class recomputed after the ${year} review changed`,
        });
      }
    }
    return { review: presentReview(saved, standards), created: !existing };
  });
}

/**
 * Records first reviews of one year for many households at once (a commune's yearly round entered in bulk, the
 * demo seed): the same checks of date and indicators, standard, classification and transition as putReview, no
 * overrides. Households that already have a review of that year are skipped. Runs in the caller's transaction.
 */
export async function recordReviews(
  input: {
    ctx: RequestContext;
    year: number;
    reviewedOn: string;
    reviews: { household: HouseholdRecord; memberCount: number; incomePerCapitaVnd: number; deprivations: string[] }[];
  },
  deps: { db: DbOrTx },
): Promise<ReviewRecord[]> {
  const { year, reviewedOn } = input;
  const issues =
    isRealDate(reviewedOn) && Number(reviewedOn.slice(0, 4)) === year
      ? []
      : [issue('reviewedOn', `phải là một ngày của năm rà soát ${year}`, `must fall in ${year}`)];
  const codes = [...new Set(input.reviews.flatMap((r) => r.deprivations))];
  issues.push(...(await checkDeprivations(deps.db, codes, reviewedOn)));
  if (issues.length > 0) throw invalid(issues);
  const standards = await selectPovertyStandards(deps.db);
  const ids = input.reviews.map((r) => r.household.id);
  const previous = new Map(
    (await selectReviewsOfYear(deps.db, ids, year - 1)).map((r) => [r.householdId, r.finalClass as PovertyClass]),
  );
  const values = input.reviews.map((r) => {
    const h = r.household;
    const standard = pickStandard(standards, h.areaType, reviewedOn);
    const finalClass = classifyHousehold(
      { incomePerCapitaVnd: r.incomePerCapitaVnd, deprivationCount: r.deprivations.length },
      standard,
    );
    const previousClass = previous.get(h.id) ?? null;
    return {
      householdId: h.id,
      reviewYear: year,
      provinceCode: h.provinceCode,
      communeCode: h.communeCode,
      areaType: h.areaType,
      memberCount: r.memberCount,
      incomePerCapitaVnd: r.incomePerCapitaVnd,
      deprivations: [...r.deprivations].sort(),
      standardId: standard.id,
      computedClass: finalClass,
      overrideClass: null,
      overrideReason: null,
      finalClass,
      previousClass,
      transition: transition(previousForTransition(previousClass, h.registeredOn, year), finalClass),
      reviewedOn,
    };
  });
  // Its own transaction (a savepoint inside the caller's): the reviews and their audit land together.
  return deps.db.transaction(async (tx) => {
    const saved = await insertReviews(tx, values);
    await writeAudits(
      tx,
      input.ctx,
      saved.map((r) => ({
        action: 'create',
        entityType: 'poverty_review',
        entityId: r.id,
        unitCode: r.communeCode,
        provinceCode: r.provinceCode,
        after: auditView(r),
      })),
    );
    return saved;
  });
}
