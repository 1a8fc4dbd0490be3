import { ApiProperty } from '@nestjs/swagger';
import { NamedPartyDto, StatusLabelDto } from '../named-party.dto';

class CustodyStatusDto extends StatusLabelDto {
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) dueAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) workingDaysLate!: number | null;
  @ApiProperty({ nullable: true, type: Number }) workingDaysLeft!: number | null;
  @ApiProperty({ nullable: true, type: Number }) workingDaysEarly!: number | null;
  @ApiProperty() pausedWorkingDays!: number;
  @ApiProperty() paused!: boolean;
}

class PauseDto {
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) to!: string | null;
  @ApiProperty() open!: boolean;
  @ApiProperty() workingDays!: number;
  @ApiProperty({ format: 'uuid' }) requestEventId!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) receivedEventId!: string | null;
}

class PathStepDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Tên đơn vị vào ngày nhiệm vụ đến.' }) unitName!: string | null;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
}

class PingPongDto {
  @ApiProperty({ description: 'Số lần quay lại trực tiếp (A → B → A).' }) direct!: number;
  @ApiProperty({ description: 'Số lần quay lại gián tiếp (A → B → … → A).' }) indirect!: number;
}

class MeasuresDto {
  @ApiProperty() reassignmentCount!: number;
  @ApiProperty() hopCount!: number;
  @ApiProperty({ nullable: true, type: String }) firstLeadUnitId!: string | null;
  @ApiProperty({ nullable: true, type: String }) firstLeadUnitName!: string | null;
  @ApiProperty() completedByFirstLead!: boolean;
  @ApiProperty() resolvedByFirstLead!: boolean;
  @ApiProperty({ type: [PathStepDto] }) workingPath!: PathStepDto[];
  @ApiProperty({ type: PingPongDto }) pingPong!: PingPongDto;
}

class IntervalDto {
  @ApiProperty() index!: number;
  @ApiProperty({ enum: ['lead', 'other_unit', 'assigning_authority'] }) role!: string;
  @ApiProperty({ type: NamedPartyDto, nullable: true, description: 'Người/đơn vị giao, tên vào ngày giao.' }) giver!: NamedPartyDto | null;
  @ApiProperty({ type: NamedPartyDto, description: 'Người/đơn vị nhận và giữ, tên vào ngày nhận.' }) receiver!: NamedPartyDto;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) to!: string | null;
  @ApiProperty() open!: boolean;
  @ApiProperty() heldWorkingDays!: number;
  @ApiProperty() pausedWorkingDays!: number;
  @ApiProperty() workingDaysAfterDeadline!: number;
  @ApiProperty({ type: [String], example: ['2026-03-17'], description: 'Các ngày giữ sau hạn (YYYY-MM-DD).' }) daysAfterDeadline!: string[];
  @ApiProperty({ format: 'uuid' }) openedByEventId!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) closedByEventId!: string | null;
  @ApiProperty({ nullable: true, enum: ['early', 'on_time', 'late'], description: 'Đánh giá bước so với thời hạn của bước (nếu có).' })
  grade!: string | null;
}

class UnitStintDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String }) unitName!: string | null;
  @ApiProperty({ enum: ['lead', 'other_unit', 'assigning_authority'] }) role!: string;
  @ApiProperty({ type: 'array', items: { type: 'string', nullable: true } }) persons!: Array<string | null>;
  @ApiProperty({ type: 'array', items: { type: 'string', nullable: true }, description: 'Họ tên, cùng thứ tự với persons.' })
  personNames!: Array<string | null>;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) to!: string | null;
  @ApiProperty() heldWorkingDays!: number;
  @ApiProperty() workingDaysAfterDeadline!: number;
  @ApiProperty({ format: 'uuid' }) openedByEventId!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) closedByEventId!: string | null;
}

/** GET /tasks/{id}/custody: the process-control slip's data. */
export class CustodyViewDto {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) category!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Xây dựng' }) categoryLabel!: string | null;
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty() eventCount!: number;
  @ApiProperty({ type: CustodyStatusDto, nullable: true }) status!: CustodyStatusDto | null;
  @ApiProperty({ type: [PauseDto] }) pauses!: PauseDto[];
  @ApiProperty({ type: MeasuresDto }) measures!: MeasuresDto;
  @ApiProperty({ type: [IntervalDto] }) intervals!: IntervalDto[];
  @ApiProperty({ type: [UnitStintDto] }) unitStints!: UnitStintDto[];
}
