import { createVnWorkingDayCalendar, type LocalDate } from '@lib/domain/calendar';
import type { EventMetadata, Official } from '@lib/domain/core';
import type { Party, PrimaryTaskEventType, ReturnReasonCode, TaskEvent } from '@lib/domain/task';
import type { CustodySourceEvent } from '../custody-entry';
import { custodyLogOf } from '../custody-log';
import { custodyTimeline } from '../custody-timeline';
import type { CustodyInterval, StepLimitSource } from '../custody-timeline.types';
import { handOffMeasures, handoverEdges } from '../handover-measures';
import { attributeResponsibility } from '../holder-attribution';
import type { FindingShare } from '../responsibility-line';
import { taskStatus } from '../task-status';

export const calendar = createVnWorkingDayCalendar();

/** The city of scenarios.md. */
export const unit = {
  ubndTp: 'ubnd-tp',
  soXayDung: 'so-xay-dung',
  soTnmt: 'so-tnmt',
  ubndHaiChau: 'ubnd-quan-hai-chau',
  phongQldt: 'phong-quan-ly-do-thi',
  phongTckh: 'phong-tai-chinh-ke-hoach',
  phongTnmt: 'phong-tnmt-hai-chau',
} as const;

const official = (personId: string, unitId: string): Official => ({ personId, unitId });
export const tranVanAn = official('tran-van-an', unit.ubndTp);
export const nguyenThiBinh = official('nguyen-thi-binh', unit.soXayDung);
export const leVanCuong = official('le-van-cuong', unit.soXayDung);
export const phamMinhDung = official('pham-minh-dung', unit.soTnmt);
export const voThiEn = official('vo-thi-en', unit.soTnmt);
export const hoangVanGiang = official('hoang-van-giang', unit.ubndHaiChau);
export const doThiHoa = official('do-thi-hoa', unit.phongQldt);
export const truongVanSon = official('truong-van-son', unit.phongQldt);
export const buiVanKhanh = official('bui-van-khanh', unit.phongTckh);
export const ngoThiLan = official('ngo-thi-lan', unit.phongTnmt);

const HEADS: Readonly<Record<string, string>> = {
  [unit.ubndTp]: tranVanAn.personId,
  [unit.soXayDung]: nguyenThiBinh.personId,
  [unit.soTnmt]: phamMinhDung.personId,
  [unit.ubndHaiChau]: hoangVanGiang.personId,
  [unit.phongQldt]: doThiHoa.personId,
  [unit.phongTckh]: buiVanKhanh.personId,
  [unit.phongTnmt]: ngoThiLan.personId,
};

/** Heads as in March 2026; a unit not listed has no head. */
export function headOf(unitId: string, _date: LocalDate): string | null {
  return HEADS[unitId] ?? null;
}

/** Monday 2 March 2026: day d of the scenarios. */
export const D: LocalDate = '2026-03-02';

/** d+N at a local time of day: N working days after `start`. */
export function day(n: number, time = '09:00', start: LocalDate = D): string {
  return `${calendar.addWorkingDays(start, n)}T${time}:00+07:00`;
}

/** The end of the N-th working day after `start`, as the calendar resolves a deadline. */
export function due(n: number, start: LocalDate = D): string {
  return `${calendar.addWorkingDays(start, n)}T23:59:59.999+07:00`;
}

const party = (who: Official, withPerson = true): Party =>
  withPerson ? { unitId: who.unitId, personId: who.personId } : { unitId: who.unitId };

/** Builds one task's recorded events in stream order, with ids `<taskId>-<n>` and increasing positions. */
export class TaskStory {
  readonly events: CustodySourceEvent[] = [];
  private authority: Official = tranVanAn;

  constructor(
    readonly taskId: string,
    private position = 1000,
  ) {}

