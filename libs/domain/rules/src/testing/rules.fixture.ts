import { DEMO_ORGANISATION, OrganisationTimeline } from '@lib/domain/org';
import { calendar, officials, staffOf, unit, type TaskStory } from '@lib/domain/task/testing';
import { evaluateTask, type TaskEvaluation } from '../evaluate-task';
import type { Finding } from '../finding.types';
import type { RulesConfig } from '../rule-config';

export const organisation = OrganisationTimeline.fromEvents(DEMO_ORGANISATION.map((entry) => entry.event));

// The cast, the days and the task-event builder are the story kit's: one definition for every spec.
export { calendar, D, day, due, party, staffOf, TaskStory, unit } from '@lib/domain/task/testing';
export const { tranVanAn, nguyenThiBinh, leVanCuong, phamMinhDung, voThiEn, hoangVanGiang, doThiHoa, buiVanKhanh, ngoThiLan, phanThiMai } =
  officials;
export const qldtStaff = staffOf(unit.phongQldt);
export const tckhStaff = staffOf(unit.phongTckh);
export const tnmtHcStaff = staffOf(unit.phongTnmt);

export function evaluate(story: TaskStory, asOf: string, options: { parameters?: RulesConfig } = {}): TaskEvaluation {
  return evaluateTask({ events: story.events, organisation, calendar, asOf, parameters: options.parameters });
}

/** The parts a scenario states: rule, who answers (person or unit), supervisory person, key entries. */
export function findingBrief(finding: Finding) {
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
