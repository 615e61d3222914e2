/**
 * Reporting periods of every cadence, cut in the reporting time zone: a day, an ISO week
 * (Monday to Sunday), a month, a quarter, a year, or a custom range of days. A period is plain
 * data: its calendar days (local) and its instants (UTC), so queries can compare it with the UTC
 * timestamps of the data folder and DATE columns alike.
 */
import { DateTime } from 'luxon';
import { CadenceError } from '../errors.ts';

export const periodKinds = ['day', 'week', 'month', 'quarter', 'year', 'range'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** A period kind that is a report cadence (every kind but a custom range). */
export type CalendarKind = Exclude<PeriodKind, 'range'>;

export interface Period {
  kind: PeriodKind;
  /** "2026-09-14", "2026-W38", "2026-09", "2026-Q3", "2025" or "2026-08-01..2026-08-31". */
  id: string;
  /** First day, "2026-09-01" (a calendar day in the reporting time zone). */
  firstDay: string;
  /** Last day, "2026-09-30". */
  lastDay: string;
  /** The day after the last: the exclusive end for DATE columns. */
  endDay: string;
  /** Local midnight of the first day, as a UTC instant (ISO). */
  startUtc: string;
  /** Local midnight of the day after the last, as a UTC instant (ISO): exclusive end. */
  endUtc: string;
  /** Number of days. */
  days: number;
  /** IANA time zone the period is cut in. */
  timezone: string;
}

const invalid = (spec: string, expected: string) =>
  new CadenceError('CADENCE_PERIOD_INVALID', `"${spec}" is not a period (${expected})`, {
    hint: 'Periods are written 2026-09-14 (day), 2026-W38 (ISO week), 2026-09 (month), 2026-Q3 (quarter), 2025 (year), 2026-08-01..2026-08-31 (range), or last-week / last-month.',
  });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MS_PER_DAY = 86_400_000;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const YEAR_RE = /^(\d{4})$/;
const RANGE_RE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

// Calendar arithmetic is done on day numbers (days since 1970-01-01) and needs no time zone; only
// the two instants of a period (local midnight at each end) are computed in the zone.
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / MS_PER_DAY;
function dayString(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function parts(n: number): { y: number; m: number; d: number; weekday: number } {
  const d = new Date(n * MS_PER_DAY);
  const w = d.getUTCDay();
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), weekday: w === 0 ? 7 : w };
}
/** Day number of the Monday of ISO week 1 of `weekYear`. */
function isoWeekOne(weekYear: number): number {
  const jan4 = dayNumber(weekYear, 1, 4);
  return jan4 - (parts(jan4).weekday - 1);
}
function isoWeek(n: number): { weekYear: number; week: number } {
  const { weekday } = parts(n);
  const thursday = n - weekday + 4; // the week belongs to the year of its Thursday
  const weekYear = parts(thursday).y;
  return { weekYear, week: Math.floor((thursday - isoWeekOne(weekYear)) / 7) + 1 };
}
const weeksIn = (weekYear: number): number => (isoWeekOne(weekYear + 1) - isoWeekOne(weekYear)) / 7;

/** Local midnight of day number `n` in `timezone`, as a UTC instant (ISO, no milliseconds). */
function midnightUtc(n: number, timezone: string): string {
  const { y, m, d } = parts(n);
  const dt = DateTime.fromObject({ year: y, month: m, day: d }, { zone: timezone });
  if (!dt.isValid) {
    throw new CadenceError('CADENCE_PERIOD_INVALID', `time zone "${timezone}" is not valid`, { hint: 'Use an IANA time zone such as Europe/Berlin.' });
  }
  return dt.toUTC().toISO({ suppressMilliseconds: true })!;
}

/** A period from its first day number (inclusive) and end day number (exclusive). */
function make(kind: PeriodKind, id: string, start: number, end: number, timezone: string): Period {
  return {
    kind,
    id,
    firstDay: dayString(start),
    lastDay: dayString(end - 1),
    endDay: dayString(end),
    startUtc: midnightUtc(start, timezone),
    endUtc: midnightUtc(end, timezone),
    days: end - start,
    timezone,
  };
}

/** Day number of "YYYY-MM-DD", or an error naming `spec`. */
function parseDay(day: string, spec = day): number {
  const m = DAY_RE.exec(day);
  if (!m) throw invalid(spec, 'expected a day YYYY-MM-DD');
  const n = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  if (dayString(n) !== day) throw invalid(spec, 'no such calendar day');
  return n;
}

