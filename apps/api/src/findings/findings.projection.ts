import type { WorkingDayCalendar } from '@lib/domain/calendar';
import { FINDING_REVIEW_EVENT_TYPES } from '@lib/domain/finding-review';
import { ORG_EVENT_TYPES } from '@lib/domain/org';
import { evaluateTask, nextDeadlineLapse, type Finding, type RuleSourceEvent } from '@lib/domain/rules';
import type { StoredEvent } from '@lib/event-store';
import type { Projection, ProjectionTransaction } from '@lib/projector';
import { workingDayCalendar } from '../calendar/calendar.provider';
import { TASK_EVENT_TYPES, taskIdOfStream } from '../read-models/task-custody/task-custody.record';
import { toRecordedTaskEvent } from '../tasks/task-stream.reader';
import { bodyOf, supersededReasonOf, type KnownFinding } from './finding-row';
import { FINDINGS_TABLES, findingsMigrations } from './findings.tables';
import { LoggedOrganisation } from './logged-organisation';
import { rulesSettingsOf, type RulesSettings } from './rules-settings';
import { applyReview } from './review-rows';

export const FINDINGS_PROJECTION = 'findings';
/** Bump when the rows change shape or meaning; the rules' own versions and parameters are added by the fingerprint. */
const FINDINGS_SCHEMA_VERSION = 1;

/** One task as the projection judges it: its events so far and the findings it has ever produced. */
interface JudgedTask {
  taskId: string;
  events: RuleSourceEvent[];
  streamVersion: number;
  findings: Map<string, KnownFinding>;
  dirty: boolean;
}

/**
 * Findings, detected by the rule catalogue, as a read model. Each task event is judged on its own, in log
 * order, as of the latest `occurredAt` recorded on the task (never the wall clock): a finding first appears
 * with the event that established it, and one the rules stop reporting (its evidence voided or corrected)
 * is kept as superseded, never deleted. Batch boundaries therefore change nothing, and a rebuild gives the
 * same rows. Inspector reviews (their own streams) set the review status.
 */
export function findingsProjection(options: { settings?: RulesSettings; calendar?: () => WorkingDayCalendar } = {}): Projection {
  const settings = options.settings ?? rulesSettingsOf();
  const calendar = options.calendar ?? workingDayCalendar;
  const organisation = new LoggedOrganisation();
  const orgTypes = new Set<string>(ORG_EVENT_TYPES);
  const reviewTypes = new Set<string>(FINDING_REVIEW_EVENT_TYPES);
  return {
    name: FINDINGS_PROJECTION,
    version: FINDINGS_SCHEMA_VERSION * 1_000_000 + settings.fingerprint,
    eventTypes: [...TASK_EVENT_TYPES, 'DeadlineLapsed', ...ORG_EVENT_TYPES, ...FINDING_REVIEW_EVENT_TYPES],
    tables: FINDINGS_TABLES,
    migrations: findingsMigrations,
    async apply(events, tx) {
      await organisation.sync(tx);
      const tasks = new Map<string, JudgedTask>();
      for (const event of events) {
        if (orgTypes.has(event.type)) {
          await organisation.apply(tx, event);
          continue;
        }
        if (reviewTypes.has(event.type)) {
          await applyReview(tx, event);
          continue;
        }
        const taskId = taskIdOfStream(event.streamId);
        if (taskId === null) continue;
        const task = tasks.get(taskId) ?? (await loadTask(tx, taskId));
        tasks.set(taskId, task);
        if (task.events.some((known) => known.metadata.eventId === event.id)) continue;
        task.events.push({ ...toRecordedTaskEvent(event), globalPosition: event.globalPosition });
        task.streamVersion = Math.max(task.streamVersion, event.streamVersion);
        task.dirty = true;
        await judge(tx, task, event, { settings, calendar: calendar(), organisation });
      }
      for (const task of tasks.values()) {
        if (task.dirty) await saveTask(tx, task, { settings, calendar: calendar(), organisation });
      }
    },
  };
}

interface JudgeContext {
  settings: RulesSettings;
  calendar: WorkingDayCalendar;
  organisation: LoggedOrganisation;
}

/** The latest instant the task's record speaks of: what the rules judge as of. */
export function asOfTask(events: readonly RuleSourceEvent[]): string {
  let latest = events[0]!.metadata.occurredAt;
  for (const event of events) if (Date.parse(event.metadata.occurredAt) > Date.parse(latest)) latest = event.metadata.occurredAt;
  return new Date(Date.parse(latest)).toISOString();
}

