import type { AdminUnitT, CrosswalkLinkT } from '@lmis/contracts';
import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { adminUnit, adminUnitCrosswalk } from '../../../db/schema/index.ts';
import type { DbOrTx } from '../../platform/db/index.ts';

type Level = 'province' | 'district' | 'commune';

const columns = {
  code: adminUnit.code,
  level: adminUnit.level,
  kind: adminUnit.kind,
  name: adminUnit.name,
  parentCode: adminUnit.parentCode,
  provinceCode: adminUnit.provinceCode,
  validFrom: adminUnit.validFrom,
  validTo: adminUnit.validTo,
};

/** Units valid on `asOf`: started on or before it (or before the records begin) and not ended before it. */
export const validOn = (asOf: string): SQL =>
  and(
    or(isNull(adminUnit.validFrom), lte(adminUnit.validFrom, asOf)),
    or(isNull(adminUnit.validTo), gte(adminUnit.validTo, asOf)),
  ) as SQL;

/** Province codes have 2 digits, district codes 3, commune codes 5 (QĐ 124/2004/QĐ-TTg; QĐ 19/2025/QĐ-TTg). */
export const levelOfCode = (code: string): Level =>
  code.length === 2 ? 'province' : code.length === 3 ? 'district' : 'commune';

export async function selectUnits(
  db: DbOrTx,
  f: { asOf: string; parent?: string; level?: Level; q?: string; limit: number },
): Promise<AdminUnitT[]> {
  const where: SQL[] = [validOn(f.asOf)];
  if (f.parent) where.push(eq(adminUnit.parentCode, f.parent));
  if (f.level) where.push(eq(adminUnit.level, f.level));
  if (!f.parent && !f.level && !f.q) where.push(eq(adminUnit.level, 'province'));
  let order: SQL[] = [asc(adminUnit.code)];
  if (f.q) {
    const digits = /^\d+$/.test(f.q);
    if (digits) where.push(sql`${adminUnit.code} LIKE ${`${f.q}%`}`);
    else {
      where.push(sql`${adminUnit.nameSearch} LIKE '%' || f_unaccent(${f.q}) || '%'`);
      // Whole-word matches and shorter names first: "lang son" ranks Tỉnh Lạng Sơn above Xã Tân Lang Sơn Đông.
      order = [
        sql`(${adminUnit.nameSearch} ~ ('(^| )' || f_unaccent(${f.q}) || '$')) DESC`,
        sql`CASE ${adminUnit.level} WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END`,
        sql`length(${adminUnit.name})`,
        asc(adminUnit.code),
      ];
    }
  }
  const rows = await db
    .select({
      ...columns,
      childCount: sql<number>`(SELECT count(*)::int FROM admin_unit c WHERE c.parent_code = admin_unit.code
        AND (c.valid_from IS NULL OR c.valid_from <= ${f.asOf}) AND (c.valid_to IS NULL OR c.valid_to >= ${f.asOf}))`,
    })
    .from(adminUnit)
    .where(and(...where))
    .orderBy(...order)
    .limit(f.limit);
  return rows;
}

/**
 * Units looked up by code and day, per database. Units are reference data that only the loader changes (and it
 * forgets these): every list filtered by a unit looked the same row up on every request.
 */
let unitLookups = new WeakMap<DbOrTx, Map<string, Promise<AdminUnitT | undefined>>>();
const MAX_UNIT_LOOKUPS = 20_000;

/** Called when the unit lists are reloaded. */
export function forgetUnitLookups(): void {
  unitLookups = new WeakMap();
}

export function selectUnit(db: DbOrTx, code: string, asOf: string): Promise<AdminUnitT | undefined> {
  let known = unitLookups.get(db);
  if (!known || known.size >= MAX_UNIT_LOOKUPS) {
    known = new Map();
    unitLookups.set(db, known);
  }
  const key = `${code}|${asOf}`;
  let found = known.get(key);
  if (!found) {
    found = db
      .select(columns)
      .from(adminUnit)
      .where(and(eq(adminUnit.code, code), eq(adminUnit.level, levelOfCode(code)), validOn(asOf)))
      .then(([row]) => row);
    known.set(key, found);
    found.catch(() => known.delete(key));
  }
  return found.then((unit) => (unit ? { ...unit } : undefined));
}

