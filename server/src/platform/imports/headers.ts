import type { FieldDeclaration, ValueShape } from '@lmis/contracts';
import { cleanText, foldText } from './cells.ts';

/**
 * Finding a register's columns: the header row among title rows, headers matched to fields through each field's
 * aliases (written without diacritics, lower case), and the columns left unmapped that look like a known field.
 */

export type { ValueShape };

/** What header matching reads of a field declaration (packages/contracts): its label, aliases, hints and shape. */
export type ImportField<K extends string = string> = Pick<
  FieldDeclaration<K>,
  'key' | 'label' | 'aliases' | 'hints' | 'shape'
>;

export type HeaderMapping<K extends string> = Partial<Record<K, number>>;

const strip = (header: string) => foldText(header).replace(/^\d+\s+/, '');

/** Matches headers to fields: an exact alias first, then the longest alias the header contains as whole words. */
export function mapHeaders<K extends string>(
  fields: readonly ImportField<K>[],
  headers: readonly string[],
): HeaderMapping<K> {
  const folded = headers.map(strip);
  const mapping: HeaderMapping<K> = {};
  const used = new Set<number>();
  const claim = (match: (header: string, alias: string) => boolean) => {
    for (const field of fields) {
      if (mapping[field.key] !== undefined) continue;
      let best = -1;
      let bestLength = 0;
      folded.forEach((header, i) => {
        if (used.has(i) || !header) return;
        for (const alias of field.aliases) {
          if (match(header, alias) && alias.length > bestLength) {
            best = i;
            bestLength = alias.length;
          }
        }
      });
      if (best >= 0) {
        mapping[field.key] = best;
        used.add(best);
      }
    }
  };
  claim((header, alias) => header === alias);
  claim((header, alias) => alias.length >= 4 && ` ${header} `.includes(` ${alias} `));
  return mapping;
}

export interface SheetRowLike {
  rowNumber: number;
  cells: unknown[];
}

export interface HeaderLayout<K extends string> {
  headerRow: number;
  headers: string[];
  mapping: HeaderMapping<K>;
}

/**
 * The header row among the first rows: the one whose headers (joined with the row above, whose merged group titles
 * are carried to the right) name the most fields, `keyFields` counting extra.
 */
export function findHeaderRow<K extends string>(
  head: readonly SheetRowLike[],
  fields: readonly ImportField<K>[],
  keyFields: readonly K[],
): HeaderLayout<K> {
  let best: HeaderLayout<K> & { score: number } = { headerRow: 0, headers: [], mapping: {}, score: 0 };
  for (let i = 0; i < Math.min(head.length, 15); i++) {
    const row = head[i] as SheetRowLike;
    // Group titles (a merged "Nhu cầu" over "Học nghề", "Việc làm" …) sit in the row directly above the header;
    // the streaming reader skips blank rows, so check the row number. A lone filled cell is a sheet title.
    const prev = i > 0 ? (head[i - 1] as SheetRowLike) : undefined;
    const groupRow = prev && prev.rowNumber === row.rowNumber - 1 ? prev.cells.map(cleanText) : [];
    const above = groupRow.filter(Boolean).length >= 2 ? groupRow : [];
    let carried: string | null = null;
    const width = Math.max(row.cells.length, above.length);
    const headers = Array.from({ length: width }, (_, c) => {
      if (above[c]) carried = above[c] ?? null;
      const own = cleanText(row.cells[c]);
      return own ? [carried, own].filter(Boolean).join(' ') : (above[c] ?? '');
    });
    const plain = row.cells.map((c) => cleanText(c) ?? '');
    const withGroups = mapHeaders(fields, headers);
    const alone = mapHeaders(fields, plain);
    const mapping = Object.keys(withGroups).length > Object.keys(alone).length ? withGroups : alone;
    const score = Object.keys(mapping).length + keyFields.filter((k) => mapping[k] !== undefined).length * 5;
    if (score > best.score)
      best = { headerRow: row.rowNumber, headers: headers.map((h, c) => plain[c] || h), mapping, score };
  }
  const { score: _score, ...layout } = best;
  return layout;
}

const UNIT_WORD = /^(xa|x|phuong|p|thi tran|tt|dac khu)\b[\s.]*\S/;
const SHAPES: Record<ValueShape, (folded: string, raw: string) => boolean> = {
  personId: (_f, raw) => /^\d{9}$|^\d{12}$/.test(raw.replace(/[\s.'’-]/g, '')),
  date: (_f, raw) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{2}-\d{2}/.test(raw),
  sex: (f) => ['nam', 'nu'].includes(f),
  commune: (f, raw) => UNIT_WORD.test(f) || /^\d{5}$/.test(raw),
  district: (f) => /^(huyen|quan|thi xa|thanh pho|h|q|tx|tp)\s+\S/.test(f),
  province: (f) => /^(tinh|thanh pho)\s+\S/.test(f),
  phone: (_f, raw) => /^(\+84|0)\d{8,10}$/.test(raw.replace(/[\s.]/g, '')),
};

export interface ColumnWarning<K extends string = string> {
  column: number;
  header: string;
  field: K;
  /** The field is already read from another column. */
  mappedTo: number | null;
  message: string;
}

/**
 * Columns left unmapped whose header hints at a field, or most of whose sample values have a field's shape (a
 * column headed "Đơn vị" full of "Xã …"): the person mapping the file must see them before the import starts.
 */
export function unmappedLookalikes<K extends string>(
  fields: readonly ImportField<K>[],
  layout: { headers: readonly string[]; mapping: HeaderMapping<K> },
  sample: readonly SheetRowLike[],
): ColumnWarning<K>[] {
  const mapped = new Set(Object.values(layout.mapping) as number[]);
  const warnings: ColumnWarning<K>[] = [];
  layout.headers.forEach((header, column) => {
    if (mapped.has(column)) return;
    const folded = ` ${strip(header)} `;
    const values = sample.map((r) => cleanText(r.cells[column])).filter((v): v is string => v !== null);
    let chosen: { field: ImportField<K>; why: string; weight: number } | null = null;
    for (const field of fields) {
      const test = field.shape ? SHAPES[field.shape] : undefined;
      const byValues =
        test !== undefined &&
        values.length >= 2 &&
        values.filter((v) => test(foldText(v), v)).length >= Math.ceil(values.length * 0.6);
      // The longest alias or hint inside the header ("ten xa" over "ten").
      const byHeader = Math.max(
        0,
        ...[...field.aliases, ...(field.hints ?? [])]
          .filter((a) => a.length >= 2 && folded.includes(` ${a} `))
          .map((a) => a.length),
      );
      const weight = (byValues ? 1000 : 0) + byHeader;
      if (weight > 0 && weight > (chosen?.weight ?? 0))
        chosen = { field, why: byValues ? 'giá trị' : 'tiêu đề', weight };
    }
    if (!chosen) return;
    const { field, why } = chosen;
    const mappedTo = layout.mapping[field.key] ?? null;
    const name = header || `số ${column + 1}`;
    warnings.push({
      column,
      header,
      field: field.key,
      mappedTo,
      message:
        mappedTo === null
          ? `Cột "${name}" có ${why} giống "${field.label.vi}" nhưng chưa được ghép với trường nào`
          : `Cột "${name}" có ${why} giống "${field.label.vi}", trường này đang lấy từ cột "${layout.headers[mappedTo] || mappedTo + 1}"`,
    });
  });
  return warnings;
}
