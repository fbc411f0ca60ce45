import { DemoStatusResponse, HomeQuery, HomeSummary } from '@lmis/contracts';
import { useQuery } from '@tanstack/react-query';
import { endpoint } from '../../kit/client.ts';

/** GET /api/home: the unit's key figures and the work waiting on the signed-in user. */
export const getHome = endpoint({ method: 'GET', path: '/api/home', query: HomeQuery, response: HomeSummary });
const getDemoStatus = endpoint({ method: 'GET', path: '/api/demo', response: DemoStatusResponse });

export function useHome() {
  return useQuery({ queryKey: ['home'], queryFn: () => getHome({ query: {} }) });
}

export function useDemoStatus() {
  return useQuery({ queryKey: ['demo'], queryFn: () => getDemoStatus(), staleTime: Number.POSITIVE_INFINITY });
}
