import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { referenceDataset } from '../../db/schema/index.ts';
import type { Db } from './db/index.ts';

export const DATA_DIR = new URL('../../data/', import.meta.url).pathname;

export type CsvRow = Record<string, string | null>;

/** Reads one reference CSV from server/data with its checksum; empty cells become null, text becomes NFC. */
export function readDataCsv(relativePath: string): { rows: CsvRow[]; checksum: string } {
  const text = readFileSync(`${DATA_DIR}${relativePath}`, 'utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  return {
    checksum: createHash('sha256').update(text).digest('hex'),
    rows: rows.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : v.normalize('NFC')])),
    ),
  };
}

/**
 * Loads a reference table from data files, in one transaction, only when the files changed since the last load
 * (checksum kept in reference_dataset). Records point to reference rows by code, never by id, so a reload is safe.
 */
export async function loadDataset<T extends Record<string, unknown>>(
  db: Db,
  opts: { name: string; files: string[]; table: PgTable; toRow: (row: CsvRow, file: string) => T },
): Promise<{ loaded: boolean; rows: number }> {
  const parsed = opts.files.map((file) => ({ file, ...readDataCsv(file) }));
  const checksum = createHash('sha256')
    .update(parsed.map((p) => p.checksum).join(','))
    .digest('hex');
  const [current] = await db.select().from(referenceDataset).where(eq(referenceDataset.name, opts.name));
  if (current?.checksum === checksum) return { loaded: false, rows: current.rowCount };
  const rows = parsed.flatMap((p) => p.rows.map((r) => opts.toRow(r, p.file)));
  await db.transaction(async (tx) => {
    await tx.delete(opts.table);
    for (let i = 0; i < rows.length; i += 1000) await tx.insert(opts.table).values(rows.slice(i, i + 1000));
    await tx
      .insert(referenceDataset)
      .values({ name: opts.name, checksum, rowCount: rows.length })
      .onConflictDoUpdate({
        target: referenceDataset.name,
        set: { checksum, rowCount: rows.length, loadedAt: sql`now()` },
      });
  });
  return { loaded: true, rows: rows.length };
}
