import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@lmis/contracts';
import pino from 'pino';
import { loadReferenceData } from './bootstrap.ts';
import { seedDemo } from './demo.ts';
import { bootstrapUser } from './modules/users/index.ts';
import { runImport } from './modules/workers/index.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { migrateDatabase, openDatabase } from './platform/db/index.ts';
import { AppError } from './platform/errors.ts';

const USAGE = `Cách dùng / usage: npm run lmis -- <lệnh> [tùy chọn]
  db:migrate                 áp dụng migration và nạp dữ liệu tham chiếu
  seed:demo                  nạp tài khoản và dữ liệu mẫu
  worker-import:run --id N   chạy (hoặc chạy tiếp) một lần nhập tệp đã tải lên, ngay trong tiến trình này
  user:create --username U --full-name "Họ tên" --role ROLE [--unit MÃ] --password P
                             tạo tài khoản (ROLE: ${Object.keys(ROLES).join(', ')})`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const config = loadConfig();
  const log = pino({ level: config.LOG_LEVEL });
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrateDatabase(database);
    await loadReferenceData(database, log);
    if (command === 'db:migrate') return;
    if (command === 'seed:demo') return await seedDemo({ database, config, log });
    if (command === 'worker-import:run') {
      const { values } = parseArgs({ args: rest, options: { id: { type: 'string' } } });
      const id = Number(values.id);
      if (!Number.isInteger(id)) throw new Error(`Thiếu --id.\n${USAGE}`);
      await runImport(id, { actor: null, requestId: `cli-${process.pid}` }, { db: database.db });
      return;
    }
    if (command === 'user:create') {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          'full-name': { type: 'string' },
          role: { type: 'string', default: 'system_admin' },
          unit: { type: 'string' },
          password: { type: 'string' },
        },
      });
      if (!values.username || !values.password || !(values.role && values.role in ROLES)) {
        throw new Error(`Thiếu hoặc sai tham số.\n${USAGE}`);
      }
      const user = await bootstrapUser(
        {
          username: values.username,
          fullName: values['full-name'] ?? values.username,
          role: values.role as Role,
          unitCode: values.unit ?? null,
          password: values.password,
        },
        { db: database.db, config },
      );
      console.log(`Đã tạo tài khoản ${user.username} (${ROLES[user.role as Role].vi}), id ${user.id}`);
      return;
    }
    throw new Error(USAGE);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  if (error instanceof AppError) console.error(`Lỗi: ${error.messageVi} (${error.code})`);
  else if (error instanceof ConfigError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
