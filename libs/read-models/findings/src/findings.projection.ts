import { sharedVnWorkingDayCalendar, type WorkingDayCalendar } from '@lib/domain/calendar';
import { FINDING_REVIEW_EVENT_TYPES } from '@lib/domain/finding-review';
import { ORG_EVENT_TYPES } from '@lib/domain/org';
import { evaluateTask, nextDeadlineLapse, type Finding, type RuleSourceEvent } from '@lib/domain/rules';
import { TASK_EVENT_TYPES, taskIdOfStream } from '@lib/domain/task';
import type { StoredEvent } from '@lib/event-store';
import type { Projection, ProjectionTransaction } from '@lib/projector';
import { toRecordedTaskEvent } from '@lib/read-models/task-custody';
import { contestsOf, type Contest } from './finding-contests';
import { bodyOf, contestsJsonOf, supersededReasonOf, type KnownFinding } from './finding-row';
import { FINDINGS_TABLES, findingsMigrations } from './findings.tables';
import { LoggedOrganisation } from './logged-organisation';
import { rulesSettingsOf, type RulesSettings } from './rules-settings';
import { applyReview } from './review-rows';
import { writeFindings, type PendingFinding } from './finding-writes';

export const FINDINGS_PROJECTION = 'findings';
/**
 * Bump when the rows change shape or meaning; the rules' own versions and parameters, and the calendar data version
 * (deadlines and lateness count working days), are added by the rules fingerprint.
 */
export const FINDINGS_SCHEMA_VERSION = 2;

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
 * is kept as superseded, never deleted, unless a person the finding names voided or corrected its entries:
 * then it is held (still open) for the inspector. Batch boundaries therefore change nothing, and a rebuild gives the
 * same rows. Inspector reviews (their own streams) set the review status.
 */
