import { cast, retell, scenarioS1, stepNamed, type Scenario, type StoryStep } from '@lib/domain/task/testing';
import type { ScenarioClient } from './scenario-client';
import { storyAssignmentBody, playStory } from './story-driver';

const S1_TITLE = 'Kiểm tra, xử lý công trình xây dựng không phép tại phường Hòa Cường Bắc';

/**
 * S1 (the story kit's) as the e2e specs play it over HTTP: assigned at 08:30 on Monday 2 March 2026 under
 * dispatch 2128/UBND-TH of that day, delegated to Cường at 14:00, transferred on 4 March, returned on 5 March
 * ("không thuộc chức năng"), completed on 18 March at 15:00.
 */
export function s1OverHttp(title = S1_TITLE): Scenario {
  return retell(scenarioS1, {
    steps: {
      assigned: { time: '08:30', title, source: { number: '2128/UBND-TH', date: '2026-03-02' } },
      delegated: { time: '14:00' },
      returned: { text: 'Không thuộc chức năng' },
      completed: { time: '15:00', text: 'Đã xử lý' },
    },
  });
}

/**
 * S1 as its own specs play it step by step: the clerk of Sở Xây dựng registers T1 at 10:00 before the
 * delegation; Cường transfers it at 09:15 on d+2, Sở TN&MT returns it at 10:00 on d+3 saying `returnReason`;
 * completed with `result`.
 */
export const s1Registered = (returnReason: string, completed: Partial<StoryStep>): Scenario =>
  retell(s1OverHttp(), {
    steps: { transferred: { time: '09:15' }, returned: { time: '10:00', text: returnReason }, completed },
    add: [{ name: 'received', act: 'receive', day: 0, time: '10:00', by: cast.phanThiMai }],
  });

/** S1 with Lê Văn Cường named responsible at assignment instead of delegated to. */
const s1CuongResponsible = (title = S1_TITLE): Scenario =>
  retell(s1OverHttp(title), { steps: { assigned: { responsible: cast.leVanCuong }, delegated: null } });

/** S1's assignment: UBND TP (the chairman) to Sở Xây dựng, Lê Văn Cường responsible, 10 working days. */
export function s1Assignment(title: string, occurredAt?: string) {
  const story = s1CuongResponsible(title);
  const body = storyAssignmentBody(story, stepNamed(story, 'assigned'));
  return occurredAt === undefined ? body : { ...body, occurredAt };
}

/**
 * S1 as the findings, reports, cases and access specs play it: Cường named responsible, no delegation.
 * Findings: OWN_WORK_TRANSFERRED and PING_PONG against Cường, OVERDUE_HOLD for 2 working days.
 */
export const playS1 = (api: ScenarioClient, title = S1_TITLE): Promise<string> => playStory(api, s1CuongResponsible(title));
