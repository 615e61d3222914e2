/**
 * Periods in Europe/Berlin: every syntax parsePeriod reads (days, ISO weeks, months, quarters,
 * years, ranges and the relative words), their calendar days and their UTC instants, the periods
 * they are compared with (previous, a year ago) and the helpers around them. Berlin is UTC+1 in
 * winter and UTC+2 in summer (2026: summer time from 29 March to 25 October), so the instants show
 * whether a period is cut in local time.
 */
import { describe, expect, it } from 'vitest';
import { CadenceError } from '../../../src/core/errors.ts';
import {
  daysOf,
  mondayOf,
  parsePeriod,
  periodsBetween,
  periodUpTo,
  previousPeriod,
  yearAgoPeriod,
  type Period,
} from '../../../src/core/periods/period.ts';

const tz = 'Europe/Berlin';
const asOf = '2026-09-16'; // a Wednesday
const parse = (spec: string, o: Partial<{ timezone: string; asOf: string }> = {}) => parsePeriod(spec, { timezone: tz, asOf, ...o });

/** The parts of a period that say where it lies. */
const shape = (p: Period) => ({ kind: p.kind, id: p.id, firstDay: p.firstDay, lastDay: p.lastDay, endDay: p.endDay, days: p.days, startUtc: p.startUtc, endUtc: p.endUtc });

function expectInvalid(fn: () => unknown): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a CadenceError').toBeInstanceOf(CadenceError);
  expect((caught as CadenceError).code).toBe('CADENCE_PERIOD_INVALID');
}

