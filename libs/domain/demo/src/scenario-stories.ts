import { present } from '@lib/domain/core';
import type { Actor } from '@lib/domain/core';
import type { AssignTask } from '@lib/domain/task';
import type { DemoPeriod } from './demo-period';
import { instantOn } from './demo-period';
import type { DemoTask } from './demo-task.types';
import type { DemoRoster } from './org-roster';
import type { SeededRandom } from '@lib/domain/core';
import { TaskScript } from './task-script';

/** d+0 of S1, S2, S3 and S5: Monday 2 March 2026 (as in the task specs and the e2e scenarios). */
export const STORY_START = '2026-03-02';
/** S4: Friday 13 February 2026, the last working day before Tết Bính Ngọ. */
export const S4_START = '2026-02-13';

const h = (hours: number, minutes = 0): number => hours * 60 + minutes;

/** Document numbers the stories use, per issuing unit: the generated ones skip them. */
export const STORY_DOCUMENT_NUMBERS: ReadonlyArray<readonly [string, number]> = [
  ['ubnd-tp', 2128],
  ['ubnd-tp', 1046],
  ['ubnd-tp', 1047],
  ['ubnd-quan-hai-chau', 415],
  ['ubnd-quan-hai-chau', 315],
  ['ubnd-quan-hai-chau', 318],
  ['so-xay-dung', 315],
  ['so-xay-dung', 61],
  ['so-xay-dung', 64],
  ['phong-tai-chinh-ke-hoach', 96],
  ['phong-tnmt-hai-chau', 41],
  ['phong-tnmt-hai-chau', 58],
];

export interface StoryContext {
  period: DemoPeriod;
  roster: DemoRoster;
  random: SeededRandom;
  taskId: (index: number) => string;
}

/** The stories of scenarios.md, with the scenario people, on fixed days; only the task ids follow the seed. */
export function scenarioStories(context: StoryContext): DemoTask[] {
  const stories = new StoryWriter(context);
  return [
    stories.s1(),
    stories.s2(),
    stories.s3(0, 'S3 — trả lại ngay trong ngày (không có phát hiện)'),
    stories.s3(4, 'S3 — biến thể: trả lại ở d+4 (LATE_RETURN)'),
    stories.s4(10, 'S4 — hoàn thành ngày 27/02/2026 (đúng hạn)'),
    stories.s4(11, 'S4 — biến thể: hoàn thành ngày 02/3/2026 (trễ 1 ngày làm việc)'),
    stories.s5('submission'),
    stories.s5('difficulty'),
  ];
}

class StoryWriter {
  private index = 0;

  constructor(private readonly context: StoryContext) {}

  /** S1 — own work pushed sideways, then bounced back. */
  s1(): DemoTask {
    const { script, at } = this.begin(STORY_START);
    const an = at('tran-van-an', 'ubnd-tp', 0);
    script.push(
      'AssignTask',
      this.assignment(script, an, 'so-xay-dung', {
        title: 'Kiểm tra, xử lý công trình xây dựng không phép tại phường Hòa Cường Bắc',
        category: 'construction',
        source: { number: '2128/UBND-TH', date: STORY_START },
        workingDays: 10,
      }),
      0,
      an,
      { minutes: h(9) },
    );
    script.push(
      'DelegateTask',
      { person: { personId: 'le-van-cuong', unitId: 'so-xay-dung' } },
      0,
      at('nguyen-thi-binh', 'so-xay-dung', 0),
      { minutes: h(14) },
    );
    script.push('TransferTask', { to: { unitId: 'so-tnmt' }, reason: 'Thuộc lĩnh vực đất đai' }, 2, at('le-van-cuong', 'so-xay-dung', 2), {
      minutes: h(9),
    });
    script.push(
      'ReturnTask',
      { reasonCode: 'not_our_mandate', reason: 'Không thuộc chức năng, nhiệm vụ của Sở Tài nguyên và Môi trường' },
      3,
      at('pham-minh-dung', 'so-tnmt', 3),
      { minutes: h(9) },
    );
    script.push(
      'CompleteTask',
      {
        result: 'Đã kiểm tra, lập biên bản và xử lý công trình vi phạm',
        outputDocument: { number: '315/QĐ-SXD', date: script.date(12) },
      },
      12,
      at('le-van-cuong', 'so-xay-dung', 12),
      { minutes: h(10) },
    );
    return {
      taskId: script.taskId,
      label: 'S1',
      story: 'S1 — việc của mình bị đẩy sang đơn vị khác rồi bị trả về',
      commands: script.commands,
    };
  }

