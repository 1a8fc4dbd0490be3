import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { components } from '../api/schema';
import type { CaseListFilter } from './case-list.link';
import type { CaseStepKind } from './case-steps';

type Schemas = components['schemas'];
export type ProposeCaseBody = Schemas['ProposeCaseDto'];
export type DecideCaseBody = Schemas['DecideCaseDto'];
export type CaseCommandResult = Schemas['CaseCommandResultDto'];

/** GET /cases for the list's status and person (the period is applied to the answer: the API has no period filter). */
export const caseListQueryOptions = (filter: CaseListFilter) =>
  queryOptions({
    queryKey: ['cases', 'list', filter.status ?? null, filter.personId ?? null],
    queryFn: async () =>
      (
        await bodyOf(
          api.GET('/cases', { params: { query: { status: filter.status as never, person: filter.personId, limit: 200 as never } } }),
        )
      ).items,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });

export function useCaseList(filter: CaseListFilter) {
  return useQuery(caseListQueryOptions(filter));
}

export const caseKey = (caseId: string) => ['cases', 'detail', caseId] as const;

export function useCase(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId),
    queryFn: () => bodyOf(api.GET('/cases/{caseId}', { params: { path: { caseId } } })),
    retry: false,
  });
}

interface UnitNode {
  unitId: string;
  name: string;
  children?: UnitNode[];
}

function collectNames(nodes: readonly UnitNode[], into: Map<string, string>): Map<string, string> {
  for (const node of nodes) {
    into.set(node.unitId, node.name);
    collectNames(node.children ?? [], into);
  }
  return into;
}

/** Unit names by id (GET /org/units, today's tree), to show a unit by its name. */
export function useUnitNames() {
  return useQuery({
    queryKey: ['org', 'unit-names'],
    queryFn: async () => {
      const tree = (await bodyOf(api.GET('/org/units', {}))) as unknown as { units: UnitNode[] };
      return collectNames(tree.units, new Map());
    },
    staleTime: 5 * 60_000,
  });
}

/** The person's confirmed findings (GET /findings?person=&status=confirmed), to cite in a proposal. */
export function useConfirmedFindings(personId: string) {
  return useQuery({
    queryKey: ['findings', 'confirmed-of', personId],
    queryFn: async () =>
      (await bodyOf(api.GET('/findings', { params: { query: { person: personId, status: 'confirmed', limit: 100 as never } } }))).items,
  });
}

/** POST /cases (the key is the form's own); the new case's id comes back. */
export function usePropose() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ProposeCaseBody; idempotencyKey: string }) =>
      bodyOf(api.POST('/cases', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSettled: () => queries.invalidateQueries({ queryKey: ['cases'] }),
  });
}

export type CaseStepBody =
  | { kind: 'review'; body: { note?: string } }
  | { kind: 'decide'; body: DecideCaseBody }
  | { kind: 'withdraw'; body: { reason: string } }
  | { kind: 'extend'; body: { limitDays: number; reason: string } };

/** One step on a case (review, decision, withdrawal, extension), then the case is read again. */
export function useCaseStep(caseId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ step, idempotencyKey }: { step: CaseStepBody; idempotencyKey: string }) => {
      const params = { path: { caseId }, header: { 'Idempotency-Key': idempotencyKey } };
      const sent: Record<CaseStepKind, () => ReturnType<typeof bodyOf<CaseCommandResult>>> = {
        review: () => bodyOf(api.POST('/cases/{caseId}/review', { params, body: step.body as { note?: string } })),
        decide: () => bodyOf(api.POST('/cases/{caseId}/decision', { params, body: step.body as DecideCaseBody })),
        withdraw: () => bodyOf(api.POST('/cases/{caseId}/withdrawal', { params, body: step.body as { reason: string } })),
        extend: () => bodyOf(api.POST('/cases/{caseId}/extension', { params, body: step.body as { limitDays: number; reason: string } })),
      };
      return sent[step.kind]();
    },
    onSettled: () => queries.invalidateQueries({ queryKey: ['cases'] }),
  });
}

/** The evidence bundle's address (a download under the cookie session). */
export const evidenceBundleHref = (caseId: string): string => `/cases/${encodeURIComponent(caseId)}/evidence-bundle`;

/** GET /cases/options: the forms this person may receive today and the chosen findings' limitation under each. */
export function useCaseOptions(personId: string, findingIds: readonly string[], electedCadre: boolean) {
  const findings = [...findingIds].sort().join(',');
  return useQuery({
    queryKey: ['cases', 'options', personId, findings, electedCadre],
    queryFn: () =>
      bodyOf(
        api.GET('/cases/options', {
          params: {
            query: { person: personId, findings: findings || undefined, electedCadre: electedCadre ? 'true' : undefined } as never,
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
