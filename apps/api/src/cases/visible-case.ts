import { ForbiddenException } from '@nestjs/common';
import type { Role } from '@lib/domain/core';
import type { StoredEvent } from '@lib/event-store';
import type { CaseDetail, CasesQuery } from '@lib/read-models/cases';
import type { Principal } from '../auth/principal';
import type { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { problem } from '../http/problem-details.filter';
import { UnknownCaseError } from './case-command.errors';

/** The roles that read every case within their jurisdiction (the list, a case, its evidence bundle). */
export const CASE_READER_ROLES = ['home_affairs', 'inspector', 'admin'] as const satisfies readonly Role[];

const isCaseReader = (principal: Principal): boolean =>
  principal.roles.some((role) => (CASE_READER_ROLES as readonly Role[]).includes(role));

/** The case folded from its stream, for this reader: 404 when unknown, 403 when its person lies outside the reader's jurisdiction. */
export async function visibleCase(
  cases: CasesQuery,
  jurisdiction: JurisdictionService,
  principal: Principal,
  caseId: string,
): Promise<{ detail: CaseDetail; events: StoredEvent[] }> {
  const found = await cases.detail(caseId);
  if (found === null) throw new UnknownCaseError(caseId);
  jurisdiction.assertPersonVisible(principal, found.detail.personId);
  return found;
}

/**
 * GET /cases/{id}: a reader role within its jurisdiction, or the person the case concerns (their own case, whatever
 * their roles: they are told of it and may answer it). Anyone else: 403; an unknown case: 404.
 */
export async function caseForReaderOrSubject(
  cases: CasesQuery,
  jurisdiction: JurisdictionService,
  principal: Principal,
  caseId: string,
): Promise<CaseDetail> {
  if (isCaseReader(principal)) return (await visibleCase(cases, jurisdiction, principal, caseId)).detail;
  const found = await cases.detail(caseId);
  if (found === null) throw new UnknownCaseError(caseId);
  if (found.detail.personId === principal.personId) return found.detail;
  throw new ForbiddenException(
    problem('forbidden', 'Forbidden', 403, 'Chỉ người có hồ sơ kỷ luật và cán bộ Nội vụ, Thanh tra mới được xem hồ sơ này.', { caseId }),
  );
}
