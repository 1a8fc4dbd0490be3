/** A person and their unit as named in the finding: "Lê Văn Cường (Sở Xây dựng)"; codes only where a name is missing. */
export function partyName(party: { personName: string | null; personId: string | null; unitName: string | null; unitId: string }): string {
  const unit = party.unitName ?? party.unitId;
  const person = party.personName ?? party.personId;
  return person ? `${person} (${unit})` : unit;
}
