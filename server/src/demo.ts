import type { Role } from '@lmis/contracts';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import Type from 'typebox';
import { type GeneratedPerson, generatePeople, random } from './demo-people.ts';
import { seedTrainingSupportDossier } from './demo-training-support.ts';
import { registerEmployers } from './modules/employers/index.ts';
import { findUnits } from './modules/geo/index.ts';
import { DEPRIVATION_CATALOGUE, recordReviews, registerHouseholds } from './modules/households/index.ts';
import { findCatalogue } from './modules/reference/index.ts';
import { accountOpensWith, bootstrapUser } from './modules/users/index.ts';
import {
  linkWorkersToHouseholds,
  loadWorkerReference,
  mergeWorkerBatch,
  parseWorker,
  type RawWorker,
  type WorkerValue,
} from './modules/workers/index.ts';
import type { Actor, RequestContext } from './platform/auth/actor.ts';
import type { Config } from './platform/config.ts';
import { todayInVietnam } from './platform/dates.ts';
import type { Database, Db, DbOrTx } from './platform/db/index.ts';
import { AppError } from './platform/errors.ts';

/** Password of every demo account; printed in the README, never used outside demo installations. */
export const DEMO_PASSWORD = 'LmisDemo2026';
export const DEMO_PROVINCE = '20'; // Lạng Sơn

/** Sizes of the demo register: two communes followed over two rounds, eight more with the latest round only. */
export const DEMO_SIZE = {
  followedPeople: 6000,
  otherPeople: 4000,
  otherCommunes: 8,
  householdsPerCommune: 750,
  rounds: [2025, 2026] as const,
};
const BATCH_ROWS = 2000;
const CTX: RequestContext = { actor: null, requestId: 'demo' };

type Log = Pick<FastifyBaseLogger, 'info'>;

export interface DemoOptions {
  database: Database;
  config: Config;
  log: Log;
  /** The province to fill; tests pass another one so the demo does not meet their data. */
  provinceCode?: string;
  /** Put in front of every demo username (tests). */
  usernamePrefix?: string;
}

/**
 * Demo accounts for the demo province and two of its communes, and a register that looks alive: workers of those
 * two communes collected in 2025 and again in 2026 (some changed job or qualification), workers of eight more
 * communes in 2026, and the households of the two communes with poverty reviews for both years. Everything goes
 * through the modules' own validation, merge, audit and classification code.
 */
