import { useQuery } from '@tanstack/react-query';
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

/** GET /tasks/{taskId}: the task rebuilt from its log, names beside the codes. */
export function useTaskView(taskId: string) {
  return useQuery({ queryKey: ['task', taskId], queryFn: () => bodyOf(api.GET('/tasks/{taskId}', path(taskId))), staleTime: FRESH });
}

/** GET /tasks/{taskId}/custody: who held it when, against the deadline, and the hand-off measures. */
export function useCustody(taskId: string) {
  return useQuery({
    queryKey: ['task', taskId, 'custody'],
    queryFn: () => bodyOf(api.GET('/tasks/{taskId}/custody', path(taskId))),
    staleTime: FRESH,
  });
}

/** GET /tasks/{taskId}/events: every event in log order. */
export function useTrail(taskId: string) {
  return useQuery({
    queryKey: ['task', taskId, 'events'],
    queryFn: () => bodyOf(api.GET('/tasks/{taskId}/events', path(taskId))),
    staleTime: FRESH,
  });
}

/** GET /tasks/{taskId}/responsibility: the individual and supervisory lines and their totals. */
export function useResponsibility(taskId: string) {
  return useQuery({
    queryKey: ['task', taskId, 'responsibility'],
    queryFn: () => bodyOf(api.GET('/tasks/{taskId}/responsibility', path(taskId))),
    staleTime: FRESH,
  });
}

/** GET /findings?task=: asked only for readers the API lets read findings (`enabled`). */
export function useTaskFindings(taskId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['findings', { taskId }],
    queryFn: async () => (await bodyOf(api.GET('/findings', { params: { query: { task: taskId } } }))).items,
    enabled,
    staleTime: FRESH,
  });
}
