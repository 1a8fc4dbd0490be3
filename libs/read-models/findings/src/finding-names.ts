import type { OrganisationTimeline } from '@lib/domain/org';

const TOKEN = /[A-Za-z0-9][A-Za-z0-9._:@-]*[A-Za-z0-9]/g;

/**
 * The rules explain with ids (so a finding's text never changes when a unit is renamed later); readers get
 * the names the units and persons had on the finding's day. Tokens that are not a known id stay as they are.
 */
export function withNames(
  text: string,
  organisation: OrganisationTimeline,
  on: string,
  known: ReadonlyMap<string, string> = new Map(),
): string {
  return text.replace(TOKEN, (token) => known.get(token) ?? nameOf(token, organisation, on) ?? token).normalize('NFC');
}

/** A task named in an explanation reads as its title, quoted. */
export function taskTitles(tasks: ReadonlyArray<{ taskId: string; title: string | null }>): Map<string, string> {
  return new Map(tasks.flatMap((task) => (task.title === null ? [] : [[task.taskId, `“${task.title}”`] as [string, string]])));
}

export function nameOf(id: string, organisation: OrganisationTimeline, on: string): string | null {
  const unit = organisation.unitAt(id, on);
  if (unit !== null) return unit.name;
  return organisation.person(id)?.fullName ?? null;
}
