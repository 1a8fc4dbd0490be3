import { present } from '@lib/domain/core';
import type { Actor } from '@lib/domain/core';
import type { Party, PersonInUnit, SourceDocument, TaskKind } from '@lib/domain/task';
import { outputSuffix } from './document-codes';
import type { DocumentNumbers } from './document-numbers';
import { personInUnit, type DemoRoster } from './org-roster';
import type { SeededRandom } from '@lib/domain/core';
import type { TaskScript } from './task-script';
import { resultText } from './task-text.templates';

/** What the generator decided before playing a pattern: who assigns what to whom. */
export interface TaskSetup {
  kind: TaskKind;
  category: string;
  title: string;
  authorityUnitId: string;
  leadUnitId: string;
  /** Where the work belongs when the lead is not it (misassigned tasks), else the lead. */
  competentUnitId: string;
  /** Other units under the same authority holding a mandate (consulted, transferred to). */
  otherUnitIds: string[];
  coordinatingUnitIds: string[];
  source: SourceDocument;
  deadlineDays: number;
  /** Whether the assigning authority's clerk records the assignment for the assigner. */
  recordedByClerk: boolean;
}

/** The steps most patterns share, on top of a task's script. */
export class PatternKit {
  /** The assigner named on the task. */
  authority: PersonInUnit | null = null;
  dueAt: string | null = null;

  constructor(
    readonly script: TaskScript,
    readonly setup: TaskSetup,
    readonly roster: DemoRoster,
    readonly random: SeededRandom,
    readonly documents: DocumentNumbers,
    /** The last offset a step may take (the period's last day). */
    readonly horizon: number,
  ) {}

  as(personId: string, unitId: string, offset: number): Actor {
    return this.roster.actor(personId, unitId, this.script.date(offset));
  }

  leader(unitId: string, offset: number): Actor {
    return this.roster.leader(unitId, this.script.date(offset), this.random);
  }

  member(unitId: string, offset: number): Actor {
    return this.roster.member(unitId, this.script.date(offset), this.random);
  }

  /** A head or deputy of the assigning authority: who extends, reopens, cancels, directs. */
  authorityLeader(offset: number): Actor {
    return this.leader(this.setup.authorityUnitId, offset);
  }

  authorityParty(): Party {
    return { ...this.requireAuthority() };
  }

  /** End of the working day `workingDays` after d+offset, as the calendar resolves it. */
  dueAtAfter(offset: number, workingDays: number): string {
    return present(this.script.period.deadline(`${this.script.date(offset)}T12:00:00+07:00`, workingDays).dueAt, 'a working-day deadline');
  }

  dueDate(offset = 0, workingDays = this.setup.deadlineDays): string {
    return this.script.period.dueDate(this.script.startDay + offset, workingDays);
  }

  /** d+0: the authority assigns the task to `leadUnitId`, with a deadline counted by the calendar. */
  assign(leadUnitId = this.setup.leadUnitId): void {
    const { setup, script } = this;
    const date = script.date(0);
    const assigner = this.leader(setup.authorityUnitId, 0);
    const clerk = setup.recordedByClerk ? this.roster.clerk(setup.authorityUnitId, date) : null;
    const minutes = 8 * 60 + 5 * this.random.integer(0, 36);
    const deadline = script.period.deadline(script.period.instant(script.startDay, minutes), setup.deadlineDays);
    this.authority = personInUnit(assigner);
    this.dueAt = deadline.dueAt;
    const data = {
      taskId: script.taskId,
      kind: setup.kind,
      title: setup.title,
      category: setup.category,
      source: setup.source,
      assigningAuthority: this.authority,
      leadUnitId,
      coordinatingUnitIds: setup.coordinatingUnitIds.filter((unitId) => unitId !== leadUnitId),
      deadline,
    };
    if (clerk === null) script.push('AssignTask', data, 0, assigner, { minutes });
    else script.push('AssignTask', data, 0, clerk, { minutes, onBehalfOf: assigner });
  }

  /** The authority assigns the task again, to another lead, after it came back (a reassignment). */
  reassign(leadUnitId: string, offset: number): void {
    const { setup, script } = this;
    const first = script.commands[0];
    if (first?.type !== 'AssignTask') throw new Error(`${script.taskId}: reassigning a task that was never assigned`);
    const data = {
      ...first.data,
      leadUnitId,
      coordinatingUnitIds: first.data.coordinatingUnitIds.filter((unitId) => unitId !== leadUnitId),
    };
    script.push('AssignTask', data, offset, this.leader(setup.authorityUnitId, offset));
  }

  /** The holding unit's clerk registers the task (when the unit has one). */
  receive(unitId: string, offset: number): void {
    const clerk = this.roster.clerk(unitId, this.script.date(offset));
    if (clerk !== null) this.script.push('ReceiveTask', {}, offset, clerk);
  }

  /** A leader of the unit hands the task to one of its staff; returns the person now holding it. */
  delegate(unitId: string, offset: number, exceptPersonId?: string): string {
    const date = this.script.date(offset);
    const leader = this.leader(unitId, offset);
    const candidates = this.roster.handlers(unitId, date).filter((id) => id !== exceptPersonId && id !== leader.personId);
    const personId =
      candidates.length > 0 ? this.random.pick(candidates) : present(this.roster.handlers(unitId, date)[0], `a handler in ${unitId}`);
    this.script.push('DelegateTask', { person: { personId, unitId } }, offset, leader);
    return personId;
  }

  /** Assignment, registration (usually) and delegation: the start of nearly every task. */
  open(): string {
    this.assign();
    const lead = this.setup.leadUnitId;
    const delegateOn = this.horizon >= 1 ? this.random.integer(0, 1) : 0;
    if (this.random.chance(0.85)) this.receive(lead, this.random.integer(0, delegateOn));
    return this.delegate(lead, delegateOn);
  }

  /** The holder completes, with an output document of the lead unit dated that day. */
  complete(personId: string, unitId: string, offset: number, result = resultText(this.random)): void {
    const isReport = this.setup.title.startsWith('Báo cáo') || this.setup.title.startsWith('Tổng hợp');
    const outputDocument = this.documents.issue(unitId, outputSuffix(unitId, isReport, this.random), this.script.date(offset));
    this.script.push('CompleteTask', { result, outputDocument }, offset, this.as(personId, unitId, offset));
  }

  comment(actor: Actor, content: string, offset: number): void {
    this.script.push('CommentOnTask', { content }, offset, actor);
  }

  /** An offset in [from, to], clamped to the horizon. */
  between(from: number, to: number): number {
    const high = Math.min(to, this.horizon);
    const low = Math.min(from, high);
    return this.random.integer(low, high);
  }

  requireAuthority(): PersonInUnit {
    if (this.authority === null) throw new Error(`${this.script.taskId}: not assigned yet`);
    return this.authority;
  }
}
