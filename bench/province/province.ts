import type { NewEvent } from '@lib/event-store';
import { demoCityLog, uuidOf, type CityLog, type StreamBatch } from './demo-city-log';

export const PROVINCE_SIZES = { '100k': 100_000, '1m': 1_000_000, '10m': 10_000_000 } as const;
export type ProvinceSize = keyof typeof PROVINCE_SIZES;

/** The province's organisation: 67 copies of the demo city (about 2,000 units) … */
const CITY_COPIES = 67;
/** … each unit with 5 more staff than the demo's (about 20,000 people in all). */
const EXTRA_STAFF_PER_UNIT = 5;
const STAFF_FROM = '2015-01-01';

/**
 * A deterministic province for the benches: copy k of the demo city renames every unit and person id
 * (`<id>.c<k>`), every task and event id (name-based on the original and k), so copies never collide; task
 * copies beyond the 67 organisation copies reuse organisation copy `k mod 67` (more tasks, same people).
 * The event mix is the demo's: most tasks assigned–received–delegated–completed, a minority transferred,
 * returned, consulted, extended, late, dossiers. Generated lazily, stream by stream, in log order per copy.
 */
export class Province {
  private readonly city: CityLog;
  readonly taskCopies: number;

  constructor(readonly targetEvents: number) {
    this.city = demoCityLog();
    const taskEventsPerCopy = this.city.tasks.reduce((sum, batch) => sum + batch.events.length, 0);
    const orgEvents = this.city.events - taskEventsPerCopy + 2 * EXTRA_STAFF_PER_UNIT * this.staffedUnits().length;
    this.taskCopies = Math.max(1, Math.round((targetEvents - orgEvents * CITY_COPIES) / taskEventsPerCopy));
  }

  get units(): number {
    return this.city.unitIds.length * CITY_COPIES;
  }

  get persons(): number {
    return (this.city.personIds.length + this.staffedUnits().length * EXTRA_STAFF_PER_UNIT) * CITY_COPIES;
  }

  /** Units that stay in force (never merged or dissolved): the extra staff are appointed there. */
  private staffedUnits(): string[] {
    const ended = new Set(
      this.city.org.flatMap((batch) =>
        batch.events
          .filter((event) => event.type === 'UnitMerged' || event.type === 'UnitDissolved')
          .map((event) => String(event.data['unitId'])),
      ),
    );
    return this.city.unitIds.filter((unitId) => !ended.has(unitId));
  }

  /** Registration and appointment of the extra staff of one organisation copy (after its units exist). */
  private extraStaff(copy: number): StreamBatch[] {
    const batches: StreamBatch[] = [];
    const metadata = (id: string) => ({
      actor: { personId: `${RECORDER_ID}.c${copy}`, unitId: `van-phong-ubnd-tp.c${copy}` },
      commandId: `staff-${id}`,
      correlationId: 'province',
      causationId: null,
      occurredAt: `${STAFF_FROM}T01:00:00.000Z`,
      schemaVersion: 1,
    });
    let serial = 0;
    for (const unitId of this.staffedUnits()) {
      const appointments: NewEvent[] = [];
      for (let n = 0; n < EXTRA_STAFF_PER_UNIT; n++) {
        serial += 1;
        const personId = `can-bo-${serial}.c${copy}`;
        const registered = uuidOf(`register|${personId}`);
        batches.push({
          streamId: `person-${personId}`,
          events: [
            {
              id: registered,
              type: 'PersonRegistered',
              data: { personId, fullName: `Nguyễn Văn Cán Bộ ${serial}`, officialCode: `CB-${serial}.c${copy}` },
              metadata: metadata(registered),
            },
          ],
        });
        const appointed = uuidOf(`appoint|${personId}`);
        appointments.push({
          id: appointed,
          type: 'PersonAppointed',
          data: {
            appointmentId: uuidOf(`appointment|${personId}`),
            unitId: `${unitId}.c${copy}`,
            personId,
            position: 'staff',
            validFrom: STAFF_FROM,
            validTo: null,
          },
          metadata: metadata(appointed),
        });
      }
      batches.push({ streamId: `unit-${unitId}.c${copy}`, events: appointments });
    }
    return batches;
  }

  /** The organisation, one copy at a time: within a copy the streams must be appended in this order. */
  *organisationCopies(): Generator<StreamBatch[]> {
    for (let copy = 0; copy < CITY_COPIES; copy++) {
      const rename = this.renamer(copy, copy);
      yield [...this.city.org.map(rename), ...this.extraStaff(copy)];
    }
  }

  /** The tasks of every task copy, stream by stream (any order once the organisation is in). */
  *taskStreams(): Generator<StreamBatch> {
    for (let copy = 0; copy < this.taskCopies; copy++) {
      const rename = this.renamer(copy % CITY_COPIES, copy);
      for (const batch of this.city.tasks) yield rename(batch);
    }
  }

  private renamer(orgCopy: number, taskCopy: number): (batch: StreamBatch) => StreamBatch {
    const names = new Map<string, string>();
    for (const id of [...this.city.unitIds, ...this.city.personIds, RECORDER_ID]) names.set(id, `${id}.c${orgCopy}`);
    const ids = new Map<string, string>();
    const renameId = (id: string): string => {
      let renamed = ids.get(id);
      if (renamed === undefined) {
        renamed = uuidOf(`${id}|${taskCopy}`);
        ids.set(id, renamed);
      }
      return renamed;
    };
    const isOurs = (value: string): boolean => UUID.test(value);
    const walk = (value: unknown): unknown => {
      if (typeof value === 'string') return names.get(value) ?? (isOurs(value) && taskCopy > 0 ? renameId(value) : value);
      if (Array.isArray(value)) return value.map(walk);
      if (value !== null && typeof value === 'object') {
        // Official codes are unique in an organisation: each copy gets its own.
        return Object.fromEntries(
          Object.entries(value).map(([key, item]) => [key, key === 'officialCode' ? `${String(item)}.c${orgCopy}` : walk(item)]),
        );
      }
      return value;
    };
    return (batch) => {
      const [category, ...rest] = batch.streamId.split('-');
      const id = rest.join('-');
      const streamId = `${category}-${category === 'task' ? (taskCopy > 0 ? renameId(id) : id) : (names.get(id) ?? id)}`;
      return { streamId, events: batch.events.map((event) => walk(event) as NewEvent) };
    };
  }
}

const RECORDER_ID = 'he-thong';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