async function judge(tx: ProjectionTransaction, task: JudgedTask, cause: StoredEvent, context: JudgeContext): Promise<void> {
  const evaluation = evaluateTask({
    events: task.events,
    organisation: context.organisation.current,
    calendar: context.calendar,
    asOf: asOfTask(task.events),
    parameters: context.settings.resolved,
  });
  const produced = new Set<string>();
  for (const finding of evaluation.findings) {
    produced.add(finding.id);
    const known = task.findings.get(finding.id);
    const body = bodyOf(finding);
    if (known !== undefined && known.detection === 'active' && known.bodyJson === body) continue;
    await writeFinding(tx, finding, known === undefined ? cause : null);
    task.findings.set(finding.id, {
      findingId: finding.id,
      detection: 'active',
      bodyJson: body,
      keyEventIds: finding.keyEventIds,
      evidenceEventIds: finding.evidence.map((evidence) => evidence.eventId),
    });
  }
  const voided = new Set<string>();
  const corrected = new Set<string>();
  for (const event of task.events) {
    if (event.type === 'EntryVoided') voided.add(event.data.originalEventId);
    if (event.type === 'EntryCorrected') corrected.add(event.data.originalEventId);
  }
  for (const known of task.findings.values()) {
    if (known.detection === 'superseded' || produced.has(known.findingId)) continue;
    const reason = supersededReasonOf(known, voided, corrected);
    await tx.query(
      `UPDATE rm_finding SET detection = 'superseded', superseded_reason = $2, superseded_by_event_id = $3 WHERE finding_id = $1`,
      [known.findingId, reason, cause.id],
    );
    known.detection = 'superseded';
  }
}

async function writeFinding(tx: ProjectionTransaction, finding: Finding, detectedBy: StoredEvent | null): Promise<void> {
  const columns = [finding.id, finding.taskId, finding.ruleCode, finding.ruleVersion, finding.variant, finding.at, finding.on, JSON.stringify(finding)];
  if (detectedBy === null) {
    await tx.query(
      `UPDATE rm_finding SET task_id = $2, rule_code = $3, rule_version = $4, variant = $5, at = $6, on_date = $7, body = $8,
         detection = 'active', superseded_reason = NULL, superseded_by_event_id = NULL
       WHERE finding_id = $1`,
      columns,
    );
  } else {
    await tx.query(
      `INSERT INTO rm_finding (finding_id, task_id, rule_code, rule_version, variant, at, on_date, body, detection, detected_by_event_id, detected_position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', $9, $10)`,
      [...columns, detectedBy.id, detectedBy.globalPosition],
    );
  }
  await tx.query('DELETE FROM rm_finding_party WHERE finding_id = $1', [finding.id]);
  // Who the finding names, once per role: a head supervising two named officials is one supervisory party
  // here (the body keeps each supervision with the person supervised).
  const named = new Map<string, { role: string; unitId: string; personId: string | null }>();
  for (const party of finding.responsible) named.set(`responsible|${party.unitId}|${party.personId ?? ''}`, { role: 'responsible', unitId: party.unitId, personId: party.personId });
  for (const party of finding.supervisory) named.set(`supervisory|${party.unitId}|${party.personId}`, { role: 'supervisory', unitId: party.unitId, personId: party.personId });
  const parties = [...named.values()];
  await tx.query(
    `INSERT INTO rm_finding_party (finding_id, role, unit_id, person_id) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])`,
    [finding.id, parties.map((party) => party.role), parties.map((party) => party.unitId), parties.map((party) => party.personId)],
  );
}

async function loadTask(tx: ProjectionTransaction, taskId: string): Promise<JudgedTask> {
  const [row] = await tx.query<{ events: RuleSourceEvent[]; stream_version: number }>(
    'SELECT events, stream_version FROM rm_finding_task WHERE task_id = $1',
    [taskId],
  );
  const rows = await tx.query<{ finding_id: string; detection: KnownFinding['detection']; body: Finding }>(
    'SELECT finding_id, detection, body FROM rm_finding WHERE task_id = $1',
    [taskId],
  );
  const findings = new Map<string, KnownFinding>();
  for (const finding of rows) {
    findings.set(finding.finding_id, {
      findingId: finding.finding_id,
      detection: finding.detection,
      bodyJson: bodyOf(finding.body),
      keyEventIds: finding.body.keyEventIds,
      evidenceEventIds: finding.body.evidence.map((evidence) => evidence.eventId),
    });
  }
  return { taskId, events: row?.events ?? [], streamVersion: row?.stream_version ?? -1, findings, dirty: false };
}

async function saveTask(tx: ProjectionTransaction, task: JudgedTask, context: JudgeContext): Promise<void> {
  const asOf = asOfTask(task.events);
  const lapse = nextDeadlineLapse(task.events, {
    organisation: context.organisation.current,
    calendar: context.calendar,
    asOf,
    parameters: context.settings.resolved,
  });
  await tx.query(
    `INSERT INTO rm_finding_task (task_id, events, stream_version, as_of, next_lapse_at, next_lapse_rules) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (task_id) DO UPDATE SET events = EXCLUDED.events, stream_version = EXCLUDED.stream_version, as_of = EXCLUDED.as_of,
       next_lapse_at = EXCLUDED.next_lapse_at, next_lapse_rules = EXCLUDED.next_lapse_rules`,
    [task.taskId, JSON.stringify(task.events), task.streamVersion, asOf, lapse?.at ?? null, lapse?.ruleCodes ?? null],
  );
}
