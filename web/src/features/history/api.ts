import { AuditEntry, type AuditEntryT, AuditQuery, Paged } from '@lmis/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { endpoint } from '../../kit/client.ts';

/** GET /api/audit: the change log, newest first. */
export const listAudit = endpoint({
  method: 'GET',
  path: '/api/audit',
  query: AuditQuery,
  response: Paged(AuditEntry),
});

export interface AuditPage {
  items: AuditEntryT[];
  total: number;
  page: number;
  pageSize: number;
}

export function useAudit(query: { entityType?: string; entityId?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => listAudit({ query }),
    placeholderData: keepPreviousData,
  });
}
