/**
 * Calendar months in the reporting time zone. A month is cut at local midnight of its first day
 * and of the next month's first day; the instants are given in UTC so that queries can compare
 * them with the UTC timestamps of the data folder (and still prune Parquet files by month).
 */
import { DateTime } from 'luxon';
import { CadenceError } from '../errors.ts';

/** A month id, "YYYY-MM". */
export type MonthId = `${number}-${number}`;

export interface MonthPeriod {
  kind: 'month';
  /** "2026-09". */
  id: string;
  /** First day, "2026-09-01" (a calendar day in the reporting time zone). */
  firstDay: string;
  /** Last day, "2026-09-30". */
  lastDay: string;
  /** First day of the next month, "2026-10-01": the exclusive end for DATE columns. */
  endDay: string;
  /** Local midnight of the first day, as a UTC instant (ISO). */
  startUtc: string;
  /** Local midnight of the next month's first day, as a UTC instant (ISO): exclusive end. */
  endUtc: string;
  /** Number of days in the month. */
  days: number;
  /** IANA time zone the month is cut in. */
  timezone: string;
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month "YYYY-MM" in `timezone`; throws CADENCE_PERIOD_INVALID for anything else. */
export function monthPeriod(id: string, timezone: string): MonthPeriod {
  const m = MONTH_RE.exec(id);
  if (!m) throw new CadenceError('CADENCE_PERIOD_INVALID', `"${id}" is not a month (expected YYYY-MM, e.g. 2026-09)`);
  const start = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: 1 }, { zone: timezone });
  if (!start.isValid) throw new CadenceError('CADENCE_PERIOD_INVALID', `time zone "${timezone}" is not valid`);
  const end = start.plus({ months: 1 });
  return {
    kind: 'month',
    id,
    firstDay: start.toISODate()!,
    lastDay: end.minus({ days: 1 }).toISODate()!,
    endDay: end.toISODate()!,
    startUtc: start.toUTC().toISO({ suppressMilliseconds: true })!,
    endUtc: end.toUTC().toISO({ suppressMilliseconds: true })!,
    days: start.daysInMonth!,
    timezone,
  };
}

/** The month before `period`, in the same time zone. */
export function previousMonth(period: MonthPeriod): MonthPeriod {
  return monthPeriod(shiftMonthId(period.id, -1), period.timezone);
}

/** "2026-09" shifted by `months` ("2026-09", -1 → "2026-08"). */
export function shiftMonthId(id: string, months: number): string {
  const m = MONTH_RE.exec(id);
  if (!m) throw new CadenceError('CADENCE_PERIOD_INVALID', `"${id}" is not a month (expected YYYY-MM)`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month id of a calendar day "YYYY-MM-DD". */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

/** Every day of the month, "YYYY-MM-DD", in order. */
export function daysOf(period: MonthPeriod): string[] {
  return Array.from({ length: period.days }, (_, i) => `${period.id}-${String(i + 1).padStart(2, '0')}`);
}
