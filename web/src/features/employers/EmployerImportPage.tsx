import { useI18n } from '../../app/i18n.ts';
import { withQuery } from '../../kit/http.ts';
import { type ImportKind, ImportWizard } from '../../kit/import/index.ts';
import { useCurrentUser } from '../auth/index.ts';

/**
 * Imports an employer list (.xlsx/.csv) with the kit's import page: title rows and pre-2025 commune names with their
 * district are recognised; the list then opens on the commune the rows went to.
 */
export function EmployerImportPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const kind: ImportKind = {
    base: '/api/employer-imports',
    list: t('employerListWords'),
    hint: t('employerImportHint'),
    unitLevels: ['province', 'commune'],
    lists: [['employers']],
    // The employers list filters by commune only; a province upload (communes from the file) opens the whole list.
    doneLink: (s) => withQuery('/employers', { unit: s.communeCode }),
  };
  return <ImportWizard kind={kind} user={user} />;
}
