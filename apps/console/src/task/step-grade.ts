/** A step's grade against its own time limit, as the slip writes it, with a colour dark enough on white. */
export const STEP_GRADE_LOOK = {
  early: { label: 'Trước hạn', colour: '#0958d9' },
  on_time: { label: 'Đúng hạn', colour: '#237804' },
  late: { label: 'Quá hạn', colour: '#a8071a' },
} as const;

export type StepGrade = keyof typeof STEP_GRADE_LOOK;

/** The look of a grade; null when the step has no limit of its own (the slip writes "—"). */
export function stepGradeLook(grade: StepGrade | null): (typeof STEP_GRADE_LOOK)[StepGrade] | null {
  return grade === null ? null : STEP_GRADE_LOOK[grade];
}
