import { Controller, Get, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { localDateOf } from '@lib/domain/calendar';
import { rankingTable, statusTable, subjectTable } from '@lib/domain/reports';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { onlyKnown, pageLimit, singleParam } from '../http/query-params';
import { exported } from './report-export';
import {
  asOfParam,
  booleanParam,
  formatParam,
  kindParam,
  periodParams,
  rankingLimit,
  searchParam,
  type ReportFormat,
} from './report-query.params';
import {
  ReportsService,
  type PeriodView,
  type PersonReport,
  type Rankings,
  type UnitReport,
  type UnitStatusReport,
} from './reports.service';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { UnitStatusReportDto } from './status-report.dto';
import { PERSON_REPORT_SCHEMA, PERSON_SEARCH_SCHEMA, RANKINGS_SCHEMA, UNIT_REPORT_SCHEMA } from './report-bodies.schema';

/** Who reads reports: the Office, Home Affairs, the inspectorate, unit heads (within their jurisdiction) and admins. */
const REPORT_READER_ROLES = ['office_chief', 'home_affairs', 'inspector', 'unit_head', 'admin'] as const;

const FORMAT_QUERY = {
  name: 'format',
  required: false,
  enum: ['json', 'csv', 'xlsx'],
  description: 'csv: UTF-8 có BOM, phân cách bằng dấu chấm phẩy (;)',
} as const;

@ApiTags('Báo cáo, đánh giá, xếp hạng (reports)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('persons')
  @ApiJsonOk(PERSON_SEARCH_SCHEMA, 'Cán bộ tìm được theo tên, trong phạm vi người đọc.')
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({ summary: 'Tìm cán bộ theo tên (không phân biệt dấu: "cuong" tìm được "Cường"), sắp xếp theo thứ tự tiếng Việt' })
  @ApiQuery({ name: 'q', required: false, example: 'cuong' })
  @ApiQuery({ name: 'unit', required: false, example: 'so-xay-dung' })
  @ApiQuery({ name: 'limit', required: false })
  searchPersons(@Query() query: Record<string, unknown>, @CurrentPrincipal() principal: Principal): object {
    onlyKnown(query, ['q', 'unit', 'limit']);
    return this.reports.searchPersons(principal, searchParam(query), singleParam(query, 'unit'), pageLimit(query, 50, 200));
  }

  @Get('persons/:personId')
  @ApiJsonOk(PERSON_REPORT_SCHEMA, 'Báo cáo cán bộ (format=json) hoặc tệp CSV/XLSX.', { files: ['csv', 'xlsx'] })
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({
    summary:
      'Báo cáo cá nhân trong kỳ: nhiệm vụ đã giữ, hoàn thành trước/đúng/quá hạn, quá hạn còn mở, ngày chậm (cá nhân, người đứng đầu), phát hiện, xin ý kiến, số liệu đánh giá',
  })
  @ApiQuery({ name: 'from', required: true, example: '2026-03-01' })
  @ApiQuery({ name: 'to', required: true, example: '2026-03-31' })
  @ApiQuery(FORMAT_QUERY)
  async person(
    @Param('personId') personId: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PersonReport | StreamableFile> {
    onlyKnown(query, ['from', 'to', 'format']);
    const format = formatParam(query);
    const report = await this.reports.person(principal, personId, periodParams(query));
    return exportedSubject(format, report, { subjectLabel: 'Cán bộ', name: report.person.name, id: personId }, 'bao-cao-ca-nhan');
  }

  @Get('units/:unitId')
  @ApiJsonOk(UNIT_REPORT_SCHEMA, 'Báo cáo đơn vị (format=json) hoặc tệp CSV/XLSX.', { files: ['csv', 'xlsx'] })
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({ summary: 'Báo cáo đơn vị trong kỳ (có thể gồm các đơn vị trực thuộc), cùng các chỉ tiêu như báo cáo cá nhân' })
  @ApiQuery({ name: 'from', required: true, example: '2026-03-01' })
  @ApiQuery({ name: 'to', required: true, example: '2026-03-31' })
  @ApiQuery({ name: 'includeSubunits', required: false, example: 'false' })
  @ApiQuery(FORMAT_QUERY)
  async unit(
    @Param('unitId') unitId: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UnitReport | StreamableFile> {
    onlyKnown(query, ['from', 'to', 'includeSubunits', 'format']);
    const format = formatParam(query);
    const includeSubunits = booleanParam(query, 'includeSubunits', false);
    const report = await this.reports.unit(principal, unitId, periodParams(query), includeSubunits);
    return exportedSubject(format, report, { subjectLabel: 'Đơn vị', name: report.unit.name, id: unitId }, 'bao-cao-don-vi');
  }

  @Get('status')
  @ApiJsonOk(UnitStatusReportDto, 'Tình hình nhiệm vụ theo đơn vị (format=json) hoặc tệp CSV/XLSX.', { files: ['csv', 'xlsx'] })
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({
    summary:
      'Báo cáo định kỳ của Văn phòng: theo từng đơn vị chủ trì, số nhiệm vụ theo tình trạng (trong hạn, sắp đến hạn, quá hạn, hoàn thành trước/đúng/quá hạn, đã hủy)',
  })
  @ApiQuery({ name: 'unit', required: false, example: 'ubnd-quan-hai-chau' })
  @ApiQuery({ name: 'asOf', required: false, example: '2026-03-31' })
  @ApiQuery(FORMAT_QUERY)
  async status(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UnitStatusReport | StreamableFile> {
    onlyKnown(query, ['unit', 'asOf', 'format']);
    const format = formatParam(query);
    const asOf = asOfParam(query, this.reports.now());
    const report = await this.reports.status(principal, singleParam(query, 'unit'), asOf);
    return exported(
      format,
      report,
      () => statusTable(report),
      `tinh-hinh-nhiem-vu-${report.unit?.unitId ?? 'tat-ca'}-${localDateOf(asOf)}`,
      asOf,
    );
  }

  @Get('rankings')
  @ApiJsonOk(RANKINGS_SCHEMA, 'Xếp hạng (format=json) hoặc tệp CSV/XLSX.', { files: ['csv', 'xlsx'] })
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({
    summary:
      'Xếp hạng cán bộ: đề xuất khen thưởng (commendation) hoặc cần xem xét trách nhiệm (review); hòa điểm xếp theo tên tiếng Việt rồi mã',
  })
  @ApiQuery({ name: 'kind', required: true, enum: ['commendation', 'review'] })
  @ApiQuery({ name: 'unit', required: false, example: 'ubnd-tp' })
  @ApiQuery({ name: 'from', required: true, example: '2026-01-01' })
  @ApiQuery({ name: 'to', required: true, example: '2026-12-31' })
  @ApiQuery({ name: 'q', required: false, example: 'cuong' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery(FORMAT_QUERY)
  async rankings(@Query() query: Record<string, unknown>, @CurrentPrincipal() principal: Principal): Promise<Rankings | StreamableFile> {
    onlyKnown(query, ['kind', 'unit', 'from', 'to', 'q', 'limit', 'format']);
    const format = formatParam(query);
    const kind = kindParam(query);
    const period = periodParams(query);
    const rankings = await this.reports.rankings(
      principal,
      singleParam(query, 'unit'),
      period,
      kind,
      rankingLimit(query),
      searchParam(query),
    );
    return exported(
      format,
      rankings,
      () => rankingTable(kind, rankings.items),
      `xep-hang-${kind}-${fileDates(rankings.period)}`,
      rankings.period.asOf,
    );
  }
}

/** A person's or a unit's report: JSON, or its table as CSV or XLSX named after the subject and the period. */
function exportedSubject<R extends PersonReport | UnitReport>(
  format: ReportFormat,
  report: R,
  subject: { subjectLabel: string; name: string; id: string },
  filePrefix: string,
): Promise<R | StreamableFile> {
  const heading = { ...subject, period: periodLabel(report.period), asOf: report.period.asOf };
  return exported(
    format,
    report,
    () => subjectTable(heading, report.figures),
    `${filePrefix}-${subject.id}-${fileDates(report.period)}`,
    report.period.asOf,
  );
}

/** "01/03/2026 – 31/03/2026": the local first and last days of the period. */
function periodLabel(period: PeriodView): string {
  const vn = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
  return `${vn(localDateOf(period.from))} – ${vn(lastDay(period))}`;
}

function fileDates(period: PeriodView): string {
  return `${localDateOf(period.from)}-${lastDay(period)}`;
}

function lastDay(period: PeriodView): string {
  return localDateOf(new Date(Date.parse(period.to) - 1).toISOString());
}
