/**
 * Shared pieces of the list queries: the SQL that ranks rows within each period, and turning the
 * plain rows DuckDB returns into list rows (numbers, snippets, JSON-encoded sub-lists), grouped
 * by period. Nested lists come back from SQL as JSON text (`to_json(...)::VARCHAR`) so that no
 * DuckDB struct or BIGINT leaks into the model. List queries get the period-days table and the
 * span of all periods besides the KPI context (`ListSqlContext`), and key their large group-bys
 * on whole-number period ids (`periodDaysSql`).
 */
import type { PeriodTables } from '../compute.ts';
import type { KpiSqlContext } from '../kpi.ts';
import { num, numOrNull, sqlString } from '../sql.ts';
import { SNIPPET_MAX_CHARS } from './types.ts';

/**
 * What a list query is written against: the KPI context, plus the (period, day) table and the
 * span of all periods, so that a list can rank on narrow per-day rows before it meets the periods.
 */
export interface ListSqlContext extends KpiSqlContext {
  /** The temporary table of (`period`, `day`): each period's local days. */
  days: string;
  span: PeriodTables['span'];
}

/** The list context for `ctx` and the period tables it was made from. */
export const listContext = (ctx: KpiSqlContext, tables: Pick<PeriodTables, 'days' | 'span'>): ListSqlContext => ({ ...ctx, days: tables.days, span: tables.span });

/** SQL predicate: the UTC timestamp `column` falls inside the span of all periods. */
export const inSpanSql = (ctx: ListSqlContext, column: string): string =>
  `${column} >= TIMESTAMPTZ ${sqlString(ctx.span.startUtc)} AND ${column} < TIMESTAMPTZ ${sqlString(ctx.span.endUtc)}`;

/**
 * SQL: the period days with a small whole-number id per period (`pid`, by period id), so that
 * the wide group-bys key on numbers; join `period` back only for the rows a list returns.
 */
export const periodDaysSql = (ctx: ListSqlContext): string =>
  `SELECT period, day, dense_rank() OVER (ORDER BY period) AS pid FROM ${ctx.days}`;

/** A plain row as the reader returns it. */
export type SqlRow = Record<string, unknown>;

/** SQL: the rank of a row within its period by `orderBy` (1 = first); keep the top with `QUALIFY list_rank <= n`. */
/**
 * The spelling a care-case theme is shown with, per period and lower-cased key: the most common
 * spelling, then the earliest, then the first alphabetically (`source` has period, theme_key,
 * theme and opened_at).
 */
export const themeSpellingsSql = (source: string): string => `SELECT period, theme_key, first(theme ORDER BY n DESC, first_at, theme) AS theme
  FROM (SELECT period, theme_key, theme, count(*) AS n, min(opened_at) AS first_at FROM ${source} GROUP BY ALL)
  GROUP BY ALL`;

export const rankInPeriod = (periodColumn: string, orderBy: string): string =>
  `row_number() OVER (PARTITION BY ${periodColumn} ORDER BY ${orderBy})`;

/**
 * A text cut to at most `max` characters (code points), whitespace collapsed; a cut text ends in
 * "…", at a word boundary when one is near. Empty text is null.
 */
export function snippet(value: unknown, max = SNIPPET_MAX_CHARS): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let cut = chars.slice(0, max - 1).join('');
  // Back up to the last word boundary, unless the cut already falls on one.
  const space = cut.lastIndexOf(' ');
  if (chars[max - 1] !== ' ' && space > 0 && space >= cut.length - 40) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** A text column, null when empty. */
export function str(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text === '' ? null : text;
}

/** A JSON-encoded list column (NULL → []). */
export function jsonList<T>(value: unknown): T[] {
  if (value == null) return [];
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

export { num, numOrNull };

/** Rows grouped by their `period` column, in query order. */
export function groupByPeriod<T>(rows: readonly SqlRow[], toRow: (row: SqlRow) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const id = String(r.period);
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push(toRow(r));
  }
  return out;
}

/** A handle as handles are compared: trimmed, without leading "@", lower case. */
export const normalizeHandle = (handle: string): string => handle.trim().replace(/^@+/, '').toLowerCase();

/** SQL: a handle column trimmed, without leading "@", NULL when empty (case kept). */
export const handleSql = (column: string): string => `nullif(ltrim(trim(${column}), '@'), '')`;
