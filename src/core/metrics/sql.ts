/**
 * Small SQL builders shared by the KPI, list and benchmark queries: period filters and reading
 * numbers from rows. Periods become literal bounds (never string-built from user input) so the
 * engine can prune Parquet files; literals come from the dialect (`d.str`).
 */
import type { Period } from '../periods/period.ts';
import type { Dialect } from '../store/dialect.ts';
import type { MetricsReader } from './kpi.ts';

/** Rows whose UTC timestamp `column` falls in the period (local midnight to local midnight). */
export function inPeriodTs(d: Dialect, column: string, period: Pick<Period, 'startUtc' | 'endUtc'>): string {
  return `(${column} >= ${d.instant(period.startUtc)} AND ${column} < ${d.instant(period.endUtc)})`;
}

/** Rows whose calendar-day `column` (already a local day) falls in the period. */
export function inPeriodDate(d: Dialect, column: string, period: Pick<Period, 'firstDay' | 'endDay'>): string {
  return `(${column} >= DATE ${d.str(period.firstDay)} AND ${column} < DATE ${d.str(period.endDay)})`;
}

/** The local calendar day of the UTC timestamp `column` in `timezone`. */
export function localDaySql(d: Dialect, column: string, timezone: string): string {
  return d.localDay(column, timezone);
}

/** A number from an aggregate row (DuckDB gives null for SUM over no rows). */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

/** A number, or null for SQL NULL. */
export function numOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The first row of a query, or an empty object. */
export async function firstRow(reader: MetricsReader, sql: string): Promise<Record<string, unknown>> {
  const rows = await reader.query(sql);
  return rows[0] ?? {};
}