  /** S2 — the silent consultee (closed afterwards on time, so the lead has no finding). */
  s2(): DemoTask {
    const { script, at } = this.begin(STORY_START);
    const giang = at('hoang-van-giang', 'ubnd-quan-hai-chau', 0);
    const khanh = (offset: number) => at('bui-van-khanh', 'phong-tai-chinh-ke-hoach', offset);
    script.push(
      'AssignTask',
      this.assignment(script, giang, 'phong-tai-chinh-ke-hoach', {
        title: 'Thẩm định phương án bố trí vốn sửa chữa trụ sở UBND phường Thạch Thang',
        category: 'budget',
        source: { number: '415/UBND-TCKH', date: STORY_START },
        workingDays: 15,
      }),
      0,
      giang,
      { minutes: h(9) },
    );
    const officer = this.firstStaff('phong-tai-chinh-ke-hoach', 0, script);
    script.push('DelegateTask', { person: { personId: officer, unitId: 'phong-tai-chinh-ke-hoach' } }, 0, khanh(0), { minutes: h(14) });
    script.push(
      'RequestConsultation',
      {
        consultationId: `${script.taskId}-yk1`,
        unitIds: ['phong-quan-ly-do-thi', 'phong-tnmt-hai-chau'],
        content: 'Đề nghị cho ý kiến về phương án bố trí vốn sửa chữa trụ sở UBND phường Thạch Thang',
        replyDueAt: present(this.context.period.deadline(instantOn(STORY_START, h(9)), 6).dueAt, 'the reply deadline'),
      },
      1,
      khanh(1),
      { minutes: h(9) },
    );
    script.push(
      'AnswerConsultation',
      {
        consultationId: `${script.taskId}-yk1`,
        unitId: 'phong-quan-ly-do-thi',
        stance: 'agree',
        content: 'Thống nhất phương án; hạng mục sân, cổng phù hợp quy hoạch chi tiết',
      },
      3,
      at('do-thi-hoa', 'phong-quan-ly-do-thi', 3),
      { minutes: h(10) },
    );
    script.push(
      'SubmitToSuperior',
      {
        to: { unitId: 'ubnd-quan-hai-chau', personId: 'hoang-van-giang' },
        content: 'Kính trình phê duyệt; các đơn vị được lấy ý kiến đã thống nhất (Phòng TN&MT không trả lời, coi như thống nhất)',
        allConsultedAgreed: true,
      },
      8,
      khanh(8),
      { minutes: h(9) },
    );
    script.push(
      'DirectTask',
      { direction: 'Đồng ý phương án; giao Phòng Tài chính – Kế hoạch thông báo vốn' },
      9,
      at('hoang-van-giang', 'ubnd-quan-hai-chau', 9),
      { minutes: h(15) },
    );
    script.push(
      'CompleteTask',
      { result: 'Đã thông báo vốn sửa chữa trụ sở', outputDocument: { number: '96/TCKH', date: script.date(10) } },
      10,
      at(officer, 'phong-tai-chinh-ke-hoach', 10),
      { minutes: h(10) },
    );
    return { taskId: script.taskId, label: 'S2', story: 'S2 — đơn vị được lấy ý kiến im lặng (Phòng TN&MT)', commands: script.commands };
  }

