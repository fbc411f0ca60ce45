import type { DbOrTx } from '../../platform/db/index.ts';
import { foldText } from '../../platform/imports/index.ts';
import { loadCommuneResolver, type ResolvedUnit } from './unit-names.ts';

/** A row's commune: today's unit, and whether it came through a partial merge of the 2025 reform. */
export interface ResolvedCommune {
  communeCode: string;
  provinceCode: string;
  needsReview: boolean;
  sourceUnit: string | null;
}

export type ScopedCommuneResolver = (value: string | null) => ResolvedCommune | { error: string };

/**
 * Resolves the commune a file's row names (today's code or name, or a pre-reform one through the 2025 crosswalk,
 * with its district or province) inside an import's scope. `defaultCommuneCode` fills an empty one only for a file
 * that has no commune column at all. A commune outside `fixedCommuneCode` (a commune officer's own) or outside the
 * province is refused with that reason, an unknown one as unknown, a name that fits several units as ambiguous —
 * never guessed. Reasons start with "Xã/phường: ".
 */
export async function loadScopedCommuneResolver(
  db: DbOrTx,
  opts: { provinceCode: string; fixedCommuneCode?: string | null; defaultCommuneCode?: string | null; today: string },
): Promise<ScopedCommuneResolver> {
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
  return (value) => {
    let resolved = memo.get(value);
    if (!resolved) {
      resolved = resolveAny(value);
      if (memo.size < 10_000) memo.set(value, resolved);
    }
    return resolved;
  };
}
