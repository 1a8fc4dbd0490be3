/** What the inspector may record on a finding: confirm it, dismiss it. */
export type ReviewDecision = 'confirm' | 'dismiss';

/** Why no review is offered, said to the person in the page. */
export type NoReviewReason = 'not-inspector' | 'named' | 'superseded';

export interface ReviewOffer {
  decisions: ReviewDecision[];
  /** Set when `decisions` is empty. */
  reason?: NoReviewReason;
}

interface Reader {
  personId: string;
  roles: readonly string[];
}

interface ReviewedFinding {
  status: 'open' | 'confirmed' | 'dismissed' | 'superseded';
  detection: 'active' | 'held' | 'superseded';
  responsible: ReadonlyArray<{ personId: string | null }>;
  supervisory: ReadonlyArray<{ personId: string | null }>;
}

/** Whether the finding names this person, as responsible or as the head answering for someone. */
export function namedInFinding(personId: string, finding: ReviewedFinding): boolean {
  return (
    finding.responsible.some((party) => party.personId === personId) || finding.supervisory.some((party) => party.personId === personId)
  );
}

/**
 * The reviews this person may record on this finding, as the API's review decider allows them: only an inspector,
 * never one the finding names (a conflict of interest), never on a superseded finding. An open finding may be
 * confirmed or dismissed; a reviewed one only changed to the other decision (a revision kept beside the first), since
 * the same decision twice is refused.
 */
export function reviewOffer(reader: Reader | null | undefined, finding: ReviewedFinding): ReviewOffer {
  if (!reader || !reader.roles.includes('inspector')) return { decisions: [], reason: 'not-inspector' };
  if (namedInFinding(reader.personId, finding)) return { decisions: [], reason: 'named' };
  if (finding.status === 'superseded' || finding.detection === 'superseded') return { decisions: [], reason: 'superseded' };
  if (finding.status === 'confirmed') return { decisions: ['dismiss'] };
  if (finding.status === 'dismissed') return { decisions: ['confirm'] };
  return { decisions: ['confirm', 'dismiss'] };
}
