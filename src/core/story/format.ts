/**
 * Number and date formatting for narrative and pages, with Intl in the configured locale, and
 * the message catalog of the locale's language (`t`). Formatters are made once per build
 * (`createFormat`) and passed down; nothing reads a global locale.
 */
import { messagesFor, type Messages } from '../i18n/catalog.ts';
import type { KpiChange } from '../metrics/compare.ts';
import type { KpiUnit } from '../metrics/kpi.ts';

export interface Format {
  locale: string;
  currency: string;
  /** Every sentence and label, in the locale's language (English when it has no catalog). */
  t: Messages;
  /** A KPI value in its unit: 1,234 · 12.3% · €12,345. */
  value(unit: KpiUnit, value: number): string;
  /** A plain count: 1,234. */
  count(value: number): string;
  /** A fraction as a percentage: 0.123 → 12.3%. */
  percent(value: number): string;
  /** A fraction as a whole percentage, for sentences that round: 0.709 → 71%. */
  wholePercent(value: number): string;
  /** A difference of fractions in percentage points: 0.015 → +1.5 pp. */
  points(value: number): string;
  /** A change as the KPI shows it: +12.3% (relative), +1.5 pp (points) or +12 (absolute). */
  change(unit: KpiUnit, change: KpiChange): string;
  /** "September 2026" for "2026-09". */
  month(id: string): string;
  /** "17 September 2026" for "2026-09-17". */
  day(day: string): string;
  /** "17 Sept" for "2026-09-17". */
  shortDay(day: string): string;
  /** "17 September" for "2026-09-17" (headlines: the year is the report's). */
  dayMonth(day: string): string;
  /** "11:53" for a local time "11:53:20". */
  time(hhmm: string): string;
}

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** A value made on first use and kept: a formatter costs microseconds to make and pages make many. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

export function createFormat(locale: string, currency: string): Format {
  const t = messagesFor(locale);
  const count = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const percent = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  // Below 1%, two decimals: 0.156% and 0.148% must not both read 0.2% and 0.1% with a "0.0 pp" change.
  const smallPercent = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const wholePercent = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const money = lazy(() => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }));
  const signedPercent = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }));
  const signedPoints = lazy(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }));
  const signedSmallPoints = lazy(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }));
  /** Points with the precision that shows the change: two decimals under 0.1 pp. */
  const pointsText = (fraction: number) => (Math.abs(fraction * 100) < 0.095 ? signedSmallPoints() : signedPoints()).format(fraction * 100);
  const percentText = (v: number) => (v !== 0 && Math.abs(v) < 0.0095 ? smallPercent() : percent()).format(v);
  const signedCount = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }));
  const signedMoney = lazy(() => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, signDisplay: 'exceptZero' }));
  const month = lazy(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const day = lazy(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const shortDay = lazy(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }));
  const dayMonth = lazy(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }));
  // Greek's default 12-hour clock writes "π.μ.", which the reports also use for percentage points: business Greek reads 24 hours.
  const clock = lazy(() => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', ...(t.language === 'el' ? { hourCycle: 'h23' as const } : {}) }));

  const decimal = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  const signedDecimal = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }));
  const value = (unit: KpiUnit, v: number) => {
    switch (unit) {
      case 'percent':
        return percentText(v);
      case 'currency':
        return money().format(v);
      case 'number':
        return decimal().format(v);
      case 'hours':
        return t.units.hours({ value: decimal().format(v) });
      case 'days':
        return t.units.days({ value: decimal().format(v) });
      default:
        return count().format(v);
    }
  };
  return {
    locale,
    currency,
    t,
    value,
    count: (v) => count().format(v),
    percent: (v) => percentText(v),
    wholePercent: (v) => wholePercent().format(v),
    points: (v) => t.units.points({ value: pointsText(v) }),
    change(unit, change) {
      if (change.show === 'points') return t.units.points({ value: pointsText(change.absolute) });
      if (change.show === 'relative') return signedPercent().format(change.relative!);
      if (unit === 'currency') return signedMoney().format(change.absolute);
      if (unit === 'count') return signedCount().format(change.absolute);
      const v = signedDecimal().format(change.absolute);
      return unit === 'hours' ? t.units.hours({ value: v }) : unit === 'days' ? t.units.days({ value: v }) : v;
    },
    month: (id) => month().format(utcDate(`${id}-01`)),
    day: (d) => day().format(utcDate(d)),
    shortDay: (d) => shortDay().format(utcDate(d)),
    dayMonth: (d) => dayMonth().format(utcDate(d)),
    time: (hhmm) => clock().format(new Date(`1970-01-01T${hhmm.slice(0, 5)}:00Z`)),
  };
}
