import { useQuery } from '@tanstack/react-query';
import { PRE_REFORM_DATE, todayIso } from '../format.ts';
import { ApiError } from '../http.ts';
import { getUnit, unitKeys } from './api.ts';

/**
 * A unit's name from its code, for text that shows a stored code (a change log entry, an import row): names, not
 * codes, on screen. A code valid today is named as today; a unit abolished by the 2025 reform by its name on the
 * last day before it. While the name loads the text is "…"; a code no date knows stays as written.
 */
export function useUnitName(code: string | null | undefined): string | undefined {
  const query = useQuery({
    queryKey: [...unitKeys.detail(code ?? '', 'name'), 'name'],
    queryFn: async () => {
      for (const asOf of [todayIso(), PRE_REFORM_DATE]) {
        try {
          return (await getUnit({ params: { code: code ?? '' }, query: { asOf } })).unit.name;
        } catch (e) {
          if (!(e instanceof ApiError && e.status === 404)) throw e;
        }
      }
      return code ?? '';
    },
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  if (!code) return undefined;
  if (query.isError) return code;
  return query.data;
}

export function UnitName(props: { code: string }) {
  const name = useUnitName(props.code);
  return <span title={props.code}>{name ?? '…'}</span>;
}
