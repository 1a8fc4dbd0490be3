import { DOSSIER_PROFILES } from './dossier-profiles';
import type { DemoRoster } from './org-roster';
import type { SeededRandom } from '@lib/domain/core';

/** Who assigns what to whom: an authority, a category and a lead among its subunits. */
export interface Desk {
  authorityUnitId: string;
  category: string;
  leadUnitId: string;
  /** The unit whose mandate covers the category (the lead, unless the lead was chosen off-mandate). */
  competentUnitId: string;
  otherUnitIds: string[];
}

/** People's committees that assign tasks to their departments, offices and wards, by share of the work. */
const AUTHORITIES: ReadonlyArray<readonly [string, number]> = [
  ['ubnd-tp', 55],
  ['ubnd-quan-hai-chau', 30],
  ['ubnd-quan-son-tra', 15],
];

/** The one-stop desks: the city's centre (for departments), the districts (for their offices), the wards. */
const DOSSIER_DESKS: ReadonlyArray<readonly [{ authority: string; categories: readonly string[]; own?: boolean }, number]> = [
  [
    { authority: 'trung-tam-phuc-vu-hcc', categories: ['construction', 'land', 'environment', 'industry_trade', 'transport', 'health'] },
    25,
  ],
  [{ authority: 'ubnd-quan-hai-chau', categories: ['construction_permit', 'land'] }, 25],
  [{ authority: 'ubnd-quan-son-tra', categories: ['construction_permit', 'land'] }, 12],
  [{ authority: 'ubnd-phuong-thach-thang', categories: ['civil_status'], own: true }, 10],
  [{ authority: 'ubnd-phuong-hai-chau-1', categories: ['civil_status'], own: true }, 10],
  [{ authority: 'ubnd-phuong-binh-hien', categories: ['civil_status'], own: true }, 9],
  [{ authority: 'ubnd-phuong-an-hai-bac', categories: ['civil_status'], own: true }, 9],
];

/**
 * A task desk on `date`. `onMandate`: the lead holds the category's mandate (the usual case);
 * otherwise the lead is a sibling without it (assigned by mistake, or cross-cutting work).
 */
export function taskDesk(roster: DemoRoster, date: string, random: SeededRandom, onMandate: boolean): Desk {
  const authorityUnitId = random.weighted(AUTHORITIES);
  const units = roster.mandatedSubunits(authorityUnitId, date);
  // Wards get fewer tasks from the district than its offices do.
  const competent = random.weighted(
    units.map((unit) => [unit, roster.organisation.unitAt(unit.unitId, date)?.kind === 'commune' ? 0.35 : 1] as const),
  );
  const category = random.pick(competent.categories);
  const outside = units.filter((unit) => !unit.categories.includes(category)).map((unit) => unit.unitId);
  const leadUnitId = onMandate ? competent.unitId : random.pick(outside);
  return {
    authorityUnitId,
    category,
    leadUnitId,
    competentUnitId: competent.unitId,
    otherUnitIds: outside.filter((unitId) => unitId !== leadUnitId),
  };
}

/** A procedure at a one-stop desk, drawn by how often such dossiers come in. */
export interface DossierProcedure {
  authorityUnitId: string;
  category: string;
  /** The desk's own unit handles it (a ward's civil status). */
  own: boolean;
}

export function dossierProcedure(random: SeededRandom): DossierProcedure {
  const desk = random.weighted(DOSSIER_DESKS);
  const category = random.pick(desk.categories.filter((candidate) => DOSSIER_PROFILES[candidate] !== undefined));
  return { authorityUnitId: desk.authority, category, own: desk.own === true };
}

/** The dossier's desk on `date`: the handling unit always holds the procedure's mandate. */
export function dossierDesk(roster: DemoRoster, procedure: DossierProcedure, date: string, random: SeededRandom): Desk {
  const { authorityUnitId, category } = procedure;
  const leadUnitId = procedure.own ? authorityUnitId : random.pick(mandateHoldersUnder(roster, authorityUnitId, category, date));
  return { authorityUnitId, category, leadUnitId, competentUnitId: leadUnitId, otherUnitIds: [] };
}

function mandateHoldersUnder(roster: DemoRoster, authority: string, category: string, date: string): string[] {
  const holders = roster.organisation.mandateHoldersOn(category, date);
  const parent = authority === 'trung-tam-phuc-vu-hcc' ? 'ubnd-tp' : authority;
  const under = holders.filter((unitId) => roster.organisation.unitAt(unitId, date)?.parentUnitId === parent);
  if (under.length === 0) throw new RangeError(`no unit under ${parent} holds ${category} on ${date}`);
  return under;
}
