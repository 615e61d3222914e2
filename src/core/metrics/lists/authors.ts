/**
 * Advocates and detractors: who talks about the brand warmly or angrily, where and when.
 *
 * Decisions:
 * - An author is their handle (compared trimmed, without "@", ignoring case) or, for rows without
 *   a handle (news, blogs, forums), their display name (ignoring case). Rows with neither are left
 *   out, and so are the brand's own handles (`config.brand.handles`).
 * - Advocates need at least 2 positive brand mentions in the period, detractors 2 negative ones;
 *   they rank by that count, then by reach, then by author a–z.
 * - Reach is the author's audience, not a sum: the largest `author_followers` on their brand
 *   mentions in the period, else (no follower count, e.g. a news byline) the largest `reach`.
 *   Summing reach would rank a prolific small account above one post by a large one.
 * - `mentions`, `positive`, `negative`, reach and the employee flag count all the author's brand
 *   mentions in the period; platforms, when, first/last seen and the sample only those of the
 *   list's sentiment (where and when they praise, or complain).
 * - When: the most common ISO weekday and the most common three-hour band of local time, each on
 *   its own; ties go to the earlier weekday or band. Platforms tie by name.
 * - The displayed handle and name are the most common spellings (ties: the earliest used).
 * - The sample is the author's most engaging mention of the sentiment with text (then reach,
 *   then earliest).
 *
 * Both lists are parts of the mention-lists run (mention-lists.ts), over its narrow rows `mb`
 * with whole-number author (`aid`, a hash of the author key) and period (`pid`) ids; the
 * sentiment is a boolean (`neg`) while counting, so that the wide window and group-by key on
 * numbers only, and the a–z tie-break compares the author keys of the candidates alone. In steps
 * (each kept for the next): only the mentions that share a period with another of the same author
 * and sentiment are counted per (period, author) (`authorCountStep`); the author-wide columns
 * (mentions, reach, employee) are taken only for the pairs that can still make a list, and each
 * list ranks and keeps its top authors (`authorRankStep`); only then are the winners' own rows
 * (their period's days, their author id) taken again (`rankedAuthorMentionsStep`) for the details,
 * and the text read for their mentions of the list's sentiment alone, to pick the sample
 * (`authorDetailCtes`).
 */
import type { Dialect } from '../../store/dialect.ts';
import { columnsOf, jsonList, MENTION_ROW_COLUMNS, num, numOrNull, snippet, str, type SqlRow, type SqlStep } from './rows.ts';
import type { AuthorRow } from './types.ts';

/** Fewer mentions of the sentiment than this and an author is not listed. */
export const MIN_AUTHOR_MENTIONS = 2;

export const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "06–09" for the band starting at 6 (local hours, three wide). */
export const hourBand = (startHour: number): string => `${String(startHour).padStart(2, '0')}–${String(startHour + 3).padStart(2, '0')}`;

export type AuthorSentiment = 'positive' | 'negative';
const sentiments: readonly AuthorSentiment[] = ['positive', 'negative'];

/** CTE `pdr` over `pds`: each period day with its period's first (`d0`) and last (`d1`) day. */
const periodRangeCte = `pdr AS MATERIALIZED (
  SELECT pid, day, min(day) OVER (PARTITION BY pid) AS d0, max(day) OVER (PARTITION BY pid) AS d1 FROM pds
)`;

/**
 * The step (over the mention rows `mb` and `pds`) of the (period, author, list) pairs with at
 * least `MIN_AUTHOR_MENTIONS` mentions of the list's sentiment (`pid`, `aid`, `list`), and their
 * count `n`.
 *
 * Most (period, author) pairs hold one mention of a sentiment, and counting them all is most of
 * the work, so the counting skips them: periods are runs of consecutive days, so an author's
 * mentions of one sentiment that fall in a period are consecutive when ordered by day, and a
 * mention is in a run of two or more exactly when the mention before or after it (same author
 * and sentiment) falls in the same period. Only those mentions meet the period days and are
 * counted (exact counts of every pair with at least 2).
 */
