import type { DrillTokens } from './drill-tokens';
import { DRILL_PRINCIPALS } from './drill-tokens';
import type { KeyedCommand } from './http-load';

/** A task the chairman's office assigns to Sở Xây dựng (occurredAt left to the service: now). */
export function drillAssignmentBody(label: string): object {
  return {
    title: `Giải quyết đơn thư ${label}`,
    category: 'construction',
    source: { number: `${label}/UBND-TH`, date: '2026-03-02' },
    assigningAuthority: { personId: DRILL_PRINCIPALS.chairman.personId, unitId: DRILL_PRINCIPALS.chairman.unitId },
    leadUnitId: 'so-xay-dung',
    deadline: { workingDays: 10 },
  };
}

/** The keyed commands of one drill: keys start with the drill's tag, so drills sharing one log never share a key. */
export class DrillCommands {
  constructor(
    private readonly tokens: DrillTokens,
    readonly tag: string,
  ) {}

  newTask(suffix: string): KeyedCommand {
    const key = `${this.tag}-${suffix}`;
    return { key, kind: 'new task', token: this.tokens.of('chairman'), path: '/tasks', body: drillAssignmentBody(key) };
  }

  /** Giám đốc Sở Xây dựng comments on a task her unit leads. */
  comment(taskId: string, suffix: string): KeyedCommand {
    const key = `${this.tag}-${suffix}`;
    return {
      key,
      kind: 'comment',
      token: this.tokens.of('binh'),
      path: `/tasks/${taskId}/comments`,
      body: { content: `Ý kiến chỉ đạo ${key}` },
    };
  }

  /** The load of the drills with writers: the last two writers assign new tasks, the others comment on the given tasks. */
  mixedLoad(taskIds: ReadonlyArray<string>, writers: number): (writer: number, index: number) => KeyedCommand {
    return (writer, index) =>
      writer >= writers - 2
        ? this.newTask(`w${writer}-${index}`)
        : this.comment(taskIds[(writer + index) % taskIds.length]!, `w${writer}-${index}`);
  }
}
