import { type AuditEntryT, historyFieldLabel } from '@lmis/contracts';
import { asRecord, diffSnapshots } from './diff.ts';

/** The keys of an audit image that name its record, in the order they are tried. */
const NAME_KEYS = ['fullName', 'headName', 'name', 'username', 'fileName'] as const;

/** The record an entry is about, by name when its images carry one (a person, a household's head, a file). */
export function recordName(entry: Pick<AuditEntryT, 'before' | 'after'>): string | null {
  const image = { ...asRecord(entry.before), ...asRecord(entry.after) };
  for (const key of NAME_KEYS) {
    const value = image[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

/** Where the record of an entry is shown in the app; null for records without a page (or a bulk entry). */
export function recordHref(entry: Pick<AuditEntryT, 'entityType' | 'entityId' | 'before' | 'after'>): string | null {
  const id = entry.entityId;
  if (id === null) return null;
  const image = { ...asRecord(entry.before), ...asRecord(entry.after) };
  switch (entry.entityType) {
    case 'worker':
    case 'person':
      return /^\d{12}$/.test(id) ? `/registry/workers/${id}` : null;
    case 'household':
      return `/households/${encodeURIComponent(id)}`;
    case 'poverty_review':
      return typeof image.householdId === 'number' || typeof image.householdId === 'string'
        ? `/households/${encodeURIComponent(String(image.householdId))}`
        : null;
    case 'user':
      return typeof image.username === 'string'
        ? `/admin/users?q=${encodeURIComponent(image.username)}`
        : '/admin/users';
    case 'worker_import':
      return '/registry/import';
    case 'household_import':
      return '/households/import';
    case 'employer_import':
      return '/employers/import';
    case 'person_transfer':
      return '/registry/transfers';
    case 'api_token':
      return '/admin/api-tokens';
    default:
      return null;
  }
}

/** "Họ và tên, Ngày sinh" — the fields an entry changed, by their declared labels, for its one-line summary. */
export function changedFieldsSummary(
  entry: Pick<AuditEntryT, 'entityType' | 'before' | 'after'>,
  lang: 'vi' | 'en',
  max = 4,
): { text: string; more: number } {
  const fields = diffSnapshots(entry.before, entry.after).map((c) =>
    historyFieldLabel(entry.entityType, c.field, lang),
  );
  return { text: fields.slice(0, max).join(', '), more: Math.max(0, fields.length - max) };
}
