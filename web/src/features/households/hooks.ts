import { useParams } from 'react-router-dom';
import { useChildUnits } from '../../kit/catalogues.tsx';
import { useCurrentUser } from '../auth/index.ts';

/** Parses the :id of the address; undefined when it cannot be a household id. */
export function useHouseholdId(): number | undefined {
  const { id } = useParams();
  const n = Number(id);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The name of a commune of today (the records carry codes). */
export function useCommuneName(provinceCode: string | undefined, communeCode: string | undefined) {
  const user = useCurrentUser();
  const own = user.unitCode === communeCode ? user.unitName : null;
  const communes = useChildUnits(own ? undefined : provinceCode);
  return own ?? communes.data?.find((u) => u.code === communeCode)?.name ?? communeCode ?? '—';
}

/** Review years offered in the filters: this year and the five before it. */
export function recentYears(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 6 }, (_, i) => now - i);
}
