import { retell } from '@lib/domain/task/testing';
import type { ScenarioClient } from '../scenarios/scenario-client';
import { s1OverHttp } from '../scenarios/s1-story';
import { playStory } from '../scenarios/story-driver';
import { s3OverHttp } from '../scenarios/stories-over-http';

/** S1 as the read-model specs play it: Bình delegates T1 to Cường, who transfers it; returned; completed late (5 events). */
export const playDelegatedS1 = (api: ScenarioClient): Promise<string> => playStory(api, s1OverHttp());

/** S3 over HTTP with nobody named responsible, by either office. */
export const s3NobodyNamed = retell(s3OverHttp(), {
  steps: { assigned: { responsible: undefined }, reassigned: { responsible: undefined } },
});

/** S3 up to the reassignment: assigned to Phòng QLĐT by mistake, returned the same morning, reassigned to Phòng TN&MT (3 events). */
export const playReassignedS3 = (api: ScenarioClient): Promise<string> => playStory(api, retell(s3NobodyNamed, { through: 'reassigned' }));