describe('parsePeriod: absolute periods in Europe/Berlin', () => {
  it('reads a day (summer: local midnight is 22:00Z the day before)', () => {
    expect(shape(parse('2026-09-14'))).toEqual({
      kind: 'day', id: '2026-09-14', firstDay: '2026-09-14', lastDay: '2026-09-14', endDay: '2026-09-15', days: 1,
      startUtc: '2026-09-13T22:00:00Z', endUtc: '2026-09-14T22:00:00Z',
    });
    expect(parse('2026-09-14').timezone).toBe(tz);
  });

  it('reads a winter day (UTC+1: local midnight is 23:00Z the day before)', () => {
    expect(shape(parse('2026-01-15'))).toMatchObject({ startUtc: '2026-01-14T23:00:00Z', endUtc: '2026-01-15T23:00:00Z', days: 1 });
  });

  it('reads an ISO week, Monday to Sunday', () => {
    // 1 January 2026 is a Thursday, so week 1 starts on Monday 29 December 2025; week 38 starts
    // 37 × 7 = 259 days later: Monday 14 September 2026.
    expect(shape(parse('2026-W38'))).toEqual({
      kind: 'week', id: '2026-W38', firstDay: '2026-09-14', lastDay: '2026-09-20', endDay: '2026-09-21', days: 7,
      startUtc: '2026-09-13T22:00:00Z', endUtc: '2026-09-20T22:00:00Z',
    });
    expect(shape(parse('2026-W01'))).toMatchObject({ firstDay: '2025-12-29', lastDay: '2026-01-04', startUtc: '2025-12-28T23:00:00Z' });
    // 2026 starts on a Thursday: it has 53 ISO weeks, the last ending on Sunday 3 January 2027.
    expect(shape(parse('2026-W53'))).toMatchObject({ firstDay: '2026-12-28', lastDay: '2027-01-03', days: 7 });
  });

  it('reads a month', () => {
    expect(shape(parse('2026-09'))).toEqual({
      kind: 'month', id: '2026-09', firstDay: '2026-09-01', lastDay: '2026-09-30', endDay: '2026-10-01', days: 30,
      startUtc: '2026-08-31T22:00:00Z', endUtc: '2026-09-30T22:00:00Z',
    });
    expect(parse('2028-02').days).toBe(29); // leap year
    expect(parse('2026-02').days).toBe(28);
  });

  it('cuts March at the switch to summer time: starts at +01:00, ends at +02:00, 31 days of which one has 23 hours', () => {
    const march = parse('2026-03');
    // 1 March 00:00 CET (+01:00) = 28 February 23:00Z; 1 April 00:00 CEST (+02:00) = 31 March 22:00Z.
    expect(march.startUtc).toBe('2026-02-28T23:00:00Z');
    expect(march.endUtc).toBe('2026-03-31T22:00:00Z');
    expect(march.days).toBe(31);
    // 31 × 24 h − 1 h = 743 hours between the instants.
    expect((Date.parse(march.endUtc) - Date.parse(march.startUtc)) / 3_600_000).toBe(743);
    // Sunday 29 March 2026, clocks go from 02:00 to 03:00: a 23-hour day, still one day.
    const switchDay = parse('2026-03-29');
    expect(shape(switchDay)).toMatchObject({ days: 1, startUtc: '2026-03-28T23:00:00Z', endUtc: '2026-03-29T22:00:00Z' });
    expect((Date.parse(switchDay.endUtc) - Date.parse(switchDay.startUtc)) / 3_600_000).toBe(23);
    // Sunday 25 October 2026, back to winter time: a 25-hour day.
    const back = parse('2026-10-25');
    expect((Date.parse(back.endUtc) - Date.parse(back.startUtc)) / 3_600_000).toBe(25);
    expect(back.days).toBe(1);
  });

  it('reads a quarter', () => {
    // July (31) + August (31) + September (30) = 92 days.
    expect(shape(parse('2026-Q3'))).toEqual({
      kind: 'quarter', id: '2026-Q3', firstDay: '2026-07-01', lastDay: '2026-09-30', endDay: '2026-10-01', days: 92,
      startUtc: '2026-06-30T22:00:00Z', endUtc: '2026-09-30T22:00:00Z',
    });
    // Q1 runs from winter (+01:00) into summer time (+02:00): 31 + 28 + 31 = 90 days.
    expect(shape(parse('2026-Q1'))).toMatchObject({ firstDay: '2026-01-01', lastDay: '2026-03-31', days: 90, startUtc: '2025-12-31T23:00:00Z', endUtc: '2026-03-31T22:00:00Z' });
  });

  it('reads a year', () => {
    expect(shape(parse('2025'))).toEqual({
      kind: 'year', id: '2025', firstDay: '2025-01-01', lastDay: '2025-12-31', endDay: '2026-01-01', days: 365,
      startUtc: '2024-12-31T23:00:00Z', endUtc: '2025-12-31T23:00:00Z',
    });
    expect(parse('2028').days).toBe(366);
  });

  it('reads a range of days, both ends inclusive', () => {
    expect(shape(parse('2026-08-01..2026-08-31'))).toEqual({
      kind: 'range', id: '2026-08-01..2026-08-31', firstDay: '2026-08-01', lastDay: '2026-08-31', endDay: '2026-09-01', days: 31,
      startUtc: '2026-07-31T22:00:00Z', endUtc: '2026-08-31T22:00:00Z',
    });
    // A one-day range, and a range across the switch to summer time (+01:00 → +02:00).
    expect(parse('2026-08-01..2026-08-01').days).toBe(1);
    expect(shape(parse('2026-03-28..2026-03-30'))).toMatchObject({ days: 3, startUtc: '2026-03-27T23:00:00Z', endUtc: '2026-03-30T22:00:00Z' });
  });

  it('trims spaces around the spec', () => {
    expect(parse('  2026-09 ').id).toBe('2026-09');
  });

  it('cuts the same month in another time zone at other instants', () => {
    expect(shape(parse('2026-09', { timezone: 'UTC' }))).toMatchObject({ startUtc: '2026-09-01T00:00:00Z', endUtc: '2026-10-01T00:00:00Z' });
    expect(shape(parse('2026-09', { timezone: 'America/New_York' }))).toMatchObject({ startUtc: '2026-09-01T04:00:00Z', endUtc: '2026-10-01T04:00:00Z' });
  });
});

