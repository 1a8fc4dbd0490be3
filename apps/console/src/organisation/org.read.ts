/**
 * The organisation reads as the console uses them. The API documents these bodies loosely (objects with any
 * properties), so each is read field by field here: what is missing or of the wrong type is left out, not guessed.
 */

export interface UnitNode {
  unitId: string;
  name: string;
  kind: string;
  children: UnitNode[];
}

export interface Term {
  id: string;
  unitId: string;
  personId: string;
  from: string;
  to: string | null;
  /** `head | deputy | staff | clerk` for an appointment; `acting_head | delegated` for a delegation. */
  role: string;
}

export interface Leadership {
  head: Term | null;
  actingHead: Term | null;
  delegate: Term | null;
}

export interface PersonRecord {
  personId: string;
  fullName: string;
  officialCode: string;
  appointments: Term[];
  delegations: Term[];
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The unit tree of GET /org/units: each node with its id, name, kind and children, in the API's order. */
export function unitTreeOf(units: unknown): UnitNode[] {
  if (!Array.isArray(units)) return [];
  return units.flatMap((unit): UnitNode[] => {
    if (!isObject(unit)) return [];
    const unitId = text(unit.unitId);
    if (!unitId) return [];
    return [{ unitId, name: text(unit.name) ?? unitId, kind: text(unit.kind) ?? 'other', children: unitTreeOf(unit.children) }];
  });
}

/** Every unit of the tree, parents before their children. */
export function unitsIn(tree: readonly UnitNode[]): UnitNode[] {
  return tree.flatMap((node) => [node, ...unitsIn(node.children)]);
}

/** An appointment or a delegation (AppointmentView, DelegationView) as the API writes it; null when incomplete. */
export function termOf(value: unknown): Term | null {
  if (!isObject(value)) return null;
  const id = text(value.id);
  const unitId = text(value.unitId);
  const personId = text(value.personId);
  const from = text(value.from);
  const role = text(value.position) ?? text(value.kind);
  if (!id || !unitId || !personId || !from || !role) return null;
  return { id, unitId, personId, from, to: text(value.to) ?? null, role };
}

/** A list of appointments or delegations, incomplete entries left out. */
export const termsOf = (values: unknown): Term[] => (Array.isArray(values) ? values.flatMap((value) => termOf(value) ?? []) : []);

/** GET /org/units/{id}/head: the head, the acting head and the delegate on the day. */
export function leadershipOf(body: Loose): Leadership {
  return { head: termOf(body.head), actingHead: termOf(body.actingHead), delegate: termOf(body.delegate) };
}

/** GET /org/persons/{id}. */
export function personOf(body: Loose): PersonRecord {
  const personId = text(body.personId) ?? '';
  return {
    personId,
    fullName: text(body.fullName) ?? personId,
    officialCode: text(body.officialCode) ?? '',
    appointments: termsOf(body.appointments),
    delegations: termsOf(body.delegations),
  };
}
