/**
 * The task statuses as the state trackers group and colour them: open tasks (trong hạn, sắp đến hạn, quá hạn,
 * không hạn), then completed ones (trước hạn, đúng hạn, quá hạn), then cancelled. Colours are the trackers' usual
 * ones: green on time, amber soon due, red late, grey without a deadline; blue for early.
 */
export const OPEN_STATUSES = ['within_deadline', 'due_soon', 'overdue', 'no_deadline'] as const;
export const CLOSED_STATUSES = ['completed_early', 'completed_on_time', 'completed_late', 'cancelled'] as const;
export type TaskStatusCode = (typeof OPEN_STATUSES)[number] | (typeof CLOSED_STATUSES)[number];

export interface StatusLook {
  /** The column's heading, short enough for a table (the group says open or completed). */
  heading: string;
  /** What a count of it is, read aloud or in a tooltip: "3 nhiệm vụ <spoken>". */
  spoken: string;
  /** Text colour of a count, dark enough on white for WCAG AA contrast. */
  colour: string;
}

export const STATUS_LOOK: Readonly<Record<TaskStatusCode, StatusLook>> = {
  within_deadline: { heading: 'Trong hạn', spoken: 'trong hạn', colour: '#237804' },
  due_soon: { heading: 'Sắp đến hạn', spoken: 'sắp đến hạn', colour: '#ad4e00' },
  overdue: { heading: 'Quá hạn', spoken: 'quá hạn', colour: '#a8071a' },
  no_deadline: { heading: 'Không hạn', spoken: 'không có hạn', colour: '#595959' },
  completed_early: { heading: 'Trước hạn', spoken: 'hoàn thành trước hạn', colour: '#0958d9' },
  completed_on_time: { heading: 'Đúng hạn', spoken: 'hoàn thành đúng hạn', colour: '#237804' },
  completed_late: { heading: 'Quá hạn', spoken: 'hoàn thành quá hạn', colour: '#a8071a' },
  cancelled: { heading: 'Đã hủy', spoken: 'đã hủy', colour: '#595959' },
};
