/**
 * Top mentions: brand mentions published in the period, by engagement, then reach (as the
 * listening tool reports them; missing values rank last), then the earlier mention. A mention
 * counts in the period of its local publishing day. The brand's own handles are left out: its
 * own posts are ranked in top content.
 *
 * Part of the mention-lists run (mention-lists.ts), over its narrow rows `mb`. The ranking
 * reads no text: a period's top N are among the top N of its days, so each day keeps its own top
 * N first, and only those meet the period days. A day's top N are found without sorting the day:
 * its N-th largest engagement is a floor (every top-N mention has at least that engagement; with
 * fewer than N engagement counts the day keeps all its rows), and only the rows at or above it
 * are ordered. Title, text and URL are read for the winners alone.
 */
import type { Dialect } from '../../store/dialect.ts';
import { columnsOf, MENTION_ROW_COLUMNS, num, numOrNull, snippet, str, type SqlRow, type SqlStep } from './rows.ts';
import type { TopMentionRow } from './types.ts';

/** The step (over the mention rows `mb` and `pds`) of each period's top mentions (`pid`, `list_rank`, the row; their ids need text). */
export function topMentionStep(d: Dialect, limit: number, mb: string): Omit<SqlStep, 'name'> {
  const order = 'engagement DESC NULLS LAST, reach DESC NULLS LAST, published_at, id';
  const ctes = [
    `top_floor AS (
  SELECT day, CASE WHEN count(engagement) >= ${limit} THEN ${d.nthLargest('engagement', limit)} END AS floor FROM ${mb} GROUP BY day
)`,
    `top_day AS (
  SELECT ${columnsOf('m', MENTION_ROW_COLUMNS)} FROM ${mb} m JOIN top_floor f USING (day)
  WHERE f.floor IS NULL OR m.engagement >= f.floor
  QUALIFY row_number() OVER (PARTITION BY m.day ORDER BY ${order}) <= ${limit}
)`,
  ];
  const select = `SELECT pd.pid AS pid, row_number() OVER (PARTITION BY pd.pid ORDER BY ${order}) AS list_rank, ${columnsOf('d', MENTION_ROW_COLUMNS)}
FROM top_day d JOIN pds pd ON pd.day = d.day
QUALIFY list_rank <= ${limit}`;
  return { ctes, select };
}

/** The columns of `top_rows`, and what each is. */
const topRowColumns = {
  list: "'top'",
  period: 'p.period',
  list_rank: 'r.list_rank',
  id: 'r.id',
  platform: 'r.platform',
  author: 'coalesce(r.handle, r.name)',
  is_employee: 'coalesce(r.is_employee, false)',
  url: 't.url',
  title: 't.title',
  text: 't.text',
  sentiment: 'r.sentiment',
  reach: 'r.reach',
  engagement: 'r.engagement',
  day: 'r.day',
} as const;

/** The column names of `top_rows`. */
export const TOP_ROW_COLUMNS = Object.keys(topRowColumns);

/** CTE over `top_ranked`, `pds`, `texts`: `top_rows`, the list's rows. */
export function topMentionRowsCte(): string {
  return `top_rows AS (
  SELECT ${Object.entries(topRowColumns).map(([name, expr]) => `${expr} AS ${name}`).join(', ')}
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
