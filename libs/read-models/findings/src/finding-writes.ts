import type { Finding } from '@lib/domain/rules';
import type { ProjectionTransaction } from '@lib/projector';
import type { Contest } from './finding-contests';
import type { Detection, SupersededReason } from './finding-row';

/** A finding's row as the batch leaves it; `detectedBy` only for findings first seen in this batch. */
export interface PendingFinding {
  finding: Finding;
  detection: Detection;
  superseded: { reason: SupersededReason; byEventId: string } | null;
  /** Voidings and corrections of its entries by a person it names. */
  contests: Contest[];
  detectedBy: { eventId: string; globalPosition: number } | null;
  /** The body changed (parties to rewrite), not only the detection. */
  bodyChanged: boolean;
}

/**
 * Every finding row the batch changed, set-based: one INSERT of the new rows (with their first detection),
 * one UPDATE of the known ones (detection and reviews kept), then the parties of the changed bodies replaced
 * in one DELETE and one INSERT.
 */
export async function writeFindings(tx: ProjectionTransaction, pending: ReadonlyMap<string, PendingFinding>): Promise<void> {
  if (pending.size === 0) return;
  const rows = [...pending.values()].map(({ finding, detection, superseded, contests, detectedBy }) => ({
    finding_id: finding.id,
    task_id: finding.taskId,
    rule_code: finding.ruleCode,
    rule_version: finding.ruleVersion,
    variant: finding.variant,
    at: finding.at,
    on_date: finding.on,
    detection,
    superseded_reason: superseded?.reason ?? null,
    superseded_by_event_id: superseded?.byEventId ?? null,
    contested_by: contests,
    detected_by_event_id: detectedBy?.eventId ?? null,
    detected_position: detectedBy?.globalPosition ?? null,
    body: finding,
  }));
  // New findings carry their first detection; known ones keep it (and their reviews): two statements.
  const inserted = rows.filter((row) => row.detected_by_event_id !== null);
  const updated = rows.filter((row) => row.detected_by_event_id === null);
  const columns = `finding_id uuid, task_id uuid, rule_code text, rule_version integer, variant text, at timestamptz, on_date date, detection text,
    superseded_reason text, superseded_by_event_id uuid, contested_by jsonb, detected_by_event_id uuid, detected_position bigint, body jsonb`;
  if (inserted.length > 0) {
    await tx.query(
      `INSERT INTO rm_finding (finding_id, task_id, rule_code, rule_version, variant, at, on_date, detection, superseded_reason, superseded_by_event_id,
                               contested_by, detected_by_event_id, detected_position, body)
       SELECT finding_id, task_id, rule_code, rule_version, variant, at, on_date, detection, superseded_reason, superseded_by_event_id,
              contested_by, detected_by_event_id, detected_position, body
         FROM jsonb_to_recordset($1::jsonb) AS x(${columns})`,
      [JSON.stringify(inserted)],
    );
  }
  if (updated.length > 0) {
    await tx.query(
      `UPDATE rm_finding f SET task_id = x.task_id, rule_code = x.rule_code, rule_version = x.rule_version, variant = x.variant, at = x.at,
              on_date = x.on_date, detection = x.detection, superseded_reason = x.superseded_reason, superseded_by_event_id = x.superseded_by_event_id,
              contested_by = x.contested_by, body = x.body
         FROM jsonb_to_recordset($1::jsonb) AS x(${columns})
        WHERE f.finding_id = x.finding_id`,
      [JSON.stringify(updated)],
    );
  }
  const changed = [...pending.values()].filter((entry) => entry.bodyChanged).map((entry) => entry.finding);
  if (changed.length === 0) return;
  await tx.query('DELETE FROM rm_finding_party WHERE finding_id = ANY($1::uuid[])', [changed.map((finding) => finding.id)]);
  const parties = changed.flatMap((finding) => partiesOf(finding).map((party) => ({ findingId: finding.id, ...party })));
  await tx.query(
    `INSERT INTO rm_finding_party (finding_id, role, unit_id, person_id) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
    [
      parties.map((party) => party.findingId),
      parties.map((party) => party.role),
      parties.map((party) => party.unitId),
      parties.map((party) => party.personId),
    ],
  );
}

/** Who the finding names, once per role: a head supervising two named officials is one supervisory party here. */
function partiesOf(finding: Finding): Array<{ role: string; unitId: string; personId: string | null }> {
  const named = new Map<string, { role: string; unitId: string; personId: string | null }>();
  for (const party of finding.responsible)
    named.set(`responsible|${party.unitId}|${party.personId ?? ''}`, {
      role: 'responsible',
      unitId: party.unitId,
      personId: party.personId,
    });
  for (const party of finding.supervisory)
    named.set(`supervisory|${party.unitId}|${party.personId}`, { role: 'supervisory', unitId: party.unitId, personId: party.personId });
  return [...named.values()];
}
