import type { AuditEntryT } from '@lmis/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export interface AuditPage {
  items: AuditEntryT[];
  total: number;
  page: number;
  pageSize: number;
}

export function useAudit(query: { entityType?: string; entityId?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => api<AuditPage>('/api/audit', { query }),
    placeholderData: keepPreviousData,
  });
}