  assigned(
    at: string,
    by: Official,
    lead: string,
    options: { dueAt?: string | null; responsible?: Official; reassignment?: boolean; kind?: 'task' | 'dossier' } = {},
  ): string {
    if (!options.reassignment) this.authority = by;
    return this.add(at, by, {
      type: 'TaskAssigned',
      data: {
        taskId: this.taskId,
        kind: options.kind ?? 'task',
        title: `Nhiệm vụ ${this.taskId}`,
        category: 'construction',
        source: { number: '2128/UBND-TH', date: '2026-02-27' },
        assigningAuthority: { unitId: by.unitId, personId: by.personId },
        leadUnitId: lead,
        coordinatingUnitIds: [],
        responsiblePersonId: options.responsible?.personId ?? null,
        deadline: { dueAt: options.dueAt ?? null },
        reassignment: options.reassignment ?? false,
        previousLeadUnitId: null,
      },
    });
  }

  delegated(at: string, by: Official, to: Official, previous: Official | null = null): string {
    return this.add(at, by, {
      type: 'TaskDelegated',
      data: { unitId: to.unitId, personId: to.personId, previousPersonId: previous?.personId ?? null },
    });
  }

  transferred(at: string, by: Official, to: Party, from: Party = party(by)): string {
    return this.add(at, by, { type: 'TaskTransferred', data: { from, to, reason: 'Thuộc lĩnh vực đất đai' } });
  }

  returned(at: string, by: Official, to: Party, options: { from?: Party; reasonCode?: ReturnReasonCode } = {}): string {
    const toAssigningAuthority = to.unitId === this.authority.unitId && to.personId === this.authority.personId;
    return this.add(at, by, {
      type: 'TaskReturned',
      data: {
        from: options.from ?? party(by, false),
        to,
        toAssigningAuthority,
        reasonCode: options.reasonCode ?? 'not_our_mandate',
        reason: null,
      },
    });
  }

  returnedToAuthority(at: string, by: Official, from: Party = party(by, false)): string {
    return this.returned(at, by, party(this.authority), { from });
  }

  extended(at: string, by: Official, previousDueAt: string | null, dueAt: string): string {
    return this.add(at, by, {
      type: 'DeadlineExtended',
      data: {
        previousDeadline: { dueAt: previousDueAt },
        deadline: { dueAt },
        approvedBy: { unitId: by.unitId, personId: by.personId },
        reason: 'Cần thêm thời gian khảo sát',
      },
    });
  }

  completed(at: string, by: Official, holder: Party = party(by)): string {
    return this.add(at, by, { type: 'TaskCompleted', data: { by: holder, result: 'Đã hoàn thành', outputDocument: null } });
  }

  cancelled(at: string, by: Official): string {
    return this.add(at, by, { type: 'TaskCancelled', data: { reason: 'Không còn cần thiết' } });
  }

  reopened(at: string, by: Official): string {
    return this.add(at, by, { type: 'TaskReopened', data: { reason: 'Kết quả chưa đạt yêu cầu' } });
  }

  received(at: string, by: Official): string {
    return this.add(at, by, { type: 'TaskReceived', data: { unitId: by.unitId } });
  }

  commented(at: string, by: Official): string {
    return this.add(at, by, { type: 'TaskCommented', data: { content: 'Ghi ý kiến' } });
  }

  consultationRequested(at: string, by: Official, unitIds: string[], replyDueAt: string | null): string {
    return this.add(at, by, {
      type: 'ConsultationRequested',
      data: { consultationId: `${this.taskId}-c1`, requestedBy: party(by), unitIds, content: 'Đề nghị cho ý kiến', replyDueAt },
    });
  }

  consultationAnswered(at: string, by: Official): string {
    return this.add(at, by, {
      type: 'ConsultationAnswered',
      data: { consultationId: `${this.taskId}-c1`, unitId: by.unitId, stance: 'agree', content: 'Thống nhất', revision: false },
    });
  }

  submitted(at: string, by: Official, to: Official): string {
    return this.add(at, by, {
      type: 'SubmittedToSuperior',
      data: { from: party(by), to: party(to), content: 'Trình quyết định', allConsultedAgreed: true },
    });
  }

