import { useI18n } from '../../app/i18n.ts';
import { withQuery } from '../../kit/http.ts';
import { type ImportKind, ImportWizard, importedUnit } from '../../kit/import/index.ts';
import { useCurrentUser } from '../auth/index.ts';

/** Collection rounds offered at upload: next year and the six before it (the register is updated yearly). */
const roundYears = (year: number) => Array.from({ length: 7 }, (_, i) => year + 1 - i);

/** The register's import: the kit's import page, with the collection round (Kỳ thu thập) asked at upload. */
export function ImportPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const year = new Date().getFullYear();
  const kind: ImportKind = {
    base: '/api/worker-imports',
    list: t('workerListWords'),
    unitLevels: ['province', 'commune'],
    uploadChoices: [
      {
        name: 'roundYear',
        label: t('roundYear'),
        options: roundYears(year).map((y) => ({ value: y, label: String(y) })),
        initial: year,
        testId: 'import-round',
        column: 'roundYear',
      },
    ],
    retention: true,
    lists: [['workers']],
    doneLink: (s) => withQuery('/registry', { unitCode: importedUnit(s), round: s.roundYear }),
  };
  return <ImportWizard kind={kind} user={user} />;
}
