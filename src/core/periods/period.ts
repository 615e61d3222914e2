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

const iso = (dt: DateTime): string => dt.toUTC().toISO({ suppressMilliseconds: true })!;

function zoned(year: number, month: number, day: number, timezone: string, spec: string): DateTime {
  const dt = DateTime.fromObject({ year, month, day }, { zone: timezone });
  if (!dt.isValid) {
    if (dt.invalidReason === 'unsupported zone') {
      throw new CadenceError('CADENCE_PERIOD_INVALID', `time zone "${timezone}" is not valid`, { hint: 'Use an IANA time zone such as Europe/Berlin.' });
    }
    throw invalid(spec, 'no such calendar day');
  }
  return dt;
}

/** A period from its local first day (inclusive) and end day (exclusive). */
function make(kind: PeriodKind, id: string, start: DateTime, end: DateTime, timezone: string): Period {
  return {
    kind,
    id,
    firstDay: start.toISODate()!,
    lastDay: end.minus({ days: 1 }).toISODate()!,
    endDay: end.toISODate()!,
    startUtc: iso(start),
    endUtc: iso(end),
    days: Math.round(end.diff(start, 'days').days),
    timezone,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
const YEAR_RE = /^(\d{4})$/;
const RANGE_RE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

function dayStart(day: string, timezone: string, spec = day): DateTime {
  const m = DAY_RE.exec(day);
  if (!m) throw invalid(spec, 'expected a day YYYY-MM-DD');
  const dt = zoned(Number(m[1]), Number(m[2]), Number(m[3]), timezone, spec);
  if (dt.toISODate() !== day) throw invalid(spec, 'no such calendar day');
  return dt.startOf('day');
}

export function dayPeriod(day: string, timezone: string): Period {
  const start = dayStart(day, timezone);
  return make('day', day, start, start.plus({ days: 1 }), timezone);
}

export function weekPeriod(id: string, timezone: string): Period {
  const m = WEEK_RE.exec(id);
  if (!m) throw invalid(id, 'expected an ISO week YYYY-Www');
  const start = DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 }, { zone: timezone });
  if (!start.isValid && start.invalidReason === 'unsupported zone') {
    throw new CadenceError('CADENCE_PERIOD_INVALID', `time zone "${timezone}" is not valid`, { hint: 'Use an IANA time zone such as Europe/Berlin.' });
  }
  if (!start.isValid || start.weekNumber !== Number(m[2])) throw invalid(id, `week ${m[2]} does not exist in ${m[1]}`);
  return make('week', id, start.startOf('day'), start.startOf('day').plus({ weeks: 1 }), timezone);
}

export function monthPeriod(id: string, timezone: string): Period {
  const m = MONTH_RE.exec(id);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw invalid(id, 'expected a month YYYY-MM, e.g. 2026-09');
  const start = zoned(Number(m[1]), Number(m[2]), 1, timezone, id);
  return make('month', id, start, start.plus({ months: 1 }), timezone);
}

export function quarterPeriod(id: string, timezone: string): Period {
  const m = QUARTER_RE.exec(id);
  if (!m) throw invalid(id, 'expected a quarter YYYY-Qn');
  const start = zoned(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 1, timezone, id);
  return make('quarter', id, start, start.plus({ months: 3 }), timezone);
}

export function yearPeriod(id: string, timezone: string): Period {
  if (!YEAR_RE.test(id)) throw invalid(id, 'expected a year YYYY');
  const start = zoned(Number(id), 1, 1, timezone, id);
  return make('year', id, start, start.plus({ years: 1 }), timezone);
}

/** The days first..last (both inclusive). */
export function rangePeriod(first: string, last: string, timezone: string): Period {
  const spec = `${first}..${last}`;
  const start = dayStart(first, timezone, spec);
  const end = dayStart(last, timezone, spec).plus({ days: 1 });
  if (end <= start) throw invalid(spec, 'the range ends before it starts');
  return make('range', spec, start, end, timezone);
}

/** The calendar period of `kind` that holds the local day `day`. */
export function periodContaining(kind: CalendarKind, day: string, timezone: string): Period {
  const dt = dayStart(day, timezone);
  switch (kind) {
    case 'day':
      return dayPeriod(day, timezone);
    case 'week':
      return weekPeriod(`${dt.weekYear}-W${pad(dt.weekNumber)}`, timezone);
    case 'month':
      return monthPeriod(`${dt.year}-${pad(dt.month)}`, timezone);
    case 'quarter':
      return quarterPeriod(`${dt.year}-Q${dt.quarter}`, timezone);
    case 'year':
      return yearPeriod(String(dt.year), timezone);
  }
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
  const relative: Record<string, CalendarKind> = { yesterday: 'day', 'last-week': 'week', 'last-month': 'month', 'last-quarter': 'quarter', 'last-year': 'year' };
  const kind = relative[s];
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

function startOf(p: Period): DateTime {
  return dayStart(p.firstDay, p.timezone);
}

/**
 * The period of equal standing just before `p`: the previous day, ISO week, month, quarter or
 * year; for a custom range, the same number of days immediately before it.
 */
export function previousPeriod(p: Period): Period {
  const start = startOf(p);
  switch (p.kind) {
    case 'range': {
      const first = start.minus({ days: p.days });
      return rangePeriod(first.toISODate()!, start.minus({ days: 1 }).toISODate()!, p.timezone);
    }
    default:
      return periodContaining(p.kind, start.minus({ days: 1 }).toISODate()!, p.timezone);
  }
}

/** The next period of the same kind (for a range: the same number of days right after it). */
export function nextPeriod(p: Period): Period {
  const end = dayStart(p.endDay, p.timezone);
  if (p.kind === 'range') return rangePeriod(p.endDay, end.plus({ days: p.days - 1 }).toISODate()!, p.timezone);
  return periodContaining(p.kind, p.endDay, p.timezone);
}

/**
 * The same period a year earlier: the same date (29 February → 28 February), the same ISO week
 * number (week 53 → week 52), month, quarter or year; a range shifted by one year.
 */
export function yearAgoPeriod(p: Period): Period {
  const start = startOf(p);
  switch (p.kind) {
    case 'day':
      return dayPeriod(start.minus({ years: 1 }).toISODate()!, p.timezone);
    case 'week': {
      const year = start.weekYear - 1;
      const weeks = DateTime.fromObject({ weekYear: year, weekNumber: 1 }, { zone: p.timezone }).weeksInWeekYear;
      return weekPeriod(`${year}-W${pad(Math.min(start.weekNumber, weeks))}`, p.timezone);
    }
    case 'range': {
      const last = dayStart(p.lastDay, p.timezone);
      return rangePeriod(start.minus({ years: 1 }).toISODate()!, last.minus({ years: 1 }).toISODate()!, p.timezone);
    }
    default:
      return periodContaining(p.kind, start.minus({ years: 1 }).toISODate()!, p.timezone);
  }
}

/** Every local day of the period, "YYYY-MM-DD", in order. */
export function daysOf(p: Period): string[] {
  // Calendar arithmetic on dates needs no time zone (and is much faster than zoned DateTimes).
  const start = Date.parse(`${p.firstDay}T00:00:00Z`);
  return Array.from({ length: p.days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
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
