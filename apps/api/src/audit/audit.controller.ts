import { BadRequestException, Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { PostgresAuditQuery, type EventStore, type StoredEvent } from '@lib/event-store';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG, PG_POOL } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import { problem } from '../http/problem-details.filter';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { auditEntryOf, CSV_HEADER, csvLine, csvRowOf, type AuditEntry } from './audit-entry';
import { parseAuditRequest, type AuditRequest } from './audit-filter';
import { selfCorrectionsOf, type SelfCorrection } from './self-corrections';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { AuditPageDto } from './audit-entry.dto';

const AUDIT_READER_ROLES = ['inspector', 'home_affairs', 'office_chief', 'admin'] as const;
const EXPORT_PAGE = 1000;

@ApiTags('Nhật ký kiểm tra (audit trail)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller('audit')
export class AuditController {
  private readonly query: PostgresAuditQuery;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jurisdiction: JurisdictionService,
    private readonly organisation: OrganisationReadModel,
  ) {
    this.query = new PostgresAuditQuery(pool);
  }

  @Get('events')
  @ApiJsonOk(AuditPageDto, 'Một trang nhật ký (format=json); tải CSV hoặc JSON Lines với format=csv|jsonl.', { files: ['csv', 'jsonl'] })
  @Roles(...AUDIT_READER_ROLES)
  @ApiOperation({
    summary: 'Nhật ký sự kiện theo nhiệm vụ, người hoặc đơn vị, theo thứ tự ghi nhật ký; xuất CSV (UTF-8 có BOM) hoặc JSON Lines',
    description:
      'Mỗi sự kiện có thời điểm xảy ra và thời điểm ghi nhận; ghi muộn hơn LATE_RECORDING_HOURS giờ được đánh dấu (late). ' +
      'Dữ liệu lịch sử được nhập hàng loạt (dữ liệu mẫu, tệp tổ chức bộ máy) không bị coi là ghi muộn: được đánh dấu imported kèm nguồn và lô nhập. ' +
      'Mọi lượt đọc đều được ghi vào nhật ký truy cập.',
  })
  @ApiQuery({ name: 'task', required: false })
  @ApiQuery({ name: 'person', required: false, example: 'le-van-cuong' })
  @ApiQuery({ name: 'unit', required: false, example: 'so-xay-dung' })
  @ApiQuery({ name: 'from', required: false, example: '2026-03-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-03-31' })
  @ApiQuery({ name: 'types', required: false, example: 'TaskTransferred,TaskReturned' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv', 'jsonl'] })
  async events(@Query() raw: Record<string, unknown>, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const request = parseAuditRequest(raw);
    await this.authorise(principal, request);
    if (request.format === 'json') {
      const events = await this.query.read({ ...request.filter, after: request.cursor, limit: request.limit + 1 });
      const page = events.slice(0, request.limit);
      const marks = await selfCorrectionsOf(page, this.store, this.pool);
      response.json({
        items: page.map((event) => this.entryOf(event, marks)),
        nextCursor: events.length > request.limit ? page.at(-1)!.checkpoint : null,
      });
      return;
    }
    await this.export(request, response);
  }

  /** Non-admins name what they audit (a task, a person or a unit), and it must lie in their jurisdiction. */
  private async authorise(principal: Principal, request: AuditRequest): Promise<void> {
    if (request.taskId !== null) await this.jurisdiction.assertTaskVisible(principal, request.taskId);
    if (request.personId !== null) this.jurisdiction.assertPersonVisible(principal, request.personId);
    if (request.unitId !== null) this.jurisdiction.assertUnitVisible(principal, request.unitId);
    if (!principal.roles.includes('admin') && request.taskId === null && request.personId === null && request.unitId === null) {
      throw new BadRequestException(
        problem(
          'validation-failed',
          'Validation failed',
          400,
          'Cần chọn nhiệm vụ (task), người (person) hoặc đơn vị (unit) để xem nhật ký.',
          {
            errors: [
              {
                field: 'task',
                reason: 'cần chọn nhiệm vụ (task), người (person) hoặc đơn vị (unit); chỉ quản trị viên được xem toàn bộ nhật ký',
              },
            ],
          },
        ),
      );
    }
  }

  private entryOf(event: StoredEvent, marks: ReadonlyMap<string, SelfCorrection>): AuditEntry {
    return auditEntryOf(event, this.organisation.current, this.config.lateRecordingHours, marks.get(event.id) ?? null);
  }

  /**
   * Streams every matching event, page by page, waiting for the socket to drain: never the whole result in
   * memory. Stops when the client goes away (a drain that never comes would otherwise hold the export forever).
   */
  private async export(request: AuditRequest, response: Response): Promise<void> {
    const csv = request.format === 'csv';
    // The first page is read before anything is sent: a database that is down then still gets a 503, not a cut-off file.
    let events = await this.query.read({ ...request.filter, after: request.cursor, limit: EXPORT_PAGE });
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '');
    let closed = false;
    response.once('close', () => {
      closed = true;
    });
    response.status(200);
    response.setHeader('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="nhat-ky-${stamp}.${csv ? 'csv' : 'jsonl'}"`);
    const write = async (chunk: string): Promise<void> => {
      if (closed || response.write(chunk)) return;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          response.off('drain', done).off('close', done);
          resolve();
        };
        response.once('drain', done).once('close', done);
      });
    };
    if (csv) await write(`\uFEFF${csvLine(CSV_HEADER)}\r\n`);
    for (;;) {
      const marks = await selfCorrectionsOf(events, this.store, this.pool);
      for (const event of events) {
        if (closed) return;
        const entry = this.entryOf(event, marks);
        await write(csv ? `${csvRowOf(entry)}\r\n` : `${JSON.stringify(entry)}\n`);
      }
      if (events.length < EXPORT_PAGE || closed) break;
      events = await this.query.read({ ...request.filter, after: events.at(-1)!.checkpoint, limit: EXPORT_PAGE });
    }
    response.end();
  }
}
