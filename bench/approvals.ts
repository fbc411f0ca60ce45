// `npm run bench:approvals [-- --dossiers 200000 --transitions 300 --engines postgres,pglite]`
// The approval engine: throughput of transitions (each one compare-and-set, step clocks, event, audit entry, decision
// number for approvals) through the product's service, and p50/p95 of the work-queue query ("my pending dossiers"
// of a province officer, of a commune officer, and the overdue list) with that many dossiers in one province.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createDossier, dossierQueue } from '../server/src/modules/dossiers/dossiers.service.ts';
import { actOnDossier } from '../server/src/modules/dossiers/transition-dossier.ts';
import { createEmployer } from '../server/src/modules/employers/index.ts';
import type { Actor, RequestContext } from '../server/src/platform/auth/actor.ts';
import { buildEmployer, buildPersonId } from '../server/src/test/factories.ts';
import { provinceCommunes } from './communes.ts';
import { type Engine, embeddedEngine, nativeEngine, startNativeServer } from './engines.ts';

const { values: args } = parseArgs({
  options: {
    dossiers: { type: 'string', default: '200000' },
    transitions: { type: 'string', default: '300' },
    engines: { type: 'string', default: 'postgres,pglite' },
    runs: { type: 'string', default: '50' },
  },
});
const PROVINCE = '20';
const communes = provinceCommunes(PROVINCE);
const officer = (id: number, role: Actor['role'], unitCode: string): RequestContext => ({
  actor: { id, username: `bench${id}`, fullName: 'Bench', role, unitCode, provinceCode: PROVINCE },
  requestId: 'bench',
});
const employer = officer(1, 'employer', PROVINCE);
const province = officer(2, 'province_officer', PROVINCE);
const commune = officer(3, 'commune_officer', communes[0] as string);
const fmt = (n: number, d = 0) => n.toLocaleString('vi-VN', { maximumFractionDigits: d });
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

/** An application of the 2026 scheme with one worker, unknown to the register (registered on submission). */
function application(employerId: number, i: number) {
  return {
    employerId,
    revenue: null,
    uiContribution: { months: 36, confirmationNo: `${i}/BHXH-QLT`, confirmationDate: '2026-02-02' },
    structureChange: 'Chuyển dây chuyền may sang máy may tự động',
    plan: {
      institutionId: null,
      trades: ['May công nghiệp, sơ cấp'],
      startDate: '2026-03-02',
      endDate: '2026-05-29',
      costPerWorker: 3_000_000,
    },
    trainees: [
      {
        personId: buildPersonId({ birthYear: 1991, serial: 500_000 + i }),
        fullName: 'Lương Văn Hải',
        birthDate: '1991-03-14',
        contractType: 'Không xác định thời hạn',
        contractStartDate: '2019-04-01',
        siBookNo: `20190${String(i).padStart(5, '0')}`,
        trade: 'May công nghiệp',
        communeCode: communes[0] as string,
      },
    ],
  };
}

/**
 * Transitions per second: submit (the application checked, its worker linked) → accept (appraisal) → approve
 * (decision number, amounts frozen), each with its event and audit entry.
 */
