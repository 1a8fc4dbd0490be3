import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { Roles } from '../auth/auth.decorators';
import { PG_POOL } from '../database/database.tokens';
import { invalidParam, pageLimit, singleParam } from '../http/query-params';
import { parseInstantParam } from '../read-models/task-summary/task-list.query';

export interface AccessLogEntry {
  id: number;
  at: string;
  personId: string | null;
  unitId: string | null;
  roles: string[];
  method: string;
  path: string;
  status: number;
  outcome: string;
  durationMs: number;
}

@ApiTags('Nhật ký truy cập (access log)')
@ApiBearerAuth()
@Controller('admin/access-log')
export class AccessLogController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Ai đã đọc nhật ký kiểm tra, báo cáo, hồ sơ kỷ luật; khi nào; kết quả ra sao (mới nhất trước)' })
  @ApiQuery({ name: 'person', required: false })
  @ApiQuery({ name: 'outcome', required: false, enum: ['allowed', 'denied', 'not_found', 'invalid', 'error'] })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'before', required: false, description: 'id of the last entry of the previous page' })
  async list(@Query() query: Record<string, unknown>): Promise<{ items: AccessLogEntry[]; nextBefore: number | null }> {
    const known = new Set(['person', 'outcome', 'from', 'to', 'limit', 'before']);
    for (const key of Object.keys(query)) if (!known.has(key)) throw invalidParam(key, `unknown parameter; known: ${[...known].join(', ')}`);
    const limit = pageLimit(query, 100, 1000);
    const before = singleParam(query, 'before');
    if (before !== null && !/^\d{1,18}$/.test(before)) throw invalidParam('before', 'must be an entry id');
    const outcome = singleParam(query, 'outcome');
    if (outcome !== null && !['allowed', 'denied', 'not_found', 'invalid', 'error'].includes(outcome)) throw invalidParam('outcome', 'must be allowed, denied, not_found, invalid or error');
    const params: unknown[] = [limit + 1];
    const where: string[] = [];
    const bind = (value: unknown): string => `$${params.push(value)}`;
    const person = singleParam(query, 'person');
    if (person !== null) where.push(`person_id = ${bind(person)}`);
    if (outcome !== null) where.push(`outcome = ${bind(outcome)}`);
    const from = parseInstantParam('from', query['from']);
    const to = parseInstantParam('to', query['to'], true);
    if (from !== null) where.push(`at >= ${bind(from)}`);
    if (to !== null) where.push(`at < ${bind(to)}`);
    if (before !== null) where.push(`id < ${bind(before)}`);
    const { rows } = await this.pool.query<{ id: string; at: Date; person_id: string | null; unit_id: string | null; roles: string[]; method: string; path: string; status: number; outcome: string; duration_ms: number }>(
      `SELECT * FROM access_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $1`,
      params,
    );
    const items = rows.slice(0, limit).map((row) => ({
      id: Number(row.id),
      at: row.at.toISOString(),
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