export function authorCountStep(d: Dialect, mb: string): Omit<SqlStep, 'name'> {
  const ctes = [
    periodRangeCte,
    `sx AS MATERIALIZED (
  SELECT aid, sentiment = 'negative' AS neg, day, lag(day) OVER w AS prev_day, lead(day) OVER w AS next_day
  FROM ${mb} WHERE aid IS NOT NULL AND sentiment IN ${d.strList(sentiments)}
  WINDOW w AS (PARTITION BY aid, sentiment = 'negative' ORDER BY day)
)`,
  ];
  const select = `SELECT pid, aid, CASE WHEN neg THEN 'negative' ELSE 'positive' END AS list, n
FROM (SELECT pd.pid AS pid, x.aid AS aid, x.neg AS neg, count(*) AS n
      FROM sx x JOIN pdr pd ON pd.day = x.day
      WHERE x.prev_day BETWEEN pd.d0 AND pd.d1 OR x.next_day BETWEEN pd.d0 AND pd.d1
      GROUP BY ALL
      HAVING n >= ${MIN_AUTHOR_MENTIONS})`;
  return { ctes, select };
}

/**
 * The step (over the mention rows `mb`, the counted pairs `cnt` of `authorCountStep`, and `pds`) of
 * each list's top authors (`list` = sentiment, `pid`, `aid`, their columns and `list_rank`).
 *
 * Reach and the other columns, over all the author's mentions in the period, are taken only for
 * the pairs that can still make a list (`cand`): a count at least the N-th largest of its period
 * and list.
 */
export function authorRankStep(d: Dialect, limit: number, mb: string, cnt: string): Omit<SqlStep, 'name'> {
  const ctes = [
    periodRangeCte,
    `cand AS MATERIALIZED (
  SELECT c.pid AS pid, c.aid AS aid, c.list AS list, c.n AS n FROM ${cnt} c
  JOIN (SELECT pid, list, ${d.nthLargest('n', limit)} AS floor FROM ${cnt} GROUP BY ALL) f USING (pid, list)
  WHERE f.floor IS NULL OR c.n >= f.floor
)`,
    `stats AS MATERIALIZED (
  SELECT c.pid AS pid, m.aid AS aid, count(*) AS mentions,
         count(*) FILTER (WHERE m.sentiment = 'positive') AS positive,
         count(*) FILTER (WHERE m.sentiment = 'negative') AS negative,
         coalesce(max(m.author_followers), max(m.reach)) AS audience,
         CAST(coalesce(${d.boolOr('m.is_employee')}, false) AS BOOLEAN) AS is_employee, min(m.author_key) AS author_key
  FROM (SELECT DISTINCT pid, aid FROM cand) c
  JOIN (SELECT DISTINCT pid, d0, d1 FROM pdr) pr ON pr.pid = c.pid
  JOIN ${mb} m ON m.aid = c.aid AND m.day BETWEEN pr.d0 AND pr.d1
  GROUP BY c.pid, m.aid
)`,
  ];
  const select = `SELECT c.list AS list, c.pid AS pid, c.aid AS aid, s.mentions AS mentions, s.positive AS positive, s.negative AS negative, s.audience AS audience,
       s.is_employee AS is_employee, s.author_key AS author_key,
       row_number() OVER (PARTITION BY c.pid, c.list ORDER BY c.n DESC, s.audience DESC NULLS LAST, substr(s.author_key, 3), s.author_key) AS list_rank
FROM cand c JOIN stats s USING (pid, aid)
QUALIFY list_rank <= ${limit}`;
  return { ctes, select };
}

/** The step (over `pds`) of the ranked authors' rows (`ranked`, of `authorRankStep`) in their period, from the mention rows `mb`. */
export const rankedAuthorMentionsStep = (ranked: string, mb: string): Omit<SqlStep, 'name'> => ({
  ctes: [],
  select: `SELECT r.list AS list, r.pid AS pid, ${columnsOf('m', MENTION_ROW_COLUMNS)}
FROM ${ranked} r JOIN pds pd ON pd.pid = r.pid JOIN ${mb} m ON m.day = pd.day AND m.aid = r.aid`,
});

/** The columns of `author_rows`, and what each is. */
const authorRowColumns = {
  list: 'r.list',
  period: 'p.period',
  list_rank: 'r.list_rank',
  handle: 'h.handle',
  name: 'nm.name',
  mentions: 'r.mentions',
  positive: 'r.positive',
  negative: 'r.negative',
  audience: 'r.audience',
  is_employee: 'r.is_employee',
  platforms: 'pl.platforms',
  weekday: 'w.weekday',
  band: 'bd.band',
  first_seen: 'se.first_seen',
  last_seen: 'se.last_seen',
  sample_url: 'sm.sample_url',
  sample_text: 'sm.sample_text',
} as const;

/** The column names of `author_rows`. */
export const AUTHOR_ROW_COLUMNS = Object.keys(authorRowColumns);

