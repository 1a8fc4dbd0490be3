import type { DomainCommand } from '@lib/domain/core';

/** The finding as the read model knows it when the inspector acts: the decider never reads it itself. */
export interface ReviewedFinding {
  findingId: string;
  taskId: string;
  ruleCode: string;
  ruleVersion: number;
  /**
   * `superseded`: its evidence was voided or corrected and the rule no longer detects it. `held`: the same,
   * but the voiding or correction was made by (or for) a person it names: it waits for the inspector.
   */
  detection: 'active' | 'held' | 'superseded';
  /** Persons the finding names (responsible and supervisory): none of them may judge it. */
  namedPersonIds: readonly string[];
}

export type ConfirmFinding = DomainCommand<'ConfirmFinding', { finding: ReviewedFinding; justification: string }>;
export type DismissFinding = DomainCommand<'DismissFinding', { finding: ReviewedFinding; justification: string }>;
export type FindingReviewCommand = ConfirmFinding | DismissFinding;
