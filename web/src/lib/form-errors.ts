import type { FormInstance } from 'antd';
import { fieldIssues } from './api.ts';

/**
 * Puts the server's VALIDATION details on the matching form fields.
 * Returns the issues that match no field, so the caller can show them in the alert.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, lang: 'vi' | 'en'): string[] {
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const unmatched: string[] = [];
  const fields: { name: string; errors: string[] }[] = [];
  for (const issue of fieldIssues(error)) {
    const text = lang === 'en' && issue.messageEn ? issue.messageEn : issue.message;
    const name = issue.field.replace(/^body\./, '').split('.')[0] ?? issue.field;
    if (known.has(name)) fields.push({ name, errors: [text] });
    else unmatched.push(`${issue.field}: ${text}`);
  }
  if (fields.length) form.setFields(fields);
  return unmatched;
}
