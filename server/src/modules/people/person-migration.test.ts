import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../platform/db/index.ts';

/** The migration that moves identity from worker to person, run over rows written in the earlier shape. */
const MIGRATION = '0009_person-registry.sql';

let db: PGlite;
let dir: string;

async function apply(file: string) {
  for (const statement of readFileSync(join(MIGRATIONS_FOLDER, file), 'utf8').split('--> statement-breakpoint')) {
    if (statement.trim()) await db.exec(statement);
  }
}

const rows = async <T>(text: string) => (await db.query<T>(text)).rows;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lmis-person-migration-'));
  db = await PGlite.create(dir, { extensions: { unaccent, pg_trgm, citext, btree_gin, pgcrypto } });
  const files = readdirSync(MIGRATIONS_FOLDER)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  for (const file of files.filter((f) => f < MIGRATION)) await apply(file);
  // The register as it stood before the person registry: identity on worker, members by personal ID only.
  await db.exec(`
    INSERT INTO household (household_code, head_name, province_code, commune_code, area_type, registered_on)
    VALUES ('H1', 'Hoàng Văn Sáng', '20', '05977', 'urban', '2024-01-01');
    INSERT INTO worker (person_id, full_name, birth_date, sex, ethnicity_code, phone, province_code, commune_code,
                        address, unit_needs_review, source_unit, household_id, household_relation,
                        employment_status, qualification_code, round_year)
    VALUES ('020080000001', 'Hoàng Văn Sáng', '1980-05-01', 'male', '02', '0912345678', '20', '05977',
            'Thôn Nà Cạn', false, null, 1, 'Chủ hộ', '1', '03', 2026),
           ('020192000002', 'Lương Thị Mai', '1992-03-15', 'female', '01', null, '20', '05983',
            null, true, 'Xã Hoàng Đồng (cũ)', null, null, '2', null, 2026);
    INSERT INTO worker_snapshot (person_id, round_year, province_code, commune_code, sex, birth_date,
                                 employment_status, qualification_code, data)
    VALUES ('020080000001', 2025, '20', '05977', 'male', '1980-05-01', '3', '03', '{"full_name": "Hoàng Văn Sáng"}');
    INSERT INTO household_member (household_id, person_id, full_name, birth_date, sex, relation)
    VALUES (1, '020080000001', 'Hoàng Văn Sáng', '1980-05-01', 'male', 'Chủ hộ'),
           (1, '020185000003', 'Nông Thị Hạnh', '1985-07-07', 'female', 'Vợ'),
           (1, null, 'Hoàng Minh Khang', '2015-03-02', null, 'Con');
  `);
  await apply(MIGRATION);
}, 300_000);

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('person registry migration', () => {
  it('moves every worker identity to person without loss', async () => {
    expect(
      await rows(`SELECT person_id, full_name, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, sex, ethnicity_code,
                         phone, address, province_code, commune_code, unit_needs_review, source_unit, name_search
                  FROM person WHERE person_id IN ('020080000001', '020192000002') ORDER BY person_id`),
    ).toEqual([
      {
        person_id: '020080000001',
        full_name: 'Hoàng Văn Sáng',
        birth_date: '1980-05-01',
        sex: 'male',
        ethnicity_code: '02',
        phone: '0912345678',
        address: 'Thôn Nà Cạn',
        province_code: '20',
        commune_code: '05977',
        unit_needs_review: false,
        source_unit: null,
        name_search: 'hoang van sang',
      },
      {
        person_id: '020192000002',
        full_name: 'Lương Thị Mai',
        birth_date: '1992-03-15',
        sex: 'female',
        ethnicity_code: '01',
        phone: null,
        address: null,
        province_code: '20',
        commune_code: '05983',
        unit_needs_review: true,
        source_unit: 'Xã Hoàng Đồng (cũ)',
        name_search: 'luong thi mai',
      },
    ]);
  });

  it('keeps the worker rows, their household links, snapshots and statistics', async () => {
    expect(
      await rows(`SELECT person_id, household_id, household_relation, employment_status, sex, commune_code
                  FROM worker ORDER BY person_id`),
    ).toEqual([
      {
        person_id: '020080000001',
        household_id: 1,
        household_relation: 'Chủ hộ',
        employment_status: '1',
        sex: 'male',
        commune_code: '05977',
      },
      {
        person_id: '020192000002',
        household_id: null,
        household_relation: null,
        employment_status: '2',
        sex: 'female',
        commune_code: '05983',
      },
    ]);
    expect(await rows('SELECT count(*)::int AS n FROM worker_snapshot')).toEqual([{ n: 1 }]);
    expect(
      await rows(`SELECT commune_code, round_year, sum(n)::int AS n FROM worker_stat
                  GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2`),
    ).toEqual([
      { commune_code: '05977', round_year: 2025, n: 1 },
      { commune_code: '05977', round_year: 2026, n: 1 },
      { commune_code: '05983', round_year: 2026, n: 1 },
    ]);
  });

  it('makes household members with a personal ID people of their household commune, and keeps children as members', async () => {
    expect(
      await rows(`SELECT person_id, full_name, commune_code FROM person WHERE person_id = '020185000003'`),
    ).toEqual([{ person_id: '020185000003', full_name: 'Nông Thị Hạnh', commune_code: '05977' }]);
    expect(await rows('SELECT count(*)::int AS n FROM household_member')).toEqual([{ n: 3 }]);
  });

  it('moves a person with their worker and statistics after the migration (the sync trigger)', async () => {
    await db.exec(`UPDATE person SET commune_code = '05983' WHERE person_id = '020080000001'`);
    expect(await rows(`SELECT commune_code FROM worker WHERE person_id = '020080000001'`)).toEqual([
      { commune_code: '05983' },
    ]);
    expect(
      await rows(`SELECT commune_code, sum(n)::int AS n FROM worker_stat WHERE round_year = 2026
                  GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1`),
    ).toEqual([{ commune_code: '05983', n: 2 }]);
  });
});
