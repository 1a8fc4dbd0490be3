import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { Roles } from '../auth/auth.decorators';
import { PG_POOL } from '../database/database.tokens';
import { invalidParam, onlyKnown, pageLimit, singleParam } from '../http/query-params';
import { parseInstantParam } from '../read-models/task-summary/task-list.params';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';

/** One request: who, what, the final outcome, when its answer started and when it ended (null: no end recorded yet). */
export interface AccessLogEntry {
  id: number;
  /** Null for requests recorded before reads were logged at their start (one row each, written at the end). */
  requestId: string | null;
  /** When the answer started (for older entries: when it had been sent). */
  at: string;
  startedAt: string;
  endedAt: string | null;
  personId: string | null;
  unitId: string | null;
  roles: string[];
  method: string;
  path: string;
  /** Null when the client went away before a status was sent. */
  status: number | null;
  /** The end's outcome once recorded (`aborted`: the client cut the answer off); until then, what the status says. */
  outcome: string;
  /** Until the end when recorded, else until the answer started. */
  durationMs: number;
}

const OUTCOMES = ['allowed', 'denied', 'not_found', 'invalid', 'error', 'aborted'];

@ApiTags('Nhật ký truy cập (access log)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller('admin/access-log')
export class AccessLogController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Get()
  @ApiJsonOk(
    {
      type: 'object',
      properties: { items: { type: 'array', items: { type: 'object', additionalProperties: true } } },
      additionalProperties: true,
    },
    'Nhật ký truy cập.',
  )
  @Roles('admin')
  @ApiOperation({
    summary: 'Ai đã đọc nhật ký kiểm tra, báo cáo, hồ sơ kỷ luật; khi nào; kết quả ra sao (mới nhất trước)',
    description:
      'Mỗi yêu cầu một dòng: thời điểm bắt đầu trả lời, thời điểm kết thúc (null khi chưa ghi nhận) và kết quả cuối cùng; aborted: người dùng ngắt kết nối trước khi nhận đủ.',
  })
  @ApiQuery({ name: 'person', required: false })
  @ApiQuery({ name: 'outcome', required: false, enum: OUTCOMES })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'before', required: false, description: 'id of the last entry of the previous page' })
  async list(@Query() query: Record<string, unknown>): Promise<{ items: AccessLogEntry[]; nextBefore: number | null }> {
    onlyKnown(query, ['person', 'outcome', 'from', 'to', 'limit', 'before']);
    const limit = pageLimit(query, 100, 1000);
    const before = singleParam(query, 'before');
    if (before !== null && !/^\d{1,18}$/.test(before)) throw invalidParam('before', 'phải là mã một mục của nhật ký truy cập');
    const outcome = singleParam(query, 'outcome');
    if (outcome !== null && !OUTCOMES.includes(outcome))
      throw invalidParam('outcome', 'phải là một trong: allowed, denied, not_found, invalid, error, aborted');
    const params: unknown[] = [limit + 1];
    const where: string[] = [];
    const bind = (value: unknown): string => `$${params.push(value)}`;
    const person = singleParam(query, 'person');
    if (person !== null) where.push(`s.person_id = ${bind(person)}`);
    if (outcome !== null) where.push(`COALESCE(e.outcome, s.outcome) = ${bind(outcome)}`);
    const from = parseInstantParam('from', query['from']);
    const to = parseInstantParam('to', query['to'], true);
    if (from !== null) where.push(`s.at >= ${bind(from)}`);
    if (to !== null) where.push(`s.at < ${bind(to)}`);
    if (before !== null) where.push(`s.id < ${bind(before)}`);
    // One entry per request: its start (or the single row of an older entry) with its end, when recorded.
    const { rows } = await this.pool.query<AccessLogRow>(
      `SELECT s.id, s.request_id, s.at, e.at AS ended_at, s.person_id, s.unit_id, s.roles, s.method, s.path,
              COALESCE(e.status, s.status) AS status, COALESCE(e.outcome, s.outcome) AS outcome, COALESCE(e.duration_ms, s.duration_ms) AS duration_ms
         FROM access_log s LEFT JOIN access_log e ON e.request_id = s.request_id AND e.phase = 'ended'
        WHERE s.phase <> 'ended' ${where.length ? `AND ${where.join(' AND ')}` : ''}
        ORDER BY s.id DESC LIMIT $1`,
      params,
    );
    const items = rows.slice(0, limit).map((row) => ({
      id: Number(row.id),
      requestId: row.request_id,
      at: row.at.toISOString(),
      startedAt: row.at.toISOString(),
      endedAt: row.request_id === null ? row.at.toISOString() : (row.ended_at?.toISOString() ?? null),
      personId: row.person_id,
      unitId: row.unit_id,
      roles: row.roles,
      method: row.method,
      path: row.path,
      status: row.status,
      outcome: row.outcome,
      durationMs: row.duration_ms,
    }));
    return { items, nextBefore: rows.length > limit ? items.at(-1)!.id : null };
  }
}

interface AccessLogRow {
  id: string;
  request_id: string | null;
  at: Date;
  ended_at: Date | null;
  person_id: string | null;
  unit_id: string | null;
  roles: string[];
  method: string;
  path: string;
  status: number | null;
  outcome: string;
  duration_ms: number;
}
