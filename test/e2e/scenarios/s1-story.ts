import { city } from '../../support/city.fixture';
import { at, person, unit, type ScenarioClient } from './scenario-client';

export const S1_TITLE = 'Kiểm tra, xử lý công trình xây dựng không phép tại phường Hòa Cường Bắc';

/** S1's assignment: UBND TP (the chairman) to Sở Xây dựng, Lê Văn Cường responsible, 10 working days. */
export function s1Assignment(title: string, occurredAt = at('2026-03-02', '08:30')) {
  return {
    title,
    category: 'construction',
    source: { number: '2128/UBND-TH', date: '2026-03-02' },
    assigningAuthority: person(city.chairman),
    leadUnitId: 'so-xay-dung',
    responsiblePerson: person(city.cuong),
    deadline: { workingDays: 10 },
    occurredAt,
  };
}

/**
 * S1 as the findings, reports, cases and access specs play it: UBND TP assigns T1 (construction) to Sở Xây
 * dựng on Monday 2 March 2026, 10 working days (due Monday 16 March), Lê Văn Cường named responsible; he
 * transfers it to Sở TN&MT on 4 March, Sở TN&MT returns it on 5 March, he completes it on 18 March.
 * Findings: OWN_WORK_TRANSFERRED and PING_PONG against Cường, OVERDUE_HOLD for 2 working days.
 */
export async function playS1(api: ScenarioClient, title = S1_TITLE): Promise<string> {
  const { chairman, cuong, dung } = city;
  const taskId = await api.assign(chairman, s1Assignment(title));
  await api.act(cuong, taskId, 'transfers', { to: unit('so-tnmt'), reason: 'Thuộc lĩnh vực đất đai', occurredAt: at('2026-03-04') }, [
    'TaskTransferred',
  ]);
  await api.act(dung, taskId, 'returns', { reasonCode: 'not_our_mandate', reason: 'Không thuộc chức năng', occurredAt: at('2026-03-05') }, [
    'TaskReturned',
  ]);
  await api.act(cuong, taskId, 'completion', { result: 'Đã xử lý', occurredAt: at('2026-03-18', '15:00') }, ['TaskCompleted']);
  return taskId;
}
