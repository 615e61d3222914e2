/**
 * Calendar months in the reporting time zone: the month helpers of `period.ts` under the names
 * the monthly reports use.
 */
import { monthPeriod, previousPeriod, type Period } from './period.ts';

export { daysOf, monthPeriod } from './period.ts';

/** A month: a period of kind `month`. */
export type MonthPeriod = Period;

/** The month before `period`, in the same time zone. */
export function previousMonth(period: Period): Period {
  return previousPeriod(period);
}
