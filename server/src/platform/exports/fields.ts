import type { FieldDeclaration } from '@lmis/contracts';
import type { ColumnKind, TabularColumn } from './tabular.ts';

/** How a declared field's values are written in a file: typed dates and yes/no, codes kept as text. */
export function columnKindOf(field: Pick<FieldDeclaration, 'type'>): ColumnKind {
  if (field.type === 'date') return 'date';
  if (field.type === 'bool') return 'bool';
  if (field.type === 'integer') return 'integer';
  if (field.type === 'personId' || field.type === 'commune') return 'code';
  return 'text';
}

const SEX: Record<string, string> = { male: 'Nam', female: 'Nữ' };
const AREA: Record<string, string> = { urban: 'Thành thị', rural: 'Nông thôn' };

/**
 * The export columns of a record, from its field declarations: each stored field under its export header (its
 * Vietnamese label unless it declares another; `exportHeader: null` leaves it out), written as the import reads it
 * back — catalogue entries and closed lists by name, so an exported file imports again unchanged.
 */
export function exportColumns<R>(
  fields: readonly FieldDeclaration[],
  opts: {
    read: (row: R, key: string) => unknown;
    /** Catalogue entries' names by field key, then by code. */
    catalogueNames?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  },
): TabularColumn<R>[] {
  return fields
    .filter((f) => f.exportHeader !== null && f.stored !== 'none')
    .map((f): TabularColumn<R> => {
      const header = f.exportHeader ?? f.label.vi;
      const read = (row: R) => opts.read(row, f.key);
      const named = (names: Record<string, string> | ReadonlyMap<string, string> | undefined) => (row: R) => {
        const code = read(row);
        if (code === null || code === undefined) return null;
        const name = names instanceof Map ? names.get(String(code)) : (names as Record<string, string>)?.[String(code)];
        return name ?? String(code);
      };
      if (f.type === 'sex') return { header, kind: 'text', value: named(SEX) };
      if (f.type === 'areaType') return { header, kind: 'text', value: named(AREA) };
      if (f.type === 'catalogue') return { header, kind: 'text', value: named(opts.catalogueNames?.get(f.key)) };
      return { header, kind: columnKindOf(f), value: read };
    });
}

/** The columns of an import template: every field the import reads, under the header it recognises first. */
export function templateColumns(fields: readonly FieldDeclaration[]): TabularColumn<Record<string, unknown>>[] {
  return fields.map((f) => ({ header: f.label.vi, kind: columnKindOf(f), value: (row) => row[f.key] }));
}
