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
}

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

export function createFormat(locale: string, currency: string): Format {
  const t = messagesFor(locale);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const signedPercent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signedPoints = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signedCount = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const signedMoney = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });

  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const signedDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const value = (unit: KpiUnit, v: number) => {
    switch (unit) {
      case 'percent':
        return percent.format(v);
      case 'currency':
        return money.format(v);
      case 'number':
        return decimal.format(v);
      case 'hours':
        return t.units.hours({ value: decimal.format(v) });
      case 'days':
        return t.units.days({ value: decimal.format(v) });
      default:
        return count.format(v);
    }
  };
  return {
    locale,
    currency,
    t,
    value,
    count: (v) => count.format(v),
    percent: (v) => percent.format(v),
    points: (v) => t.units.points({ value: signedPoints.format(v * 100) }),
    change(unit, change) {
      if (change.show === 'points') return t.units.points({ value: signedPoints.format(change.absolute * 100) });
      if (change.show === 'relative') return signedPercent.format(change.relative!);
      if (unit === 'currency') return signedMoney.format(change.absolute);
      if (unit === 'count') return signedCount.format(change.absolute);
      const v = signedDecimal.format(change.absolute);
      return unit === 'hours' ? t.units.hours({ value: v }) : unit === 'days' ? t.units.days({ value: v }) : v;
    },
    month: (id) => month.format(utcDate(`${id}-01`)),
    day: (d) => day.format(utcDate(d)),
    shortDay: (d) => shortDay.format(utcDate(d)),
  };
}
