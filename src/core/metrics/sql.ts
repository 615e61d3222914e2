/**
 * Small SQL builders shared by the KPI and series queries: literals and period filters. Periods
 * become literal bounds (never string-built from user input) so DuckDB can prune Parquet files.
 */
import type { MonthPeriod } from '../periods/month.ts';
import type { MetricsReader } from './kpi.ts';

/** Quotes an SQL string literal. */
export const sqlString = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** `(a, b, c)` for an IN list of string literals; `(NULL)` when empty so the SQL stays valid. */
export const sqlList = (values: readonly string[]): string => (values.length ? `(${values.map(sqlString).join(', ')})` : '(NULL)');

/** Rows whose UTC timestamp `column` falls in the period (local midnight to local midnight). */
export function inPeriodTs(column: string, period: MonthPeriod): string {
  return `(${column} >= TIMESTAMPTZ ${sqlString(period.startUtc)} AND ${column} < TIMESTAMPTZ ${sqlString(period.endUtc)})`;
}

/** Rows whose calendar-day `column` (already a local day) falls in the period. */
export function inPeriodDate(column: string, period: MonthPeriod): string {
  return `(${column} >= DATE ${sqlString(period.firstDay)} AND ${column} < DATE ${sqlString(period.endDay)})`;
}

/** The local calendar day of the UTC timestamp `column`, in the period's time zone. */
export function localDay(column: string, period: MonthPeriod): string {
  return `CAST(timezone(${sqlString(period.timezone)}, ${column}) AS DATE)`;
}

/** A number from an aggregate row (DuckDB gives null for SUM over no rows). */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

/** The first row of a query, or an empty object. */
export async function firstRow(reader: MetricsReader, sql: string): Promise<Record<string, unknown>> {
  const rows = await reader.query(sql);
  return rows[0] ?? {};
}
