import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type TaskView = Schemas['TaskViewDto'];
export type NamedParty = Schemas['NamedPartyDto'];
export type EntryView = Schemas['EntryViewDto'];
export type CustodyView = Schemas['CustodyViewDto'];
export type CustodyInterval = Schemas['IntervalDto'];
export type TrailEvent = Schemas['TrailEventDto'];
export type Responsibility = Schemas['ResponsibilityDto'];
export type ResponsibilityLine = Schemas['ResponsibilityLineDto'];
export type ResponsibilityTotal = Schemas['ResponsibilityTotalDto'];
export type TaskFinding = Schemas['FindingSummaryDto'];

const path = (taskId: string) => ({ params: { path: { taskId } } });
const FRESH = 15_000;

/** The task page's reads, as query options (for its hooks and the router's prefetch, which starts them early). */
export const taskQueries = {
  /** GET /tasks/{taskId}: the task rebuilt from its log, names beside the codes. */
  view: (taskId: string) =>
    queryOptions({ queryKey: ['task', taskId], queryFn: () => bodyOf(api.GET('/tasks/{taskId}', path(taskId))), staleTime: FRESH }),
  /** GET /tasks/{taskId}/custody: who held it when, against the deadline, and the hand-off measures. */
  custody: (taskId: string) =>
    queryOptions({
      queryKey: ['task', taskId, 'custody'],
      queryFn: () => bodyOf(api.GET('/tasks/{taskId}/custody', path(taskId))),
      staleTime: FRESH,
    }),
  /** GET /tasks/{taskId}/events: every event in log order. */
  trail: (taskId: string) =>
    queryOptions({
      queryKey: ['task', taskId, 'events'],
      queryFn: () => bodyOf(api.GET('/tasks/{taskId}/events', path(taskId))),
      staleTime: FRESH,
    }),
  /** GET /tasks/{taskId}/responsibility: the individual and supervisory lines and their totals. */
  responsibility: (taskId: string) =>
    queryOptions({
      queryKey: ['task', taskId, 'responsibility'],
      queryFn: () => bodyOf(api.GET('/tasks/{taskId}/responsibility', path(taskId))),
      staleTime: FRESH,
    }),
};

export const useTaskView = (taskId: string) => useQuery(taskQueries.view(taskId));
export const useCustody = (taskId: string) => useQuery(taskQueries.custody(taskId));
export const useTrail = (taskId: string) => useQuery(taskQueries.trail(taskId));
export const useResponsibility = (taskId: string) => useQuery(taskQueries.responsibility(taskId));

/** GET /findings?task=: asked only for readers the API lets read findings (`enabled`). */
export function useTaskFindings(taskId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['findings', { taskId }],
    queryFn: async () => (await bodyOf(api.GET('/findings', { params: { query: { task: taskId } } }))).items,
    enabled,
    staleTime: FRESH,
  });
}
