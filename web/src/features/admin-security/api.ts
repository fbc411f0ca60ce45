import { Paged, SecurityEvent, SecurityEventQuery, type SecurityEventQueryT } from '@lmis/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { endpoint } from '../../kit/client.ts';

export const listSecurityEvents = endpoint({
  method: 'GET',
  path: '/api/security-events',
  query: SecurityEventQuery,
  response: Paged(SecurityEvent),
});

/** The contract lists kinds and outcomes from its tables, so their static type is too loose to carry them. */
export type SecurityEventFilter = Omit<Partial<SecurityEventQueryT>, 'kind' | 'outcome'> & {
  kind?: string;
  outcome?: string;
  page: number;
  pageSize: number;
};

export function useSecurityEvents(query: SecurityEventFilter) {
  return useQuery({
    queryKey: ['security-events', query],
    queryFn: ({ signal }) => listSecurityEvents({ query: query as Partial<SecurityEventQueryT>, signal }),
    placeholderData: keepPreviousData,
  });
}
