import type { SecurityEventT } from '@lmis/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export interface SecurityEventPage {
  items: SecurityEventT[];
  total: number;
  page: number;
  pageSize: number;
}

export interface SecurityEventFilter {
  kind?: string;
  outcome?: string;
  user?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function useSecurityEvents(query: SecurityEventFilter) {
  return useQuery({
    queryKey: ['security-events', query],
    queryFn: () => api<SecurityEventPage>('/api/security-events', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

/** Only system administrators read the security log (mirrors the server; the server still decides). */
