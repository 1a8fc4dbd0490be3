import type { FindingCitation } from './discipline.commands';
import type { DisciplinaryCaseEvent } from './discipline.events';

/**
 * Which cases cite which finding, folded from the events of every case stream in log order: a proposal
 * cites its findings, review and decision move the case on, a withdrawal frees them (the case drops out).
 */
export function findingCitations(events: Iterable<DisciplinaryCaseEvent>): Map<string, FindingCitation[]> {
  const cases = new Map<string, FindingCitation & { findingIds: string[] }>();
  for (const event of events) {
    const { caseId } = event.data;
    const known = cases.get(caseId);
    switch (event.type) {
      case 'DisciplinaryCaseProposed':
        cases.set(caseId, {
          caseId,
          personId: event.data.personId,
          status: 'proposed',
          decision: null,
          findingIds: event.data.findings.map((finding) => finding.findingId),
        });
        break;
      case 'DisciplinaryCaseReviewStarted':
        if (known) known.status = 'under_review';
        break;
      case 'DisciplinaryCaseDecided':
        if (known) {
          known.status = 'decided';
          known.decision = { number: event.data.document.number, date: event.data.document.date, form: event.data.form };
        }
        break;
      case 'DisciplinaryCaseWithdrawn':
        cases.delete(caseId);
        break;
      default:
        break;
    }
  }
  const byFinding = new Map<string, FindingCitation[]>();
  for (const { findingIds, ...citation } of cases.values()) {
    for (const findingId of findingIds) byFinding.set(findingId, [...(byFinding.get(findingId) ?? []), citation]);
  }
  return byFinding;
}
