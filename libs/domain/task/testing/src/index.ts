// The story kit of the specs: the demo city's cast, the days of the scenarios, and the one task-event builder.
// Domain specs, read-model specs and e2e stories script S1–S5 with these; nothing here is built into the app.
export type { CastMember } from './city-cast';
export { cast, HEADS, identityOf, nameOf, officialOf, officials, staffOf, unit } from './city-cast';
export { calendar, D, day, due, party } from './story-days';
export type { StoryEvent } from './task-story';
export { TaskStory } from './task-story';
export { storyS1 } from './scenario-stories';
