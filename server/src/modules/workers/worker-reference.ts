import type { DbOrTx } from '../../platform/db/index.ts';
import { findUnits, loadCommuneResolver, type ResolvedUnit } from '../geo/index.ts';
import { findCatalogue } from '../reference/index.ts';
import { foldText, WORKER_FIELDS } from './worker-fields.ts';
import type { CatalogueLookup, ResolvedCommune, WorkerReference } from './worker-input.ts';

const CATALOGUES = [...new Set(WORKER_FIELDS.flatMap((f) => ('catalogue' in f ? [f.catalogue] : [])))];

/**
 * Everything needed to validate workers of one province: catalogues valid today, the provinces that register
 * births, and a resolver for communes named by today's code or name, or by a pre-reform code or name (with its
 * district or province) that the 2025 crosswalk maps (a partial merge is kept but flagged for a person to decide).
 *
 * Every row's commune comes from the row: `defaultCommuneCode` fills an empty one only for a file that has no
 * commune column at all. A commune outside `fixedCommuneCode` (a commune officer's own) or outside the province is
 * refused with that reason, an unknown one as unknown, a name that fits several units as ambiguous.
 */
export async function loadWorkerReference(
  db: DbOrTx,
  opts: { provinceCode: string; fixedCommuneCode?: string | null; defaultCommuneCode?: string | null; today: string },
): Promise<WorkerReference> {
  const catalogues = new Map<string, CatalogueLookup>();
  for (const name of CATALOGUES) {
    const items = await findCatalogue(db, name, opts.today);
    catalogues.set(name, {
      byCode: new Map(items.map((i) => [i.code, i.code])),
      byName: new Map(
        items.flatMap((i) => [
          [foldText(i.nameVi), i.code],
          ...(i.nameEn ? [[foldText(i.nameEn), i.code] as const] : []),
        ]),
      ),
    });
  }
  const provinces = [
    ...(await findUnits(db, { asOf: '2025-06-30', level: 'province', limit: 100 })),
    ...(await findUnits(db, { asOf: opts.today, level: 'province', limit: 100 })),
  ];
  const resolver = await loadCommuneResolver(db, opts.today);
  const inScope = (u: ResolvedUnit) =>
    u.provinceCode === opts.provinceCode && (!opts.fixedCommuneCode || u.communeCode === opts.fixedCommuneCode);
  const outside = (u: ResolvedUnit, value: string) =>
    `Xã/phường: ${u.name} nằm ngoài phạm vi quản lý của bạn${foldText(value) === foldText(u.name) ? '' : ` (tệp ghi "${value}")`}`;

  const resolveAny = (value: string | null): ResolvedCommune | { error: string } => {
    if (!value) {
      if (opts.defaultCommuneCode)
        return {
          communeCode: opts.defaultCommuneCode,
          provinceCode: opts.provinceCode,
          needsReview: false,
          sourceUnit: null,
        };
      return { error: 'Xã/phường: bắt buộc nhập (mã hoặc tên)' };
    }
    const r = resolver.resolve(value, { province: opts.provinceCode });
    switch (r.status) {
      case 'found':
        if (!inScope(r)) return { error: outside(r, value) };
        return {
          communeCode: r.communeCode,
          provinceCode: r.provinceCode,
          needsReview: r.needsReview,
          sourceUnit: r.sourceUnit,
        };
      case 'ambiguous': {
        const mine = r.candidates.filter(inScope);
        if (mine.length === 0 && r.candidates[0])
          return { error: `Xã/phường: "${value}" nằm ngoài phạm vi quản lý của bạn` };
        return {
          error: `Xã/phường: "${value}" khớp nhiều đơn vị (${r.candidates.map((c) => c.description).join('; ')}), hãy ghi thêm huyện/tỉnh hoặc mã xã`,
        };
      }
      case 'unmapped':
        return {
          error: `Xã/phường: ${r.name} là đơn vị trước sắp xếp năm 2025 chưa có trong bảng chuyển đổi, hãy ghi xã/phường hiện nay`,
        };
      default:
        return { error: `Xã/phường: "${value}" không có trong danh mục đơn vị hành chính` };
    }
  };

  // A file names the same few communes over and over.
  const memo = new Map<string | null, ResolvedCommune | { error: string }>();
  return {
    birthProvinceCodes: new Set(provinces.map((p) => p.code)),
    catalogues,
    resolveCommune(value) {
      let resolved = memo.get(value);
      if (!resolved) {
        resolved = resolveAny(value);
        if (memo.size < 10_000) memo.set(value, resolved);
      }
      return resolved;
    },
  };
}

/** Qualification codes that count as trained labour and as holding a diploma/certificate (catalogue attributes). */
export async function loadQualificationClasses(db: DbOrTx, today: string) {
  const items = await findCatalogue(db, 'qualification-levels', today);
  return {
    trained: items.filter((i) => i.attributes.trained === true).map((i) => i.code),
    certified: items.filter((i) => i.attributes.certified === true).map((i) => i.code),
  };
}
