import { FINDING_STATUSES } from '@lib/domain/finding-review';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { NamedPartyDto } from '../read-models/named-party.dto';

class FindingPartyDto extends NamedPartyDto {
  @ApiProperty({ enum: ['named', 'unit_head', 'head_unknown'] }) resolvedAs!: string;
}

class SupervisoryPartyDto extends NamedPartyDto {
  @ApiProperty() supervisesPersonId!: string;
  @ApiProperty({ nullable: true, type: String }) supervisesPersonName!: string | null;
}

class ContestPartyDto {
  @ApiProperty() personId!: string;
  @ApiProperty({ nullable: true, type: String }) personName!: string | null;
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String }) unitName!: string | null;
}

class ContestDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: ['EntryVoided', 'EntryCorrected'] }) type!: string;
  @ApiProperty({ format: 'uuid' }) originalEventId!: string;
  @ApiProperty() originalType!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: ContestPartyDto }) actor!: ContestPartyDto;
  @ApiProperty({ type: ContestPartyDto, nullable: true }) onBehalfOf!: ContestPartyDto | null;
  @ApiProperty({ type: [String], enum: ['responsible', 'supervisory'] }) namedAs!: string[];
}

/** One finding in GET /findings: names as of the finding's day. */
export class FindingSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'PING_PONG' }) ruleCode!: string;
  @ApiProperty() ruleVersion!: number;
  @ApiProperty({ description: 'Tên quy tắc (tiếng Việt).' }) ruleTitle!: string;
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ example: '2026-03-04' }) on!: string;
  @ApiProperty({ enum: FINDING_STATUSES }) status!: string;
  @ApiProperty({ enum: ['active', 'held', 'superseded'] }) detection!: string;
  @ApiProperty({ type: [ContestDto] }) contestedBy!: ContestDto[];
  @ApiProperty({ type: [FindingPartyDto] }) responsible!: FindingPartyDto[];
  @ApiProperty({ type: [SupervisoryPartyDto] }) supervisory!: SupervisoryPartyDto[];
  @ApiProperty({ description: 'Giải thích (tiếng Việt), với tên như vào ngày của phát hiện.' }) explanation!: string;
  @ApiProperty() exempted!: boolean;
}

export class FindingPageDto {
  @ApiProperty({ type: [FindingSummaryDto] }) items!: FindingSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

class InspectorDto {
  @ApiProperty() personId!: string;
  @ApiProperty({ nullable: true, type: String }) personName!: string | null;
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Tên đơn vị vào ngày kết luận.' }) unitName!: string | null;
}

class ReviewEntryDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: ['confirmed', 'dismissed'] }) decision!: string;
  @ApiProperty() justification!: string;
  @ApiProperty({ type: InspectorDto }) inspector!: InspectorDto;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() globalPosition!: number;
  @ApiProperty({ nullable: true, type: String }) revisesEventId!: string | null;
}

class EvidenceDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() type!: string;
  @ApiProperty() streamVersion!: number;
  @ApiProperty() globalPosition!: number;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: NamedPartyDto, description: 'Người ghi (hoặc được ghi thay), tên đơn vị vào ngày của sự kiện.' })
  actor!: NamedPartyDto;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

/** GET /findings/{id}. */
export class FindingDetailDto extends FindingSummaryDto {
  @ApiProperty() variant!: string;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ description: 'Căn cứ pháp lý (tiếng Việt).' }) basis!: string;
  @ApiProperty({ description: 'Giải thích với mã (không đổi khi tên đổi).' }) explanationWithIds!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) parameters!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) exemption!: unknown;
  @ApiProperty({ type: 'object', properties: { eventId: { type: 'string' }, globalPosition: { type: 'integer' } } })
  detectedBy!: { eventId: string; globalPosition: number };
  @ApiProperty({
    nullable: true,
    type: 'object',
    properties: { reason: { type: 'string' }, byEventId: { type: 'string', nullable: true } },
  })
  superseded!: unknown;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } }) findingShares!: unknown[];
  @ApiProperty({ type: [ReviewEntryDto] }) reviews!: ReviewEntryDto[];
}

const PARAMETER_VALUE: ApiPropertyOptions = {
  oneOf: [{ type: 'integer' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
};

class RuleParameterDto {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['integer', 'boolean', 'string_list'] }) kind!: string;
  @ApiProperty({ ...PARAMETER_VALUE, description: 'Giá trị đang áp dụng (theo kind).' }) value!: number | boolean | string[];
  @ApiProperty({ ...PARAMETER_VALUE, description: 'Giá trị mặc định.' }) default!: number | boolean | string[];
  @ApiProperty() description!: string;
  @ApiProperty() configured!: boolean;
}

class RuleInForceDto {
  @ApiProperty() code!: string;
  @ApiProperty() version!: number;
  @ApiProperty() title!: string;
  @ApiProperty() basis!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty() timeBased!: boolean;
  @ApiProperty({ description: 'Quy tắc có quy trách nhiệm cho người/đơn vị.' }) attributes!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Mẫu diễn giải theo biến thể.' })
  templates!: Record<string, string>;
  @ApiProperty({ type: [RuleParameterDto] }) parameters!: RuleParameterDto[];
}

/** GET /rules. */
export class RuleCatalogueDto {
  @ApiProperty() fingerprint!: number;
  @ApiProperty({ type: [RuleInForceDto] }) rules!: RuleInForceDto[];
}