describe('parsePeriod: relative periods (the last complete one before asOf)', () => {
  it('counts back from a Wednesday', () => {
    // asOf Wednesday 16 September 2026 (week 38).
    expect(parse('yesterday').id).toBe('2026-09-15');
    expect(parse('yesterday').kind).toBe('day');
    expect(shape(parse('last-week'))).toMatchObject({ kind: 'week', id: '2026-W37', firstDay: '2026-09-07', lastDay: '2026-09-13' });
    expect(parse('last-month').id).toBe('2026-08');
    expect(parse('last-quarter').id).toBe('2026-Q2');
    expect(parse('last-year').id).toBe('2025');
  });

  it('on the first day of a period, the period just ended', () => {
    // Monday 14 September: last week is week 37, not the one that just started.
    expect(parse('last-week', { asOf: '2026-09-14' }).id).toBe('2026-W37');
    expect(parse('last-month', { asOf: '2026-09-01' }).id).toBe('2026-08');
  });

  it('crosses the year boundary', () => {
    // Thursday 1 January 2026 lies in 2026-W01 (from 29 December 2025); the week before is 2025-W52.
    const newYear = { asOf: '2026-01-01' };
    expect(parse('yesterday', newYear).id).toBe('2025-12-31');
    expect(parse('last-week', newYear).id).toBe('2025-W52');
    expect(parse('last-month', newYear).id).toBe('2025-12');
    expect(parse('last-quarter', newYear).id).toBe('2025-Q4');
    expect(parse('last-year', newYear).id).toBe('2025');
  });

  it('cuts yesterday in the reporting time zone', () => {
    expect(shape(parse('yesterday', { asOf: '2026-03-30' }))).toMatchObject({ id: '2026-03-29', startUtc: '2026-03-28T23:00:00Z', endUtc: '2026-03-29T22:00:00Z' });
  });
});

describe('parsePeriod: invalid input throws CADENCE_PERIOD_INVALID', () => {
  it.each([
    ['2026-13', 'month 13'],
    ['2026-00', 'month 0'],
    ['2026-W54', 'week 54'],
    ['2025-W53', 'week 53 of a 52-week year (2025 starts on a Wednesday)'],
    ['2026-W00', 'week 0'],
    ['2026-02-30', '30 February'],
    ['2026-02-29', '29 February of a common year'],
    ['2026-09-31', '31 September'],
    ['2026-08-31..2026-08-01', 'a range ending before it starts'],
    ['2026-08-01..2026-02-30', 'a range ending on no day'],
    ['2026-Q5', 'quarter 5'],
    ['next-week', 'an unknown word'],
    ['last-decade', 'an unknown word'],
    ['lastweek', 'a misspelt word'],
    ['', 'nothing'],
    ['2026/09', 'another separator'],
    ['26-09', 'a two-digit year'],
  ])('%s (%s)', (spec) => {
    expectInvalid(() => parse(spec));
  });

  it('rejects a time zone that does not exist, for every kind', () => {
    for (const spec of ['2026-09-14', '2026-W38', '2026-09', '2026-Q3', '2025', '2026-08-01..2026-08-31', 'last-month', 'yesterday']) {
      expectInvalid(() => parse(spec, { timezone: 'Mars/Olympus_Mons' }));
    }
  });

  it('names the bad time zone for a month', () => {
    expect(() => parse('2026-09', { timezone: 'Mars/Olympus_Mons' })).toThrow(/Mars\/Olympus_Mons/);
  });

  // A week in a time zone that does not exist names the zone, not the week (luxon reports both as invalid).
  it('names the bad time zone for a week', () => {
    expect(() => parse('2026-W38', { timezone: 'Mars/Olympus_Mons' })).toThrow(/Mars\/Olympus_Mons/);
  });

  it('rejects an as-of day that does not exist for a relative period', () => {
    expectInvalid(() => parse('last-month', { asOf: '2026-13-01' }));
    expectInvalid(() => parse('yesterday', { asOf: '2026-02-30' }));
  });
});

describe('previousPeriod', () => {
  it('steps back one period of the same kind', () => {
    expect(previousPeriod(parse('2026-03-01')).id).toBe('2026-02-28');
    expect(previousPeriod(parse('2026-W01')).id).toBe('2025-W52');
    expect(previousPeriod(parse('2027-W01')).id).toBe('2026-W53');
    expect(previousPeriod(parse('2026-01')).id).toBe('2025-12');
    expect(previousPeriod(parse('2026-Q1')).id).toBe('2025-Q4');
    expect(previousPeriod(parse('2026')).id).toBe('2025');
  });

  it('gives a range the same number of days right before it', () => {
    // 10–16 August (7 days) → 3–9 August.
    expect(shape(previousPeriod(parse('2026-08-10..2026-08-16')))).toMatchObject({ kind: 'range', id: '2026-08-03..2026-08-09', days: 7 });
    // 1–31 March (31 days) → 29 January – 28 February: 3 + 28 = 31 days.
    const before = previousPeriod(parse('2026-03-01..2026-03-31'));
    expect(shape(before)).toMatchObject({ id: '2026-01-29..2026-02-28', days: 31, startUtc: '2026-01-28T23:00:00Z', endUtc: '2026-02-28T23:00:00Z' });
  });
});

