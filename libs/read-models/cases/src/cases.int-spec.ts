import { describe, it } from '@jest/globals';
import type {
  CaseDecidedData,
  CaseHandlingExtendedData,
  CaseProposedData,
  CaseReviewStartedData,
  CaseWithdrawnData,
} from '@lib/domain/discipline';
import { projectionSpecFor, storedEventsOf } from '../../../projector/src/testing/given-events';
import { casesProjection } from './cases.projection';

const CASE = '7c1b9e2d-4a3f-4e58-9d0c-2b6a8f1e3d01';
const FINDING = '7c1b9e2d-4a3f-5e58-9d0c-2b6a8f1e3d99';
const inspector = { personId: 'tran-van-an', unitId: 'ubnd-tp' };
const subject = { caseId: CASE, personId: 'le-van-cuong' };

const proposed: CaseProposedData = {
  ...subject,
  unitId: 'so-xay-dung',
  electedCadre: false,
  holdsLeadership: false,
  proposedForm: 'khien_trach',
  grounds: 'Chuyển công việc của đơn vị mình sang đơn vị khác',
  findings: [
    {
      findingId: FINDING,
      taskId: '5a0e7c3b-2d4f-4a61-8b9c-1f3e5d7a9c01',
      ruleCode: 'OWN_WORK_TRANSFERRED',
      ruleVersion: 1,
      on: '2026-03-04',
    },
  ],
  limitation: [],
  warnings: [],
  handling: { startsOn: '2026-03-10', basis: 'finding_confirmed', limitDays: 90, deadline: '2026-06-08' },
};

/** The row a proposal leaves, before any step: what each step changes is spread over it. */
const proposedRow = {
  case_id: CASE,
  person_id: 'le-van-cuong',
  unit_id: 'so-xay-dung',
  status: 'proposed',
  proposed_form: 'khien_trach',
  decided_form: null,
  finding_ids: [FINDING],
  warning_count: 0,
  proposed_at: new Date('2026-03-11T02:00:00.000Z'),
  last_event_at: new Date('2026-03-11T02:00:00.000Z'),
  stream_version: 0,
  handling_starts_on: '2026-03-10',
  handling_limit_days: 90,
  handling_deadline: '2026-06-08',
  decided_on: null,
};

function recorded(type: string, data: object, n: number, occurredAt: string) {
  return { type, data, metadata: { eventId: `case-${n}`, occurredAt, actor: inspector } };
}

describe('read model disciplinary_cases (rm_disciplinary_case) on PostgreSQL', () => {
  const spec = projectionSpecFor(casesProjection());

  const columns = `SELECT case_id, person_id, unit_id, status, proposed_form, decided_form, finding_ids, warning_count, proposed_at, last_event_at,
                          stream_version, handling_starts_on::text, handling_limit_days, handling_deadline::text, decided_on::text FROM rm_disciplinary_case`;

  it('moves one row per case through review, extension and decision', async () => {
    const review: CaseReviewStartedData = { ...subject, note: null };
    const extension: CaseHandlingExtendedData = { ...subject, limitDays: 150, deadline: '2026-08-07', reason: 'Cần xác minh thêm' };
    const decision: CaseDecidedData = {
      ...subject,
      proposedForm: 'khien_trach',
      form: 'khien_trach',
      document: { number: '15/QĐ-UBND', date: '2026-06-20', signer: { name: 'Trần Văn An', title: 'Chủ tịch' } },
      limitation: [],
      warnings: [],
      limitationAcknowledged: false,
    };
    const events = storedEventsOf(`disciplinary_case-${CASE}`, [
      recorded('DisciplinaryCaseProposed', proposed, 1, '2026-03-11T09:00:00+07:00'),
      recorded('DisciplinaryCaseReviewStarted', review, 2, '2026-03-12T09:00:00+07:00'),
      recorded('DisciplinaryCaseHandlingExtended', extension, 3, '2026-05-20T09:00:00+07:00'),
      recorded('DisciplinaryCaseDecided', decision, 4, '2026-06-20T15:00:00+07:00'),
    ]);
    await spec.givenEvents(events).thenRows(columns, [
      {
        ...proposedRow,
        status: 'decided',
        decided_form: 'khien_trach',
        last_event_at: new Date('2026-06-20T08:00:00.000Z'),
        stream_version: 3,
        handling_limit_days: 150,
        handling_deadline: '2026-08-07',
        decided_on: '2026-06-20',
      },
    ]);
  });

  it('marks a withdrawn case withdrawn, keeping what was proposed', async () => {
    const withdrawal: CaseWithdrawnData = { ...subject, reason: 'Phát hiện đã được xem xét lại' };
    const events = storedEventsOf(`disciplinary_case-${CASE}`, [
      recorded('DisciplinaryCaseProposed', proposed, 5, '2026-03-11T09:00:00+07:00'),
      recorded('DisciplinaryCaseWithdrawn', withdrawal, 6, '2026-03-13T10:30:00+07:00'),
    ]);
    await spec
      .givenEvents(events)
      .thenRows(columns, [{ ...proposedRow, status: 'withdrawn', last_event_at: new Date('2026-03-13T03:30:00.000Z'), stream_version: 1 }]);
  });
});
