import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { HistoryEntry } from './history.rows';
import { leadershipOf, personOf, termsOf, unitTreeOf } from './org.read';

const STALE = 5 * 60_000;
const noRetryOnRefusal = (failures: number, error: Error) =>
  failures < 2 && !('status' in error && [400, 401, 403, 404].includes(Number(error.status)));

/** The unit as it stood on the day (GET /org/units/{id}?asOf=): name, kind, parent, mandates, successors. */
export interface UnitOnDay {
  unitId: string;
  name: string;
  kind: string;
  parentUnitId: string | null;
  active: boolean;
  mandates: string[];
  successorChain: string[];
}

const unitQuery = (unitId: string, date: string) => ({
  queryKey: ['org', 'unit', unitId, date] as const,
  queryFn: async (): Promise<UnitOnDay> => {
    const body = await bodyOf(api.GET('/org/units/{unitId}', { params: { path: { unitId }, query: { asOf: date } } }));
    return {
      unitId,
      name: typeof body.name === 'string' ? body.name : unitId,
      kind: typeof body.kind === 'string' ? body.kind : 'other',
      parentUnitId: typeof body.parentUnitId === 'string' ? body.parentUnitId : null,
      active: body.active !== false,
      mandates: body.mandates ?? [],
      successorChain: body.successorChain ?? [],
    };
  },
  staleTime: STALE,
  retry: noRetryOnRefusal,
});

/** GET /org/units?asOf=: the units existing on the day, each under its parent of that day. */
export function useUnitTree(date: string) {
  return useQuery({
    queryKey: ['org', 'tree', date],
    queryFn: async () => unitTreeOf((await bodyOf(api.GET('/org/units', { params: { query: { asOf: date } } }))).units),
    staleTime: STALE,
    retry: noRetryOnRefusal,
  });
}

export function useUnit(unitId: string | undefined, date: string) {
  return useQuery({ ...unitQuery(unitId ?? '', date), enabled: unitId !== undefined && unitId !== '' });
}

/** The names of several units, each on its own day (an appointment's unit as named when it began). */
export function useUnitNames(units: ReadonlyArray<{ unitId: string; date: string }>): Map<string, string> {
  const answers = useQueries({ queries: units.map(({ unitId, date }) => unitQuery(unitId, date)) });
  const names = new Map<string, string>();
  units.forEach(({ unitId, date }, index) => {
    const name = answers[index]?.data?.name;
    if (name) names.set(`${unitId}@${date}`, name);
  });
  return names;
}

/** GET /org/units/{id}/head?asOf=: the head, acting head and delegate on the day. */
export function useLeadership(unitId: string, date: string) {
  return useQuery({
    queryKey: ['org', 'head', unitId, date],
    queryFn: async () =>
      leadershipOf(await bodyOf(api.GET('/org/units/{unitId}/head', { params: { path: { unitId }, query: { asOf: date } } }))),
    staleTime: STALE,
    retry: noRetryOnRefusal,
  });
}

/** GET /org/units/{id}/history: establishment, renames, moves, mergers and dissolution, with their days. */
export function useUnitHistory(unitId: string) {
  return useQuery({
    queryKey: ['org', 'history', unitId],
    queryFn: async (): Promise<HistoryEntry[]> =>
      (await bodyOf(api.GET('/org/units/{unitId}/history', { params: { path: { unitId } } }))).entries,
    staleTime: STALE,
    retry: noRetryOnRefusal,
  });
}

/** GET /org/persons/{id}: name, official code, appointments and delegations. */
export function usePerson(personId: string) {
  return useQuery({
    queryKey: ['org', 'person', personId],
    queryFn: async () => personOf(await bodyOf(api.GET('/org/persons/{personId}', { params: { path: { personId } } }))),
    staleTime: STALE,
    retry: noRetryOnRefusal,
  });
}

/** GET /org/units/{id}/staff?asOf=: the appointments in force in the unit on the day, highest position first. */
export function useUnitStaff(unitId: string, date: string) {
  return useQuery({
    queryKey: ['org', 'staff', unitId, date],
    queryFn: async () =>
      termsOf((await bodyOf(api.GET('/org/units/{unitId}/staff', { params: { path: { unitId }, query: { asOf: date } } }))).staff),
    staleTime: STALE,
    retry: noRetryOnRefusal,
  });
}
