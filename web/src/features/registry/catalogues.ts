import type { AdminUnitT } from '@lmis/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { formatNumber, todayIso } from '../../lib/format.ts';
import { fetchUnits } from '../admin-units/api.ts';
import { useCatalogueItems } from '../catalogues/api.ts';

export type RegistryCatalogue =
  | 'ethnic-groups'
  | 'qualification-levels'
  | 'general-education'
  | 'employment-status'
  | 'status-in-employment'
  | 'inactivity-reasons'
  | 'unemployment-duration'
  | 'vsco-occupations'
  | 'vsic-sections';

export interface Catalogue {
  options: { value: string; label: string }[];
  /** The name of a code in the current language; the code itself when the catalogue does not know it. */
  name: (code: string | null | undefined) => string;
  isLoading: boolean;
}

/** A shared catalogue as select options and a code → name lookup (names, not codes, on screen). */
export function useCatalogue(name: RegistryCatalogue): Catalogue {
  const { lang } = useI18n();
  const items = useCatalogueItems(name);
  return useMemo(() => {
    const list = items.data ?? [];
    const label = (i: (typeof list)[number]) => (lang === 'en' && i.nameEn ? i.nameEn : i.nameVi);
    const byCode = new Map(list.map((i) => [i.code, label(i)]));
    return {
      options: list.map((i) => ({ value: i.code, label: label(i) })),
      name: (code) => (code ? (byCode.get(code) ?? code) : '—'),
      isLoading: items.isPending,
    };
  }, [items.data, items.isPending, lang]);
}

export function sexLabel(sex: string | null | undefined, lang: 'vi' | 'en'): string {
  if (sex === 'male') return lang === 'en' ? 'Male' : 'Nam';
  if (sex === 'female') return lang === 'en' ? 'Female' : 'Nữ';
  return sex ?? '—';
}

export function sexOptions(lang: 'vi' | 'en') {
  return [
    { value: 'male', label: sexLabel('male', lang) },
    { value: 'female', label: sexLabel('female', lang) },
  ];
}

/** Units valid today under a parent (a province's communes), for the unit filters. */
export function useChildUnits(parent: string | null | undefined) {
  return useQuery({
    queryKey: ['geo', 'units', todayIso(), parent ?? 'root'],
    queryFn: () => fetchUnits({ asOf: todayIso(), parent: parent ?? undefined }),
    enabled: parent !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function unitOptions(units: AdminUnitT[] | undefined) {
  return (units ?? []).map((u) => ({ value: u.code, label: u.name }));
}

/** Text reduced for matching: no diacritics (đ → d), lower case. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Select search that ignores diacritics ("dong kinh" finds "Phường Đông Kinh"). */
export const foldedSearch = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    foldText(String(option?.label ?? '')).includes(foldText(input.trim())),
};

/** 75.5 → "75,5%" (vi-VN); nothing to divide → "—". */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatNumber(value)}%`;
}
