export type { ParameterSpec, ParameterValue, PartyRef, RuleCode, RuleDefinition, RuleParameterValues } from './rule.types';
export { RULE_CODES } from './rule.types';
export type { Rule, RuleContext, RuleOrganisation } from './rule-context';
export { RULE_CATALOGUE, RULES, ruleDefinition } from './rule-catalogue';
export type { ResolvedRulesConfig, RulesConfig } from './rule-config';
export { resolveRulesConfig, RulesConfigError } from './rule-config';
export type {
  EvidenceRef,
  Finding,
  FindingExemption,
  FindingParty,
  ProtectedInitiative,
  SupervisoryParty,
} from './finding.types';
export { FINDING_ID_NAMESPACE, findingIdOf } from './finding-id';
export { PROTECTED_INITIATIVE_BASIS } from './protected-initiative';
export type { EvaluateTaskInput, TaskEvaluation } from './evaluate-task';
export { evaluateTask } from './evaluate-task';
export type { DeadlineLapse } from './deadline-lapse';
export { nextDeadlineLapse } from './deadline-lapse';
export type { HistoryEntry, RuleSourceEvent, TaskHistory, TaskSnapshot } from './task-history';
export { taskHistoryOf } from './task-history';
