import { AsOfQuery, CatalogueItem } from '@lmis/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import Type from 'typebox';
import { endpoint } from './client.ts';
import { useI18n } from './i18n.ts';

export { foldedSearch, foldText } from './text.ts';
export { unitOptions, useChildUnits } from './units/api.ts';

/** GET /api/reference/catalogues/:name: a shared catalogue's items (valid on `asOf` when given). */
export const getCatalogue = endpoint({
  method: 'GET',
  path: '/api/reference/catalogues/:name',
  query: AsOfQuery,
  response: Type.Array(CatalogueItem),
});

export function useCatalogueItems(name: string | null) {
  return useQuery({
    queryKey: ['reference', 'catalogue', name],
    queryFn: () => getCatalogue({ params: { name: name ?? '' } }),
    enabled: name !== null,
    staleTime: 10 * 60_000,
  });
}

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

/** A catalogue code (or a list of codes) by its title in the current language, for text that shows stored codes. */
export function CatalogueName(props: { catalogue: string; code: string | string[] }) {
  const { lang } = useI18n();
  const items = useCatalogueItems(props.catalogue);
  const codes = Array.isArray(props.code) ? props.code : [props.code];
  if (!items.data) return <>{items.isError ? codes.join(', ') : '…'}</>;
  const byCode = new Map(items.data.map((i) => [i.code, lang === 'en' && i.nameEn ? i.nameEn : i.nameVi]));
  return <>{codes.map((c) => byCode.get(c) ?? c).join(', ') || '—'}</>;
}
