import { useI18n } from '../../app/i18n.ts';
import { withQuery } from '../../kit/http.ts';
import { type ImportKind, ImportWizard } from '../../kit/import/index.ts';
import { useCurrentUser } from '../auth/index.ts';

/**
 * Imports the commune's household list (QĐ 24/2021/QĐ-TTg Art. 4–5; list forms of TT 07/2021/TT-BLĐTBXH) with the
 * kit's import page; the households list then opens on the commune the rows went to.
 */
export function HouseholdImportPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const kind: ImportKind = {
    base: '/api/household-imports',
    list: t('householdListWords'),
    hint: t('householdImportHint'),
    unitLevels: ['province', 'commune'],
    lists: [['households']],
    // The households list filters by commune only; a province upload (communes from the file) opens the whole list.
    doneLink: (s) => withQuery('/households', { unit: s.communeCode }),
  };
  return <ImportWizard kind={kind} user={user} />;
}
