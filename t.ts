import { openDatabase, migrateDatabase } from './server/src/platform/db/index.ts';
for (const url of [undefined, process.env.PGURL]) {
  const d = await openDatabase({ databaseUrl: url, dataDir: '/tmp/lmis-try3' });
  if (url) { await d.pool.query('drop schema public cascade; create schema public; drop schema if exists drizzle cascade'); }
  await migrateDatabase(d);
  await d.pool.query("insert into worker (person_id, full_name, birth_date, sex, province_code, commune_code, round_year) values ('1','Nguyễn Văn Ánh','1990-01-01','male','20','1',2025),('2','Trần Thị Ân','1990-01-01','male','20','1',2025),('3','Lê Văn An','1990-01-01','male','20','1',2025),('4','Đỗ Bình','1990-01-01','male','20','1',2025),('5','Phạm Đức','1990-01-01','male','20','1',2025),('6','Hồ Dũng','1990-01-01','male','20','1',2025)");
  console.log(d.kind, (await d.pool.query(`select full_name from worker order by name_sort collate "C"`)).rows.map(r=>r.full_name).join(' | '), (await d.pool.query('select sum(n)::int from worker_stat')).rows);
  await d.close();
}
