import type { StoredEvent } from '@lib/event-store';
import type { CaseDetail, CasesQuery } from '@lib/read-models/cases';
import type { Principal } from '../auth/principal';
import type { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { UnknownCaseError } from './case-command.errors';

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
