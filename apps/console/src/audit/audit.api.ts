import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { components } from '../api/schema';
import { auditQuery, type AuditFilter } from './audit.link';

export type AuditPage = components['schemas']['AuditPageDto'];
export type AuditEntry = AuditPage['items'][number];

/** GET /audit/events for the search, one page at a time (the API keeps it inside the reader's jurisdiction). */
export function useAuditEvents(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () => bodyOf(api.GET('/audit/events', { params: { query: auditQuery(filter) } })),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}