  /** S3 — a proper return (same day), or a late one (`returnOffset` 4). */
  s3(returnOffset: number, story: string): DemoTask {
    const { script, at } = this.begin(STORY_START);
    const late = returnOffset > 0;
    const giang = (offset: number) => at('hoang-van-giang', 'ubnd-quan-hai-chau', offset);
    script.push(
      'AssignTask',
      this.assignment(script, giang(0), 'phong-quan-ly-do-thi', {
        title: late
          ? 'Giải quyết kiến nghị của công dân về ranh giới thửa đất số 87, tờ bản đồ số 9, phường Bình Hiên'
          : 'Giải quyết kiến nghị của công dân về ranh giới thửa đất số 112, tờ bản đồ số 15, phường Hải Châu I',
        category: 'land',
        source: { number: late ? '318/UBND-VP' : '315/UBND-VP', date: STORY_START },
        workingDays: 10,
      }),
      0,
      giang(0),
      { minutes: h(9) },
    );
    script.push(
      'ReturnTask',
      { reasonCode: 'not_our_mandate', reason: 'Nội dung thuộc lĩnh vực đất đai' },
      returnOffset,
      at('do-thi-hoa', 'phong-quan-ly-do-thi', returnOffset),
      { minutes: h(late ? 10 : 15) },
    );
    const first = script.commands[0] as AssignTask;
    script.push('AssignTask', { ...first.data, leadUnitId: 'phong-tnmt-hai-chau' }, returnOffset, giang(returnOffset), {
      minutes: h(late ? 11 : 16),
    });
    const officer = this.firstStaff('phong-tnmt-hai-chau', returnOffset, script);
    script.push(
      'DelegateTask',
      { person: { personId: officer, unitId: 'phong-tnmt-hai-chau' } },
      returnOffset,
      at('ngo-thi-lan', 'phong-tnmt-hai-chau', returnOffset),
      { minutes: h(late ? 14 : 16, 30) },
    );
    const done = late ? 8 : 5;
    script.push(
      'CompleteTask',
      {
        result: 'Đã xác định ranh giới thửa đất, trả lời công dân',
        outputDocument: { number: late ? '58/TNMT' : '41/TNMT', date: script.date(done) },
      },
      done,
      at(officer, 'phong-tnmt-hai-chau', done),
      { minutes: h(10) },
    );
    return { taskId: script.taskId, label: 'S3', story, commands: script.commands };
  }

  /** S4 — assigned Friday 13 February 2026 with 5 working days: due end of Friday 27 February. */
  s4(completedOn: 10 | 11, story: string): DemoTask {
    const { script, at } = this.begin(S4_START);
    const an = at('tran-van-an', 'ubnd-tp', 0);
    script.push(
      'AssignTask',
      this.assignment(script, an, 'so-xay-dung', {
        title:
          completedOn === 10
            ? 'Báo cáo công tác bảo đảm trật tự xây dựng dịp Tết Nguyên đán Bính Ngọ 2026'
            : 'Rà soát an toàn công trình nhà cao tầng đang thi công dịp Tết Bính Ngọ 2026',
        category: 'construction',
        source: { number: completedOn === 10 ? '1046/UBND-ĐTĐT' : '1047/UBND-ĐTĐT', date: S4_START },
        workingDays: 5,
      }),
      0,
      an,
      { minutes: h(9) },
    );
    script.push(
      'DelegateTask',
      { person: { personId: 'le-van-cuong', unitId: 'so-xay-dung' } },
      0,
      at('nguyen-thi-binh', 'so-xay-dung', 0),
      { minutes: h(14) },
    );
    const offset = this.context.period.indexOf(completedOn === 10 ? '2026-02-27' : '2026-03-02') - script.startDay;
    const minutes = completedOn === 10 ? h(16) : h(10);
    script.push(
      'CompleteTask',
      {
        result: 'Đã hoàn thành, báo cáo UBND thành phố',
        outputDocument: { number: completedOn === 10 ? '61/BC-SXD' : '64/SXD-QLXD', date: script.date(offset) },
      },
      offset,
      at('le-van-cuong', 'so-xay-dung', offset),
      { minutes },
    );
    return { taskId: script.taskId, label: 'S4', story, commands: script.commands };
  }