export async function seedDemo(opts: DemoOptions) {
  const started = Date.now();
  const db = opts.database.db;
  const provinceCode = opts.provinceCode ?? DEMO_PROVINCE;
  const today = todayInVietnam();
  const communes = await findUnits(db, { asOf: today, parent: provinceCode, level: 'commune', limit: 10 });
  const [first, second] = communes;
  if (!first || !second || communes.length < 2 + DEMO_SIZE.otherCommunes) {
    throw new Error(`Demo province ${provinceCode} has too few communes; reference data missing`);
  }
  const employer = await seedEmployer(db, provinceCode, first.code);
  const { usernames: accounts, employerAccount } = await createAccounts(
    opts,
    provinceCode,
    [first.code, second.code],
    employer,
  );

  const followed = [first, second].map((c) => c.code);
  const others = communes.slice(2).map((c) => c.code);
  const people = [
    ...generatePeople({
      count: DEMO_SIZE.followedPeople + DEMO_SIZE.otherPeople,
      communes: followed,
      birthProvince: provinceCode,
    }),
  ].map((p, i) =>
    i < DEMO_SIZE.followedPeople
      ? p
      : { ...p, communeCode: others[(i - DEMO_SIZE.followedPeople) % others.length] as string },
  );
  const followedPeople = people.slice(0, DEMO_SIZE.followedPeople);
  const plan = planHouseholds(followedPeople, followed, provinceCode, new Map(communes.map((c) => [c.code, c.name])));

  // Round 2025: the two followed communes. Round 2026: the same people re-collected, and the other communes.
  const [earlier, later] = DEMO_SIZE.rounds;
  const ref = await loadWorkerReference(db, { provinceCode, today });
  const toValue = (p: GeneratedPerson, roundYear: number) => {
    const { value, issues } = parseWorker(rawWorker(p, plan.relations.get(p.personId) ?? null), ref, {
      roundYear,
      today,
    });
    if (!value)
      throw new Error(
        `Demo worker ${p.personId} is invalid: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
      );
    return value;
  };
  const change = random(2026);
  const round1 = await mergeRound(
    opts.database,
    provinceCode,
    followedPeople.map((p) => toValue(p, earlier)),
  );
  const round2 = await mergeRound(opts.database, provinceCode, [
    ...followedPeople.map((p) => toValue(recollect(p, change), later)),
    ...people.slice(DEMO_SIZE.followedPeople).map((p) => toValue(p, later)),
  ]);

  const households = await opts.database.db.transaction(async (tx) => seedHouseholds(tx, plan));
  const trainingSupportDossier = await seedTrainingSupportDossier(
    { db, dataDir: opts.config.DATA_DIR },
    {
      employerAccount,
      employer,
      workers: followedPeople.filter((p) => p.communeCode === first.code),
      today,
    },
  );
  opts.log.info(
    {
      province: provinceCode,
      accounts,
      communes: [first.name, second.name],
      workers: { [earlier]: round1.inserted, [later]: round2.inserted + round2.updated, recollected: round2.updated },
      ...households,
      trainingSupportDossier,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    },
    'demo data created',
  );
}

/**
 * The demo employer of the first commune, whose account is `doanhnghiep.langson`: a garment company paying
 * unemployment insurance, the kind of employer that files training-support dossiers (QĐ 23/2021/QĐ-TTg Art. 9).
 */
async function seedEmployer(db: Db, provinceCode: string, communeCode: string) {
  const [employer] = await registerEmployers(
    {
      ctx: CTX,
      items: [
        {
          // A valid code of Lạng Sơn (49…): its tenth digit is the check digit of TT 105/2020/TT-BTC Art. 5.
          taxCode: '4900891236',
          name: 'Công ty TNHH May mặc Xứ Lạng',
          legalFormCode: '03',
          vsicSectionCode: 'C',
          address: 'Số 18 đường Lê Đại Hành',
          provinceCode,
          communeCode,
          unitNeedsReview: false,
          sourceUnit: null,
          employeeCount: 420,
          uiParticipation: true,
          uiSince: '2012-01-01',
          contactName: 'Hoàng Thị Thu Trang',
          phone: '0205 3898 686',
          email: 'nhansu.xulang@example.vn',
          industrialZone: 'Khu công nghiệp Đồng Bành',
        },
      ],
    },
    { db },
  );
  if (!employer) throw new Error('Demo employer was not saved');
  return employer;
}

async function createAccounts(
  opts: DemoOptions,
  provinceCode: string,
  [c1, c2]: string[],
  employer: { id: number; communeCode: string },
) {
  const prefix = opts.usernamePrefix ?? '';
  const accounts: {
    username: string;
    fullName: string;
    role: Role;
    unitCode: string | null;
    employerId?: number;
  }[] = [
    { username: 'admin', fullName: 'Quản trị hệ thống', role: 'system_admin', unitCode: null },
    {
      username: 'sonoivu.langson',
      fullName: 'Nguyễn Thị Hồng Nhung',
      role: 'province_officer',
      unitCode: provinceCode,
    },
    { username: 'lanhdao.langson', fullName: 'Hoàng Văn Thắng', role: 'viewer', unitCode: provinceCode },
    { username: 'canbo.xa1', fullName: 'Lương Văn Đức', role: 'commune_officer', unitCode: c1 ?? null },
    { username: 'canbo.xa2', fullName: 'Nông Thị Mai', role: 'commune_officer', unitCode: c2 ?? null },
    {
      username: 'doanhnghiep.langson',
      fullName: 'Hoàng Thị Thu Trang',
      role: 'employer',
      unitCode: employer.communeCode,
      employerId: employer.id,
    },
  ].map((a) => ({ ...a, role: a.role as Role, username: `${prefix}${a.username}` }));
  const deps = { db: opts.database.db, config: opts.config };
  let employerAccount: Actor | undefined;
  for (const account of accounts) {
    try {
      const user = await bootstrapUser({ ...account, password: DEMO_PASSWORD }, deps);
      if (account.role === 'employer') {
        employerAccount = {
          id: user.id,
          username: account.username,
          fullName: account.fullName,
          role: account.role,
          unitCode: account.unitCode,
          provinceCode,
          employerId: account.employerId ?? null,
        };
      }
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'DUPLICATE')) throw error;
      // Accounts come first, so a second run stops here before writing any data twice.
      throw new AppError('DUPLICATE', {
        vi: `Dữ liệu mẫu đã có trong cơ sở dữ liệu này (tài khoản "${account.username}" đã tồn tại), nên không nạp lại. Muốn có bản mẫu mới, hãy dùng một cơ sở dữ liệu trống (DATA_DIR hoặc DATABASE_URL khác).`,
        en: `Demo data is already present (account ${account.username} exists); use an empty database`,
      });
    }
  }
  if (!employerAccount) throw new Error('Demo employer account was not created');
  return { usernames: accounts.map((a) => a.username), employerAccount };
}

/** The generator's values as a commune would type them, so they pass the register's own validation. */
function rawWorker(p: GeneratedPerson, householdRelation: string | null): RawWorker {
  return {
    personId: p.personId,
    fullName: p.fullName,
    birthDate: p.birthDate.split('-').reverse().join('/'),
    sex: p.sex === 'male' ? 'Nam' : 'Nữ',
    ethnicityCode: p.ethnicityCode,
    communeCode: p.communeCode,
    generalEducationCode: p.generalEducationCode,
    qualificationCode: p.qualificationCode,
    employmentStatus: p.employmentStatus,
    statusInEmploymentCode: p.statusInEmploymentCode,
    unemploymentDurationCode: p.unemploymentDurationCode,
    inactivityReasonCode: p.inactivityReasonCode,
    jobTitle: p.jobTitle,
    phone: p.phone,
    address: p.address,
    householdRelation,
    needTraining: p.needTraining,
    needJob: p.needJob,
    needAbroad: p.needAbroad,
  };
}

const JOBS = ['Công nhân may', 'Buôn bán nhỏ', 'Thợ xây', 'Lái xe', 'Công nhân khu công nghiệp', 'Nhân viên bán hàng'];

/** The same person a year later: some found work, lost it or retired; a few finished a course. */
function recollect(p: GeneratedPerson, rnd: () => number): GeneratedPerson {
  const employed = (): GeneratedPerson => ({
    ...p,
    employmentStatus: '1',
    statusInEmploymentCode: String(1 + Math.floor(rnd() * 4)),
    unemploymentDurationCode: null,
    inactivityReasonCode: null,
    jobTitle: JOBS[Math.floor(rnd() * JOBS.length)] as string,
    needJob: false,
  });
  const idle = { statusInEmploymentCode: null, jobTitle: null, unemploymentDurationCode: null };
  const r = rnd();
  let next = p;
  if (p.employmentStatus === '2' && r < 0.45) next = employed();
  else if (p.employmentStatus === '3' && r < (p.inactivityReasonCode === '1' ? 0.3 : 0.03)) next = employed();
  else if (p.employmentStatus === '1' && r < 0.012) {
    next = { ...p, ...idle, employmentStatus: '2', unemploymentDurationCode: '1', needJob: true };
  } else if (p.employmentStatus === '1' && p.birthDate < '1967' && r < 0.12) {
    next = { ...p, ...idle, employmentStatus: '3', inactivityReasonCode: '3', needJob: false }; // retired
  }
  const q = rnd();
  if (next.qualificationCode === '00' && q < 0.05) {
    next = { ...next, qualificationCode: q < 0.03 ? '01' : '02', needTraining: false };
  } else if (next.qualificationCode === '03' && q < 0.03) next = { ...next, qualificationCode: '04' };
  return next;
}

/** Merges one round's workers in batches of 2,000, each in its own transaction, as a file import does. */
async function mergeRound(database: Database, provinceCode: string, values: WorkerValue[]) {
  const total = { inserted: 0, updated: 0 };
  for (let i = 0; i < values.length; i += BATCH_ROWS) {
    const rows = values.slice(i, i + BATCH_ROWS).map((v, j) => ({ ...v, sourceRow: i + j + 2 }));
    const result = await database.db.transaction((tx) =>
      mergeWorkerBatch(tx, {
        rows,
        scope: { kind: 'province', provinceCode },
        importId: null,
        ctx: CTX,
        source: 'dữ liệu mẫu',
      }),
    );
    if (result.clashes.length > 0) throw new Error(`Demo workers registered elsewhere: ${result.clashes.length}`);
    total.inserted += result.inserted;
    total.updated += result.updated;
  }
  return total;
}

interface PlannedMember {
  personId: string | null;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  relation: string;
}
interface PlannedHousehold {
  communeCode: string;
  householdCode: string;
  areaType: 'urban' | 'rural';
  address: string;
  registeredOn: string;
  members: PlannedMember[];
}

/** 1–6 members, as in the 2019 census (average 3.6 people per household). */
const SIZES = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6];

function relationToHead(head: GeneratedPerson, m: GeneratedPerson, spouseTaken: boolean): string {
  const gap = Number(m.birthDate.slice(0, 4)) - Number(head.birthDate.slice(0, 4));
  if (gap >= 16) return 'Con';
  if (gap <= -16) return m.sex === 'male' ? 'Bố' : 'Mẹ';
  if (!spouseTaken && m.sex !== head.sex) return m.sex === 'male' ? 'Chồng' : 'Vợ';
  return 'Anh chị em';
}

/**
 * Groups the people of the followed communes into households (the oldest adult heads it), adds children under 15
 * who are not in the worker register, and records each adult's relation to the head.
 */
function planHouseholds(
  people: GeneratedPerson[],
  communes: string[],
  provinceCode: string,
  names: Map<string, string>,
) {
  const rnd = random(1506);
  const children = generatePeople({ count: 20_000, communes, seed: 15, birthProvince: provinceCode });
  const relations = new Map<string, string>();
  const households: PlannedHousehold[] = [];
  for (const communeCode of communes) {
    const pool = people.filter((p) => p.communeCode === communeCode);
    const areaType = names.get(communeCode)?.startsWith('Phường') ? 'urban' : 'rural';
    let next = 0;
    for (let n = 1; n <= DEMO_SIZE.householdsPerCommune && next < pool.length; n++) {
      const size = SIZES[Math.floor(rnd() * SIZES.length)] as number;
      const adultCount =
        size <= 2 ? (size === 2 && rnd() < 0.15 ? 1 : size) : 2 + (rnd() < 0.3 ? 1 : 0) + (rnd() < 0.1 ? 1 : 0);
      const adults = pool
        .slice(next, next + Math.min(adultCount, size))
        .sort((a, b) => a.birthDate.localeCompare(b.birthDate));
      next += adults.length;
      const head = adults[0] as GeneratedPerson;
      const family = head.fullName.split(' ')[0];
      let spouseTaken = false;
      const members: PlannedMember[] = adults.map((m, i) => {
        const relation = i === 0 ? 'Chủ hộ' : relationToHead(head, m, spouseTaken);
        spouseTaken ||= relation === 'Vợ' || relation === 'Chồng';
        relations.set(m.personId, relation);
        return { personId: m.personId, fullName: m.fullName, birthDate: m.birthDate, sex: m.sex, relation };
      });
      for (let c = adults.length; c < size; c++) {
        const child = children.next().value as GeneratedPerson;
        const year = 2012 + Math.floor(rnd() * 14);
        members.push({
          personId: null,
          fullName: `${family} ${child.fullName.split(' ').slice(1).join(' ')}`,
          birthDate: `${year}${child.birthDate.slice(4)}`,
          sex: child.sex,
          relation: Number(head.birthDate.slice(0, 4)) >= 1972 ? 'Con' : 'Cháu',
        });
      }
      const registered = 2008 + Math.floor(rnd() * 17);
      households.push({
        communeCode,
        householdCode: String(n).padStart(4, '0'),
        areaType,
        address: head.address.replace('Thôn', areaType === 'urban' ? 'Khối' : 'Thôn'),
        registeredOn: `${registered}-${head.birthDate.slice(5)}`,
        members,
      });
    }
  }
  return { households, relations, provinceCode };
}

/** Monthly income per person the demo draws around (VND): the 2022–2026 poverty lines (NĐ 07/2021/NĐ-CP Art. 3). */
const LINE = { urban: 2_000_000, rural: 1_500_000 };

interface Living {
  income: number;
  deprived: number;
}

/** 2025: about 5 % poor (low income, 3+ deprivations) and 7 % near-poor; the rest above the line. */
function livingIn2025(line: number, rnd: () => number): Living {
  const u = rnd();
  const between = (lo: number, hi: number) => line * (lo + rnd() * (hi - lo));
  if (u < 0.05) return { income: between(0.55, 1), deprived: 3 + Math.floor(rnd() * 3) };
  if (u < 0.12) return { income: between(0.7, 1), deprived: Math.floor(rnd() * 3) };
  if (u < 0.2) return { income: between(1.02, 1.3), deprived: Math.floor(rnd() * 4) };
  return { income: between(1.3, 6), deprived: Math.floor(rnd() * 2) };
}

/** 2026: incomes grow; about a third of the poor escape, a few near-poor or borderline households fall into poverty. */
function livingIn2026(before: Living, line: number, rnd: () => number): Living {
  const grown = { ...before, income: before.income * (1.03 + rnd() * 0.07) };
  const poor = before.income <= line && before.deprived >= 3;
  const nearPoor = before.income <= line && !poor;
  const u = rnd();
  if (poor && u < 0.2) return { ...grown, income: line * (1.05 + rnd() * 0.3) };
  if (poor && u < 0.35) return { ...grown, deprived: 2 };
  if (poor) return { ...grown, income: Math.min(grown.income, line) };
  if (nearPoor && u < 0.25) return { ...grown, income: line * (1.05 + rnd() * 0.3) };
  if (nearPoor && u < 0.31) return { income: Math.min(grown.income, line), deprived: 3 };
  if (nearPoor) return { ...grown, income: Math.min(grown.income, line) };
  if (before.income < line * 1.3 && u < 0.05)
    return { income: line * (0.8 + rnd() * 0.2), deprived: u < 0.015 ? 3 : 1 };
  if (u < 0.002) return { income: line * 0.9, deprived: 3 };
  return grown;
}

function shuffle<T>(items: T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function seedHouseholds(tx: DbOrTx, plan: ReturnType<typeof planHouseholds>) {
  const saved = await registerHouseholds(
    {
      ctx: CTX,
      items: plan.households.map((h) => ({
        household: {
          householdCode: h.householdCode,
          headName: (h.members[0] as PlannedMember).fullName,
          address: h.address,
          provinceCode: plan.provinceCode,
          communeCode: h.communeCode,
          areaType: h.areaType,
          registeredOn: h.registeredOn,
        },
        members: h.members,
      })),
    },
    { db: tx },
  );
  const planned = new Map(plan.households.map((h) => [`${h.communeCode}/${h.householdCode}`, h]));
  const withPlan = saved.map((household) => ({
    household,
    plan: planned.get(`${household.communeCode}/${household.householdCode}`) as PlannedHousehold,
  }));
  const linked = await linkWorkersToHouseholds(
    tx,
    withPlan.flatMap(({ household, plan: h }) =>
      h.members.flatMap((m) =>
        m.personId ? [{ personId: m.personId, householdId: household.id, relation: m.relation }] : [],
      ),
    ),
  );

  const [earlier, later] = DEMO_SIZE.rounds;
  const reviewedOn = { [earlier]: `${earlier}-10-15`, [later]: `${later}-10-15` };
  const indicators = (await findCatalogue(tx, DEPRIVATION_CATALOGUE, reviewedOn[earlier]))
    .filter((i) => i.parentCode !== null)
    .map((i) => i.code);
  const rnd = random(2025);
  const living = withPlan.map(({ household }) => {
    const line = LINE[household.areaType];
    // Each household lacks the same indicators first, so a worse year adds to last year's list.
    const order = shuffle(indicators, rnd);
    const a = livingIn2025(line, rnd);
    return { household, order, years: { [earlier]: a, [later]: livingIn2026(a, line, rnd) } };
  });
  const counts: Record<string, Record<string, number>> = {};
  for (const year of DEMO_SIZE.rounds) {
    const reviews = await recordReviews(
      {
        ctx: CTX,
        year,
        reviewedOn: reviewedOn[year] as string,
        reviews: living.map((l) => {
          const { income, deprived } = l.years[year] as Living;
          return {
            household: l.household,
            memberCount: (planned.get(`${l.household.communeCode}/${l.household.householdCode}`) as PlannedHousehold)
              .members.length,
            incomePerCapitaVnd: Math.round(income / 1000) * 1000,
            deprivations: l.order.slice(0, deprived),
          };
        }),
      },
      { db: tx },
    );
    counts[year] = {
      reviews: reviews.length,
      poor: reviews.filter((r) => r.finalClass === 'poor').length,
      nearPoor: reviews.filter((r) => r.finalClass === 'near_poor').length,
    };
  }
  return {
    households: saved.length,
    members: withPlan.reduce((n, h) => n + h.plan.members.length, 0),
    linkedWorkers: linked,
    povertyReviews: counts,
  };
}

/**
 * Whether this installation is a demo: its demo administrator still opens with the published password. The web
 * shows a banner then, so nobody mistakes it for a real register. Checked once a minute at most.
 */
export function demoStatusRoutes(app: FastifyInstance, opts: { db: Db; username?: string }, done: () => void) {
  let cached: { demo: boolean; at: number } | undefined;
  app.get(
    '/api/demo',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: 'Bản cài đặt trình diễn (tài khoản mẫu với mật khẩu công khai) hay không',
        response: { 200: Type.Object({ demo: Type.Boolean() }) },
      },
    },
    async () => {
      if (!cached || Date.now() - cached.at > 60_000) {
        cached = { demo: await accountOpensWith(opts.db, opts.username ?? 'admin', DEMO_PASSWORD), at: Date.now() };
      }
      return { demo: cached.demo };
    },
  );
  done();
}
