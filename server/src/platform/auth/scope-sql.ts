import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from './actor.ts';

type UnitColumns = { province: AnyPgColumn; commune: AnyPgColumn };

/**
 * The rows of a table that lie in a scope, given the table's province and commune columns. A commune user is
 * matched on both: every record of a commune carries its province, and indexes that lead with the province
 * serve commune users too.
 */
export function scopeWhere(scope: Scope, columns: UnitColumns): SQL | undefined {
  return unitWhere(scope, columns);
}

/**
 * The scope narrowed to the unit a user chose (a province or a commune of it), each column compared once: the
 * planner multiplies the selectivity of repeated conditions, and a province compared twice made it expect a
 * few hundred rows of a province of a million, so lists counted exactly what they should have estimated. A
 * chosen unit outside the scope matches nothing.
 */
export function unitWhere(
  scope: Scope,
  columns: UnitColumns,
  chosen: { provinceCode?: string; communeCode?: string } = {},
): SQL | undefined {
  const province = new Set<string>();
  const commune = new Set<string>();
  if (scope.kind !== 'national') province.add(scope.provinceCode);
  if (scope.kind === 'commune') commune.add(scope.communeCode);
  if (chosen.provinceCode) province.add(chosen.provinceCode);
  if (chosen.communeCode) commune.add(chosen.communeCode);
  if (province.size > 1 || commune.size > 1) return sql`false`;
  return and(
    ...[...province].map((code) => eq(columns.province, code)),
    ...[...commune].map((code) => eq(columns.commune, code)),
  );
}
