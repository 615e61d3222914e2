/**
 * The brand's mentions on each of the 28 local days ending on a day or week report's last day:
 * the context a short report is read in (drawn against the typical day, src/site/charts/specs/
 * trailing-days.ts). Days the mentions data does not cover (before the first import, after the
 * last) are left out, never given zeros: an unmeasured day is not a quiet day.
 */

/** How many days the trailing window holds (four of each weekday). */
export const TRAILING_DAYS = 28;

export interface TrailingDaysPoint {
  /** Local day, "YYYY-MM-DD". */
  day: string;
  /** Brand mentions published that day (the mention day cube's `n` for the brand). */
  mentions: number;
  /** Of those, negative mentions. */
  negative: number;
}

export interface TrailingDays {
  /** First and last day of the window (the last is the period's last day). */
  firstDay: string;
  lastDay: string;
  /** One point per covered day of the window, oldest first. */
  points: TrailingDaysPoint[];
}