/** The latest version of a unit with this code, whatever its dates (for a record made under old units). */
export async function selectLatestUnit(db: DbOrTx, code: string): Promise<AdminUnitT | undefined> {
  const [row] = await db
    .select(columns)
    .from(adminUnit)
    .where(and(eq(adminUnit.code, code), eq(adminUnit.level, levelOfCode(code))))
    .orderBy(sql`${adminUnit.validFrom} DESC NULLS LAST`)
    .limit(1);
  return row;
}

const PRE_REFORM = '2025-06-30';
const POST_REFORM = '2025-07-01';

/** What a pre-reform commune became (one row per destination). */
export async function selectBecame(db: DbOrTx, oldCode: string): Promise<CrosswalkLinkT[]> {
  const rows = await db
    .select()
    .from(adminUnitCrosswalk)
    .where(eq(adminUnitCrosswalk.oldCode, oldCode))
    .orderBy(asc(adminUnitCrosswalk.newCode));
  const names = await selectUnitNames(
    db,
    rows.flatMap((r) => [r.newCode, r.newProvinceCode]),
    POST_REFORM,
  );
  return rows.map((r) => ({
    code: r.newCode,
    name: names.get(r.newCode) ?? r.newCode,
    provinceCode: r.newProvinceCode,
    provinceName: names.get(r.newProvinceCode) ?? null,
    districtName: null,
    mergeType: r.mergeType,
  }));
}

/** Which pre-reform communes a post-reform commune came from. */
export async function selectCameFrom(db: DbOrTx, newCode: string): Promise<CrosswalkLinkT[]> {
  const rows = await db
    .select()
    .from(adminUnitCrosswalk)
    .where(eq(adminUnitCrosswalk.newCode, newCode))
    .orderBy(asc(adminUnitCrosswalk.oldCode));
  const codes = rows.flatMap((r) => [r.oldProvinceCode, ...(r.oldDistrictCode ? [r.oldDistrictCode] : [])]);
  const names = await selectUnitNames(db, codes, PRE_REFORM);
  return rows.map((r) => ({
    code: r.oldCode,
    name: r.oldName,
    provinceCode: r.oldProvinceCode,
    provinceName: names.get(r.oldProvinceCode) ?? null,
    districtName: r.oldDistrictCode ? (names.get(r.oldDistrictCode) ?? null) : null,
    mergeType: r.mergeType,
  }));
}

export async function countUnits(db: DbOrTx, asOf: string): Promise<Record<Level, number>> {
  const rows = await db
    .select({ level: adminUnit.level, n: sql<number>`count(*)::int` })
    .from(adminUnit)
    .where(validOn(asOf))
    .groupBy(adminUnit.level);
  const out: Record<Level, number> = { province: 0, district: 0, commune: 0 };
  for (const r of rows) out[r.level] = r.n;
  return out;
}

/** Every old commune → new commune pair whose new commune lies in the province (for resolving old codes). */
export async function selectCrosswalkInto(db: DbOrTx, newProvinceCode: string) {
  return db
    .select({
      oldCode: adminUnitCrosswalk.oldCode,
      oldName: adminUnitCrosswalk.oldName,
      newCode: adminUnitCrosswalk.newCode,
      mergeType: adminUnitCrosswalk.mergeType,
    })
    .from(adminUnitCrosswalk)
    .where(eq(adminUnitCrosswalk.newProvinceCode, newProvinceCode));
}

/** Names of units by code, as valid on a date, in one query. */
export async function selectUnitNames(db: DbOrTx, codes: string[], asOf: string): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: adminUnit.code, name: adminUnit.name })
    .from(adminUnit)
    .where(and(inArray(adminUnit.code, [...new Set(codes)]), validOn(asOf)));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export const unitTables = { adminUnit, adminUnitCrosswalk };

/** Every unit of every date and the whole crosswalk, for the unit-name index of imports (a few MB, read once). */
export async function selectUnitIndexRows(db: DbOrTx) {
  // Ordered, so that candidates of an ambiguous name are always listed the same way.
  const units = await db.select(columns).from(adminUnit).orderBy(asc(adminUnit.code), asc(adminUnit.validFrom));
  const crosswalk = await db
    .select({
      oldCode: adminUnitCrosswalk.oldCode,
      oldName: adminUnitCrosswalk.oldName,
      newCode: adminUnitCrosswalk.newCode,
      newProvinceCode: adminUnitCrosswalk.newProvinceCode,
      mergeType: adminUnitCrosswalk.mergeType,
    })
    .from(adminUnitCrosswalk)
    .orderBy(asc(adminUnitCrosswalk.oldCode), asc(adminUnitCrosswalk.newCode));
  return { units, crosswalk };
}
