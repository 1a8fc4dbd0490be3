/** A person or a unit as the API names them on the day (names may be missing for codes the organisation forgot). */
export interface PartyNames {
  unitId: string | null;
  unitName: string | null;
  personId?: string | null;
  personName?: string | null;
}

/** "Lê Văn Cường (Sở Xây dựng)", or the unit alone when no person holds it; codes only when names are missing. */
export function partyName(party: PartyNames): string {
  const unit = party.unitName ?? party.unitId ?? '';
  const person = party.personName ?? party.personId ?? null;
  if (person && unit) return `${person} (${unit})`;
  return person ?? (unit || '—');
}
