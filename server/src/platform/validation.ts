import { AppError } from './errors.ts';

/**
 * The one validation-error shape: a field named as the contract names it (`birthDate`, `members.2.personId`), and
 * the problem in Vietnamese and English without the field's label, so a form shows it beside the field. The request
 * schemas (http.ts) and the services produce the same shape, as the `details` of a VALIDATION error.
 */
export interface FieldIssue {
  field: string;
  message: string;
  messageEn: string;
}

export const issue = (field: string, message: string, messageEn: string): FieldIssue => ({ field, message, messageEn });

/**
 * A VALIDATION error with one detail per field. The summary names each field by `labelOf` (its Vietnamese label
 * when the record declares it), so a message read alone still says which field is wrong.
 */
export function invalid(issues: FieldIssue[], labelOf: (field: string) => string = (f) => f): AppError {
  return new AppError('VALIDATION', {
    vi: `Dữ liệu không hợp lệ — ${issues.map((i) => `${labelOf(i.field)}: ${i.message}`).join('; ')}`,
    en: `Invalid input — ${issues.map((i) => `${i.field}: ${i.messageEn}`).join('; ')}`,
    details: issues,
  });
}
