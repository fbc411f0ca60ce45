import { adminUnit, adminUnitCrosswalk } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { type CsvRow, loadDataset, readDataCsv } from '../../platform/reference-data.ts';
import { forgetUnitLookups } from './geo.queries.ts';
import { forgetUnitIndex } from './unit-names.ts';

const PRE_REFORM_FILE = 'admin-units/units-pre-2025.csv';
const REFORM_FILE = 'admin-units/units-2025-07-01.csv';
/** Later dated versions: a row here starts a new version of a unit and ends the one before it. */
const LATER_FILES = ['admin-units/units-2026-04-30.csv'];
const CROSSWALK_FILE = 'admin-units/crosswalk-2025-07-01.csv';
/** Dated corrections of the built lists, each with its evidence (SOURCES.md, "Corrections"). */
const CORRECTIONS_FILE = 'admin-units/corrections.csv';

type Level = 'province' | 'district' | 'commune';

interface Correction {
  file: string;
  key: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export function readCorrections(): Correction[] {
  return readDataCsv(CORRECTIONS_FILE).rows.map((r) => ({
    file: `admin-units/${r.file ?? ''}`,
    key: r.key ?? '',
    field: r.field ?? '',
    oldValue: r.old_value ?? null,
    newValue: r.new_value ?? null,
  }));
}

/** Applies the corrections of one file to its rows: a changed field of the row named by "level code", or added rows. */
export function correctRows(file: string, rows: CsvRow[], corrections = readCorrections()): CsvRow[] {
  const header = Object.keys(rows[0] ?? {});
  const out = rows.map((r) => ({ ...r }));
  for (const c of corrections.filter((x) => x.file === file)) {
    if (c.field === 'add') {
      const values = (c.newValue ?? '').split(',');
      out.push(Object.fromEntries(header.map((h, i) => [h, values[i] === '' ? null : (values[i] ?? null)])));
      continue;
    }
    const [level, code] = c.key.split(' ');
    const row = out.find((r) => r.level === level && r.code === code);
    if (!row || row[c.field] !== c.oldValue)
      throw new Error(`Correction ${file} ${c.key} ${c.field}: expected "${c.oldValue}", found "${row?.[c.field]}"`);
    row[c.field] = c.newValue;
  }
  return out;
}

const dayBefore = (isoDate: string) =>
  new Date(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)) - 1))
    .toISOString()
    .slice(0, 10);

/** A unit given again with a later valid_from ends its open earlier version the day before. */
export function closeEarlierVersions<
  T extends { level: string; code: string; validFrom: string | null; validTo: string | null },
>(rows: T[]): T[] {
  const latestStart = new Map<string, string[]>();
  for (const r of rows) {
    if (!r.validFrom) continue;
    const key = `${r.level} ${r.code}`;
    latestStart.set(key, [...(latestStart.get(key) ?? []), r.validFrom].sort());
  }
  return rows.map((r) => {
    if (r.validTo) return r;
    const next = (latestStart.get(`${r.level} ${r.code}`) ?? []).find((d) => r.validFrom !== null && d > r.validFrom);
    return next ? { ...r, validTo: dayBefore(next) } : r;
  });
}

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
  let corrections: Correction[] | undefined;
  const corrected = (file: string) => {
    corrections ??= readCorrections();
    return corrections.some((c) => c.file === file);
  };
  // Corrected files are read whole (corrections may add rows); the rows loadDataset parses are then replaced.
  const unitFiles = [PRE_REFORM_FILE, REFORM_FILE, ...LATER_FILES];
  const units = await loadDataset(db, {
    name: 'admin-units',
    files: unitFiles,
    dependsOn: [CORRECTIONS_FILE],
    table: adminUnit,
    toRow: (r, file) => ({ ...r, file }) as CsvRow & { file: string },
    finish: (raw) => {
      const byFile = unitFiles.flatMap((file) => {
        const rows = raw.filter((r) => r.file === file);
        return corrected(file) ? correctRows(file, rows, corrections) : rows;
      });
      return closeEarlierVersions(
        byFile.map((r) => {
          const code = r.code ?? '';
          const parent = r.parent_code ?? '';
          const provinceCode =
            r.level === 'province'
              ? code
              : r.level === 'commune' && r.file === PRE_REFORM_FILE
                ? provinceOfDistrict(parent)
                : parent;
          return {
            code,
            level: r.level as Level,
            kind: r.kind ?? '',
            name: r.name ?? '',
            parentCode: r.parent_code,
            provinceCode: provinceCode ?? '',
            validFrom: r.valid_from ?? null,
            validTo: r.valid_to ?? null,
          };
        }),
      );
    },
  });
  const crosswalk = await loadDataset(db, {
    name: 'admin-unit-crosswalk',
    files: [CROSSWALK_FILE],
    dependsOn: [CORRECTIONS_FILE],
    table: adminUnitCrosswalk,
    toRow: (r) => r,
    finish: (raw) =>
      correctRows(CROSSWALK_FILE, raw).map((r) => ({
        oldCode: r.old_code ?? '',
        oldName: r.old_name ?? '',
        oldDistrictCode: r.old_district_code,
        oldProvinceCode: r.old_province_code ?? '',
        newCode: r.new_code ?? '',
        newProvinceCode: r.new_province_code ?? '',
        mergeType: r.merge_type as 'full' | 'partial' | 'unchanged',
        effectiveOn: '2025-07-01',
      })),
  });
  if (units.loaded || crosswalk.loaded) {
    forgetUnitIndex();
    forgetUnitLookups();
  }
  return { units: units.rows, crosswalk: crosswalk.rows };
}
