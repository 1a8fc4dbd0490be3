/** Base class, so callers can catch every calendar failure with one `instanceof`. */
export abstract class CalendarError extends Error {
  protected constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** The caller passed something the calendar cannot interpret (bad date, negative days, NaN, ...). */
export class InvalidCalendarInputError extends CalendarError {
  constructor(message: string) {
    super('InvalidCalendarInputError', message);
  }
}

/** A date outside the years the calendar is able to compute. */
export class CalendarRangeError extends CalendarError {
  constructor(message: string) {
    super('CalendarRangeError', message);
  }
}

/** The yearly override data contradicts itself or the weekday it claims to change. */
export class CalendarDataError extends CalendarError {
  constructor(message: string) {
    super('CalendarDataError', message);
  }
}
