import type { HouseholdMemberInputT } from '@lmis/contracts';
import { type FieldIssue, invalid, issue } from '../../platform/validation.ts';
import type { NewMember } from './households.queries.ts';

export { type FieldIssue, invalid, issue };

export const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** The pattern YYYY-MM-DD lets 2024-02-30 through; this does not. */
export function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Issues of a date field that must be a real calendar date not after today. */
export function checkPastDate(field: string, value: string | null | undefined, today: string): FieldIssue[] {
  if (!value) return [];
  if (!isRealDate(value)) return [issue(field, 'ngày không tồn tại', 'no such date')];
  if (value > today) return [issue(field, 'không được sau ngày hôm nay', 'must not be in the future')];
  return [];
}

/** NFC, trimmed, inner whitespace collapsed; null when nothing is left. */
export const cleanText = (text: string | null | undefined) => {
  const t = text?.normalize('NFC').trim().replace(/\s+/g, ' ');
  return t ? t : null;
};

/** Trims names to NFC (so diacritics-free search finds them) and checks dates and repeated personal IDs. */
export function normaliseMembers(
  members: HouseholdMemberInputT[],
  today: string,
): { members: NewMember[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  members.forEach((m, i) => {
    issues.push(...checkPastDate(`members.${i}.birthDate`, m.birthDate, today));
    if (!cleanText(m.fullName)) issues.push(issue(`members.${i}.fullName`, 'bắt buộc nhập', 'required'));
    if (m.personId) {
      if (seen.has(m.personId)) {
        issues.push(
          issue(`members.${i}.personId`, `số định danh ${m.personId} bị nhập hai lần`, 'personal ID repeated'),
        );
      }
      seen.add(m.personId);
    }
  });
  return {
    issues,
    members: members.map((m) => ({
      personId: m.personId ?? null,
      fullName: cleanText(m.fullName) ?? '',
      birthDate: m.birthDate ?? null,
      sex: m.sex ?? null,
      relation: cleanText(m.relation),
    })),
  };
}
