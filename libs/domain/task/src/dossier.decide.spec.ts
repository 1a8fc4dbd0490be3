import { describe, expect, it } from '@jest/globals';
import type { CommandContext } from '@lib/domain/core';
import { DeciderSpecification } from '@lib/domain/core/testing';
import type { IssueApology, IssueAppointment, ReceiveSupplement, RequestSupplement, ReturnResult } from './task.commands';
import { taskDecider } from './task.decider';
import {
  AppointmentAlreadyIssuedError,
  NotADossierError,
  NotCurrentHolderError,
  RequiredTextMissingError,
  ResultAlreadyReturnedError,
  SupplementNotRequestedError,
  TaskClosedError,
} from './task.errors';
import { ctx, day, doThiHoa, heldByCuong, hoangVanGiang, nguyenThiBinh, recorded, t3Assigned, unit } from './testing/city.fixture';

const spec = DeciderSpecification.for(taskDecider);

/** A construction permit dossier received at the one-stop desk and handled by Phòng Quản lý đô thị. */
const permitReceived = recorded(
  'evt-permit-assigned',
  {
    type: 'TaskAssigned',
    data: {
      ...t3Assigned.data,
      taskId: 'hs-000123',
      kind: 'dossier',
      title: 'Cấp giấy phép xây dựng nhà ở riêng lẻ – hộ ông Nguyễn Văn Tâm',
      category: 'construction',
      source: { number: 'HS-000123', date: '2026-03-02' },
    },
  },
  day(0),
  hoangVanGiang,
);
const appointment = recorded(
  'evt-appointment',
  { type: 'AppointmentIssued', data: { returnBy: day(10, '16:00') } },
  day(0, '10:00'),
  doThiHoa,
);
const resultReturned = recorded(
  'evt-result',
  { type: 'ResultReturned', data: { result: 'Giấy phép xây dựng số 88/GPXD' } },
  day(9),
  doThiHoa,
);
const dossierCompleted = recorded(
  'evt-permit-completed',
  { type: 'TaskCompleted', data: { by: { unitId: unit.phongQldt }, result: 'Đã cấp phép', outputDocument: null } },
  day(9, '10:00'),
  doThiHoa,
);

const supplement = (context: CommandContext, content = 'Bổ sung bản vẽ mặt bằng móng'): RequestSupplement => ({
  type: 'RequestSupplement',
  data: {
    content,
    stage: 'thẩm định hồ sơ',
    legalBasis: 'Điều 46 Nghị định 15/2021/NĐ-CP',
    approvedBy: { personId: doThiHoa.personId, unitId: unit.phongQldt },
  },
  context,
});
const receiveSupplement = (context: CommandContext, content = 'Bản vẽ mặt bằng móng đã ký'): ReceiveSupplement => ({
  type: 'ReceiveSupplement',
  data: { content },
  context,
});
const supplementRequested = recorded(
  'evt-supplement-requested',
  { type: 'SupplementRequested', data: supplement(ctx(doThiHoa, day(3))).data },
  day(3),
  doThiHoa,
);
const appoint = (context: CommandContext): IssueAppointment => ({
  type: 'IssueAppointment',
  data: { returnBy: day(10, '16:00') },
  context,
});
const giveResult = (context: CommandContext): ReturnResult => ({
  type: 'ReturnResult',
  data: { result: 'Giấy phép xây dựng số 88/GPXD' },
  context,
});
const apologise = (context: CommandContext): IssueApology => ({
  type: 'IssueApology',
  data: { reason: 'Chờ ý kiến thẩm định phòng cháy', newReturnBy: day(12, '16:00') },
  context,
});

describe('an open dossier held by Phòng Quản lý đô thị', () => {
  const given = spec.given([permitReceived]);

  it('asks the applicant for supplements, recording stage, legal basis and approver', () => {
    given.when(supplement(ctx(doThiHoa, day(2)))).then([{ type: 'SupplementRequested', data: supplement(ctx(doThiHoa, day(2))).data }]);
    given.when(supplement(ctx(doThiHoa, day(2)))).thenState((state) => {
      expect(state.status === 'open' && state.kind === 'dossier' && state.dossier.supplementRequests).toBe(1);
    });
  });

  it('rejects a supplement request without saying what is missing', () => {
    given.when(supplement(ctx(doThiHoa, day(2)), '')).thenThrows(RequiredTextMissingError);
  });

  it('issues an appointment slip', () => {
    given.when(appoint(ctx(doThiHoa, day(0, '10:00')))).then([{ type: 'AppointmentIssued', data: { returnBy: day(10, '16:00') } }]);
  });

  it('returns the result to the applicant', () => {
    given.when(giveResult(ctx(doThiHoa, day(9)))).then([{ type: 'ResultReturned', data: { result: 'Giấy phép xây dựng số 88/GPXD' } }]);
  });

  it('issues an apology slip with a new date', () => {
    given
      .when(apologise(ctx(doThiHoa, day(10))))
      .then([{ type: 'ApologyIssued', data: { reason: 'Chờ ý kiến thẩm định phòng cháy', newReturnBy: day(12, '16:00') } }]);
  });

  it('rejects dossier slips from someone who does not hold it', () => {
    given.when(appoint(ctx(hoangVanGiang, day(0, '10:00')))).thenThrows(NotCurrentHolderError);
    given.when(supplement(ctx(hoangVanGiang, day(2)))).thenThrows(NotCurrentHolderError);
  });
});

