import { TRAINING_SUPPORT_TYPES } from '@lmis/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db, DbOrTx } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { type DossierRow, visibleDossier } from '../dossiers/index.ts';

export interface TrainingSupportDeps {
  db: Db;
  dataDir: string;
}

export const viDate = (iso: string) => iso.split('-').reverse().join('/');
export const vnd = (n: number) => n.toLocaleString('vi-VN');
const isTrainingType = (code: string) => (TRAINING_SUPPORT_TYPES as readonly string[]).includes(code);
const notFound = () => new AppError('NOT_FOUND', { vi: 'Không tìm thấy hồ sơ', en: 'No such dossier' });

/** A training-support dossier the actor may read; any other answers like one that does not exist. */
export async function trainingDossier(db: DbOrTx, actor: Actor, id: number): Promise<DossierRow> {
  const d = await visibleDossier(db, actor, id);
  if (!isTrainingType(d.typeCode)) throw notFound();
  return d;
}
