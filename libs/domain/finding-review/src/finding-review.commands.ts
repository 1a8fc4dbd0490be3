import type { DomainCommand } from '@lib/domain/core';

/** The finding as the read model knows it when the inspector acts: the decider never reads it itself. */
export interface ReviewedFinding {
  findingId: string;
  taskId: string;
  ruleCode: string;
  ruleVersion: number;
  /** `superseded`: its evidence was voided or corrected and the rule no longer detects it. */
  detection: 'active' | 'superseded';
  /** Persons the finding names (responsible and supervisory): none of them may judge it. */
  namedPersonIds: readonly string[];
}

export type ConfirmFinding = DomainCommand<'ConfirmFinding', { finding: ReviewedFinding; justification: string }>;
export type DismissFinding = DomainCommand<'DismissFinding', { finding: ReviewedFinding; justification: string }>;
export type FindingReviewCommand = ConfirmFinding | DismissFinding;
