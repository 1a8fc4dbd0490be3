import { ApiProperty } from '@nestjs/swagger';

/** One event a command recorded, as its answer lists it. */
export class RecordedEventDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'TaskTransferred' }) type!: string;
  @ApiProperty() streamVersion!: number;
  @ApiProperty() globalPosition!: number;
  @ApiProperty({ format: 'date-time', description: 'Thời điểm xảy ra.' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Thời điểm ghi nhận.' }) recordedAt!: string;
}

/** What a task command answers (201): the task's stream version after it and the events recorded. */
export class TaskCommandResultDto {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty() streamVersion!: number;
  @ApiProperty({ type: [RecordedEventDto] }) events!: RecordedEventDto[];
}

class OrgRecordedEventDto extends RecordedEventDto {
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

/** What an organisation command answers. */
export class OrgCommandResultDto {
  @ApiProperty({ example: 'unit-so-xay-dung' }) streamId!: string;
  @ApiProperty() streamVersion!: number;
  @ApiProperty({ type: [OrgRecordedEventDto] }) events!: OrgRecordedEventDto[];
}

/** What a disciplinary case command answers. */
export class CaseCommandResultDto extends RecordedEventDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ['proposed', 'under_review', 'decided', 'withdrawn'] }) status!: string;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Cảnh báo (tiếng Việt) kèm lệnh.' })
  warnings!: unknown[];
}

/** What an inspector's judgement of a finding answers. */
export class ReviewResultDto {
  @ApiProperty({ format: 'uuid' }) findingId!: string;
  @ApiProperty({ enum: ['confirmed', 'dismissed'] }) decision!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() streamVersion!: number;
  @ApiProperty() globalPosition!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}
