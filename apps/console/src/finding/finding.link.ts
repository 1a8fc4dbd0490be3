import { pathFor } from '../router/route-match';

/** The finding page's own address. */
export function findingPath(findingId: string): string {
  return pathFor('/phat-hien/:findingId', { findingId });
}

/** The task page, where the finding's evidence sits in the trail. */
export function taskPath(taskId: string): string {
  return pathFor('/nhiem-vu/:taskId', { taskId });
}

/** The id the task page gives a row of its trail, so that a link can open the trail at that entry. */
export function trailRowId(eventId: string): string {
  return `su-kien-${eventId}`;
}

/** One evidence entry inside its task's trail: /nhiem-vu/<taskId>#su-kien-<eventId>. */
export function evidenceLink(taskId: string, eventId: string): string {
  return `${taskPath(taskId)}#${trailRowId(eventId)}`;
}
