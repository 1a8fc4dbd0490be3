import { ApiProperty } from '@nestjs/swagger';
import { StatusLabelDto } from '../named-party.dto';

class LeadUnitDto {
  @ApiProperty({ nullable: true, type: String, example: 'so-xay-dung' })
  unitId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Sở Xây dựng', description: 'Tên đơn vị vào ngày đơn vị nhận vai trò chủ trì.' })
  unitName!: string | null;
}

/** The current holder, named as on the day it received the task. */
class HolderDto {
  @ApiProperty({ nullable: true, type: String }) unitId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Tên đơn vị vào ngày nhận nhiệm vụ.' }) unitName!: string | null;
  @ApiProperty({ nullable: true, type: String }) personId!: string | null;
  @ApiProperty({ nullable: true, type: String }) personName!: string | null;
}

class TaskListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'construction' }) category!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Xây dựng', description: 'Tên tiếng Việt của lĩnh vực; null khi mã lạ.' })
  categoryLabel!: string | null;
  @ApiProperty({ type: LeadUnitDto }) lead!: LeadUnitDto;
  @ApiProperty({ type: HolderDto }) holder!: HolderDto;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty({ type: StatusLabelDto }) status!: StatusLabelDto;
  @ApiProperty() reassignmentCount!: number;
  @ApiProperty() hopCount!: number;
  @ApiProperty() resolvedByFirstLead!: boolean;
}

/** GET /tasks. */
export class TaskListPageDto {
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ type: [TaskListItemDto] }) items!: TaskListItemDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Con trỏ trang sau; null ở trang cuối.' }) nextCursor!: string | null;
}
