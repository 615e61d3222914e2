/**
 * Product and content gaps: the themes of care cases that tell the product and content teams
 * what is missing. A case opened in the period (local day of `opened_at`) counts for
 * - product gaps when its kind is `product_gap`, or it is routed to `product` and is not a
 *   `content_gap`;
 * - content gaps when its kind is `content_gap`, or it is routed to `content` and is not a
 *   `product_gap`;
 * so a case lands in at most one of the two lists (its kind wins over its routing).
 * Themes are trimmed and inner spaces collapsed, grouped ignoring case, and shown in their most
 * common spelling (ties: the spelling of the earliest case). Cases without a theme are left out.
 * Themes rank by cases, then negative cases, then theme a–z. Mention tags are not used.
 */
import type { MetricsReader } from '../kpi.ts';
import { groupByPeriod, jsonList, num, rankInPeriod, str, type ListSqlContext, type SqlRow, themeSpellingsSql } from './rows.ts';
import type { GapRow } from './types.ts';

export type GapKind = 'product' | 'content';

export function gapsSql(ctx: ListSqlContext, gap: GapKind, limit: number): string {
  const { d } = ctx;
  const other = gap === 'product' ? 'content' : 'product';
  const theme = d.replaceAll('trim(c.theme)', '\\s+', ' ');
  return `
WITH base AS (
  SELECT pd.period, c.opened_at, ${theme} AS theme, ${d.lowerText(theme)} AS theme_key, c.sentiment,
         coalesce(c.routed_team, 'unrouted') AS team, ${ctx.localDay('c.opened_at')} AS day
  FROM care_cases c ${ctx.byPeriod('c.opened_at')}
  WHERE nullif(trim(c.theme), '') IS NOT NULL
    AND (c.kind = ${d.str(`${gap}_gap`)} OR (c.routed_team = ${d.str(gap)} AND c.kind <> ${d.str(`${other}_gap`)}))
),
themes AS (
  SELECT period, theme_key, count(*) AS cases, count(*) FILTER (WHERE sentiment = 'negative') AS negative,
         min(day) AS first_day, max(day) AS last_day,
         ${rankInPeriod('period', 'count(*) DESC, count(*) FILTER (WHERE sentiment = \'negative\') DESC, theme_key')} AS list_rank
  FROM base GROUP BY period, theme_key
  QUALIFY list_rank <= ${limit}
),
spellings AS (${themeSpellingsSql(d, 'base')}),
teams AS (
  SELECT period, theme_key, ${d.jsonListOf({ team: 'team', cases: 'n' }, [{ expr: 'n', desc: true }, 'team'])} AS teams
  FROM (SELECT period, theme_key, team, count(*) AS n FROM base GROUP BY ALL)
  GROUP BY ALL
)
SELECT t.period AS period, t.list_rank AS list_rank, s.theme AS theme, t.cases AS cases, t.negative AS negative, t.first_day AS first_day, t.last_day AS last_day, tm.teams AS teams
FROM themes t JOIN spellings s USING (period, theme_key) JOIN teams tm USING (period, theme_key)
ORDER BY t.period, t.list_rank`;
}

function toRow(r: SqlRow): GapRow {
  return {
    rank: num(r.list_rank),
    theme: str(r.theme) ?? '',
    cases: num(r.cases),
    negative: num(r.negative),
    firstDay: String(r.first_day),
    lastDay: String(r.last_day),
    teams: jsonList<{ team: string; cases: number }>(r.teams).map((t) => ({ team: String(t.team), cases: num(t.cases) })),
  };
}

/** Product or content gap themes for every period of `ctx`, in one query. */
export async function gapLists(reader: MetricsReader, ctx: ListSqlContext, gap: GapKind, limit: number): Promise<Map<string, GapRow[]>> {
  return groupByPeriod(await reader.query(gapsSql(ctx, gap, limit)), toRow);
}
