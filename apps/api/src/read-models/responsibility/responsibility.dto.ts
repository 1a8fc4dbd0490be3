import { ApiProperty } from '@nestjs/swagger';

class ResponsiblePartyDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Tên đơn vị vào ngày đầu của dòng trách nhiệm.' }) unitName!: string | null;
  @ApiProperty({ nullable: true, type: String }) personId!: string | null;
  @ApiProperty({ nullable: true, type: String }) personName!: string | null;
  @ApiProperty({ enum: ['holder', 'unit_head', 'head_unknown'] }) resolvedAs!: string;
}

class ResponsibilityLineDto {
  @ApiProperty({ enum: ['individual', 'supervisory'] }) kind!: string;
  @ApiProperty({ enum: ['HELD_AFTER_DEADLINE', 'HELD_BEYOND_STEP_LIMIT', 'FINDING'] }) basisCode!: string;
  @ApiProperty({ type: ResponsiblePartyDto }) party!: ResponsiblePartyDto;
  @ApiProperty() workingDays!: number;
  @ApiProperty({ type: [String], example: ['2026-03-17'] }) days!: string[];
  @ApiProperty({ example: '2026-03-17' }) on!: string;
  @ApiProperty({ description: 'Giải thích (tiếng Việt), tên đơn vị và người như vào ngày đó.' }) explanation!: string;
  @ApiProperty({ type: [String] }) eventIds!: string[];
  @ApiProperty({ description: 'Căn cứ (tiếng Việt).' }) basis!: string;
  @ApiProperty({ nullable: true, type: Number }) intervalIndex!: number | null;
  @ApiProperty({ nullable: true, type: String }) ruleCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) findingId!: string | null;
  @ApiProperty({ nullable: true, type: String }) supervisesPersonId!: string | null;
  @ApiProperty({ nullable: true, type: String }) supervisesPersonName!: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) exemption!: Record<string, unknown> | null;
}

class ResponsibilityTotalDto {
  @ApiProperty({ enum: ['individual', 'supervisory'] }) kind!: string;
  @ApiProperty({ enum: ['HELD_AFTER_DEADLINE', 'HELD_BEYOND_STEP_LIMIT', 'FINDING'] }) basisCode!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String }) unitName!: string | null;
  @ApiProperty({ nullable: true, type: String }) personId!: string | null;
  @ApiProperty({ nullable: true, type: String }) personName!: string | null;
  @ApiProperty() workingDays!: number;
  @ApiProperty() lines!: number;
}

class SetAsideShareDto {
  @ApiProperty() findingId!: string;
  @ApiProperty() ruleCode!: string;
  @ApiProperty({ enum: ['dismissed', 'superseded'] }) status!: string;
}

/** GET /tasks/{id}/responsibility. */
export class ResponsibilityDto {
  @ApiProperty({ nullable: true, type: String }) taskId!: string | null;
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ nullable: true, type: String }) status!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Hoàn thành quá hạn' }) statusLabel!: string | null;
  @ApiProperty() delayed!: boolean;
  @ApiProperty({ type: [ResponsibilityLineDto] }) individual!: ResponsibilityLineDto[];
  @ApiProperty({ type: [ResponsibilityLineDto] }) supervisory!: ResponsibilityLineDto[];
  @ApiProperty({ type: [ResponsibilityTotalDto] }) totals!: ResponsibilityTotalDto[];
  @ApiProperty({ type: [SetAsideShareDto] }) setAside!: SetAsideShareDto[];
}
