import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { VN_UTC_OFFSET, type CalendarDayList, type DeadlineResult, type WorkingDayCalendar } from '@lib/domain/calendar';
import { Public } from '../auth/auth.decorators';
import { DeadlineQueryDto, WorkingDaysQueryDto } from './calendar-query.dto';
import { WORKING_DAY_CALENDAR } from './calendar.provider';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';

/** The working-day calendar is public information: no token needed. */
@ApiTags('Lịch ngày làm việc (calendar)')
@Public()
@ApiRoutesDocumented()
@Controller('calendar')
export class CalendarController {
  constructor(@Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar) {}

  @Get('working-days')
  @ApiJsonOk(
    {
      type: 'object',
      properties: { days: { type: 'array', items: { type: 'object', additionalProperties: true } } },
      additionalProperties: true,
    },
    'Các ngày trong khoảng, ngày làm việc hay nghỉ.',
  )
  @ApiOperation({ summary: 'Các ngày trong khoảng: ngày làm việc, ngày nghỉ lễ, Tết, nghỉ bù, làm bù' })
  workingDays(@Query() query: WorkingDaysQueryDto): CalendarDayList {
    return this.calendar.listDays(query.from, query.to);
  }

  @Get('deadline')
  @ApiJsonOk({ type: 'object', properties: { dueAt: { type: 'string' } }, additionalProperties: true }, 'Hạn tính theo ngày làm việc.')
  @ApiOperation({ summary: 'Tính hạn theo ngày làm việc (Bộ luật Dân sự, Điều 147–148)' })
  deadline(@Query() query: DeadlineQueryDto): DeadlineResult {
    // The start day is never counted, so a plain date counts like any instant of that day in Viet Nam.
    const start = /^\d{4}-\d{2}-\d{2}$/.test(query.start) ? `${query.start}T00:00:00${VN_UTC_OFFSET}` : query.start;
    return this.calendar.deadline({ start, workingDays: query.days ?? 0, urgency: query.urgency ?? 'normal' });
  }
}
