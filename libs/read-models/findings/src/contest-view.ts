import { formatVnDateTime } from '@lib/domain/calendar';
import type { OrganisationTimeline } from '@lib/domain/org';
import type { Contest, ContestType, NamedRole } from './finding-contests';
import { nameOf } from './finding-names';

export interface ContestParty {
  personId: string;
  personName: string | null;
  unitId: string;
  unitName: string | null;
}

/** A voiding or correction by a person the finding names, as GET /findings shows it: with names as of its day. */
export type ContestView = Omit<Contest, 'actor' | 'onBehalfOf'> & { actor: ContestParty; onBehalfOf: ContestParty | null };

const ACTS: Record<ContestType, string> = { EntryVoided: 'hủy', EntryCorrected: 'đính chính' };
const ROLES: Record<NamedRole, string> = { responsible: 'người chịu trách nhiệm', supervisory: 'người chịu trách nhiệm giám sát' };

export function contestViewOf(contest: Contest, organisation: OrganisationTimeline): ContestView {
  const on = localDate(contest.occurredAt);
  const party = ({ personId, unitId }: { personId: string; unitId: string }): ContestParty => ({
    personId,
    personName: organisation.person(personId)?.fullName ?? null,
    unitId,
    unitName: nameOf(unitId, organisation, on),
  });
  return { ...contest, actor: party(contest.actor), onBehalfOf: contest.onBehalfOf === null ? null : party(contest.onBehalfOf) };
}

/**
 * What a reader is told, in Vietnamese: who voided or corrected which entry, that the person is named in the
 * finding, and (when the rules no longer report it) that it stays open for the inspector.
 */
export function contestNoteOf(views: readonly ContestView[], held: boolean): string {
  if (views.length === 0) return '';
  const sentences = views.map((view) => {
    const official = view.onBehalfOf ?? view.actor;
    const who = `${official.personName ?? official.personId} (${official.unitName ?? official.unitId})`;
    const recorder = view.onBehalfOf === null ? '' : `, do ${view.actor.personName ?? view.actor.personId} ghi thay`;
    const roles = view.namedAs.map((role) => ROLES[role]).join(' và ');
    return `Ngày ${formatVnDateTime(view.occurredAt).slice(0, 10)}, ${who} đã ${ACTS[view.type]} bút toán ${view.originalType} mà phát hiện này dựa vào${recorder} (lý do: “${view.reason}”); người này có tên trong phát hiện (${roles}).`;
  });
  const tail = held
    ? 'Vì vậy việc hủy hoặc đính chính không làm phát hiện mất đi: phát hiện vẫn mở, chờ thanh tra viên xem xét.'
    : 'Phát hiện vẫn được quy tắc ghi nhận.';
  return [...sentences, tail].join(' ').normalize('NFC');
}

function localDate(instant: string): string {
  const [day, month, year] = formatVnDateTime(instant).slice(0, 10).split('/');
  return `${year}-${month}-${day}`;
}
