import type { DbOrTx } from '../../platform/db/index.ts';
import { findCrosswalkInto, findUnits } from '../geo/index.ts';
import { findCatalogue } from '../reference/index.ts';
import { foldText, WORKER_FIELDS } from './worker-fields.ts';
import type { CatalogueLookup, ResolvedCommune, WorkerReference } from './worker-input.ts';

const CATALOGUES = [...new Set(WORKER_FIELDS.flatMap((f) => ('catalogue' in f ? [f.catalogue] : [])))];

/** Drops the unit type in front of a name ("Phường Ba Đình" → "ba dinh"), so either form matches. */
const bareName = (name: string) => foldText(name).replace(/^(xa|phuong|thi tran|dac khu)\s+/, '');

/**
 * Everything needed to validate workers of one province: catalogues valid today, the provinces that register
 * births, and a resolver for communes named by today's code or name, or by a pre-reform code or name that the
 * 2025 crosswalk maps into the province (a partial merge is kept but flagged for a person to decide).
 */
export async function loadWorkerReference(
  db: DbOrTx,
  opts: { provinceCode: string; fixedCommuneCode?: string | null; today: string },
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
  const communes = await findUnits(db, { asOf: opts.today, parent: opts.provinceCode, level: 'commune', limit: 5000 });
  const currentByCode = new Map(communes.map((c) => [c.code, c]));
  const currentByName = new Map<string, string[]>();
  for (const c of communes) {
    for (const key of new Set([foldText(c.name), bareName(c.name)]))
      currentByName.set(key, [...(currentByName.get(key) ?? []), c.code]);
  }
  const crosswalk = await findCrosswalkInto(db, opts.provinceCode);
  const oldByCode = new Map<string, typeof crosswalk>();
  const oldByName = new Map<string, Set<string>>();
  for (const row of crosswalk) {
    oldByCode.set(row.oldCode, [...(oldByCode.get(row.oldCode) ?? []), row]);
    for (const key of [foldText(row.oldName), bareName(row.oldName)]) {
      oldByName.set(key, (oldByName.get(key) ?? new Set()).add(row.oldCode));
    }
  }

  const fromOld = (oldCode: string, given: string): ResolvedCommune | { error: string } => {
    const targets = oldByCode.get(oldCode) ?? [];
    const main = targets.find((t) => t.mergeType !== 'partial') ?? targets[0];
    if (!main) return { error: `Xã/phường: "${given}" không thuộc tỉnh` };
    return {
      communeCode: main.newCode,
      provinceCode: opts.provinceCode,
      needsReview: targets.length > 1 || main.mergeType === 'partial',
      sourceUnit: `${oldCode} ${targets[0]?.oldName ?? ''}`.trim(),
    };
  };

  const resolveAny = (value: string | null): ResolvedCommune | { error: string } => {
    if (!value) {
      if (opts.fixedCommuneCode)
        return {
          communeCode: opts.fixedCommuneCode,
          provinceCode: opts.provinceCode,
          needsReview: false,
          sourceUnit: null,
        };
      return { error: 'Xã/phường: bắt buộc nhập (mã hoặc tên)' };
    }
    if (/^\d{1,5}$/.test(value)) {
      const code = value.padStart(5, '0');
      if (currentByCode.has(code))
        return { communeCode: code, provinceCode: opts.provinceCode, needsReview: false, sourceUnit: null };
      return fromOld(code, value);
    }
    const key = foldText(value);
    const current = currentByName.get(key) ?? currentByName.get(bareName(value)) ?? [];
    if (current.length === 1 && current[0]) {
      return { communeCode: current[0], provinceCode: opts.provinceCode, needsReview: false, sourceUnit: null };
    }
    if (current.length > 1) return { error: `Xã/phường: tên "${value}" trùng nhiều đơn vị, hãy ghi mã xã` };
    const old = [...(oldByName.get(key) ?? oldByName.get(bareName(value)) ?? [])];
    if (old.length === 1 && old[0]) return fromOld(old[0], value);
    if (old.length > 1)
      return { error: `Xã/phường: tên cũ "${value}" trùng nhiều đơn vị trước sáp nhập, hãy ghi mã xã` };
    return { error: `Xã/phường: "${value}" không có trong tỉnh` };
  };

  return {
    birthProvinceCodes: new Set(provinces.map((p) => p.code)),
    catalogues,
    resolveCommune(value) {
      const resolved = resolveAny(value);
      if ('error' in resolved || !opts.fixedCommuneCode || resolved.communeCode === opts.fixedCommuneCode)
        return resolved;
      const name = currentByCode.get(resolved.communeCode)?.name ?? resolved.communeCode;
      return { error: `Xã/phường: ${name} nằm ngoài phạm vi quản lý của bạn` };
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
