import { present } from '@lib/domain/core';
import { localDateOf, type WorkingDayCalendar } from '@lib/domain/calendar';
import type { FindingShare } from '@lib/domain/custody';
import { fillTemplate } from './explanation-template';
import { findingIdOf } from './finding-id';
import type { EvidenceRef, Finding, FindingParty, ProtectedInitiative, SupervisoryParty } from './finding.types';
import { initiativeCovers, exemptionFor, recordedInitiativesOf } from './protected-initiative';
import { RULES } from './rule-catalogue';
import { resolveRulesConfig, type ResolvedRulesConfig, type RulesConfig } from './rule-config';
import type { Rule, RuleContext, RuleOrganisation } from './rule-context';
import type { FindingDraft, PartyRef } from './rule.types';
import { taskHistoryOf, type RuleSourceEvent, type TaskHistory } from './task-history';

export interface EvaluateTaskInput {
  /** One task's recorded events in stream order (optionally with `globalPosition`). */
  events: readonly RuleSourceEvent[];
  organisation: RuleOrganisation;
  calendar: WorkingDayCalendar;
  /** The instant the evaluation is as of; never the wall clock (see `nextDeadlineLapse`). */
  asOf: string;
  /** The deployment's configuration (validated here), or one already resolved. */
  parameters?: RulesConfig | ResolvedRulesConfig;
}

export interface TaskEvaluation {
  taskId: string | null;
  asOf: string;
  findings: Finding[];
  /** All findings' shares, for `attributeResponsibility({ ..., findingShares })`. */
  findingShares: FindingShare[];
}

const DELAYED = new Set(['overdue', 'completed_late']);

function resolvedConfigOf(parameters: RulesConfig | ResolvedRulesConfig | undefined): ResolvedRulesConfig {
  return parameters !== undefined && 'enabled' in parameters && parameters.enabled instanceof Set
    ? (parameters as ResolvedRulesConfig)
    : resolveRulesConfig(parameters as RulesConfig | undefined);
}

export function contextsOf(input: EvaluateTaskInput): {
  history: TaskHistory | null;
  contexts: Array<{ rule: Rule; context: RuleContext }>;
} {
  const config = resolvedConfigOf(input.parameters);
  const history = taskHistoryOf(input.events, input.asOf, input.calendar);
  if (history === null) return { history, contexts: [] };
  const contexts = RULES.filter((rule) => config.enabled.has(rule.definition.code)).map((rule) => ({
    rule,
    context: {
      history,
      organisation: input.organisation,
      calendar: input.calendar,
      parameters: config.parameters[rule.definition.code],
      allParameters: config.parameters,
    },
  }));
  return { history, contexts };
}

/** Runs every enabled rule on one task as of `asOf`. Pure and deterministic: same input, same findings, same ids. */
export function evaluateTask(input: EvaluateTaskInput): TaskEvaluation {
  const { history, contexts } = contextsOf(input);
  if (history === null) return { taskId: null, asOf: input.asOf, findings: [], findingShares: [] };
  // Protected initiatives come from the task's own record, so every caller (projections included) sees them.
  const initiatives = recordedInitiativesOf(history);
  const findings = contexts.flatMap(({ rule, context }, order) =>
    rule.detect(context).map((draft) => ({ order, finding: findingOf(rule, draft, context, initiatives) })),
  );
  findings.sort(
    (a, b) => Date.parse(a.finding.at) - Date.parse(b.finding.at) || a.order - b.order || (a.finding.id < b.finding.id ? -1 : 1),
  );
  const ordered = findings.map(({ finding }) => finding);
  return {
    taskId: history.taskId,
    asOf: input.asOf,
    findings: ordered,
    findingShares: ordered.flatMap((finding) => finding.findingShares),
  };
}

function findingOf(rule: Rule, draft: FindingDraft, context: RuleContext, initiatives: readonly ProtectedInitiative[]): Finding {
  const { definition } = rule;
  const { history } = context;
  const on = localDateOf(Date.parse(draft.at));
  const id = findingIdOf({
    ruleCode: definition.code,
    ruleVersion: definition.version,
    taskId: history.taskId,
    subject: draft.subject,
    keyEventIds: draft.keyEventIds,
  });
  const responsible = draft.responsible.map((party) => resolveParty(party, context, on));
  const exemption = exemptionFor(initiatives, history.taskId, on, responsible);
  const template = definition.templates[draft.variant] ?? present(definition.templates['main'], `the main template of ${definition.code}`);
  const explanation = fillTemplate(template, draft.values) + (exemption === null ? '' : ` ${exemption.note}`);
  const basis = definition.basis.normalize('NFC');
  const delayed = history.status !== null && DELAYED.has(history.status.status);
  const days = delayed ? [...(draft.shareDays ?? [])] : [];
  // With `exempt`, only the shares of the persons the initiative covers (as resolved on the day) lose their days.
  const exempted = (index: number): boolean =>
    exemption?.effect === 'exempt' &&
    initiatives.some(
      (initiative) =>
        initiative.initiativeId === exemption.initiativeId && initiativeCovers(initiative, on, responsible[index]?.personId ?? null),
    );
  const findingShares: FindingShare[] = definition.attributes
    ? draft.responsible.map((party, index) => ({
        findingId: id,
        ruleCode: definition.code,
        party: { unitId: party.unitId, personId: party.personId },
        on,
        days: exempted(index) ? [] : days,
        explanation,
        eventIds: [...draft.evidenceEventIds],
        basis: exemption === null ? basis : `${basis} ${exemption.basis}`,
      }))
    : [];
  return {
    id,
    ruleCode: definition.code,
    ruleVersion: definition.version,
    variant: draft.variant,
    reasons: [...(draft.reasons ?? [draft.variant])],
    taskId: history.taskId,
    at: draft.at,
    on,
    responsible,
    supervisory: supervisoryOf(responsible, context, on),
    keyEventIds: [...draft.keyEventIds],
    evidence: draft.evidenceEventIds.map((eventId) => evidenceOf(history, eventId)),
    basis,
    explanation,
    parameters: context.parameters,
    exemption,
    findingShares,
  };
}

function resolveParty(party: PartyRef, context: RuleContext, on: string): FindingParty {
  if (party.personId !== null) return { unitId: party.unitId, personId: party.personId, resolvedAs: 'named' };
  const head = context.organisation.headOn(party.unitId, on);
  return { unitId: party.unitId, personId: head, resolvedAs: head === null ? 'head_unknown' : 'unit_head' };
}

function supervisoryOf(responsible: readonly FindingParty[], context: RuleContext, on: string): SupervisoryParty[] {
  const supervisory: SupervisoryParty[] = [];
  for (const party of responsible) {
    if (party.resolvedAs !== 'named' || party.personId === null) continue;
    const head = context.organisation.headOn(party.unitId, on);
    if (head !== null && head !== party.personId)
      supervisory.push({ unitId: party.unitId, personId: head, supervisesPersonId: party.personId });
  }
  return supervisory;
}

function evidenceOf(history: TaskHistory, eventId: string): EvidenceRef {
  const event = present(history.recorded.get(eventId), `evidence ${eventId}`);
  return {
    eventId,
    type: event.type as EvidenceRef['type'],
    occurredAt: event.metadata.occurredAt,
    globalPosition: event.globalPosition ?? null,
  };
}
