import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CalendarDayList, DeadlineResult, WorkingDayCalendar } from '@lib/domain/calendar';
import { Public } from '../auth/auth.decorators';
import { DeadlineQueryDto, WorkingDaysQueryDto } from './calendar-query.dto';
import { WORKING_DAY_CALENDAR } from './calendar.provider';

/** The working-day calendar is public information: no token needed. */
@ApiTags('Lịch ngày làm việc (calendar)')
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(@Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar) {}

  @Get('working-days')
  @ApiOperation({ summary: 'Các ngày trong khoảng: ngày làm việc, ngày nghỉ lễ, Tết, nghỉ bù, làm bù' })
  workingDays(@Query() query: WorkingDaysQueryDto): CalendarDayList {
    return this.calendar.listDays(query.from, query.to);
  }

  @Get('deadline')
  @ApiOperation({ summary: 'Tính hạn theo ngày làm việc (Bộ luật Dân sự, Điều 147–148)' })
  deadline(@Query() query: DeadlineQueryDto): DeadlineResult {
    return this.calendar.deadline({ start: query.start, workingDays: query.days ?? 0, urgency: query.urgency ?? 'normal' });
  }
}
