/**
 * Table cells of report datasets as text, in the site's locale: KPI values in their unit (a row
 * that carries `unit` formats `value`, `previous`, `yearAgo` with it), shares as percentages,
 * booleans as yes/no, dates as dates, and anything missing as an en dash. A chart's temporal fields
 * come back from Vega as epoch milliseconds; `temporal` names them so they read as days too.
 */
import type { KpiUnit } from '../../core/metrics/kpi.ts';
import type { Format } from '../../core/story/format.ts';

const KPI_FIELDS = new Set(['value', 'previous', 'yearAgo', 'change']);
const RELATIVE_FIELDS = new Set(['relativeChange']);
const SHARE_FIELDS = new Set(['share', 'previousShare', 'driverShare']);
const UNITS = new Set(['count', 'number', 'percent', 'currency', 'hours', 'days']);

export function cellText(field: string, value: unknown, row: Record<string, unknown>, format: Format, temporal: ReadonlySet<string> = NO_FIELDS): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '–';
  if (typeof value === 'boolean') return value ? '✓' : '–';
  if (typeof value === 'number' && temporal.has(field)) return dateText(new Date(value), format);
  if (value instanceof Date) return dateText(value, format);
  if (typeof value === 'number') {
    const unit = typeof row.unit === 'string' && UNITS.has(row.unit) ? (row.unit as KpiUnit) : null;
    if (unit && KPI_FIELDS.has(field)) return format.value(unit, value);
    if (SHARE_FIELDS.has(field)) return format.percent(value);
    if (RELATIVE_FIELDS.has(field)) return new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
    return Number.isInteger(value) ? format.count(value) : new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 }).format(value);
  }
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? format.day(text) : text;
}

const NO_FIELDS: ReadonlySet<string> = new Set();

/**
 * A date as a day ("14 September 2026"), with the time when it is not midnight. Report datasets
 * hold days as "YYYY-MM-DD", which Vega reads as UTC midnight, so the UTC day is the day meant.
 */
function dateText(date: Date, format: Format): string {
  const iso = date.toISOString();
  const day = format.day(iso.slice(0, 10));
  return iso.slice(11, 19) === '00:00:00' ? day : `${day} ${iso.slice(11, 16)} UTC`;
}

/** Whether a column of these rows holds numbers (right-aligned); dates are not. */
export const isNumericColumn = (field: string, rows: readonly Record<string, unknown>[], temporal: ReadonlySet<string> = NO_FIELDS): boolean =>
  !temporal.has(field) && rows.some((r) => typeof r[field] === 'number');
