// The story kit of the specs: the demo city's cast, the days of the scenarios, S1–S5 told once as data, and
// their interpreters (the one task-event builder, the task commands). Domain specs, read-model specs and e2e
// stories play S1–S5 with these (the e2e HTTP driver is test/e2e/scenarios/story-driver.ts); nothing here is
// built into the app.
export type { CastMember } from './city-cast';
export { cast, HEADS, identityOf, officials, staffOf, unit } from './city-cast';
export { calendar, D, day, due, party } from './story-days';
export type { StoryEvent } from './task-story';
export { TaskStory } from './task-story';
export type { Retelling, Scenario, StoryAct, StoryStep } from './story-script';
export { retell, sourceOf, stepAt, stepNamed, textOf, titleOf } from './story-script';
export { scenarioS1, scenarioS2, scenarioS3, scenarioS4, scenarioS5 } from './scenarios';
export type { StoryIds } from './story-events';
export { dueAtOf, recordStory, replyDueAtOf, toOf, unitOf } from './story-events';
export { commandsOf } from './story-commands';
