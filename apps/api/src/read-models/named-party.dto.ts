import { TASK_STATUSES } from '@lib/domain/custody';
import { ApiProperty } from '@nestjs/swagger';

/**
 * The one naming convention of the read endpoints: beside each `…Id` of a unit or a person, a `…Name` with the
 * same prefix (`unitId` → `unitName`, `personId` → `personName`, `coordinatingUnitIds` → `coordinatingUnitNames`);
 * a unit as the organisation named it on the day of the event that mentions it, a person by the registered name;
 * null when the id is unknown to the organisation.
 */
export class NamedUnitDto {
  @ApiProperty({ example: 'so-xay-dung' })
  unitId!: string;

  @ApiProperty({ nullable: true, type: String, example: 'Sở Xây dựng', description: 'Tên đơn vị vào ngày của sự kiện.' })
  unitName!: string | null;
}

export class NamedPartyDto extends NamedUnitDto {
  @ApiProperty({ nullable: true, type: String, example: 'le-van-cuong' })
  personId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Lê Văn Cường' })
  personName!: string | null;
}

export class StatusLabelDto {
  @ApiProperty({ enum: TASK_STATUSES })
  code!: string;

  @ApiProperty({ example: 'Quá hạn', description: 'Nhãn tiếng Việt của tình trạng.' })
  label!: string;
}
