/** Persons' full names as the organisation knows them now; null for a person it does not know. */
export interface PersonNames {
  fullName(personId: string): string | null;
}
