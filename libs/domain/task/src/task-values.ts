export type TaskKind = 'task' | 'dossier';

/** A holder or counterpart: a unit, and the person inside it when known. */
export interface Party {
  unitId: string;
  personId?: string;
}

export interface PersonInUnit {
  personId: string;
  unitId: string;
}

export interface SourceDocument {
  /** e.g. "2128/UBND-TH" */
  number: string;
  /** Calendar date of the document, YYYY-MM-DD. */
  date: string;
}

/** Resolved by the caller (the calendar lib counts working days); `dueAt: null` means no deadline. */
export interface Deadline {
  dueAt: string | null;
  computation?: unknown;
}

export const RETURN_REASON_CODES = ['not_our_mandate', 'incomplete', 'other'] as const;
export type ReturnReasonCode = (typeof RETURN_REASON_CODES)[number];

export const STANCES = ['agree', 'disagree', 'conditional', 'deflect'] as const;
export type Stance = (typeof STANCES)[number];

/** Decree 73/2023: `exempt` frees the covered persons of responsibility; `reduce` marks it for reduction. */
export const INITIATIVE_EFFECTS = ['exempt', 'reduce'] as const;
export type InitiativeEffect = (typeof INITIATIVE_EFFECTS)[number];