const monthStart = (y: number, m: number): number => dayNumber(y, m, 1);
/** Month index (year × 12 + month − 1) → first day number. */
const monthIndexStart = (i: number): number => monthStart(Math.floor(i / 12), (i % 12) + 1);

export function dayPeriod(day: string, timezone: string): Period {
  const n = parseDay(day);
  return make('day', day, n, n + 1, timezone);
}

export function weekPeriod(id: string, timezone: string): Period {
  const m = WEEK_RE.exec(id);
  if (!m) throw invalid(id, 'expected an ISO week YYYY-Www');
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksIn(year)) {
    midnightUtc(isoWeekOne(year), timezone); // a bad time zone is named first
    throw invalid(id, `week ${m[2]} does not exist in ${m[1]}`);
  }
  const start = isoWeekOne(year) + (week - 1) * 7;
  return make('week', id, start, start + 7, timezone);
}

export function monthPeriod(id: string, timezone: string): Period {
  const m = MONTH_RE.exec(id);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw invalid(id, 'expected a month YYYY-MM, e.g. 2026-09');
  const i = Number(m[1]) * 12 + Number(m[2]) - 1;
  return make('month', id, monthIndexStart(i), monthIndexStart(i + 1), timezone);
}

export function quarterPeriod(id: string, timezone: string): Period {
  const m = QUARTER_RE.exec(id);
  if (!m) throw invalid(id, 'expected a quarter YYYY-Qn');
  const i = Number(m[1]) * 12 + (Number(m[2]) - 1) * 3;
  return make('quarter', id, monthIndexStart(i), monthIndexStart(i + 3), timezone);
}

export function yearPeriod(id: string, timezone: string): Period {
  if (!YEAR_RE.test(id)) throw invalid(id, 'expected a year YYYY');
  const y = Number(id);
  return make('year', id, monthStart(y, 1), monthStart(y + 1, 1), timezone);
}

/** The days first..last (both inclusive). */
export function rangePeriod(first: string, last: string, timezone: string): Period {
  const spec = `${first}..${last}`;
  const start = parseDay(first, spec);
  const end = parseDay(last, spec) + 1;
  if (end <= start) {
    midnightUtc(start, timezone);
    throw invalid(spec, 'the range ends before it starts');
  }
  return make('range', spec, start, end, timezone);
}

/** The calendar period of `kind` that holds the local day `day`. */
export function periodContaining(kind: CalendarKind, day: string, timezone: string): Period {
  const n = parseDay(day);
  const { y, m } = parts(n);
  switch (kind) {
    case 'day':
      return make('day', day, n, n + 1, timezone);
    case 'week': {
      const { weekYear, week } = isoWeek(n);
      const start = isoWeekOne(weekYear) + (week - 1) * 7;
      return make('week', `${weekYear}-W${pad(week)}`, start, start + 7, timezone);
    }
    case 'month':
      return monthPeriod(`${pad(y, 4)}-${pad(m)}`, timezone);
    case 'quarter':
      return quarterPeriod(`${pad(y, 4)}-Q${Math.floor((m - 1) / 3) + 1}`, timezone);
    case 'year':
      return yearPeriod(pad(y, 4), timezone);
  }
}

/** The relative period names of the command line and the kind of period each names. */
export const relativePeriodKinds: Readonly<Record<string, CalendarKind>> = { yesterday: 'day', 'last-week': 'week', 'last-month': 'month', 'last-quarter': 'quarter', 'last-year': 'year' };

/** The kind a relative period name ("last-month") names, or null when it is not one. */
export const relativePeriodKind = (name: string): CalendarKind | null => (Object.hasOwn(relativePeriodKinds, name) ? relativePeriodKinds[name]! : null);

/** The kind of a calendar period id as written (2026-09-14, 2026-W38, 2026-09, 2026-Q3, 2025), or null. */
export function kindOfPeriodId(id: string): CalendarKind | null {
  if (DAY_RE.test(id)) return 'day';
  if (WEEK_RE.test(id)) return 'week';
  if (MONTH_RE.test(id)) return 'month';
  if (QUARTER_RE.test(id)) return 'quarter';
  if (YEAR_RE.test(id)) return 'year';
  return null;
}

export interface ParsePeriodOptions {
  timezone: string;
  /** The local day relative periods (last-week, last-month) count back from: "YYYY-MM-DD". */
  asOf: string;
}

/**
 * Reads a period as written on the command line: `2026-09-14`, `2026-W38`, `2026-09`,
 * `2026-Q3`, `2025`, `2026-08-01..2026-08-31`, or `yesterday`, `last-week`, `last-month`,
 * `last-quarter`, `last-year` (the last complete one before `asOf`).
 */