  /** S5 — a permit within the office's own authority submitted upward at d+3, or a difficulty reported instead. */
  s5(variant: 'submission' | 'difficulty'): DemoTask {
    const { script, at } = this.begin(STORY_START);
    const giang = (offset: number) => at('hoang-van-giang', 'ubnd-quan-hai-chau', offset);
    const chairman = { unitId: 'ubnd-quan-hai-chau', personId: 'hoang-van-giang' };
    const submission = variant === 'submission';
    script.push(
      'AssignTask',
      this.assignment(script, giang(0), 'phong-quan-ly-do-thi', {
        title: submission
          ? 'Thẩm định hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ tại 25 Phan Châu Trinh, phường Hải Châu I – ông Trần Quốc Bảo'
          : 'Thẩm định hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ tại 12 Ông Ích Khiêm, phường Thạch Thang – bà Lê Thị Hạnh',
        category: 'construction_permit',
        source: { number: submission ? '000.21.02.H17-260302-0005' : '000.21.02.H17-260302-0006', date: STORY_START },
        workingDays: 15,
        kind: 'dossier',
      }),
      0,
      giang(0),
      { minutes: h(8, 30) },
    );
    const officer = this.firstStaff('phong-quan-ly-do-thi', 0, script);
    script.push(
      'DelegateTask',
      { person: { personId: officer, unitId: 'phong-quan-ly-do-thi' } },
      0,
      at('do-thi-hoa', 'phong-quan-ly-do-thi', 0),
      { minutes: h(9, 30) },
    );
    script.push(
      'IssueAppointment',
      { returnBy: instantOn(this.context.period.dueDate(script.startDay, 15), h(17)) },
      0,
      at(officer, 'phong-quan-ly-do-thi', 0),
      { minutes: h(10) },
    );
    if (submission) {
      script.push(
        'SubmitToSuperior',
        { to: chairman, content: 'Kính trình Chủ tịch UBND quận xem xét, quyết định việc cấp giấy phép', allConsultedAgreed: true },
        3,
        at(officer, 'phong-quan-ly-do-thi', 3),
        { minutes: h(9) },
      );
      script.push(
        'DirectTask',
        { direction: 'Hồ sơ thuộc thẩm quyền của Phòng Quản lý đô thị; đề nghị giải quyết theo quy định' },
        4,
        giang(4),
        { minutes: h(15) },
      );
    } else {
      script.push(
        'ReportDifficulty',
        { to: chairman, content: 'Thiếu số liệu khảo sát địa chất khu vực; đã đề nghị chủ hộ bổ sung, vẫn tiếp tục thẩm định' },
        3,
        at(officer, 'phong-quan-ly-do-thi', 3),
        { minutes: h(9) },
      );
    }
    script.push('ReturnResult', { result: 'Đã cấp giấy phép xây dựng' }, 8, at(officer, 'phong-quan-ly-do-thi', 8), { minutes: h(14) });
    script.push(
      'CompleteTask',
      { result: 'Đã cấp giấy phép xây dựng', outputDocument: { number: submission ? '120/GPXD' : '121/GPXD', date: script.date(8) } },
      8,
      at(officer, 'phong-quan-ly-do-thi', 8),
      { minutes: h(14, 30) },
    );
    const story = submission
      ? 'S5 — trình cấp trên việc thuộc thẩm quyền của mình ở d+3'
      : 'S5 — đối chứng: báo cáo khó khăn ở d+3 và tiếp tục giải quyết';
    return { taskId: script.taskId, label: 'S5', story, commands: script.commands };
  }

  private begin(start: string): { script: TaskScript; at: (personId: string, unitId: string, offset: number) => Actor } {
    const { period, roster, random, taskId } = this.context;
    const script = new TaskScript(taskId(this.index), period, random, period.indexOf(start));
    this.index += 1;
    return { script, at: (personId, unitId, offset) => roster.actor(personId, unitId, script.date(offset)) };
  }

  private assignment(
    script: TaskScript,
    assigner: Actor,
    leadUnitId: string,
    task: { title: string; category: string; source: { number: string; date: string }; workingDays: number; kind?: 'task' | 'dossier' },
  ): AssignTask['data'] {
    const start = script.period.instant(script.startDay, task.kind === 'dossier' ? h(8, 30) : h(9));
    return {
      taskId: script.taskId,
      kind: task.kind ?? 'task',
      title: task.title,
      category: task.category,
      source: task.source,
      assigningAuthority: { personId: assigner.personId, unitId: assigner.unitId },
      leadUnitId,
      coordinatingUnitIds: [],
      deadline: script.period.deadline(start, task.workingDays),
    };
  }

  /** The scenarios name no officer here: the unit's first staff member (by id) takes the part. */
  private firstStaff(unitId: string, offset: number, script: TaskScript): string {
    return present(this.context.roster.handlers(unitId, script.date(offset))[0], `a handler in ${unitId}`);
  }
}
