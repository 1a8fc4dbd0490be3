import { TASK_STATUSES } from '@lib/domain/custody';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { StatusLabelDto } from '../read-models/named-party.dto';

const COUNTS: ApiPropertyOptions = {
  type: 'object',
  properties: Object.fromEntries(TASK_STATUSES.map((status) => [status, { type: 'integer' }])),
  additionalProperties: false,
  description: 'Số nhiệm vụ theo tình trạng.',
};

class UnitRefDto {
  @ApiProperty() unitId!: string;
  @ApiProperty() unitName!: string;
}

class StatusRowInclusionDto extends UnitRefDto {
  @ApiProperty({ example: '2026-07-01' }) mergedOn!: string;
  @ApiProperty({ type: [UnitRefDto] }) through!: UnitRefDto[];
  @ApiProperty(COUNTS) counts!: Record<string, number>;
  @ApiProperty() total!: number;
}

class StatusReportRowDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ description: 'Tên đơn vị vào ngày của báo cáo.' }) unitName!: string;
  @ApiProperty(COUNTS) counts!: Record<string, number>;
  @ApiProperty() total!: number;
  @ApiProperty({ type: [StatusRowInclusionDto] }) includes!: StatusRowInclusionDto[];
  @ApiProperty({ nullable: true, type: String }) dissolvedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Ghi chú (tiếng Việt).' }) note!: string | null;
}

class StatusTotalDto {
  @ApiProperty(COUNTS) counts!: Record<string, number>;
  @ApiProperty() total!: number;
}

class ReportUnitDto {
  @ApiProperty() unitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
}

/** GET /reports/status (format=json): the overview per unit. */
export class UnitStatusReportDto {
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ type: [StatusLabelDto] }) statuses!: StatusLabelDto[];
  @ApiProperty({ type: [StatusReportRowDto] }) rows!: StatusReportRowDto[];
  @ApiProperty({ type: StatusTotalDto }) total!: StatusTotalDto;
  @ApiProperty({ type: ReportUnitDto, nullable: true }) unit!: ReportUnitDto | null;
}
