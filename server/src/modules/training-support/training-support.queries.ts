import { and, asc, eq, gte, inArray, lte, ne, notInArray, type SQL } from 'drizzle-orm';
import {
  dossier,
  trainingSupportFunds,
  trainingSupportPayment,
  trainingSupportRate,
  trainingSupportTrainee,
} from '../../../db/schema/index.ts';
import type { DbOrTx } from '../../platform/db/index.ts';
import type { TrainingRate } from './rules.ts';

export type TraineeRow = typeof trainingSupportTrainee.$inferSelect;
export type FundsRow = typeof trainingSupportFunds.$inferSelect;
export type PaymentRow = typeof trainingSupportPayment.$inferSelect;

/** Dossiers whose plan no longer stands: their trainees may be in another plan of the same period. */
export const ENDED_STATUSES = ['refused', 'withdrawn', 'cancelled', 'returned'] as const;

export function selectRates(db: DbOrTx): Promise<TrainingRate[]> {
  return db
    .select()
    .from(trainingSupportRate)
    .orderBy(asc(trainingSupportRate.typeCode), asc(trainingSupportRate.validFrom));
}

/** The periods of these people in other standing dossiers that share a day with [startDate, endDate]. */
export function selectOverlaps(
  db: DbOrTx,
  q: { personIds: string[]; startDate: string; endDate: string; exceptDossierId: number | null },
) {
  if (q.personIds.length === 0) return Promise.resolve([]);
  const where: SQL[] = [
    inArray(trainingSupportTrainee.personId, q.personIds),
    lte(trainingSupportTrainee.startDate, q.endDate),
    gte(trainingSupportTrainee.endDate, q.startDate),
    notInArray(dossier.status, [...ENDED_STATUSES]),
  ];
  if (q.exceptDossierId !== null) where.push(ne(dossier.id, q.exceptDossierId));
  return db
    .select({
      personId: trainingSupportTrainee.personId,
      startDate: trainingSupportTrainee.startDate,
      endDate: trainingSupportTrainee.endDate,
      dossierId: dossier.id,
      provinceCode: dossier.provinceCode,
      communeCode: dossier.communeCode,
      createdBy: dossier.createdBy,
      employerId: dossier.employerId,
    })
    .from(trainingSupportTrainee)
    .innerJoin(dossier, eq(dossier.id, trainingSupportTrainee.dossierId))
    .where(and(...where))
    .orderBy(asc(trainingSupportTrainee.personId), asc(dossier.id));
}

export function selectTrainees(db: DbOrTx, dossierId: number): Promise<TraineeRow[]> {
  return db
    .select()
    .from(trainingSupportTrainee)
    .where(eq(trainingSupportTrainee.dossierId, dossierId))
    .orderBy(asc(trainingSupportTrainee.id));
}

export async function replaceTrainees(
  db: DbOrTx,
  dossierId: number,
  rows: (typeof trainingSupportTrainee.$inferInsert)[],
) {
  await db.delete(trainingSupportTrainee).where(eq(trainingSupportTrainee.dossierId, dossierId));
  for (let i = 0; i < rows.length; i += 1000) await db.insert(trainingSupportTrainee).values(rows.slice(i, i + 1000));
}

export async function updateTrainee(db: DbOrTx, id: number, set: Partial<typeof trainingSupportTrainee.$inferInsert>) {
  await db.update(trainingSupportTrainee).set(set).where(eq(trainingSupportTrainee.id, id));
}

export async function selectFunds(db: DbOrTx, dossierId: number): Promise<FundsRow | undefined> {
  const [row] = await db.select().from(trainingSupportFunds).where(eq(trainingSupportFunds.dossierId, dossierId));
  return row;
}

export async function upsertFunds(db: DbOrTx, row: typeof trainingSupportFunds.$inferInsert) {
  const { dossierId: _id, ...set } = row;
  await db.insert(trainingSupportFunds).values(row).onConflictDoUpdate({ target: trainingSupportFunds.dossierId, set });
}

export async function updateFunds(
  db: DbOrTx,
  dossierId: number,
  set: Partial<typeof trainingSupportFunds.$inferInsert>,
) {
  await db.update(trainingSupportFunds).set(set).where(eq(trainingSupportFunds.dossierId, dossierId));
}

export function selectPayments(db: DbOrTx, dossierId: number): Promise<PaymentRow[]> {
  return db
    .select()
    .from(trainingSupportPayment)
    .where(eq(trainingSupportPayment.dossierId, dossierId))
    .orderBy(asc(trainingSupportPayment.paidOn), asc(trainingSupportPayment.id));
}

export async function insertPayment(db: DbOrTx, row: typeof trainingSupportPayment.$inferInsert): Promise<PaymentRow> {
  const [created] = await db.insert(trainingSupportPayment).values(row).returning();
  return created as PaymentRow;
}
