import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NamedPartyDto } from '../../read-models/named-party.dto';

class LeadViewDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String }) unitName!: string | null;
  @ApiProperty({ type: [String] }) coordinatingUnitIds!: string[];
  @ApiProperty({ type: 'array', items: { type: 'string', nullable: true } }) coordinatingUnitNames!: Array<string | null>;
  @ApiProperty({ nullable: true, type: String }) responsiblePersonId!: string | null;
  @ApiProperty({ nullable: true, type: String }) responsiblePersonName!: string | null;
}

class CustodyNowDto {
  @ApiProperty({ type: NamedPartyDto, description: 'Đang giữ; tên đơn vị vào ngày nhận.' }) holder!: NamedPartyDto;
  @ApiProperty({ format: 'date-time' }) heldSince!: string;
  @ApiProperty({ format: 'uuid' }) sinceEventId!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) receivedAt!: string | null;
  @ApiProperty({ type: [NamedPartyDto] }) senders!: NamedPartyDto[];
  @ApiProperty() withAssigningAuthority!: boolean;
}

class EntryViewDto {
  @ApiProperty({ example: 'TaskTransferred' }) type!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: NamedPartyDto, description: 'Người được ghi nhận; tên đơn vị vào ngày của bút toán.' }) recordedFor!: NamedPartyDto;
  @ApiProperty() voided!: boolean;
  @ApiProperty() corrections!: number;
}

/**
 * GET /tasks/{id}: the task rebuilt from its trail, names beside ids. `status: 'initial'` has only `streamVersion`;
 * the other fields (consultations, difficulties, dossier, completion, cancellation, latestChange) follow the same
 * convention and are listed loosely.
 */
export class TaskViewDto {
  @ApiProperty({ enum: ['initial', 'open', 'completed', 'cancelled'] }) status!: string;
  @ApiProperty() streamVersion!: number;
  @ApiPropertyOptional({ format: 'uuid' }) taskId?: string;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional({ example: 'construction' }) category?: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Xây dựng' }) categoryLabel?: string | null;
  @ApiPropertyOptional({ enum: ['task', 'dossier'] }) kind?: string;
  @ApiPropertyOptional({ type: 'object', properties: { number: { type: 'string' }, date: { type: 'string' } } })
  source?: { number: string; date: string };
  @ApiPropertyOptional({ type: NamedPartyDto }) assigningAuthority?: NamedPartyDto;
  @ApiPropertyOptional({ format: 'date-time' }) assignedAt?: string;
  @ApiPropertyOptional({ format: 'uuid' }) assignmentEventId?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Hạn xử lý: dueAt, cách tính.' })
  deadline?: Record<string, unknown>;
  @ApiPropertyOptional({ type: LeadViewDto }) lead?: LeadViewDto;
  @ApiPropertyOptional({ type: CustodyNowDto }) custody?: CustodyNowDto;
  @ApiPropertyOptional({ type: 'array', items: { type: 'object', additionalProperties: true } }) consultations?: unknown[];
  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: true }) pendingSubmission?: unknown;
  @ApiPropertyOptional() reassignments?: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { $ref: '#/components/schemas/EntryViewDto' } })
  entries?: Record<string, EntryViewDto>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) difficulties?: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } }) initiatives?: Record<string, string>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) completion?: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) cancellation?: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) dossier?: Record<string, unknown>;
  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: true }) latestChange?: unknown;
}

export { EntryViewDto };

class TrailEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'TaskTransferred' }) type!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty() streamVersion!: number;
  @ApiProperty() globalPosition!: number;
  @ApiProperty() checkpoint!: string;
  @ApiProperty({ format: 'date-time', description: 'Thời điểm ghi nhận.' }) recordedAt!: string;
  @ApiProperty({ description: 'Ghi muộn hơn LATE_RECORDING_HOURS giờ sau khi xảy ra (không tính lịch sử được nhập).' }) late!: boolean;
  @ApiProperty({ description: 'Số giờ từ lúc xảy ra đến lúc ghi nhận.' }) recordedAfterHours!: number;
  @ApiProperty({ description: 'Nhập từ hồ sơ trước đó (ghi sau theo thiết kế).' }) imported!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Như đã ghi: actor, onBehalfOf (mã), occurredAt (thời điểm xảy ra), commandId, schemaVersion.',
  })
  metadata!: Record<string, unknown>;
  @ApiProperty({ type: NamedPartyDto, description: 'Người ghi, tên đơn vị vào ngày sự kiện xảy ra.' }) actor!: NamedPartyDto;
  @ApiProperty({ type: NamedPartyDto, nullable: true, description: 'Người được ghi thay (văn thư ghi cho lãnh đạo), hoặc null.' })
  onBehalfOf!: NamedPartyDto | null;
}

/** GET /tasks/{id}/events: the trail, in the order recorded. */
export class TaskTrailDto {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ type: [TrailEventDto] }) events!: TrailEventDto[];
}
