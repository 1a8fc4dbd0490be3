import { cast, retell, scenarioS1, stepNamed, type Scenario } from '@lib/domain/task/testing';
import type { ScenarioClient } from './scenario-client';
import { assignmentBody, playStory } from './story-driver';

export const S1_TITLE = 'Kiểm tra, xử lý công trình xây dựng không phép tại phường Hòa Cường Bắc';

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

/** S1 with Lê Văn Cường named responsible at assignment instead of delegated to. */
export const s1CuongResponsible = (title = S1_TITLE): Scenario =>
  retell(s1OverHttp(title), { steps: { assigned: { responsible: cast.leVanCuong }, delegated: null } });

/** S1's assignment: UBND TP (the chairman) to Sở Xây dựng, Lê Văn Cường responsible, 10 working days. */
export function s1Assignment(title: string, occurredAt?: string) {
  const story = s1CuongResponsible(title);
  const body = assignmentBody(story, stepNamed(story, 'assigned'));
  return occurredAt === undefined ? body : { ...body, occurredAt };
}

/**
 * S1 as the findings, reports, cases and access specs play it: Cường named responsible, no delegation.
 * Findings: OWN_WORK_TRANSFERRED and PING_PONG against Cường, OVERDUE_HOLD for 2 working days.
 */
export const playS1 = (api: ScenarioClient, title = S1_TITLE): Promise<string> => playStory(api, s1CuongResponsible(title));
