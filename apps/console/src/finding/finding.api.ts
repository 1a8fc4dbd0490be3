import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { components } from '../api/schema';
import { readUntilCaughtUp, showsReview } from './caught-up';
import type { ReviewDecision } from './review-permission';

type Schemas = components['schemas'];
export type FindingDetail = Schemas['FindingDetailDto'];
export type EvidenceEntry = Schemas['EvidenceDto'];
export type ReviewEntry = Schemas['ReviewEntryDto'];
export type ContestEntry = Schemas['ContestDto'];

export const findingKey = (findingId: string) => ['finding', findingId] as const;

/** GET /findings/{findingId}: explanation, basis, parameters, parties, evidence and reviews. */
export function useFinding(findingId: string) {
  return useQuery({
    queryKey: findingKey(findingId),
    queryFn: () => bodyOf(api.GET('/findings/{findingId}', { params: { path: { findingId } } })),
    retry: (failures, error) =>
      failures < 2 && !(error instanceof Error && 'status' in error && [401, 403, 404].includes(Number(error.status))),
  });
}

export interface ReviewRequest {
  decision: ReviewDecision;
  justification: string;
  /** Made once per opening of the form: a second click, or the network sending twice, records one review. */
  idempotencyKey: string;
}

/**
 * POST /findings/{id}/confirmation or /dismissal (the client adds the CSRF token; the key is the form's own). The
 * findings read model follows the write a moment later: the finding is read again until it lists the new review (so
 * the page shows the new status when the form closes), then every page of the inbox is read again. `shown`: false
 * when it did not catch up within a few seconds (recorded all the same).
 */
export function useReview(findingId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ decision, justification, idempotencyKey }: ReviewRequest) => {
      const params = { path: { findingId }, header: { 'Idempotency-Key': idempotencyKey } };
      const body = { justification };
      const result = await bodyOf(
        decision === 'confirm'
          ? api.POST('/findings/{findingId}/confirmation', { params, body })
          : api.POST('/findings/{findingId}/dismissal', { params, body }),
      );
      const shown = await readUntilCaughtUp(
        async () => {
          await queries.refetchQueries({ queryKey: findingKey(findingId) });
          return queries.getQueryData<FindingDetail>(findingKey(findingId));
        },
        (finding) => showsReview(finding, result.eventId),
        { attempts: 20, pauseMs: 300 },
      );
      return { result, shown };
    },
    onSettled: () => queries.invalidateQueries({ queryKey: ['findings'] }),
  });
}
