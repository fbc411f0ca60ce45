import { ROLES, type Role } from '@lmis/contracts';
import { DEMO_PASSWORD } from './demo.ts';
import { accountOpensWith, findUsers } from './modules/users/index.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/index.ts';

/** The address people type: a server listening on every interface is reached locally at localhost. */
export function publicUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/**
 * What a person starting LMIS needs on one screen: where to open it, the demo accounts while the demo password
 * still opens them, and how to stop. Plain text for a terminal; a JSON log gets the same facts as fields.
 */
export async function startBanner(opts: { config: Config; database: Database; port: number }): Promise<string> {
  const url = publicUrl(opts.config.HOST, opts.port);
  const lines = [
    '',
    `  LMIS đang chạy / is running:  ${url}`,
    `  Tài liệu API / API docs:      ${url}/api/docs`,
    `  Cơ sở dữ liệu / database:     ${opts.database.kind === 'embedded' ? `PGlite (${opts.config.DATA_DIR})` : 'PostgreSQL (DATABASE_URL)'}`,
  ];
  if (await accountOpensWith(opts.database.db, 'admin', DEMO_PASSWORD)) {
    const { rows } = await findUsers(opts.database.db, { scope: { kind: 'national' }, page: 1, pageSize: 10 });
    lines.push('', `  Tài khoản mẫu / demo accounts (mật khẩu / password ${DEMO_PASSWORD}):`);
    for (const u of rows) lines.push(`    ${u.username.padEnd(18)} ${ROLES[u.role as Role]?.vi ?? u.role}`);
  }
  if (opts.config.HOST === '127.0.0.1' || opts.config.HOST === 'localhost') {
    lines.push('', '  Chỉ máy này mở được; mở cho mạng cơ quan: xem README, mục Running (HOST, TRUST_PROXY).');
  }
  lines.push('  Dừng / stop: Ctrl+C', '');
  return lines.join('\n');
}
