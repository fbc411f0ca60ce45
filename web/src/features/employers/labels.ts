import { EMPLOYER_FIELD_LABELS, type EmployerFieldKey } from '@lmis/contracts';
import { useI18n } from '../../app/i18n.ts';

/** A field's label in the reader's language, from the declaration (packages/contracts employer.fields.ts). */
export function useFieldLabel() {
  const { lang } = useI18n();
  return (key: EmployerFieldKey) => EMPLOYER_FIELD_LABELS[key]?.[lang] ?? key;
}