export function parsePeriod(spec: string, options: ParsePeriodOptions): Period {
  const s = spec.trim();
  const { timezone, asOf } = options;
  const kind = relativePeriodKind(s);
  if (kind) return previousPeriod(periodContaining(kind, asOf, timezone));
  if (DAY_RE.test(s)) return dayPeriod(s, timezone);
  if (WEEK_RE.test(s)) return weekPeriod(s, timezone);
  if (MONTH_RE.test(s)) return monthPeriod(s, timezone);
  if (QUARTER_RE.test(s)) return quarterPeriod(s, timezone);
  if (YEAR_RE.test(s)) return yearPeriod(s, timezone);
  const r = RANGE_RE.exec(s);
  if (r) return rangePeriod(r[1]!, r[2]!, timezone);
  throw invalid(s, 'not a day, week, month, quarter, year or range');
}

/** The same calendar date a year earlier (29 February → 28 February). */
function yearEarlier(n: number): number {
  const { y, m, d } = parts(n);
  const last = parts(dayNumber(y - 1, m + 1, 0)).d; // days in that month a year earlier
  return dayNumber(y - 1, m, Math.min(d, last));
}

/**
 * The period of equal standing just before `p`: the previous day, ISO week, month, quarter or
 * year; for a custom range, the same number of days immediately before it.
 */
export function previousPeriod(p: Period): Period {
  const start = parseDay(p.firstDay);
  if (p.kind === 'range') return make('range', `${dayString(start - p.days)}..${dayString(start - 1)}`, start - p.days, start, p.timezone);
  return periodContaining(p.kind, dayString(start - 1), p.timezone);
}

/** The next period of the same kind (for a range: the same number of days right after it). */
export function nextPeriod(p: Period): Period {
  const end = parseDay(p.endDay);
  if (p.kind === 'range') return make('range', `${p.endDay}..${dayString(end + p.days - 1)}`, end, end + p.days, p.timezone);
  return periodContaining(p.kind, p.endDay, p.timezone);
}

/**
 * The same period a year earlier: the same date (29 February → 28 February), the same ISO week
 * number (week 53 → week 52), month, quarter or year; a range shifted by one year.
 */
export function yearAgoPeriod(p: Period): Period {
  const start = parseDay(p.firstDay);
  switch (p.kind) {
    case 'day':
      return dayPeriod(dayString(yearEarlier(start)), p.timezone);
    case 'week': {
      const { weekYear, week } = isoWeek(start);
      return weekPeriod(`${pad(weekYear - 1, 4)}-W${pad(Math.min(week, weeksIn(weekYear - 1)))}`, p.timezone);
    }
    case 'range':
      return rangePeriod(dayString(yearEarlier(start)), dayString(yearEarlier(parseDay(p.lastDay))), p.timezone);
    default:
      return periodContaining(p.kind, dayString(yearEarlier(start)), p.timezone);
  }
}

/** Every local day of the period, "YYYY-MM-DD", in order. */
export function daysOf(p: Period): string[] {
  const start = parseDay(p.firstDay);
  return Array.from({ length: p.days }, (_, i) => dayString(start + i));
}

/** Every period of `kind` that overlaps the days first..last, in order. */
export function periodsBetween(kind: CalendarKind, first: string, last: string, timezone: string): Period[] {
  const out: Period[] = [];
  let p = periodContaining(kind, first, timezone);
  while (p.firstDay <= last) {
    out.push(p);
    p = nextPeriod(p);
  }
  return out;
}

/** The period first..min(last, day): the part of `p` up to and including `day` (null before it starts). */
export function periodUpTo(p: Period, day: string): Period | null {
  if (day < p.firstDay) return null;
  if (day >= p.lastDay) return p;
  return rangePeriod(p.firstDay, day, p.timezone);
}

/** Whether the local day `day` lies in the period. */
export const periodHas = (p: Period, day: string): boolean => day >= p.firstDay && day <= p.lastDay;

/** The cadence name of a period kind (`month` → `monthly`), null for a custom range. */
export const cadenceOfKind = { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'annual', range: null } as const;
export const kindOfCadence = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', annual: 'year' } as const;

/** "2026-09-14" for an instant, as the local day in `timezone`. */
export function localDayOf(instant: Date, timezone: string): string {
  return DateTime.fromJSDate(instant, { zone: timezone }).toISODate()!;
}

/** Monday of the ISO week of a calendar day "YYYY-MM-DD" (no time zone needed: days are local already). */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
