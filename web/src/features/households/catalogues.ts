import type { CatalogueItemT } from '@lmis/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../../app/i18n.ts';
import { getCatalogue } from '../../kit/catalogues.tsx';

export type HouseholdCatalogue = 'household-area-types' | 'poverty-deprivation-indicators';

export interface DatedCatalogue {
  items: CatalogueItemT[];
  options: { value: string; label: string }[];
  /** The name of a code in the current language; the code itself when the catalogue does not know it. */
  name: (code: string | null | undefined) => string;
  isLoading: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * A shared catalogue as valid on a date (the deprivation indicators change with each poverty standard period),
 * with names in the current language.
 */
export function useDatedCatalogue(name: HouseholdCatalogue, asOf?: string): DatedCatalogue {
  const { lang } = useI18n();
  const items = useQuery({
    queryKey: ['reference', 'catalogue', name, asOf ?? 'today'],
    queryFn: () => getCatalogue({ params: { name }, query: { asOf } }),
    staleTime: 10 * 60_000,
    // A new date keeps showing the previous list until its own arrives.
    placeholderData: keepPreviousData,
  });
  return useMemo(() => {
    const list = items.data ?? [];
    const label = (i: CatalogueItemT) => (lang === 'en' && i.nameEn ? i.nameEn : i.nameVi);
    const byCode = new Map(list.map((i) => [i.code, label(i)]));
    return {
      items: list,
      options: list.map((i) => ({ value: i.code, label: label(i) })),
      name: (code) => (code ? (byCode.get(code) ?? code) : '—'),
      isLoading: items.isPending,
      isError: items.isError,
      error: items.error,
    };
  }, [items.data, items.isPending, items.isError, items.error, lang]);
}

/** Deprivation indicators grouped under their service dimension (S1 employment … S6 information). */
export function groupIndicators(catalogue: DatedCatalogue, lang: 'vi' | 'en') {
  const label = (i: CatalogueItemT) => (lang === 'en' && i.nameEn ? i.nameEn : i.nameVi);
  const groups = catalogue.items.filter((i) => i.parentCode === null);
  return groups.map((g) => ({
    code: g.code,
    name: label(g),
    indicators: catalogue.items.filter((i) => i.parentCode === g.code).map((i) => ({ code: i.code, name: label(i) })),
  }));
}
