import { present } from '@lib/domain/core';
import { CONSULTATION_ABUSE_RULE, VAGUE_CONSULTATION_RULE } from './consultation-request.rules';
import { EVASIVE_REPLY_RULE, SILENT_CONSULTEE_RULE } from './consultation-reply.rules';
import { LATE_RESULT_NO_APOLOGY_RULE, NO_APPOINTMENT_RULE, REPEATED_SUPPLEMENT_RULE } from './dossier.rules';
import { STALLED_RULE, UNOWNED_TASK_RULE } from './idle-custody.rules';
import { LEAD_REASSIGNMENT_RULE } from './lead-reassignment.rule';
import { OVERDUE_HOLD_RULE } from './overdue-hold.rule';
import { OWN_WORK_TRANSFERRED_RULE } from './own-work-transferred.rule';
import { PING_PONG_RULE } from './ping-pong.rule';
import { IMPROPER_RETURN_RULE, LATE_RETURN_RULE } from './returns.rule';
import type { Rule } from './rule-context';
import type { RuleCode, RuleDefinition } from './rule.types';
import { UNAGREED_SUBMISSION_RULE, UNASSIGNED_HANDLING_RULE } from './submission-handling.rules';
import { UPWARD_DEFLECTION_RULE } from './upward-deflection.rule';

/** Every rule, in the order of domain.md's table (also the order of findings at the same instant). */
export const RULES: readonly Rule[] = [
  OWN_WORK_TRANSFERRED_RULE,
  UPWARD_DEFLECTION_RULE,
  LEAD_REASSIGNMENT_RULE,
  PING_PONG_RULE,
  IMPROPER_RETURN_RULE,
  LATE_RETURN_RULE,
  VAGUE_CONSULTATION_RULE,
  CONSULTATION_ABUSE_RULE,
  SILENT_CONSULTEE_RULE,
  EVASIVE_REPLY_RULE,
  OVERDUE_HOLD_RULE,
  STALLED_RULE,
  UNAGREED_SUBMISSION_RULE,
  UNASSIGNED_HANDLING_RULE,
  UNOWNED_TASK_RULE,
  REPEATED_SUPPLEMENT_RULE,
  LATE_RESULT_NO_APOLOGY_RULE,
  NO_APPOINTMENT_RULE,
];

/** The catalogue as data: code, version, parameters with defaults, basis, templates. */
export const RULE_CATALOGUE: readonly RuleDefinition[] = RULES.map((rule) => rule.definition);

export function ruleDefinition(code: RuleCode): RuleDefinition {
  return present(
    RULE_CATALOGUE.find((definition) => definition.code === code),
    `the rule ${code}`,
  );
}
