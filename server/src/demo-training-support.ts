import type { TrainingSupportApplicationT } from '@lmis/contracts';
import type { GeneratedPerson } from './demo-people.ts';
import { actOnDossier, createDossier } from './modules/dossiers/index.ts';
import type { Actor } from './platform/auth/actor.ts';
import type { Db } from './platform/db/index.ts';

/** The first day of the month after `day`, and the last day of the fourth month from there (a 4-month course). */
function nextCourse(day: string) {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m, 1));
  const end = new Date(Date.UTC(y, m + 4, 0));
  return { startDate: start.toISOString().slice(0, 10), endDate: end.toISOString().slice(0, 10) };
}

/**
 * The demo employer's training-support dossier under the unemployment-insurance scheme (Luật Việc làm 74/2025
 * Art. 42), filed by its account and waiting at the department's appraisal, with five workers of the register: the
 * employer, the officers' queue and the assessment all show something. It goes through the dossier services (the
 * application's checks, the trainee rows, the audit) like a filing from the page.
 */
export async function seedTrainingSupportDossier(
  deps: { db: Db; dataDir: string },
  opts: {
    employerAccount: Actor;
    employer: { id: number; name: string; communeCode: string };
    workers: GeneratedPerson[];
    today: string;
  },
) {
  const ctx = { actor: opts.employerAccount, requestId: 'demo' };
  const payload: TrainingSupportApplicationT = {
    employerId: opts.employer.id,
    revenue: null,
    uiContribution: { months: 20, confirmationNo: '318/BHXH-QLT', confirmationDate: opts.today },
    structureChange:
      'Đầu tư dây chuyền may tự động (máy may lập trình, hệ thống cắt vải CNC); người lao động đang may thủ công cần được đào tạo vận hành thiết bị mới để giữ việc làm.',
    plan: {
      institutionId: null,
      trades: ['Vận hành máy may công nghiệp lập trình, trình độ sơ cấp'],
      ...nextCourse(opts.today),
      costPerWorker: 4_800_000,
    },
    trainees: opts.workers.slice(0, 5).map((w) => ({
      personId: w.personId,
      fullName: w.fullName,
      birthDate: w.birthDate,
      contractType: 'Hợp đồng lao động không xác định thời hạn',
      contractStartDate: '2023-03-01',
      siBookNo: `20${w.personId.slice(-8)}`,
      trade: 'Vận hành máy may công nghiệp lập trình',
      communeCode: w.communeCode,
    })),
  };
  const draft = await createDossier(
    {
      ctx,
      body: {
        typeCode: 'training_support_ui',
        unitCode: opts.employer.communeCode,
        applicantName: opts.employer.name,
        payload: payload as unknown as Record<string, unknown>,
      },
    },
    deps,
  );
  await actOnDossier({ ctx, id: draft.id, action: 'submit', body: { version: draft.version } }, deps);
  return draft.id;
}
