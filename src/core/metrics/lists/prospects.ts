/**
 * What prospects ask about: the themes of prospect conversations in the period, for sales.
 *
 * Evidence: care cases. They are conversations started on social (so social-sourced by nature),
 * carry a short theme, and say who they were routed to and whether the person is a known
 * customer. A case opened in the period (local day of `opened_at`) is a prospect conversation
 * when it was routed to `sales`, or when it is a `question` from someone not known as a customer
 * (no `customer_id`: a known customer's question is care, not pre-sales). Cases without a theme
 * are left out. Not used: topic mentions (the market's conversation, not people asking the brand,
 * and tied to named authors) and leads' landing pages (where people arrived, not what they asked;
 * offers.ts shows them as services).
 *
 * Themes are trimmed and inner spaces collapsed, grouped ignoring case, shown in their most common
 * spelling (ties: the earliest case's). Share is a theme's cases ÷ all prospect cases with a theme
 * in the period. The previous figure counts the theme's prospect cases in the previous period of
 * the same kind (`previousPeriod`), read in the same query; it is null when care cases do not
 * cover all of that period (a partial count would read as a change). Themes rank by cases, then cases routed to sales, then theme a–z.
 */
import { previousPeriod, type Period } from '../../periods/period.ts';
import { coverageGap, partialCoverage } from '../coverage.ts';
import type { MetricsReader } from '../kpi.ts';
import type { Dialect } from '../../store/dialect.ts';
import { groupByPeriod, num, rankInPeriod, str, type ListSqlContext, type SqlRow, themeSpellingsSql } from './rows.ts';
import type { ProspectTopicRow } from './types.ts';

/** SQL predicate on a care case `c`: a prospect conversation (see the module doc). */
export const isProspectCaseSql = (d: Dialect, c: string): string =>
  `(${c}.routed_team = ${d.str('sales')} OR (${c}.kind = ${d.str('question')} AND nullif(trim(${c}.customer_id), '') IS NULL))`;

export function prospectTopicsSql(ctx: ListSqlContext, periods: readonly Period[], limit: number): string {
  const { d } = ctx;
  const previous = periods.map((p) => ({ id: p.id, prev: previousPeriod(p) }));
  const values = previous.map(({ id, prev }) => `(${d.str(id)}, DATE ${d.str(prev.firstDay)}, DATE ${d.str(prev.endDay)})`).join(', ');
  const prevDays = d.daysOf(`(VALUES ${values}) t(period, first_day, end_day)`, 'first_day', 'end_day');
  const startUtc = [ctx.span.startUtc, ...previous.map((p) => p.prev.startUtc)].reduce((a, b) => (b < a ? b : a));
  const theme = d.replaceAll('trim(c.theme)', '\\s+', ' ');
  return `
WITH days AS (
  SELECT period, day, false AS is_previous FROM ${ctx.days}
  UNION ALL
  SELECT period, ${prevDays.day} AS day, true AS is_previous
  FROM ${prevDays.from}
),
base AS (
  SELECT d.period, d.is_previous, c.opened_at, ${theme} AS theme, ${d.lowerText(theme)} AS theme_key,
         coalesce(c.routed_team, '') = 'sales' AS routed_to_sales
  FROM care_cases c JOIN days d ON d.day = ${ctx.localDay('c.opened_at')}
  WHERE c.opened_at >= ${d.instant(startUtc)} AND c.opened_at < ${d.instant(ctx.span.endUtc)}
    AND nullif(trim(c.theme), '') IS NOT NULL
    AND ${isProspectCaseSql(d, 'c')}
),
now_cases AS (SELECT * FROM base WHERE NOT is_previous),
totals AS (SELECT period, count(*) AS total FROM now_cases GROUP BY period),
prev_counts AS (SELECT period, theme_key, count(*) AS previous FROM base WHERE is_previous GROUP BY ALL),
themes AS (
  SELECT period, theme_key, count(*) AS cases, count(*) FILTER (WHERE routed_to_sales) AS to_sales,
         ${rankInPeriod('period', 'count(*) DESC, count(*) FILTER (WHERE routed_to_sales) DESC, theme_key')} AS list_rank
  FROM now_cases GROUP BY period, theme_key
  QUALIFY list_rank <= ${limit}
),
spellings AS (${themeSpellingsSql(d, 'now_cases')})
SELECT t.period AS period, t.list_rank AS list_rank, s.theme AS theme, t.cases AS cases, t.to_sales AS to_sales, t.cases / tt.total AS share, coalesce(b.previous, 0) AS previous
FROM themes t JOIN spellings s USING (period, theme_key) JOIN totals tt USING (period)
LEFT JOIN prev_counts b USING (period, theme_key)
ORDER BY t.period, t.list_rank`;
}

/** Prospect topics for every period of `ctx` (the periods are `periods`), in one query. */
export async function prospectTopics(
  reader: MetricsReader,
  ctx: ListSqlContext,
  periods: readonly Period[],
  limit: number,
): Promise<Map<string, ProspectTopicRow[]>> {
  const covers = (p: Period) => coverageGap(reader.manifest, ['care_cases'], p) === null && partialCoverage(reader.manifest, ['care_cases'], p) === null;
  const previousCovered = new Set(periods.filter((p) => covers(previousPeriod(p))).map((p) => p.id));
  const toRow = (r: SqlRow): ProspectTopicRow => {
    const cases = num(r.cases);
    const previous = previousCovered.has(String(r.period)) ? num(r.previous) : null;
    return {
      rank: num(r.list_rank),
      theme: str(r.theme) ?? '',
      cases,
      toSales: num(r.to_sales),
      share: num(r.share),
      previous,
      change: previous === null ? null : cases - previous,
    };
  };
  return groupByPeriod(await reader.query(prospectTopicsSql(ctx, periods, limit)), toRow);
}