export function findingsProjection(options: { settings?: RulesSettings; calendar?: () => WorkingDayCalendar } = {}): Projection {
  const settings = options.settings ?? rulesSettingsOf();
  const calendar = options.calendar ?? sharedVnWorkingDayCalendar;
  const organisation = new LoggedOrganisation();
  const orgTypes = new Set<string>(ORG_EVENT_TYPES);
  const reviewTypes = new Set<string>(FINDING_REVIEW_EVENT_TYPES);
  return {
    name: FINDINGS_PROJECTION,
    version: FINDINGS_SCHEMA_VERSION * 1_000_000 + settings.fingerprint,
    eventTypes: [...TASK_EVENT_TYPES, ...ORG_EVENT_TYPES, ...FINDING_REVIEW_EVENT_TYPES],
    tables: FINDINGS_TABLES,
    migrations: findingsMigrations,
    async apply(events, tx) {
      await organisation.sync(tx);
      const taskIds = [
        ...new Set(events.map((event) => taskIdOfStream(event.streamId)).filter((taskId): taskId is string => taskId !== null)),
      ];
      const tasks = await loadTasks(tx, taskIds);
      const pending = new Map<string, PendingFinding>();
      for (const event of events) {
        if (orgTypes.has(event.type)) {
          organisation.apply(event);
          continue;
        }
        if (reviewTypes.has(event.type)) {
          // A review may name a finding first seen in this batch: write what is pending before it.
          await writeFindings(tx, pending);
          pending.clear();
          await applyReview(tx, event);
          continue;
        }
        const taskId = taskIdOfStream(event.streamId);
        if (taskId === null) continue;
        const task = tasks.get(taskId) ?? emptyTask(taskId);
        tasks.set(taskId, task);
        if (task.events.some((known) => known.metadata.eventId === event.id)) continue;
        task.events.push({ ...toRecordedTaskEvent(event), globalPosition: event.globalPosition });
        task.streamVersion = Math.max(task.streamVersion, event.streamVersion);
        task.dirty = true;
        judge(task, event, pending, { settings, calendar: calendar(), organisation });
      }
      await organisation.flush(tx);
      await writeFindings(tx, pending);
      await saveTasks(
        tx,
        [...tasks.values()].filter((task) => task.dirty),
        { settings, calendar: calendar(), organisation },
      );
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

function judge(task: JudgedTask, cause: StoredEvent, pending: Map<string, PendingFinding>, context: JudgeContext): void {
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
    const contests = contestsOf(finding, task.events);
    const contestsJson = contestsJsonOf(contests);
    if (known !== undefined && known.detection === 'active' && known.bodyJson === body && known.contestsJson === contestsJson) continue;
    const earlier = pending.get(finding.id);
    pending.set(finding.id, {
      finding,
      detection: 'active',
      superseded: null,
      contests,
      detectedBy: earlier?.detectedBy ?? (known === undefined ? { eventId: cause.id, globalPosition: cause.globalPosition } : null),
      bodyChanged: (earlier?.bodyChanged ?? false) || known === undefined || known.bodyJson !== body,
    });
    task.findings.set(finding.id, {
      findingId: finding.id,
      detection: 'active',
      bodyJson: body,
      keyEventIds: finding.keyEventIds,
      evidenceEventIds: finding.evidence.map((evidence) => evidence.eventId),
      finding,
      contestsJson,
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
    // A person the finding names voided or corrected its entries: it is held for the inspector, not superseded
    // (and once held it stays held until the rules report it again; only a review settles it).
    const contests = contestsOf(known.finding, task.events);
    const contestsJson = contestsJsonOf(contests);
    const held = known.detection === 'held' || contests.length > 0;
    if (held && known.detection === 'held' && known.contestsJson === contestsJson) continue;
    const earlier = pending.get(known.findingId);
    pending.set(known.findingId, {
      finding: known.finding,
      detection: held ? 'held' : 'superseded',
      superseded: held ? null : { reason: supersededReasonOf(known, voided, corrected), byEventId: cause.id },
      contests,
      detectedBy: earlier?.detectedBy ?? null,
      bodyChanged: earlier?.bodyChanged ?? false,
    });
    known.detection = held ? 'held' : 'superseded';
    known.contestsJson = contestsJson;
  }
}

function emptyTask(taskId: string): JudgedTask {
  return { taskId, events: [], streamVersion: -1, findings: new Map(), dirty: false };
}

/** The batch's tasks with the findings they ever produced, in two queries. */
async function loadTasks(tx: ProjectionTransaction, taskIds: string[]): Promise<Map<string, JudgedTask>> {
  const tasks = new Map<string, JudgedTask>();
  if (taskIds.length === 0) return tasks;
  const rows = await tx.query<{ task_id: string; events: RuleSourceEvent[]; stream_version: number }>(
    'SELECT task_id, events, stream_version FROM rm_finding_task WHERE task_id = ANY($1::uuid[])',
    [taskIds],
  );
  for (const row of rows)
    tasks.set(row.task_id, {
      taskId: row.task_id,
      events: row.events,
      streamVersion: row.stream_version,
      findings: new Map(),
      dirty: false,
    });
  const findings = await tx.query<{
    finding_id: string;
    task_id: string;
    detection: KnownFinding['detection'];
    body: Finding;
    contested_by: Contest[];
  }>('SELECT finding_id, task_id, detection, body, contested_by FROM rm_finding WHERE task_id = ANY($1::uuid[])', [taskIds]);
  for (const row of findings) {
    const task = tasks.get(row.task_id) ?? emptyTask(row.task_id);
    tasks.set(row.task_id, task);
    task.findings.set(row.finding_id, {
      findingId: row.finding_id,
      detection: row.detection,
      bodyJson: bodyOf(row.body),
      keyEventIds: row.body.keyEventIds,
      evidenceEventIds: row.body.evidence.map((evidence) => evidence.eventId),
      finding: row.body,
      contestsJson: contestsJsonOf(row.contested_by),
    });
  }
  return tasks;
}

/** The rules' input and the next lapse of every task the batch touched, in one upsert. */
async function saveTasks(tx: ProjectionTransaction, tasks: JudgedTask[], context: JudgeContext): Promise<void> {
  if (tasks.length === 0) return;
  const rows = tasks.map((task) => {
    const asOf = asOfTask(task.events);
    const lapse = nextDeadlineLapse(task.events, {
      organisation: context.organisation.current,
      calendar: context.calendar,
      asOf,
      parameters: context.settings.resolved,
    });
    return {
      task_id: task.taskId,
      events: task.events,
      stream_version: task.streamVersion,
      as_of: asOf,
      next_lapse_at: lapse?.at ?? null,
      next_lapse_rules: lapse?.ruleCodes ?? null,
    };
  });
  await tx.query(
    `INSERT INTO rm_finding_task (task_id, events, stream_version, as_of, next_lapse_at, next_lapse_rules)
     SELECT task_id, events, stream_version, as_of, next_lapse_at, next_lapse_rules
       FROM jsonb_to_recordset($1::jsonb) AS x(task_id uuid, events jsonb, stream_version integer, as_of timestamptz, next_lapse_at timestamptz, next_lapse_rules text[])
     ON CONFLICT (task_id) DO UPDATE SET events = EXCLUDED.events, stream_version = EXCLUDED.stream_version, as_of = EXCLUDED.as_of,
       next_lapse_at = EXCLUDED.next_lapse_at, next_lapse_rules = EXCLUDED.next_lapse_rules`,
    [JSON.stringify(rows)],
  );
}
