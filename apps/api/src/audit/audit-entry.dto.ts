import { ApiProperty } from '@nestjs/swagger';

class NamedRecorderDto {
  @ApiProperty() personId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Họ tên (như personName; giữ cho bên dùng cũ).' }) name!: string | null;
  @ApiProperty({ nullable: true, type: String }) personName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Tên đơn vị vào ngày sự kiện xảy ra.' }) unitName!: string | null;
}

class ImportOriginDto {
  @ApiProperty() source!: string;
  @ApiProperty() batchId!: string;
}

class SelfCorrectionDto {
  @ApiProperty() ownEntry!: boolean;
  @ApiProperty({ type: [String] }) findingIds!: string[];
}

class AuditEntryDto {
  @ApiProperty() globalPosition!: number;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty() streamVersion!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ format: 'date-time', description: 'Thời điểm xảy ra.' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Thời điểm ghi nhận.' }) recordedAt!: string;
  @ApiProperty({ description: 'Ghi muộn hơn LATE_RECORDING_HOURS giờ sau khi xảy ra.' }) late!: boolean;
  @ApiProperty() recordedAfterHours!: number;
  @ApiProperty() imported!: boolean;
  @ApiProperty({ type: ImportOriginDto, nullable: true }) import!: ImportOriginDto | null;
  @ApiProperty({ type: NamedRecorderDto }) actor!: NamedRecorderDto;
  @ApiProperty({ type: NamedRecorderDto, nullable: true }) onBehalfOf!: NamedRecorderDto | null;
  @ApiProperty() commandId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ type: SelfCorrectionDto, nullable: true }) selfCorrection!: SelfCorrectionDto | null;
}

/** GET /audit/events (format=json). */
export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
