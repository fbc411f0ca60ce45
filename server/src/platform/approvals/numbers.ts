import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/index.ts';

/**
 * Registers of numbers kept per issuer and year: decisions ("125/QĐ-SNV": number, then the type abbreviation QĐ and
 * the issuer's abbreviation, NĐ 30/2020/NĐ-CP Phụ lục I, mục II.3; numbering restarts every year, Art. 15) and the
 * one-stop desk's receipts. The counter row is incremented inside the caller's transaction and stays locked until
 * it commits: a concurrent transaction waits, and a rolled-back one gives its number back, so numbers have neither
 * gaps nor duplicates.
 */
export async function takeDecisionNumber(tx: DbOrTx, issuerCode: string, year: number): Promise<number> {
  const result = await tx.execute<{ n: number }>(sql`
    INSERT INTO decision_counter (issuer_code, year, last_number) VALUES (${issuerCode}, ${year}, 1)
    ON CONFLICT (issuer_code, year) DO UPDATE SET last_number = decision_counter.last_number + 1
    RETURNING last_number AS n`);
  return Number(result.rows[0]?.n);
}

export async function takeReceiptNumber(tx: DbOrTx, provinceCode: string, year: number): Promise<number> {
  const result = await tx.execute<{ n: number }>(sql`
    INSERT INTO receipt_counter (province_code, year, last_number) VALUES (${provinceCode}, ${year}, 1)
    ON CONFLICT (province_code, year) DO UPDATE SET last_number = receipt_counter.last_number + 1
    RETURNING last_number AS n`);
  return Number(result.rows[0]?.n);
}

/** "125/QĐ-SNV"; numbers under 10 take a leading zero ("05/QĐ-SNV", NĐ 30/2020/NĐ-CP Phụ lục I). */
export const decisionNumber = (number: number, symbol: string) => `${String(number).padStart(2, '0')}/${symbol}`;
/** "000125/2026": the receipt's number in the desk's register of the year. */
export const receiptNumber = (number: number, year: number) => `${String(number).padStart(6, '0')}/${year}`;