async function throughput(engine: Engine, count: number) {
  const deps = { db: engine.database.db, dataDir: '' };
  const company = await createEmployer(
    { ctx: province, body: buildEmployer({ communeCode: communes[0] as string }) },
    { db: engine.database.db },
  );
  const applicant: RequestContext = { ...employer, actor: { ...(employer.actor as Actor), employerId: company.id } };
  const dossiers = [];
  for (let i = 0; i < Math.ceil(count / 3); i++) {
    const d = await createDossier(
      {
        ctx: applicant,
        body: {
          typeCode: 'training_support_ui',
          unitCode: communes[0] as string,
          applicantName: company.name,
          payload: application(company.id, i),
        },
      },
      deps,
    );
    dossiers.push(d);
  }
  // The required documents, as if uploaded (the bench measures the engine, not file storage).
  await engine.database.db.execute(sql`
    INSERT INTO dossier_attachment (dossier_id, document_code, file_name, content_type, size_bytes, sha256, storage_name, uploaded_by, uploaded_by_name)
    SELECT d.id, c.code, c.code || '.pdf', 'application/pdf', 100, repeat('0', 64), 'bench', 1, 'bench'
    FROM dossier d CROSS JOIN (VALUES ('application'), ('training_plan'), ('si_confirmation')) AS c(code)
    WHERE d.status = 'draft'`);
  const started = performance.now();
  let done = 0;
  for (const d of dossiers) {
    let v = await actOnDossier({ ctx: applicant, id: d.id, action: 'submit', body: { version: d.version } }, deps);
    v = await actOnDossier({ ctx: province, id: d.id, action: 'accept', body: { version: v.version } }, deps);
    await actOnDossier(
      {
        ctx: province,
        id: d.id,
        action: 'approve',
        body: { version: v.version, signerName: 'A', signerPosition: 'B' },
      },
      deps,
    );
    done += 3;
  }
  const seconds = (performance.now() - started) / 1000;
  return { done, seconds, perSecond: done / seconds };
}

/** Fills the province with dossiers: a fifth in progress at a province or commune step, the rest closed. */
async function fill(engine: Engine, total: number) {
  await engine.database.pool.query(
    `INSERT INTO dossier (type_code, type_version, status, step_code, act_level, due_on, province_code, commune_code,
       applicant_name, payload, submitted_on, created_by, created_by_name)
     SELECT 'training_support_ui', '2026-01-01',
       CASE WHEN g % 5 = 0 THEN 'in_progress' ELSE 'completed' END,
       CASE WHEN g % 5 = 0 THEN (ARRAY['appraise','decide','si_payment'])[1 + g % 3] END,
       CASE WHEN g % 5 = 0 THEN (CASE WHEN g % 7 = 0 THEN 'applicant' ELSE 'province' END) END,
       DATE '2026-01-01' + (g % 400),
       $1, ($2::text[])[1 + g % array_length($2::text[], 1)],
       'Doanh nghiệp ' || g, '{}'::jsonb, DATE '2026-01-01' + (g % 330), 1, 'bench'
     FROM generate_series(1, $3) AS g`,
    [PROVINCE, communes, total],
  );
  await engine.database.pool.query('ANALYZE dossier');
}

async function queueTimes(engine: Engine, runs: number) {
  const deps = { db: engine.database.db, dataDir: '' };
  const cases: [string, RequestContext, 'mine' | 'overdue'][] = [
    ['của tôi (cán bộ tỉnh)', province, 'mine'],
    ['của tôi (cán bộ xã)', commune, 'mine'],
    ['quá hạn (tỉnh)', province, 'overdue'],
  ];
  const out: string[] = [];
  for (const [label, ctx, view] of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await dossierQueue({ ctx, query: { view, days: 2, limit: 50 } }, deps);
      times.push(performance.now() - t0);
    }
    out.push(`${label}: p50 ${fmt(percentile(times, 0.5), 1)} ms, p95 ${fmt(percentile(times, 0.95), 1)} ms`);
  }
  return out;
}

const total = Number(args.dossiers);
const native = args.engines.includes('postgres') ? startNativeServer() : undefined;
try {
  for (const name of args.engines.split(',')) {
    const engine = name === 'postgres' ? await nativeEngine((native as { url: string }).url) : await embeddedEngine();
    try {
      const t = await throughput(engine, Number(args.transitions));
      console.log(
        `${engine.name}: ${fmt(t.done)} chuyển bước (có audit) trong ${fmt(t.seconds, 1)} s = ${fmt(t.perSecond, 1)}/s`,
      );
      await fill(engine, total);
      for (const line of await queueTimes(engine, Number(args.runs))) {
        console.log(`${engine.name}: hàng đợi với ${fmt(total)} hồ sơ trong tỉnh — ${line}`);
      }
    } finally {
      await engine.close();
    }
  }
} finally {
  native?.stop();
}
