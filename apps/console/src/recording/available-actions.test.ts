import { describe, expect, it } from 'vitest';
import { availableActions, taskFactsOf, type RecordingPrincipal, type TaskFacts } from './available-actions';

const officer: RecordingPrincipal = { personId: 'le-van-cuong', unitId: 'so-xay-dung', position: 'staff', roles: ['officer'] };
const unitHead: RecordingPrincipal = { personId: 'nguyen-thi-binh', unitId: 'so-xay-dung', position: 'head', roles: ['unit_head'] };
const officeChief: RecordingPrincipal = { personId: 'tran-van-an', unitId: 'ubnd-tp', position: 'head', roles: ['office_chief'] };
const clerk: RecordingPrincipal = { personId: 'van-thu', unitId: 'so-tnmt', position: 'clerk', roles: ['clerk'] };
const inspector: RecordingPrincipal = { personId: 'vu-thu-ha', unitId: 'thanh-tra-tp', position: 'staff', roles: ['inspector'] };

/** A task just assigned by the office chief to Sở Xây dựng, with Lê Văn Cường responsible, not yet received. */
const assigned: TaskFacts = taskFactsOf({
  status: 'open',
  kind: 'task',
  assigningAuthority: { personId: 'tran-van-an', unitId: 'ubnd-tp' },
  custody: { holder: { unitId: 'so-xay-dung', personId: 'le-van-cuong' }, receivedAt: null, withAssigningAuthority: false },
  consultations: [],
  pendingSubmission: null,
});

describe('the actions offered on a task', () => {
  it('lets the person holding it receive, hand it on, deliberate and complete, but not extend it', () => {
    expect(availableActions(assigned, officer)).toEqual([
      'receive',
      'transfer',
      'return',
      'consult',
      'submit',
      'difficulty',
      'complete',
      'comment',
    ]);
  });

  it('lets the head of the holding unit delegate too; once received, receiving is no longer offered', () => {
    const received = { ...assigned, receivedAt: '2026-03-02T02:00:00.000Z' };
    const actions = availableActions(received, unitHead);
    expect(actions).toContain('delegate');
    expect(actions).toContain('transfer');
    expect(actions).not.toContain('receive');
  });

  it('lets the assigning authority extend the deadline and comment, not act as the holder', () => {
    expect(availableActions(assigned, officeChief)).toEqual(['extend', 'comment']);
  });

  it('offers the answer to a consulted unit only, and no second submission while one waits', () => {
    const consulted = taskFactsOf({
      status: 'open',
      assigningAuthority: { personId: 'tran-van-an', unitId: 'ubnd-tp' },
      custody: { holder: { unitId: 'so-tnmt' }, receivedAt: null, withAssigningAuthority: false },
      consultations: [{ consultationId: 'c1', unitIds: ['so-xay-dung'], answers: [] }],
      pendingSubmission: { eventId: 'e1', to: { unitId: 'ubnd-tp' } },
    });
    expect(availableActions(consulted, officer)).toEqual(['answer', 'comment']);
    expect(availableActions({ ...consulted, holder: { unitId: 'so-xay-dung', personId: 'le-van-cuong' } }, officer)).not.toContain(
      'submit',
    );
  });

  it('offers nothing but comments while the task is back with the assigning authority', () => {
    const returned = { ...assigned, withAssigningAuthority: true };
    expect(availableActions(returned, officer)).toEqual(['comment']);
  });

  it('offers nothing on a closed task, nor to a person who does not record', () => {
    expect(availableActions({ ...assigned, status: 'completed' }, officer)).toEqual([]);
    expect(availableActions(assigned, inspector)).toEqual([]);
  });

  it("offers a clerk what the task's state allows, the official named on the form being judged by the API", () => {
    expect(availableActions(assigned, clerk)).toEqual([
      'receive',
      'delegate',
      'transfer',
      'return',
      'consult',
      'submit',
      'difficulty',
      'extend',
      'complete',
      'comment',
    ]);
  });

  it('offers the dossier steps the dossier still lacks to its holder', () => {
    const dossier = taskFactsOf({
      status: 'open',
      kind: 'dossier',
      assigningAuthority: { personId: 'tran-van-an', unitId: 'ubnd-tp' },
      custody: {
        holder: { unitId: 'so-xay-dung', personId: 'le-van-cuong' },
        receivedAt: '2026-03-02T02:00:00.000Z',
        withAssigningAuthority: false,
      },
      consultations: [],
      pendingSubmission: null,
      dossier: { promisedReturnBy: '2026-03-20T09:30:00.000Z', openSupplementRequest: { eventId: 'e2' }, resultReturned: false },
    });
    const steps = availableActions(dossier, officer).filter((action) =>
      ['supplementRequest', 'supplement', 'appointment', 'result', 'apology'].includes(action),
    );
    expect(steps).toEqual(['supplementRequest', 'supplement', 'result', 'apology']);
  });
});
