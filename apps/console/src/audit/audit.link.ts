import { addressFilter } from '../router/address-filter';

export const AUDIT_PATH = '/tra-cuu-nhat-ky';

/** The audit search, kept in its address: task, person, unit, period (when it happened), event types, page. */
export type AuditFilter = {
  taskId?: string;
  personId?: string;
  unitId?: string;
  from?: string;
  to?: string;
  /** Event type codes, comma-separated, as the API takes them. */
  types?: string;
  cursor?: string;
};

const address = addressFilter<AuditFilter>(AUDIT_PATH, {
  taskId: 'nhiem-vu',
  personId: 'nguoi',
  unitId: 'don-vi',
  from: 'tu-ngay',
  to: 'den-ngay',
  types: 'loai',
  cursor: 'trang',
});

export const auditLink = address.link;
export const auditFilterOf = address.read;

/** GET /audit/events's query for the filter; `format` csv or jsonl gives the download of the same search. */
export function auditQuery(filter: AuditFilter, format?: 'csv' | 'jsonl'): Record<string, string | undefined> {
  return {
    task: filter.taskId,
    person: filter.personId,
    unit: filter.unitId,
    from: filter.from,
    to: filter.to,
    types: filter.types,
    cursor: format ? undefined : filter.cursor,
    format,
  };
}

/** The address of a download of the search (a plain link: the session cookie goes with it). */
export function auditDownloadHref(filter: AuditFilter, format: 'csv' | 'jsonl'): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(auditQuery(filter, format))) if (value) query.set(name, value);
  return `/audit/events?${query.toString()}`;
}