describe('an open dossier with an appointment slip and its result returned', () => {
  const given = spec.given([permitReceived, appointment, resultReturned]);

  it('rejects a second appointment slip (a new date needs an apology)', () => {
    given.when(appoint(ctx(doThiHoa, day(9)))).thenThrows(AppointmentAlreadyIssuedError);
  });

  it('rejects returning the result twice', () => {
    given.when(giveResult(ctx(doThiHoa, day(9, '11:00')))).thenThrows(ResultAlreadyReturnedError);
  });

  it('moves the promised date with an apology', () => {
    spec
      .given([permitReceived, appointment])
      .when(apologise(ctx(doThiHoa, day(10))))
      .thenState((state) => {
        expect(state.status === 'open' && state.kind === 'dossier' && state.dossier.promisedReturnBy).toBe(day(12, '16:00'));
      });
  });
});

describe('a completed dossier', () => {
  it('accepts no further slip', () => {
    spec
      .given([permitReceived, dossierCompleted])
      .when(apologise(ctx(doThiHoa, day(10))))
      .thenThrows(TaskClosedError);
  });
});

describe('an open plain task (not a dossier)', () => {
  const given = spec.given(heldByCuong);

  it('rejects every dossier-only command', () => {
    const context = ctx(nguyenThiBinh, day(2));
    given.when(supplement(context)).thenThrows(NotADossierError);
    given.when(appoint(context)).thenThrows(NotADossierError);
    given.when(giveResult(context)).thenThrows(NotADossierError);
    given.when(apologise(context)).thenThrows(NotADossierError);
  });
});

describe('a dossier waiting for the applicant (supplement requested on day 3)', () => {
  const given = spec.given([permitReceived, appointment, supplementRequested]);

  it("records the applicant's complete supplement against the open request, ending the pause", () => {
    given
      .when(receiveSupplement(ctx(doThiHoa, day(8))))
      .then([{ type: 'SupplementReceived', data: { requestEventId: 'evt-supplement-requested', content: 'Bản vẽ mặt bằng móng đã ký' } }]);
    given.when(receiveSupplement(ctx(doThiHoa, day(8)))).thenState((state) => {
      expect(state.status === 'open' && state.kind === 'dossier' && state.dossier.openSupplementRequest).toBeNull();
    });
  });

  it('keeps the request open until then', () => {
    spec
      .given([permitReceived, supplementRequested])
      .when(appoint(ctx(doThiHoa, day(4))))
      .thenState((state) => {
        expect(state.status === 'open' && state.kind === 'dossier' && state.dossier.openSupplementRequest).toEqual({
          eventId: 'evt-supplement-requested',
          requestedAt: day(3),
        });
      });
  });

  it('refuses a supplement dated before the request', () => {
    given.when(receiveSupplement(ctx(doThiHoa, day(2)))).thenThrows(SupplementNotRequestedError);
  });

  it('refuses a supplement without saying what was supplied', () => {
    given.when(receiveSupplement(ctx(doThiHoa, day(8)), ' ')).thenThrows(RequiredTextMissingError);
  });

  it('refuses a supplement recorded by someone who does not hold the dossier', () => {
    given.when(receiveSupplement(ctx(hoangVanGiang, day(8)))).thenThrows(NotCurrentHolderError);
  });
});

describe('a dossier with no open supplement request', () => {
  it('refuses a supplement received (SUPPLEMENT_NOT_REQUESTED)', () => {
    spec
      .given([permitReceived, appointment])
      .when(receiveSupplement(ctx(doThiHoa, day(8))))
      .thenThrows(SupplementNotRequestedError);
  });

  it('refuses a second supplement for a request already answered', () => {
    const received = recorded(
      'evt-supplement-received',
      { type: 'SupplementReceived', data: { requestEventId: 'evt-supplement-requested', content: 'Bản vẽ' } },
      day(8),
      doThiHoa,
    );
    spec
      .given([permitReceived, supplementRequested, received])
      .when(receiveSupplement(ctx(doThiHoa, day(9))))
      .thenThrows(SupplementNotRequestedError);
  });

  it('refuses a supplement once the result has been returned (the request no longer pauses anything)', () => {
    spec
      .given([permitReceived, supplementRequested, resultReturned])
      .when(receiveSupplement(ctx(doThiHoa, day(9, '11:00'))))
      .thenThrows(SupplementNotRequestedError);
  });

  it('is refused on a plain task', () => {
    spec
      .given(heldByCuong)
      .when(receiveSupplement(ctx(nguyenThiBinh, day(2))))
      .thenThrows(NotADossierError);
  });
});
