import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { openImportTemplate } from '../../platform/imports/index.ts';
import { listScope } from '../../platform/policy/index.ts';
import type { Tasks } from '../../platform/tasks.ts';
import { exampleCommune } from '../geo/index.ts';
import { employerImport } from './employer-import.ts';
import { employerImportResource } from './employers.policy.ts';

/** The employer list import: the generic pipeline (platform/imports) with the employer declaration and its template. */
export interface EmployerImportsDeps {
  db: Db;
  dataDir: string;
  tasks: Tasks;
}

/** The list template: the recognised headers and one employer of the user's commune, as a department writes it. */
export async function employerImportTemplate(input: { ctx: RequestContext }, deps: Pick<EmployerImportsDeps, 'db'>) {
  const scope = listScope(requireActor(input.ctx), 'import', employerImportResource);
  const unit = await exampleCommune(deps.db, scope);
  const example = {
    taxCode: '0100233488',
    name: 'Công ty TNHH May mặc Đồng Đăng',
    legalFormCode: 'Công ty TNHH hai thành viên trở lên',
    vsicSectionCode: 'Công nghiệp chế biến, chế tạo',
    address: 'Khu công nghiệp Đồng Bành',
    communeCode: unit?.name ?? null,
    employeeCount: 250,
    uiParticipation: 'Có',
    uiSince: '2015-03-01',
    contactName: 'Hoàng Thị Lan',
    phone: '0205 3851 234',
    email: 'nhansu@example.vn',
    industrialZone: 'KCN Đồng Bành',
  };
  return openImportTemplate({
    fields: employerImport.fields,
    examples: [example],
    fileName: employerImport.templateFileName,
  });
}
