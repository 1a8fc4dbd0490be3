/** A report's figures reduced to the numbers a reader checks, so a spec can state them exactly. */
export function figuresOf(report: Record<string, any>): Record<string, unknown> {
  const f = report['figures'];
  return {
    held: f.tasksHeld.count,
    completed: { early: f.completed.early, onTime: f.completed.onTime, late: f.completed.late },
    openOverdue: f.openOverdue.tasks.map((task: { workingDaysLate: number }) => task.workingDaysLate),
    individual: { days: f.delay.individual.workingDays, byBasis: f.delay.individual.byBasis },
    supervisory: { days: f.delay.supervisory.workingDays, byBasis: f.delay.supervisory.byBasis },
    findings: { responsible: nonZero(f.findings.responsible.byRule), supervisory: nonZero(f.findings.supervisory.byRule) },
    consultations: {
      counted: f.consultations.counted,
      onTime: f.consultations.answeredOnTime,
      late: f.consultations.answeredLate,
      unanswered: f.consultations.unanswered,
    },
    evaluation: { products: f.evaluation.products, progressPoints: f.evaluation.progressPoints, band: f.evaluation.indicativeBandLabel },
  };
}

/** `{ RULE: { open: 1, confirmed: 0, … } }` → `{ RULE: { open: 1 } }`. */
function nonZero(byRule: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(byRule).map(([rule, counts]) => [rule, Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0))]),
  );
}

/** Nothing in the period: the shape every empty figure takes. */
export const NOTHING = {
  held: 0,
  completed: { early: 0, onTime: 0, late: 0 },
  openOverdue: [],
  individual: { days: 0, byBasis: {} },
  supervisory: { days: 0, byBasis: {} },
  findings: { responsible: {}, supervisory: {} },
  consultations: { counted: 0, onTime: 0, late: 0, unanswered: 0 },
  evaluation: { products: 0, progressPoints: null, band: null },
};
