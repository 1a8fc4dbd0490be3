import { createVnWorkingDayCalendar, type LocalDate } from '@lib/domain/calendar';
import type { EventMetadata, Official } from '@lib/domain/core';
import { DEMO_ORGANISATION, OrganisationTimeline } from '@lib/domain/org';
import type { Party, PrimaryTaskEventType, ReturnReasonCode, Stance, TaskEvent, TaskKind } from '@lib/domain/task';
import { evaluateTask, type TaskEvaluation } from '../evaluate-task';
import type { Finding } from '../finding.types';
import type { RulesConfig } from '../rule-config';
import type { RuleSourceEvent } from '../task-history';

export const calendar = createVnWorkingDayCalendar();
export const organisation = OrganisationTimeline.fromEvents(DEMO_ORGANISATION.map((entry) => entry.event));

export const unit = {
  ubndTp: 'ubnd-tp',
  soXayDung: 'so-xay-dung',
  soTnmt: 'so-tnmt',
  soTaiChinh: 'so-tai-chinh',
  soKhdt: 'so-ke-hoach-dau-tu',
  ubndHaiChau: 'ubnd-quan-hai-chau',
  phongQldt: 'phong-quan-ly-do-thi',
  phongTckh: 'phong-tai-chinh-ke-hoach',
  phongTnmt: 'phong-tnmt-hai-chau',
} as const;

const official = (personId: string, unitId: string): Official => ({ personId, unitId });

/** The first staff member the demo city appointed to a unit (generated names). */
export function staffOf(unitId: string): Official {
  const entry = DEMO_ORGANISATION.find((candidate) => candidate.event.type === 'PersonAppointed' && candidate.event.data.unitId === unitId && candidate.event.data.position === 'staff');
  if (entry?.event.type !== 'PersonAppointed') throw new Error(`no staff in ${unitId}`);
  return official(entry.event.data.personId, unitId);
}

export const tranVanAn = official('tran-van-an', unit.ubndTp);
export const nguyenThiBinh = official('nguyen-thi-binh', unit.soXayDung);
export const leVanCuong = official('le-van-cuong', unit.soXayDung);
export const phamMinhDung = official('pham-minh-dung', unit.soTnmt);
export const voThiEn = official('vo-thi-en', unit.soTnmt);
export const hoangVanGiang = official('hoang-van-giang', unit.ubndHaiChau);
export const doThiHoa = official('do-thi-hoa', unit.phongQldt);
export const buiVanKhanh = official('bui-van-khanh', unit.phongTckh);
export const ngoThiLan = official('ngo-thi-lan', unit.phongTnmt);
/** The clerk of Sở Xây dựng, who records entries on the officials' behalf. */
export const phanThiMai = official('phan-thi-mai', unit.soXayDung);
export const qldtStaff = staffOf(unit.phongQldt);
export const tckhStaff = staffOf(unit.phongTckh);
export const tnmtHcStaff = staffOf(unit.phongTnmt);

/** Monday 2 March 2026: day d of the scenarios. */
export const D: LocalDate = '2026-03-02';

export function day(n: number, time = '09:00', start: LocalDate = D): string {
  return `${calendar.addWorkingDays(start, n)}T${time}:00+07:00`;
}

export function due(n: number, start: LocalDate = D): string {
  return `${calendar.addWorkingDays(start, n)}T23:59:59.999+07:00`;
}

export const party = (who: Official, withPerson = true): Party => (withPerson ? { unitId: who.unitId, personId: who.personId } : { unitId: who.unitId });

/** One task's recorded events in stream order, ids `<taskId>-<n>`, positions from 1001. */
export class TaskStory {
  readonly events: RuleSourceEvent[] = [];
  private position = 1000;
  private authority: Official = tranVanAn;
  private consultations = 0;
  private clerk: Official | null = null;

  constructor(readonly taskId: string) {}

