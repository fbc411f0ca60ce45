import { type RequestContext, requireActor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { openImportTemplate } from '../../platform/imports/index.ts';
import { listScope } from '../../platform/policy/index.ts';
import type { Tasks } from '../../platform/tasks.ts';
import { exampleCommune } from '../geo/index.ts';
import { householdImport } from './household-import.ts';
import { householdResource } from './households.policy.ts';

/** The household list import's service: the generic pipeline (platform/imports) with the household declaration. */
export interface HouseholdImportsDeps {
  db: Db;
  dataDir: string;
  tasks: Tasks;
}

/** The list template: the recognised headers and one household of the user's commune, as a commune writes it. */
export async function householdImportTemplate(input: { ctx: RequestContext }, deps: Pick<HouseholdImportsDeps, 'db'>) {
  const scope = listScope(requireActor(input.ctx), 'read', householdResource);
  const unit = await exampleCommune(deps.db, scope);
  const example = {
    householdCode: 'HN-2025-001',
    headName: 'Hoàng Văn Pảo',
    headPersonId: '020078001234',
    address: 'Thôn Khòn Pổ',
    communeCode: unit?.name ?? null,
    areaType: 'Nông thôn',
    registeredOn: '2025-12-10',
  };
  return openImportTemplate({
    fields: householdImport.fields,
    examples: [example],
    fileName: householdImport.templateFileName,
  });
}
