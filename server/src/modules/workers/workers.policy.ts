import type { Role } from '@lmis/contracts';
import { AppError } from '../../platform/errors.ts';
import { allow, defineResource } from '../../platform/policy/index.ts';
import { registerAuditReader } from '../audit/index.ts';

/**
 * The labour-supply register (Nghị định 145/2025/NĐ-CP on labour-market information): personal data read by the
 * labour authorities, the employment service centres and leaders, changed by the officers who keep it — each
 * within their unit (nation, province with its communes, or commune).
 */
const READERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer', 'employment_centre', 'viewer'];
const KEEPERS: readonly Role[] = ['system_admin', 'province_officer', 'commune_officer'];

/** One person's record; out of scope it is answered exactly as a personal ID that is not registered. */
export const workerResource = defineResource({
  name: 'worker',
  unitOf: (w: { provinceCode: string; communeCode: string }) => w,
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy người lao động', en: 'No such worker' }),
});

/** One uploaded register file and its run. */
export const workerImportResource = defineResource({
  name: 'worker_import',
  unitOf: (i: { provinceCode: string; communeCode: string | null }) => i,
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy lượt nhập dữ liệu', en: 'No such import' }),
});

allow(workerResource, ['read', 'export'], READERS);
allow(workerResource, ['create', 'update'], KEEPERS);
allow(workerImportResource, 'read', READERS);
allow(workerImportResource, 'create', KEEPERS);

// The change log: a worker's entries (bulk import entries included) with the worker read right; an import's
// summary and a list export (its filter) likewise, since both speak of the register's people.
registerAuditReader('worker', workerResource, 'read');
registerAuditReader('worker_import', workerResource, 'read');
registerAuditReader('worker_list', workerResource, 'read');
