/**
 * Top mentions: brand mentions published in the period, by engagement, then reach (as the
 * listening tool reports them; missing values rank last), then the earlier mention. A mention
 * counts in the period of its local publishing day. The brand's own handles are left out: its
 * own posts are ranked in top content.
 *
 * Part of the one mention-lists query (mention-lists.ts), over its narrow rows `mb`. The ranking
 * reads no text: a period's top N are among the top N of its days, so each day keeps its own top
 * N first, and only those meet the period days. A day's top N are found without sorting the day:
 * its N-th largest engagement is a floor (every top-N mention has at least that engagement; with
 * fewer than N engagement counts the day keeps all its rows), and only the rows at or above it
 * are ordered. Title, text and URL are read for the winners alone.
 */
import { num, numOrNull, snippet, str, type SqlRow } from './rows.ts';
import type { TopMentionRow } from './types.ts';

/** CTEs over `mb`, `pds`: `top_ranked`, each period's top mentions (their ids need text). */
export function topMentionRankCtes(limit: number): string[] {
  const order = 'engagement DESC NULLS LAST, reach DESC NULLS LAST, published_at, id';
  return [
    `top_floor AS (
  SELECT day, CASE WHEN count(engagement) >= ${limit} THEN max(engagement, ${limit})[${limit}] END AS floor FROM mb GROUP BY day
)`,
    `top_day AS (
  SELECT m.* FROM mb m JOIN top_floor f USING (day)
  WHERE f.floor IS NULL OR m.engagement >= f.floor
  QUALIFY row_number() OVER (PARTITION BY m.day ORDER BY ${order}) <= ${limit}
)`,
    `top_ranked AS MATERIALIZED (
  SELECT pd.pid, row_number() OVER (PARTITION BY pd.pid ORDER BY ${order}) AS list_rank, d.*
  FROM top_day d JOIN pds pd ON pd.day = d.day
  QUALIFY list_rank <= ${limit}
)`,
  ];
}

/** CTE over `top_ranked`, `pds`, `texts`: `top_rows`, the list's rows. */
export function topMentionRowsCte(): string {
  return `top_rows AS (
  SELECT 'top' AS list, p.period, r.list_rank, r.id, r.platform, coalesce(r.handle, r.name) AS author, coalesce(r.is_employee, false) AS is_employee,
         t.url, t.title, t.text, r.sentiment, r.reach, r.engagement, r.day
  FROM top_ranked r
  JOIN (SELECT DISTINCT pid, period FROM pds) p USING (pid)
  LEFT JOIN texts t USING (id)
)`;
}

export function toTopMentionRow(r: SqlRow): TopMentionRow {
  return {
    rank: num(r.list_rank),
    id: String(r.id),
    platform: String(r.platform),
    author: str(r.author),
    isEmployee: r.is_employee === true,
    url: str(r.url),
    title: snippet(r.title),
    text: snippet(r.text),
    sentiment: str(r.sentiment),
    reach: numOrNull(r.reach),
    engagement: numOrNull(r.engagement),
    day: String(r.day),
  };
}
