import type { OrgCommand } from './org.commands';
import type { OrgEvent } from './org.events';
import type { OrganisationTimeline } from './organisation-timeline';
import { decidePerson } from './person.decider';
import { decideUnit, type OrgDeciderOptions } from './unit.decider';

/**
 * Decides any organisation command against a timeline that holds every organisation stream
 * (the import plan, or an app that keeps the timeline in memory). A handler that reads one stream
 * calls `decideUnit` / `decidePerson` with that stream's state and the timeline as lookup instead.
 */
export function decideOrg(command: OrgCommand, timeline: OrganisationTimeline, options: OrgDeciderOptions = {}): OrgEvent[] {
  if (command.type === 'RegisterPerson') {
    return decidePerson(command, timeline.personState(command.data.personId), timeline, options);
  }
  return decideUnit(command, timeline.unitState(command.data.unitId), timeline, options);
}
