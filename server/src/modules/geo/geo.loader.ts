import { adminUnit, adminUnitCrosswalk } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { loadDataset, readDataCsv } from '../../platform/reference-data.ts';

const PRE_REFORM_FILE = 'admin-units/units-pre-2025.csv';

type Level = 'province' | 'district' | 'commune';

/** Loads the dated unit lists and the 2025 crosswalk from server/data/admin-units (see SOURCES.md). */
export async function loadAdminUnits(db: Db) {
  // Pre-reform communes reach their province through their district; read only when the units are (re)loaded.
  let districtProvince: Map<string, string> | undefined;
  const provinceOfDistrict = (district: string) => {
    districtProvince ??= new Map(
      readDataCsv(PRE_REFORM_FILE)
        .rows.filter((r) => r.level === 'district')
        .map((r) => [r.code ?? '', r.parent_code ?? '']),
    );
    return districtProvince.get(district);
  };
  const units = await loadDataset(db, {
    name: 'admin-units',
    files: [PRE_REFORM_FILE, 'admin-units/units-2025-07-01.csv'],
    table: adminUnit,
    toRow: (r, file) => {
      const code = r.code ?? '';
      const parent = r.parent_code ?? '';
      const provinceCode =
        r.level === 'province'
          ? code
          : r.level === 'commune' && file === PRE_REFORM_FILE
            ? provinceOfDistrict(parent)
            : parent;
      return {
        code,
        level: r.level as Level,
        kind: r.kind ?? '',
        name: r.name ?? '',
        parentCode: r.parent_code,
        provinceCode: provinceCode ?? '',
        validFrom: r.valid_from,
        validTo: r.valid_to,
      };
    },
  });
  const crosswalk = await loadDataset(db, {
    name: 'admin-unit-crosswalk',
    files: ['admin-units/crosswalk-2025-07-01.csv'],
    table: adminUnitCrosswalk,
    toRow: (r) => ({
      oldCode: r.old_code ?? '',
      oldName: r.old_name ?? '',
      oldDistrictCode: r.old_district_code,
      oldProvinceCode: r.old_province_code ?? '',
      newCode: r.new_code ?? '',
      newProvinceCode: r.new_province_code ?? '',
      mergeType: r.merge_type as 'full' | 'partial' | 'unchanged',
      effectiveOn: '2025-07-01',
    }),
  });
  return { units: units.rows, crosswalk: crosswalk.rows };
}