describe('yearAgoPeriod', () => {
  it('gives the same date, month, quarter and year a year earlier', () => {
    expect(yearAgoPeriod(parse('2026-09-14')).id).toBe('2025-09-14');
    expect(yearAgoPeriod(parse('2026-09')).id).toBe('2025-09');
    expect(yearAgoPeriod(parse('2026-Q3')).id).toBe('2025-Q3');
    expect(yearAgoPeriod(parse('2026')).id).toBe('2025');
    expect(yearAgoPeriod(parse('2026-W38')).id).toBe('2025-W38');
  });

  it('maps 29 February to 28 February', () => {
    expect(yearAgoPeriod(parse('2028-02-29')).id).toBe('2027-02-28');
    expect(yearAgoPeriod(parse('2028-02')).days).toBe(28);
  });

  it('maps week 53 to week 52 of a 52-week year', () => {
    expect(shape(yearAgoPeriod(parse('2026-W53')))).toMatchObject({ id: '2025-W52', firstDay: '2025-12-22', lastDay: '2025-12-28' });
  });

  it('shifts a range by one year (a leap-day end to 28 February)', () => {
    expect(shape(yearAgoPeriod(parse('2026-08-01..2026-08-31')))).toMatchObject({ id: '2025-08-01..2025-08-31', days: 31 });
    expect(shape(yearAgoPeriod(parse('2028-02-01..2028-02-29')))).toMatchObject({ id: '2027-02-01..2027-02-28', days: 28 });
  });
});

describe('periodsBetween', () => {
  it('lists every week overlapping the days, from the week holding the first day', () => {
    // Sunday 30 August 2026 lies in week 35 (24–30 August); 15 September in week 38.
    const weeks = periodsBetween('week', '2026-08-30', '2026-09-15', tz);
    expect(weeks.map((w) => w.id)).toEqual(['2026-W35', '2026-W36', '2026-W37', '2026-W38']);
    expect(weeks[0]!.firstDay).toBe('2026-08-24');
  });

  it('lists months, quarters, years and days', () => {
    expect(periodsBetween('month', '2025-11-15', '2026-02-01', tz).map((p) => p.id)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('quarter', '2025-12-31', '2026-04-01', tz).map((p) => p.id)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodsBetween('year', '2025-07-01', '2026-09-30', tz).map((p) => p.id)).toEqual(['2025', '2026']);
    expect(periodsBetween('day', '2026-03-28', '2026-03-30', tz).map((p) => p.id)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(periodsBetween('month', '2026-09-10', '2026-09-10', tz).map((p) => p.id)).toEqual(['2026-09']);
  });
});

describe('periodUpTo', () => {
  const sep = parse('2026-09');
  it('is null before the period starts', () => {
    expect(periodUpTo(sep, '2026-08-31')).toBeNull();
  });
  it('is the first days of the period up to and including the day', () => {
    expect(shape(periodUpTo(sep, '2026-09-01')!)).toMatchObject({ kind: 'range', id: '2026-09-01..2026-09-01', days: 1 });
    expect(shape(periodUpTo(sep, '2026-09-15')!)).toMatchObject({ kind: 'range', id: '2026-09-01..2026-09-15', days: 15, startUtc: '2026-08-31T22:00:00Z', endUtc: '2026-09-15T22:00:00Z' });
  });
  it('is the period itself from its last day on', () => {
    expect(periodUpTo(sep, '2026-09-30')).toEqual(sep);
    expect(periodUpTo(sep, '2026-12-01')).toEqual(sep);
  });
});

describe('mondayOf and daysOf', () => {
  it('gives the Monday of the ISO week', () => {
    expect(mondayOf('2026-09-14')).toBe('2026-09-14'); // a Monday
    expect(mondayOf('2026-09-20')).toBe('2026-09-14'); // a Sunday
    expect(mondayOf('2026-09-16')).toBe('2026-09-14');
    expect(mondayOf('2026-01-01')).toBe('2025-12-29'); // across the year
    expect(mondayOf('2028-03-01')).toBe('2028-02-28'); // across a leap month
  });

  it('lists the local days of a period, the 23-hour day included once', () => {
    const days = daysOf(parse('2026-03-27..2026-03-30'));
    expect(days).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
    expect(daysOf(parse('2026-10')).length).toBe(31);
  });
});