  difficultyReported(at: string, by: Official, to: Official): string {
    return this.add(at, by, {
      type: 'DifficultyReported',
      data: { from: party(by), to: party(to), content: 'Thiếu số liệu khảo sát' },
    });
  }

  difficultyAssessed(at: string, by: Official, difficultyEventId: string, accepted: boolean, reportedBy: Party): string {
    return this.add(at, by, {
      type: 'DifficultyAssessed',
      data: { difficultyEventId, accepted, reason: 'Đã xem xét', assessedBy: { unitId: by.unitId, personId: by.personId }, reportedBy },
    });
  }
  initiativeRecorded(at: string, by: Official, personIds: string[], from: string, to: string | null, effect: 'exempt' | 'reduce'): string {
    return this.add(at, by, {
      type: 'InitiativeRecorded',
      data: { initiativeId: `${this.taskId}-sk`, decisionNumber: '15/QĐ-UBND', decisionDate: '2026-03-02', personIds, from, to, effect, note: null },
    });
  }

  supplementRequested(at: string, by: Official): string {
    return this.add(at, by, {
      type: 'SupplementRequested',
      data: {
        content: 'Bổ sung bản vẽ mặt bằng móng',
        stage: 'thẩm định hồ sơ',
        legalBasis: 'Điều 46 Nghị định 15/2021/NĐ-CP',
        approvedBy: { unitId: by.unitId, personId: by.personId },
      },
    });
  }

  supplementReceived(at: string, by: Official, requestEventId: string): string {
    return this.add(at, by, { type: 'SupplementReceived', data: { requestEventId, content: 'Bản vẽ mặt bằng móng đã ký' } });
  }

  voided(at: string, by: Official, originalEventId: string, originalType: PrimaryTaskEventType): string {
    return this.add(at, by, { type: 'EntryVoided', data: { originalEventId, originalType, reason: 'Ghi nhầm' } });
  }

  corrected(at: string, by: Official, originalEventId: string, originalType: PrimaryTaskEventType): string {
    return this.add(at, by, {
      type: 'EntryCorrected',
      data: { originalEventId, originalType, reason: 'Sửa lý do', fields: { reason: 'Lý do đúng' } },
    });
  }

  private add(at: string, by: Official, event: TaskEvent): string {
    const eventId = `${this.taskId}-${this.events.length + 1}`;
    const metadata: EventMetadata = { eventId, occurredAt: at, actor: { personId: by.personId, unitId: by.unitId } };
    this.position += 1;
    this.events.push({ ...event, metadata, globalPosition: this.position } as CustodySourceEvent);
    return eventId;
  }
}

export { party };

/** Everything the lib derives for one task as of an instant. */
export function analyse(
  events: readonly CustodySourceEvent[],
  asOf: string,
  options: { dueSoonWorkingDays?: number; stepLimits?: StepLimitSource; findingShares?: FindingShare[] } = {},
) {
  const timeline = custodyTimeline(custodyLogOf(events), { asOf, calendar, stepLimits: options.stepLimits });
  const status = taskStatus(timeline, { calendar, dueSoonWorkingDays: options.dueSoonWorkingDays });
  const measures = handOffMeasures(timeline);
  const edges = handoverEdges(timeline, calendar);
  const attribution = attributeResponsibility({ timeline, status, calendar, headOf, findingShares: options.findingShares });
  return { timeline, status, measures, edges, attribution };
}

/** The parts of an interval a scenario states. */
export function brief(interval: CustodyInterval) {
  return {
    holder: interval.holder,
    role: interval.role,
    giver: interval.giver,
    from: interval.from,
    to: interval.to,
    openedBy: interval.openedBy.eventId,
    closedBy: interval.closedBy?.eventId ?? null,
    held: interval.heldWorkingDays,
    overdue: interval.overdueDays,
  };
}
