import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import { todayInVietnam } from '../../platform/dates.ts';
import type { Db } from '../../platform/db/index.ts';
import { openImportTemplate } from '../../platform/imports/index.ts';
import { listScope } from '../../platform/policy/index.ts';
import { findUnit, findUnits } from '../geo/index.ts';
import { loadCatalogueNames } from '../reference/index.ts';
import { WORKER_FIELDS, type WorkerFieldKey } from './worker-fields.ts';
import { workerImport } from './worker-import.ts';
import { workerResource } from './workers.policy.ts';

/** One plausible person of a commune list (Mẫu số 01, TT 01/2022/TT-BLĐTBXH), written as communes write it. */
const EXAMPLE: Partial<Record<WorkerFieldKey, string | boolean>> = {
  personId: '020192012345',
  fullName: 'Hoàng Thị Thu Hà',
  birthDate: '1992-03-15',
  sex: 'Nữ',
  phone: '0912345678',
  address: 'Thôn Khòn Pổ',
  householdRelation: 'Vợ',
  trainingField: 'May công nghiệp',
  jobTitle: 'Công nhân may',
  workplaceName: 'Công ty TNHH May Lạng Sơn',
  workplaceType: 'Doanh nghiệp ngoài nhà nước',
  workplaceAddress: 'Khu công nghiệp Đồng Bành',
  socialInsurance: true,
  needTraining: true,
  needJob: false,
  needAbroad: false,
};

/**
 * The example's catalogue entries by code, chosen to be coherent: an employed wage worker (so no unemployment
 * duration and no inactivity reason, which the cross-field rules refuse), written as the catalogue names them.
 */
const EXAMPLE_CODES: Partial<Record<WorkerFieldKey, string>> = {
  ethnicityCode: '01',
  generalEducationCode: '4',
  qualificationCode: '02',
  employmentStatus: '1',
  statusInEmploymentCode: '4',
  occupationCode: '8',
  workplaceSector: 'C',
};

/**
 * The register template: the headers the import recognises first, and one example row whose catalogue values and
 * commune are names the user's catalogues and units really hold, so a filled copy imports as it is.
 */
export async function workerImportTemplate(input: { ctx: RequestContext }, deps: { db: Db }) {
  const actor = requireActor(input.ctx);
  const scope = listScope(actor, 'read', workerResource);
  const today = todayInVietnam();
  const example: Record<string, unknown> = { ...EXAMPLE };
  const names = await loadCatalogueNames(deps.db, WORKER_FIELDS, today);
  for (const [key, code] of Object.entries(EXAMPLE_CODES)) example[key] = names.get(key)?.get(code) ?? null;
  if (scope.kind !== 'national') {
    const unit =
      scope.kind === 'commune'
        ? await findUnit(deps.db, scope.communeCode, today)
        : (await findUnits(deps.db, { asOf: today, parent: scope.provinceCode, limit: 1 }))[0];
    example.communeCode = unit?.name ?? null;
  }
  return openImportTemplate({ fields: WORKER_FIELDS, examples: [example], fileName: workerImport.templateFileName });
}
