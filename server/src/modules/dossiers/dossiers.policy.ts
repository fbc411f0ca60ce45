import type { Role } from '@lmis/contracts';
import { sql } from 'drizzle-orm';
import { dossier } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { allow, defineResource } from '../../platform/policy/index.ts';
import { registerAuditReader } from '../audit/index.ts';
import { filedOrWrittenBy } from './dossiers.queries.ts';

/**
 * Dossiers lie in the applicant's unit (province, and commune when the applicant has one). Officers and leaders
 * read the dossiers of their scope; an employer account linked to an employer of the register reads and files exactly
 * that employer's dossiers (`employer_id`, whoever filed them); one not linked, only the dossiers it filed. Which step an officer may act on is the type's
 * declaration (role and unit level), checked by the engine after these rules.
 */
export interface DossierUnit {
  provinceCode: string;
  communeCode: string | null;
  createdBy: number;
  employerId: number | null;
  /** Absent for a dossier not yet filed. */
  status?: string;
}

export const dossierResource = defineResource({
  name: 'dossier',
  unitOf: (d: DossierUnit) => d,
  notFound: () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy hồ sơ', en: 'No such dossier' }),
});

const OFFICERS: readonly Role[] = ['province_officer', 'commune_officer'];
const ownDossier = (actor: Actor, d: DossierUnit) =>
  actor.employerId != null ? d.employerId === actor.employerId : d.createdBy === actor.id;

// An applicant's draft is its own work until it is submitted: officers read it only if they wrote it, by its
// number as in the list (a draft they may not read answers exactly like one that does not exist).
const filedOrOwn = (actor: Actor, d: DossierUnit) => d.status !== 'draft' || d.createdBy === actor.id;
allow(dossierResource, 'read', ['system_admin', 'province_officer', 'commune_officer', 'viewer'], {
  when: filedOrOwn,
});
allow(dossierResource, 'read', ['employer'], { when: ownDossier });
allow(dossierResource, 'file', OFFICERS);
allow(dossierResource, 'file', ['employer'], { when: ownDossier });
allow(dossierResource, ['act', 'decide'], OFFICERS);
// The administrator holds every capability, as everywhere; the types' step rules (roles, levels) name no
// administrator, so the engine still refuses them every step of every dossier.
allow(dossierResource, ['file', 'act', 'decide'], ['system_admin']);
allow(dossierResource, 'sla', ['system_admin', 'province_officer', 'commune_officer', 'viewer']);

// The change log's entries of dossiers are read by the officers who work them (the log's access ignores `when`, so
// an employer's own-dossier rule cannot apply there); everyone who reads a dossier reads its own event history.
// As the dossier itself (filedOrOwn): a draft's entries only to the officer who wrote it, until it is submitted;
// a draft deleted unsubmitted leaves entries nobody else reads.
registerAuditReader('dossier', dossierResource, 'act', {
  visibleIds: (actor) => sql`SELECT ${dossier.id}::text FROM ${dossier} WHERE ${filedOrWrittenBy(actor.id)}`,
});
