export type { DemoPattern, DemoStory, DemoTask, DemoTaskLabel, DemoTaskOptions } from './demo-task.types';
export { DEMO_TASK_SEED, demoTaskId, generateDemoTasks } from './demo-tasks.generator';
export { DemoPeriodTooShortError } from './demo-period';
export type { PatternDefinition, Timing } from './pattern-catalogue';
export { PATTERN_CATALOGUE } from './pattern-catalogue';
export { S4_START, STORY_START } from './scenario-stories';
