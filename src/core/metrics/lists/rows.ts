/**
 * Shared pieces of the list queries: the SQL that ranks rows within each period, and turning the
 * plain rows the engine returns into list rows (numbers, snippets, JSON-encoded sub-lists),
 * grouped by period. Nested lists come back from SQL as JSON text (`d.jsonListOf`) so that no
 * engine struct or 64-bit integer leaks into the model. The queries are written once for both
 * engines (DuckDB and ClickHouse) and ask the context's dialect (`ctx.d`) for the forms that
 * differ. List queries get the period-days table and the span of all periods besides the KPI
 * context (`ListSqlContext`), and key their large group-bys on whole-number period ids
 * (`periodDaysSql`).
 */
import type { PeriodTables } from '../compute.ts';
import type { KpiSqlContext, MetricsReader } from '../kpi.ts';
import type { Dialect } from '../../store/dialect.ts';
import { num, numOrNull } from '../sql.ts';
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
  `${column} >= ${ctx.d.instant(ctx.span.startUtc)} AND ${column} < ${ctx.d.instant(ctx.span.endUtc)}`;

/**
 * SQL: the period days with a small whole-number id per period (`pid`, by period id), so that
 * the wide group-bys key on numbers; join `period` back only for the rows a list returns.
 */
export const periodDaysSql = (ctx: ListSqlContext): string =>
  `SELECT period, day, dense_rank() OVER (ORDER BY period) AS pid FROM ${ctx.days}`;

/**
 * SQL: `alias.c AS c, …` for `columns`. Queries name the columns they take from a joined table
 * rather than select `alias.*`: ClickHouse names such a column after its table (`m.aid`) when
 * another table of the join has a column of that name, and then a later `USING` or outer query
 * does not find it. For the same reason a column of a `USING` key is selected with its alias.
 */
export const columnsOf = (alias: string, columns: readonly string[]): string => columns.map((c) => `${alias}.${c} AS ${c}`).join(', ');

/** The columns of the mention lists' narrow rows `mb` (mention-lists.ts), in order. */
export const MENTION_ROW_COLUMNS = [
  'id', 'published_at', 'platform', 'sentiment', 'engagement', 'reach', 'author_followers', 'is_employee',
  'handle', 'name', 'author_key', 'aid', 'local_ts', 'day',
] as const;

/**
 * One step of a query run in steps (`runSteps`): CTEs and a SELECT, whose rows later steps read by
 * the step's `name`.
 */
export interface SqlStep {
  name: string;
  ctes: string[];
  select: string;
}

/**
 * Runs steps, then `final`, and returns the rows of `final`. Every step and `final` may use the
 * `base` CTEs. Where the engine materializes CTEs (DuckDB) this is one query, each step a
 * materialized CTE named `name`; elsewhere (ClickHouse, which works a CTE out at each use) each
 * step is made a temporary table named `name`, dropped at the end. A CTE that several steps share
 * is written once in one query (identical texts are kept once).
 */
export async function runSteps(
  reader: MetricsReader,
  d: Dialect,
  base: readonly string[],
  steps: readonly SqlStep[],
  final: { ctes: readonly string[]; select: string },
): Promise<SqlRow[]> {
  const withCtes = (ctes: readonly string[], select: string) => `WITH ${[...new Set(ctes)].join(',\n')}\n${select}`;
  if (d.materializesCtes) {
    return reader.query(withCtes([...base, ...steps.flatMap((s) => [...s.ctes, `${s.name} AS MATERIALIZED (\n${s.select}\n)`]), ...final.ctes], final.select));
  }
  const made: string[] = [];
  try {
    for (const s of steps) {
      await reader.query(d.createTempTable(s.name, withCtes([...base, ...s.ctes], s.select)));
      made.push(s.name);
    }
    return await reader.query(withCtes([...base, ...final.ctes], final.select));
  } finally {
    for (const t of made.reverse()) await reader.query(d.dropTable(t));
  }
}

/** A plain row as the reader returns it. */
export type SqlRow = Record<string, unknown>;

/**
 * The spelling a care-case theme is shown with, per period and lower-cased key: the most common
 * spelling, then the earliest, then the first alphabetically (`source` has period, theme_key,
 * theme and opened_at).
 */
export const themeSpellingsSql = (d: Dialect, source: string): string => `SELECT period, theme_key, ${d.firstBy('theme', [{ expr: 'n', desc: true }, 'first_at', 'theme'])} AS theme
  FROM (SELECT period, theme_key, theme, count(*) AS n, min(opened_at) AS first_at FROM ${source} GROUP BY ALL)
  GROUP BY ALL`;

/** SQL: the rank of a row within its period by `orderBy` (1 = first); keep the top with `QUALIFY list_rank <= n`. */
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
