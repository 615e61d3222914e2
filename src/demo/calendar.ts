/**
 * The demo's calendar: every day from 2025-07-01 to 2026-09-30 cut in Europe/Berlin, with the
 * weekday and yearly seasonality the generators share. Days are computed once from fixed dates,
 * never from the clock.
 */
import { DateTime, IANAZone } from 'luxon';

export const DEMO_TIMEZONE = 'Europe/Berlin';
export const DEMO_FIRST_DAY = '2025-07-01';
export const DEMO_LAST_DAY = '2026-09-30';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface Day {
  /** 0-based position in the demo period. */
  index: number;
  /** Calendar day in Berlin, YYYY-MM-DD. */
  iso: string;
  /** UTC instant of local midnight. */
  start: number;
  /** UTC instant of the next local midnight (23 or 25 hours later on DST days). */
  end: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  year: number;
  month: number;
  dayOfMonth: number;
  dayOfYear: number;
}

const zone = IANAZone.create(DEMO_TIMEZONE);

export function buildCalendar(first = DEMO_FIRST_DAY, last = DEMO_LAST_DAY): Day[] {
  const days: Day[] = [];
  let dt = DateTime.fromISO(first, { zone });
  const stop = DateTime.fromISO(last, { zone });
  let index = 0;
  while (dt <= stop) {
    const next = dt.plus({ days: 1 });
    days.push({
      index,
      iso: dt.toISODate()!,
      start: dt.toMillis(),
      end: next.toMillis(),
      weekday: dt.weekday,
      year: dt.year,
      month: dt.month,
      dayOfMonth: dt.day,
      dayOfYear: dt.ordinal,
    });
    dt = next;
    index++;
  }
  return days;
}

/** Index of a Berlin calendar day in the demo calendar. */
export function dayIndex(days: readonly Day[], iso: string): number {
  const i = days.findIndex((d) => d.iso === iso);
  if (i < 0) throw new Error(`day ${iso} is outside the demo period`);
  return i;
}

const offsetCache = new Map<number, number>();

/** Berlin's UTC offset in minutes at an instant (offsets only change on whole hours). */
export function berlinOffsetMinutes(ms: number): number {
  const hourKey = Math.floor(ms / HOUR);
  let offset = offsetCache.get(hourKey);
  if (offset === undefined) {
    offset = zone.offset(hourKey * HOUR);
    offsetCache.set(hourKey, offset);
  }
  return offset;
}

/**
 * An instant at a local clock time of a day ("10:30" in Berlin). Local times in the 02:00–03:00
 * DST gap resolve like luxon does; the generators keep local times between 06:00 and 23:59.
 */
export function atLocal(day: Day, hour: number, minute = 0, second = 0): number {
  const guess = day.start + (hour * 60 + minute) * 60_000 + second * 1000;
  const drift = berlinOffsetMinutes(day.start) - berlinOffsetMinutes(guess);
  return guess + drift * 60_000;
}

/** Busy-ness of a weekday for a kind of activity (1 = average). */
export type WeekProfile = readonly [number, number, number, number, number, number, number];

/** Chatter about the brand and competitors: office hours talk, quieter Saturdays. */
export const CHATTER_WEEK: WeekProfile = [1.08, 1.1, 1.06, 1.04, 0.96, 0.82, 0.94];
/** Outdoor topics and creators: people post from the trail at the weekend. */
export const OUTDOOR_WEEK: WeekProfile = [0.9, 0.88, 0.9, 0.95, 1.05, 1.22, 1.1];
/** Shop orders and web visits: Sunday evening browsing, Monday buying. */
export const SHOP_WEEK: WeekProfile = [1.08, 1.02, 1.0, 0.98, 0.95, 0.88, 1.09];
/** B2B work: leads, deals and care shifts follow office days. */
export const OFFICE_WEEK: WeekProfile = [1.18, 1.2, 1.16, 1.12, 1.0, 0.6, 0.74];

export function weekFactor(profile: WeekProfile, day: Day): number {
  return profile[day.weekday - 1];
}

/**
 * Yearly seasonality of outdoor gear: high in the hiking season (peak mid-July), low in
 * February, plus a Black Week bump at the end of November.
 */
export function yearlyFactor(day: Day, strength = 0.22): number {
  const season = Math.cos((2 * Math.PI * (day.dayOfYear - 196)) / 365.25);
  const blackWeek = Math.exp(-(((day.dayOfYear - 331) / 4) ** 2) / 2);
  return 1 + strength * (season + 0.7 * blackWeek);
}

/** Slow growth of the brand over the period (about +9% a year). */
export function trendFactor(day: Day, perYear = 0.09): number {
  return 1 + (perYear * day.index) / 365;
}

/** Days since a day (negative before it). */
export function daysSince(day: Day, iso: string): number {
  return Math.round((Date.parse(`${day.iso}T12:00:00Z`) - Date.parse(`${iso}T12:00:00Z`)) / DAY);
}
