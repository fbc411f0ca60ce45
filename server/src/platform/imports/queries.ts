import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { workerImportError as importErrorTable, workerImport as importTable } from '../../../db/schema/index.ts';
import type { Scope } from '../auth/actor.ts';
import { scopeWhere } from '../auth/scope-sql.ts';
import type { DbOrTx } from '../db/index.ts';

/** An uploaded file and its run (the `worker_import` table, shared by every kind of import). */
export type ImportRecord = typeof importTable.$inferSelect;

export type ImportProgress = Pick<
  ImportRecord,
  'rowsDone' | 'inserted' | 'updated' | 'unchanged' | 'failed' | 'flagged' | 'repeated'
>;

export interface ImportErrorRow {
  rowNumber: number;
  reasons: string;
  raw: unknown;
  /** Reported, not refused (an exact repeat of an earlier row). */
  notice?: boolean;
}

export async function insertImport(db: DbOrTx, value: typeof importTable.$inferInsert): Promise<ImportRecord> {
  const [row] = await db.insert(importTable).values(value).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** One import of `kind`; an import of another kind is answered as one that does not exist. */
export async function selectImport(db: DbOrTx, id: number, kind?: string): Promise<ImportRecord | undefined> {
  const [row] = await db
    .select()
    .from(importTable)
    .where(and(eq(importTable.id, id), kind ? eq(importTable.kind, kind) : undefined));
  return row;
}

export async function selectImports(db: DbOrTx, scope: Scope, kind: string, limit = 50): Promise<ImportRecord[]> {
  const where = scopeWhere(scope, { province: importTable.provinceCode, commune: importTable.communeCode });
  return db
    .select()
    .from(importTable)
    .where(and(eq(importTable.kind, kind), where))
    .orderBy(desc(importTable.id))
    .limit(limit);
}

/** Deletes an import that was uploaded and never run; false when it has started meanwhile (or is gone). */
export async function deleteUploadedImport(db: DbOrTx, id: number): Promise<boolean> {
  const rows = await db
    .delete(importTable)
    .where(and(eq(importTable.id, id), eq(importTable.status, 'uploaded')))
    .returning({ id: importTable.id });
  return rows.length > 0;
}

export async function updateImport(db: DbOrTx, id: number, patch: Partial<typeof importTable.$inferInsert>) {
  await db.update(importTable).set(patch).where(eq(importTable.id, id));
}

/** Imports of `kind` left queued or running (by this or another process). */
export async function selectUnfinishedImportIds(db: DbOrTx, kind?: string): Promise<number[]> {
  const rows = await db
    .select({ id: importTable.id })
    .from(importTable)
    .where(and(sql`${importTable.status} IN ('queued', 'running')`, kind ? eq(importTable.kind, kind) : undefined));
  return rows.map((r) => r.id);
}

/**
 * Marks these imports interrupted if they are still queued or running: those whose process is gone. Only the
 * imports named — an import queued or started meanwhile by a live process is never touched.
 */
export async function markImportsInterrupted(db: DbOrTx, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(importTable)
    .set({ status: 'interrupted', errorMessage: 'Tiến trình nhập bị dừng giữa chừng; có thể chạy lại để hoàn tất' })
    .where(and(sql`${importTable.status} IN ('queued', 'running')`, inArray(importTable.id, ids)))
    .returning({ id: importTable.id });
  return rows.length;
}

export async function insertImportErrors(
  db: DbOrTx,
  rows: { importId: number; rowNumber: number; reasons: string; raw: unknown; notice?: boolean }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(importErrorTable).values(rows).onConflictDoNothing();
}

/**
 * Adds a landed batch to an import's counters (its checkpoint), in the batch's transaction: `rowsRead` rows read,
 * with how many were inserted, updated and refused (the refused rows' reasons recorded beside).
 */
export async function addImportProgress(
  db: DbOrTx,
  id: number,
  delta: { rowsRead: number; inserted: number; updated: number; unchanged: number; failed: number; repeated: number },
): Promise<ImportProgress> {
  const [row] = await db
    .update(importTable)
    .set({
      rowsDone: sql`${importTable.rowsDone} + ${delta.rowsRead}`,
      inserted: sql`${importTable.inserted} + ${delta.inserted}`,
      updated: sql`${importTable.updated} + ${delta.updated}`,
      unchanged: sql`${importTable.unchanged} + ${delta.unchanged}`,
      failed: sql`${importTable.failed} + ${delta.failed}`,
      repeated: sql`${importTable.repeated} + ${delta.repeated}`,
    })
    .where(eq(importTable.id, id))
    .returning({
      rowsDone: importTable.rowsDone,
      inserted: importTable.inserted,
      updated: importTable.updated,
      unchanged: importTable.unchanged,
      failed: importTable.failed,
      flagged: importTable.flagged,
      repeated: importTable.repeated,
    });
  if (!row) throw new Error(`import ${id} vanished`);
  return row;
}

export async function* streamImportErrors(db: DbOrTx, importId: number, size = 5000) {
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(importErrorTable)
      .where(and(eq(importErrorTable.importId, importId), sql`${importErrorTable.rowNumber} > ${after}`))
      .orderBy(asc(importErrorTable.rowNumber))
      .limit(size);
    if (rows.length === 0) return;
    yield rows;
    after = (rows[rows.length - 1] as { rowNumber: number }).rowNumber;
  }
}

/** Every import's stored file with what decides whether it may be deleted (retention sweep). */
export async function selectImportFiles(db: DbOrTx) {
  return db
    .select({
      id: importTable.id,
      kind: importTable.kind,
      storedPath: importTable.storedPath,
      status: importTable.status,
      createdAt: importTable.createdAt,
      finishedAt: importTable.finishedAt,
    })
    .from(importTable);
}

/** Imports (of every kind) of a scope still waiting on someone: uploaded but never run, or interrupted by a stop (home page). */
export async function countPendingImports(db: DbOrTx, scope: Scope) {
  const [row] = await db
    .select({
      uploaded: sql<number>`(count(*) FILTER (WHERE ${importTable.status} = 'uploaded'))::int`,
      interrupted: sql<number>`(count(*) FILTER (WHERE ${importTable.status} = 'interrupted'))::int`,
    })
    .from(importTable)
    .where(
      and(
        scopeWhere(scope, { province: importTable.provinceCode, commune: importTable.communeCode }),
        sql`${importTable.status} IN ('uploaded', 'interrupted')`,
      ),
    );
  return { uploaded: row?.uploaded ?? 0, interrupted: row?.interrupted ?? 0 };
}