/** CTE over `mine` (the ranked authors' rows, `rankedAuthorMentionsStep`): `said`, those of the list's sentiment (their ids need text). */
export const authorSaidCte = `said AS (SELECT * FROM mine WHERE sentiment = list)`;

/** CTEs over `ranked`, `mine`, `said`, `texts`, `pds`: `author_rows`, the lists' rows. */
export function authorDetailCtes(d: Dialect): string[] {
  const keys = 'list, pid, aid';
  // The most common value of `column` (count `n`), then the earliest used (`first_at`, when
  // given), then the first a–z: an order without ties, so that both engines pick the same.
  const mostCommon = (column: string, order: 'first_at' | null) =>
    d.firstBy(column, [{ expr: 'n', desc: true }, ...(order ? [order] : []), column]);
  return [
    `handles AS (
  SELECT ${keys}, ${mostCommon('handle', 'first_at')} AS handle
  FROM (SELECT ${keys}, handle, count(*) AS n, min(published_at) AS first_at FROM mine WHERE handle IS NOT NULL GROUP BY ALL)
  GROUP BY ALL
)`,
    `names AS (
  SELECT ${keys}, ${mostCommon('name', 'first_at')} AS name
  FROM (SELECT ${keys}, name, count(*) AS n, min(published_at) AS first_at FROM mine WHERE name IS NOT NULL GROUP BY ALL)
  GROUP BY ALL
)`,
    `platforms AS (
  SELECT ${keys}, ${d.jsonListOf({ platform: 'platform', mentions: 'n' }, [{ expr: 'n', desc: true }, 'platform'], 3)} AS platforms
  FROM (SELECT ${keys}, platform, count(*) AS n FROM said GROUP BY ALL)
  GROUP BY ALL
)`,
    `weekdays AS (
  SELECT ${keys}, ${mostCommon('wd', null)} AS weekday
  FROM (SELECT ${keys}, ${d.isoWeekday('local_ts')} AS wd, count(*) AS n FROM said GROUP BY ALL)
  GROUP BY ALL
)`,
    `bands AS (
  SELECT ${keys}, ${mostCommon('band', null)} AS band
  FROM (SELECT ${keys}, 3 * ${d.intDiv('hour(local_ts)', '3')} AS band, count(*) AS n FROM said GROUP BY ALL)
  GROUP BY ALL
)`,
    `seen AS (
  SELECT ${keys}, min(day) AS first_seen, max(day) AS last_seen FROM said GROUP BY ALL
)`,
    `samples AS (
  SELECT ${keys}, t.url AS sample_url, coalesce(t.text, t.title) AS sample_text
  FROM said s LEFT JOIN texts t USING (id)
  QUALIFY row_number() OVER (PARTITION BY ${keys} ORDER BY coalesce(t.text, t.title) IS NULL, s.engagement DESC NULLS LAST, s.reach DESC NULLS LAST, s.published_at, s.id) = 1
)`,
    `author_rows AS (
  SELECT ${Object.entries(authorRowColumns).map(([name, expr]) => `${expr} AS ${name}`).join(', ')}
  FROM ranked r
  JOIN (SELECT DISTINCT pid, period FROM pds) p USING (pid)
  LEFT JOIN handles h USING (${keys})
  LEFT JOIN names nm USING (${keys})
  LEFT JOIN platforms pl USING (${keys})
  LEFT JOIN weekdays w USING (${keys})
  LEFT JOIN bands bd USING (${keys})
  LEFT JOIN seen se USING (${keys})
  LEFT JOIN samples sm USING (${keys})
)`,
  ];
}

export function toAuthorRow(r: SqlRow): AuthorRow {
  const handle = str(r.handle);
  const name = str(r.name);
  return {
    rank: num(r.list_rank),
    author: handle ?? name ?? '',
    handle,
    name,
    mentions: num(r.mentions),
    positive: num(r.positive),
    negative: num(r.negative),
    reach: numOrNull(r.audience),
    isEmployee: r.is_employee === true,
    platforms: jsonList<{ platform: string; mentions: number }>(r.platforms).map((p) => ({ platform: String(p.platform), mentions: num(p.mentions) })),
    when: { weekday: weekdayNames[num(r.weekday) - 1] ?? '', hours: hourBand(num(r.band)) },
    firstSeen: String(r.first_seen),
    lastSeen: String(r.last_seen),
    sample: { url: str(r.sample_url), text: snippet(r.sample_text) },
  };
}
