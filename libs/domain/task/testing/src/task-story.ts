import type { LocalDate } from '@lib/domain/calendar';
import type { RecordedEventMetadata, Official } from '@lib/domain/core';
import type { Party, PrimaryTaskEventType, RecordedTaskEvent, ReturnReasonCode, Stance, TaskEvent, TaskKind } from '@lib/domain/task';
import { cast } from './city-cast';
import { party } from './story-days';

/** A recorded task event as a store hands it over, with its global position. */
export type StoryEvent = RecordedTaskEvent & { readonly globalPosition: number };

/**
 * The one task-event builder of the specs: one task's recorded events in stream order, ids `<taskId>-<n>`,
 * positions from `position + 1` (1001 by default). Each method records one entry as the named official
 * (or, inside `recordedBy`, as a clerk on their behalf) and returns its event id.
 */
export class TaskStory {
  readonly events: StoryEvent[] = [];
  private authority: Official = cast.tranVanAn;
  private consultations = 0;
  private clerk: Official | null = null;

  constructor(
    readonly taskId: string,
    private position = 1000,
  ) {}

  assigned(
    at: string,
    by: Official,
    lead: string,
    options: {
      dueAt?: string | null;
      category?: string;
      kind?: TaskKind;
      coordinating?: string[];
      responsible?: Official;
      reassignment?: boolean;
    } = {},
  ): string {
    if (!options.reassignment) this.authority = by;
    return this.add(at, by, {
      type: 'TaskAssigned',
      data: {
        taskId: this.taskId,
        kind: options.kind ?? 'task',
        title: `Nhiệm vụ ${this.taskId}`,
        category: options.category ?? 'construction',
        source: { number: '2128/UBND-TH', date: '2026-02-27' },
        assigningAuthority: { unitId: by.unitId, personId: by.personId },
        leadUnitId: lead,
        coordinatingUnitIds: options.coordinating ?? [],
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
    const toAssigningAuthority = to.unitId === this.authority.unitId;
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
  returnedToAuthority(at: string, by: Official, options: { from?: Party; reasonCode?: ReturnReasonCode } = {}): string {
    return this.returned(at, by, party(this.authority), options);
  }
  commented(at: string, by: Official, content = 'Đang xử lý'): string {
    return this.add(at, by, { type: 'TaskCommented', data: { content } });
  }
  received(at: string, by: Official): string {
    return this.add(at, by, { type: 'TaskReceived', data: { unitId: by.unitId } });
  }
  consulted(
    at: string,
    by: Official,
    unitIds: string[],
    replyDueAt: string | null,
    content: string | null = 'Góp ý dự thảo phân bổ dự toán ngân sách năm 2026',
    requestedBy: Party = party(by),
  ): string {
    this.consultations += 1;
    return this.add(at, by, {
      type: 'ConsultationRequested',
      data: { consultationId: `${this.taskId}-c${this.consultations}`, requestedBy, unitIds, content, replyDueAt },
    });
  }
  answered(
    at: string,
    by: Official,
    stance: Stance,
    content: string | null = 'Thống nhất với dự thảo, đề nghị bổ sung số liệu quý I',
    consultation = this.consultations,
    revision = false,
  ): string {
    return this.add(at, by, {
      type: 'ConsultationAnswered',
      data: { consultationId: `${this.taskId}-c${consultation}`, unitId: by.unitId, stance, content, revision },
    });
  }
  submitted(at: string, by: Official, to: Official, allConsultedAgreed = true, from: Party = party(by)): string {
    return this.add(at, by, {
      type: 'SubmittedToSuperior',
      data: { from, to: party(to), content: 'Trình quyết định', allConsultedAgreed },
    });
  }
  difficultyReported(at: string, by: Official, to: Official): string {
    return this.add(at, by, { type: 'DifficultyReported', data: { from: party(by), to: party(to), content: 'Thiếu số liệu khảo sát' } });
  }
  reassignmentProposed(at: string, by: Official, proposedUnitId: string | null, from: Party = party(by)): string {
    return this.add(at, by, { type: 'ReassignmentProposed', data: { from, proposedUnitId, reason: 'Đề nghị giao đơn vị khác' } });
  }
  extended(at: string, by: Official, previousDueAt: string | null, dueAt: string): string {
    return this.add(at, by, {
      type: 'DeadlineExtended',
      data: {
        previousDeadline: { dueAt: previousDueAt },
        deadline: { dueAt },
        approvedBy: { unitId: by.unitId, personId: by.personId },
        reason: 'Cần thêm thời gian',
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
  difficultyAssessed(at: string, by: Official, difficultyEventId: string, accepted: boolean, reportedBy: Party): string {
    return this.add(at, by, {
      type: 'DifficultyAssessed',
      data: { difficultyEventId, accepted, reason: 'Đã xem xét', assessedBy: { unitId: by.unitId, personId: by.personId }, reportedBy },
    });
  }
  supplementRequested(at: string, by: Official, approver: Official): string {
    return this.add(at, by, {
      type: 'SupplementRequested',
      data: {
        content: 'Bổ sung bản vẽ',
        stage: 'thẩm định',
        legalBasis: 'Nghị định 15/2021/NĐ-CP',
        approvedBy: { unitId: approver.unitId, personId: approver.personId },
      },
    });
  }
  supplementReceived(at: string, by: Official, requestEventId: string): string {
    return this.add(at, by, { type: 'SupplementReceived', data: { requestEventId, content: 'Bản vẽ đã bổ sung' } });
  }
  appointment(at: string, by: Official, returnBy: string): string {
    return this.add(at, by, { type: 'AppointmentIssued', data: { returnBy } });
  }
  apology(at: string, by: Official, newReturnBy: string): string {
    return this.add(at, by, { type: 'ApologyIssued', data: { reason: 'Chậm thẩm định', newReturnBy } });
  }
  resultReturned(at: string, by: Official): string {
    return this.add(at, by, { type: 'ResultReturned', data: { result: 'Đã trả giấy phép' } });
  }
  initiativeRecorded(
    at: string,
    by: Official,
    options: {
      initiativeId: string;
      personIds: string[];
      from: LocalDate;
      to?: LocalDate | null;
      effect?: 'exempt' | 'reduce';
      decisionNumber?: string;
      decisionDate?: LocalDate;
    },
  ): string {
    return this.add(at, by, {
      type: 'InitiativeRecorded',
      data: {
        initiativeId: options.initiativeId,
        decisionNumber: options.decisionNumber ?? '15/QĐ-UBND',
        decisionDate: options.decisionDate ?? '2026-03-02',
        personIds: options.personIds,
        from: options.from,
        to: options.to ?? null,
        effect: options.effect ?? 'exempt',
        note: null,
      },
    });
  }
  voided(at: string, by: Official, originalEventId: string, originalType: PrimaryTaskEventType): string {
    return this.add(at, by, { type: 'EntryVoided', data: { originalEventId, originalType, reason: 'Ghi nhầm' } });
  }
  corrected(
    at: string,
    by: Official,
    originalEventId: string,
    originalType: PrimaryTaskEventType,
    fields: Record<string, unknown> = { reason: 'Lý do đúng' },
  ): string {
    return this.add(at, by, { type: 'EntryCorrected', data: { originalEventId, originalType, reason: 'Đính chính', fields } });
  }

  /** Records what `act` records as a clerk entering it on the acting official's behalf (`onBehalfOf`). */
  recordedBy<T>(clerk: Official, act: () => T): T {
    this.clerk = clerk;
    try {
      return act();
    } finally {
      this.clerk = null;
    }
  }

  private add(at: string, by: Official, event: TaskEvent): string {
    const eventId = `${this.taskId}-${this.events.length + 1}`;
    const official = { personId: by.personId, unitId: by.unitId };
    const metadata: RecordedEventMetadata =
      this.clerk === null
        ? { eventId, occurredAt: at, actor: official }
        : { eventId, occurredAt: at, actor: { personId: this.clerk.personId, unitId: this.clerk.unitId }, onBehalfOf: official };
    this.position += 1;
    this.events.push({ ...event, metadata, globalPosition: this.position } as StoryEvent);
    return eventId;
  }
}
