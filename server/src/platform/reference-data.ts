import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { referenceDataset } from '../../db/schema/index.ts';
import type { Db } from './db/index.ts';

export const DATA_DIR = new URL('../../data/', import.meta.url).pathname;

export type CsvRow = Record<string, string | null>;

const readText = (relativePath: string) => readFileSync(`${DATA_DIR}${relativePath}`, 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function parseCsv(text: string): CsvRow[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  return rows.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : v.normalize('NFC')])),
  );
}

/** Reads one reference CSV from server/data with its checksum; empty cells become null, text becomes NFC. */
export function readDataCsv(relativePath: string): { rows: CsvRow[]; checksum: string } {
  const text = readText(relativePath);
  return { checksum: sha256(text), rows: parseCsv(text) };
}

/**
 * Loads a reference table from data files, in one transaction, only when the files changed since the last load
 * (checksum kept in reference_dataset). Records point to reference rows by code, never by id, so a reload is safe.
 */
export async function loadDataset<T extends Record<string, unknown>>(
  db: Db,
  opts: {
    name: string;
    files: string[];
    table: PgTable;
    toRow: (row: CsvRow, file: string) => T;
    /** Files the rows depend on without being rows themselves (dated corrections): part of the checksum. */
    dependsOn?: string[];
    /** Applied to all rows before they are stored (corrections, dated versions ending earlier ones). */
    finish?: (rows: T[]) => Record<string, unknown>[];
  },
): Promise<{ loaded: boolean; rows: number }> {
  // Only the raw text is read at every start; the files are parsed when they changed.
  const texts = opts.files.map((file) => ({ file, text: readText(file) }));
  const extra = (opts.dependsOn ?? []).map((file) => sha256(readText(file)));
  const checksum = sha256([...texts.map((t) => sha256(t.text)), ...extra].join(','));
  const [current] = await db.select().from(referenceDataset).where(eq(referenceDataset.name, opts.name));
  if (current?.checksum === checksum) return { loaded: false, rows: current.rowCount };
  const parsed = texts.flatMap((t) => parseCsv(t.text).map((r) => opts.toRow(r, t.file)));
  const rows: Record<string, unknown>[] = opts.finish ? opts.finish(parsed) : parsed;
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
