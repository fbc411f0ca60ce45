import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from './actor.ts';

/**
 * The rows of a table that lie in a scope, given the table's province and commune columns. A commune user is
 * matched on both: every record of a commune carries its province, and indexes that lead with the province
 * serve commune users too.
 */
export function scopeWhere(scope: Scope, columns: { province: AnyPgColumn; commune: AnyPgColumn }): SQL | undefined {
  if (scope.kind === 'national') return undefined;
  if (scope.kind === 'province') return eq(columns.province, scope.provinceCode);
  return and(eq(columns.province, scope.provinceCode), eq(columns.commune, scope.communeCode));
}
