import type { FormInstance } from 'antd';
import { fieldIssues } from '../http.ts';

/**
 * Puts the server's VALIDATION details beside the matching fields. Issues of a member row
 * ("members.2.personId") go to that row's field; an issue of one item of a value list ("deprivations.1") goes to
 * the list's field. Returns the issues that match no field, for the alert above the form.
 */
export function showFieldErrors(form: FormInstance, error: unknown, lang: 'vi' | 'en'): string[] {
  const values = form.getFieldsValue(true) as Record<string, unknown>;
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: string[] = [];
  for (const issue of fieldIssues(error)) {
    const text = lang === 'en' && issue.messageEn ? issue.messageEn : issue.message;
    const path = issue.field.replace(/^body\./, '').split('.');
    const [top, index, leaf] = path;
    let name: (string | number)[] | null = null;
    if (top !== undefined && top in values) {
      const rows = values[top];
      const isRow = Array.isArray(rows) && index !== undefined && leaf !== undefined && rows[Number(index)];
      name = isRow ? [top, Number(index), leaf] : [top];
    }
    if (!name) {
      unmatched.push(`${issue.field}: ${text}`);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(text);
    byField.set(key, entry);
  }
  if (byField.size) form.setFields([...byField.values()]);
  return unmatched;
}

/** Clears the errors a previous answer put on the fields (a field without rules keeps them otherwise). */
export function clearFieldErrors(form: FormInstance): void {
  const stale = form.getFieldsError().filter((f) => f.errors.length > 0);
  if (stale.length) form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
}
