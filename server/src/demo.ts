import type { Role } from '@lmis/contracts';
import type { FastifyBaseLogger } from 'fastify';
import { findUnits } from './modules/geo/index.ts';
import { bootstrapUser } from './modules/users/index.ts';
import type { Config } from './platform/config.ts';
import { todayInVietnam } from './platform/dates.ts';
import type { Database } from './platform/db/index.ts';

/** Password of every demo account; printed in the README, never used outside demo installations. */
export const DEMO_PASSWORD = 'LmisDemo2026';
export const DEMO_PROVINCE = '20'; // Lạng Sơn

/** Demo accounts for the demo province (Lạng Sơn) and two of its communes. */
export async function seedDemo(opts: { database: Database; config: Config; log: Pick<FastifyBaseLogger, 'info'> }) {
  const db = opts.database.db;
  const communes = await findUnits(db, { asOf: todayInVietnam(), parent: DEMO_PROVINCE, limit: 2 });
  const [first, second] = communes;
  if (!first || !second) throw new Error(`Demo province ${DEMO_PROVINCE} has no communes; reference data missing`);
  const accounts: { username: string; fullName: string; role: Role; unitCode: string | null }[] = [
    { username: 'admin', fullName: 'Quản trị hệ thống', role: 'system_admin', unitCode: null },
    {
      username: 'sonoivu.langson',
      fullName: 'Nguyễn Thị Hồng Nhung',
      role: 'province_officer',
      unitCode: DEMO_PROVINCE,
    },
    { username: 'lanhdao.langson', fullName: 'Hoàng Văn Thắng', role: 'viewer', unitCode: DEMO_PROVINCE },
    { username: 'canbo.xa1', fullName: 'Lương Văn Đức', role: 'commune_officer', unitCode: first.code },
    { username: 'canbo.xa2', fullName: 'Nông Thị Mai', role: 'commune_officer', unitCode: second.code },
  ];
  const deps = { db, config: opts.config };
  for (const account of accounts) await bootstrapUser({ ...account, password: DEMO_PASSWORD }, deps);
  opts.log.info(
    { accounts: accounts.map((a) => a.username), communes: [first.name, second.name] },
    'demo accounts created',
  );
}
