import type { Actor, CommandContext, Official, SeededRandom } from '@lib/domain/core';
import type { TaskCommand, TaskCommandType } from '@lib/domain/task';
import type { DemoPeriod } from './demo-period';

export type CommandOf<T extends TaskCommandType> = Extract<TaskCommand, { type: T }>;

export interface StepOptions {
  /** Minutes after midnight; otherwise a working hour after the previous step. */
  minutes?: number;
  /** The official a clerk records for ({ personId, unitId }, as the API passes it). */
  onBehalfOf?: Official;
}

const DAY_OPENS = 8 * 60;
const LAST_START = 15 * 60 + 30;
const DAY_CLOSES = 17 * 60 + 30;

/**
 * The commands of one task, dated in working days after its assignment ("d+N"). Steps must come in
 * order; each gets an instant on its day later than the step before, in office hours, never after
 * the demo period's last day (so never after `until`).
 */
export class TaskScript {
  readonly commands: TaskCommand[] = [];
  private lastDay = -1;
  private lastMinutes = 0;

  constructor(
    readonly taskId: string,
    readonly period: DemoPeriod,
    private readonly random: SeededRandom,
    /** Index of d+0 among the period's working days. */
    readonly startDay: number,
  ) {}

  /** The local date of d+offset. */
  date(offset: number): string {
    return this.period.day(this.startDay + offset);
  }

  /** Offset of the last step so far. */
  get lastOffset(): number {
    return this.lastDay - this.startDay;
  }

  push<T extends TaskCommandType>(type: T, data: CommandOf<T>['data'], offset: number, actor: Actor, options: StepOptions = {}): string {
    const occurredAt = this.instant(offset, options.minutes);
    const context: CommandContext = { actor, occurredAt, now: this.period.until };
    if (options.onBehalfOf !== undefined) {
      context.onBehalfOf = { personId: options.onBehalfOf.personId, unitId: options.onBehalfOf.unitId };
    }
    this.commands.push({ type, data, context } as CommandOf<T>);
    return occurredAt;
  }

  private instant(offset: number, minutes: number | undefined): string {
    const day = this.startDay + offset;
    if (day < this.lastDay) throw new RangeError(`${this.taskId}: step at d+${offset} comes before the previous step`);
    if (day > this.period.lastIndex) throw new RangeError(`${this.taskId}: step at d+${offset} falls after the demo period`);
    const earliest = day === this.lastDay ? this.lastMinutes + 1 : 0;
    let at: number;
    if (minutes !== undefined) {
      if (minutes < earliest) throw new RangeError(`${this.taskId}: step at d+${offset} is not after the previous step`);
      at = minutes;
    } else if (day === this.lastDay) {
      at = Math.min(Math.max(this.lastMinutes + 5 * this.random.integer(2, 24), earliest), Math.max(DAY_CLOSES, earliest));
    } else {
      at = DAY_OPENS + 5 * this.random.integer(0, (LAST_START - DAY_OPENS) / 5);
    }
    this.lastDay = day;
    this.lastMinutes = at;
    return this.period.instant(day, at);
  }
}
