import { vnDate, type LocalDate } from '@lib/domain/calendar';
import { DISCIPLINE_FORM_LABELS, limitationYearsOf, type DisciplineForm } from './discipline.forms';

/** One cited finding against the statute of limitations, for the form in question. */
export interface LimitationCheck {
  findingId: string;
  /** The day of the conduct (the finding's `on`). */
  conductOn: LocalDate;
  years: 5 | 10;
  /** The last day on which the conduct may still be considered. */
  lastDay: LocalDate;
  /** The day the limitation is measured to (the day the case was proposed). */
  measuredOn: LocalDate;
  expired: boolean;
}

export interface CaseWarning {
  code: 'LIMITATION_EXPIRED';
  findingId: string;
  /** What the official reads, Vietnamese (NFC). */
  message: string;
}

/**
 * The last day of a period of whole years that starts the day after `from` (Civil Code Arts. 147–148: the
 * starting day is not counted; a period in years ends at the end of the corresponding day of its last year;
 * 29 February falls back to 28 February in a common year).
 */
export function lastDayAfterYears(from: LocalDate, years: number): LocalDate {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const lastOfMonth = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastOfMonth)).padStart(2, '0')}`;
}

/** Each cited conduct against the limitation of `form`, measured to `measuredOn`. */
export function checkLimitation(
  findings: ReadonlyArray<{ findingId: string; on: LocalDate }>,
  form: DisciplineForm,
  measuredOn: LocalDate,
): LimitationCheck[] {
  const years = limitationYearsOf(form);
  return findings.map(({ findingId, on }) => {
    const lastDay = lastDayAfterYears(on, years);
    return { findingId, conductOn: on, years, lastDay, measuredOn, expired: measuredOn > lastDay };
  });
}

/** A warning, in Vietnamese, for every conduct whose limitation has run out. */
export function limitationWarnings(checks: ReadonlyArray<LimitationCheck>, form: DisciplineForm): CaseWarning[] {
  return checks
    .filter((check) => check.expired)
    .map((check) => ({
      code: 'LIMITATION_EXPIRED' as const,
      findingId: check.findingId,
      message:
        `Hành vi ngày ${vnDate(check.conductOn)} (phát hiện ${check.findingId}) đã hết thời hiệu xử lý kỷ luật ` +
        `${check.years} năm đối với hình thức ${DISCIPLINE_FORM_LABELS[form].toLowerCase()} (hết ngày ${vnDate(check.lastDay)}).`,
    }))
    .map((warning) => ({ ...warning, message: warning.message.normalize('NFC') }));
}