  assigned(at: string, by: Official, lead: string, options: { dueAt?: string | null; category?: string; kind?: TaskKind; coordinating?: string[]; responsible?: Official; reassignment?: boolean } = {}): string {
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
  delegated(at: string, by: Official, to: Official): string {
    return this.add(at, by, { type: 'TaskDelegated', data: { unitId: to.unitId, personId: to.personId, previousPersonId: null } });
  }
  transferred(at: string, by: Official, to: Party, from: Party = party(by)): string {
    return this.add(at, by, { type: 'TaskTransferred', data: { from, to, reason: 'Thuộc lĩnh vực đất đai' } });
  }
  returned(at: string, by: Official, to: Party, options: { from?: Party; reasonCode?: ReturnReasonCode } = {}): string {
    const toAssigningAuthority = to.unitId === this.authority.unitId;
    return this.add(at, by, {
      type: 'TaskReturned',
      data: { from: options.from ?? party(by, false), to, toAssigningAuthority, reasonCode: options.reasonCode ?? 'not_our_mandate', reason: null },
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
  answered(at: string, by: Official, stance: Stance, content: string | null = 'Thống nhất với dự thảo, đề nghị bổ sung số liệu quý I', consultation = this.consultations, revision = false): string {
    return this.add(at, by, { type: 'ConsultationAnswered', data: { consultationId: `${this.taskId}-c${consultation}`, unitId: by.unitId, stance, content, revision } });
  }
  submitted(at: string, by: Official, to: Official, allConsultedAgreed = true, from: Party = party(by)): string {
    return this.add(at, by, { type: 'SubmittedToSuperior', data: { from, to: party(to), content: 'Trình quyết định', allConsultedAgreed } });
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
      data: { previousDeadline: { dueAt: previousDueAt }, deadline: { dueAt }, approvedBy: { unitId: by.unitId, personId: by.personId }, reason: 'Cần thêm thời gian' },
    });
  }
  completed(at: string, by: Official, holder: Party = party(by)): string {
    return this.add(at, by, { type: 'TaskCompleted', data: { by: holder, result: 'Đã hoàn thành', outputDocument: null } });
  }
  cancelled(at: string, by: Official): string {
    return this.add(at, by, { type: 'TaskCancelled', data: { reason: 'Không còn cần thiết' } });
  }
  supplementRequested(at: string, by: Official, approver: Official): string {
    return this.add(at, by, {
      type: 'SupplementRequested',
      data: { content: 'Bổ sung bản vẽ', stage: 'thẩm định', legalBasis: 'Nghị định 15/2021/NĐ-CP', approvedBy: { unitId: approver.unitId, personId: approver.personId } },
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
    options: { initiativeId: string; personIds: string[]; from: LocalDate; to?: LocalDate | null; effect?: 'exempt' | 'reduce'; decisionNumber?: string; decisionDate?: LocalDate },
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
  corrected(at: string, by: Official, originalEventId: string, originalType: PrimaryTaskEventType, fields: Record<string, unknown>): string {
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
    const metadata: EventMetadata =
      this.clerk === null
        ? { eventId, occurredAt: at, actor: official }
        : { eventId, occurredAt: at, actor: { personId: this.clerk.personId, unitId: this.clerk.unitId }, onBehalfOf: official };
    this.position += 1;
    this.events.push({ ...event, metadata, globalPosition: this.position } as RuleSourceEvent);
    return eventId;
  }
}

export function evaluate(story: TaskStory, asOf: string, options: { parameters?: RulesConfig } = {}): TaskEvaluation {
  return evaluateTask({ events: story.events, organisation, calendar, asOf, parameters: options.parameters });
}

/** The parts a scenario states: rule, who answers (person or unit), supervisory person, key entries. */
export function brief(finding: Finding) {
  return {
    rule: finding.ruleCode,
    responsible: finding.responsible.map((party) => party.personId ?? party.unitId),
    supervisory: finding.supervisory.map((party) => party.personId),
    keys: finding.keyEventIds,
  };
}

export function codes(evaluation: TaskEvaluation): string[] {
  return evaluation.findings.map((finding) => finding.ruleCode);
}
