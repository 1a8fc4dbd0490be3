/**
 * Where a finding stands: open (detected, not judged), confirmed or dismissed by an inspector's review, or
 * superseded (the rule no longer detects it). The one definition: the findings read model, reports and
 * disciplinary cases all speak of these four.
 */
export const FINDING_STATUSES = ['open', 'confirmed', 'dismissed', 'superseded'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
