import { VN_OVERRIDES } from './data/vn-overrides';
import { WorkingDayCalendar } from './working-day-calendar';

/** The calendar the service uses: date-holidays for VN plus every year of official data. */
export function createVnWorkingDayCalendar(): WorkingDayCalendar {
  return new WorkingDayCalendar({ overrides: VN_OVERRIDES });
}
