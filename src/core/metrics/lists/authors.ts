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
 * Both lists are parts of the one mention-lists query (mention-lists.ts), over its narrow rows
 * `mb` with whole-number author (`aid`, a hash of the author key) and period (`pid`) ids; the
 * sentiment is a boolean (`neg`) while counting, so that the wide window and group-by key on
 * numbers only, and the a–z tie-break compares the author keys of the candidates alone: only the mentions that share a
 * period with another of the same author and sentiment are counted per (period, author); the
 * author-wide columns (mentions, reach, employee) are taken only for the pairs that can still make
 * a list; each list ranks and keeps its top authors; only then are the winners' own rows (their
 * period's days, their author id) taken again for the details, and the text read for their
 * mentions of the list's sentiment alone, to pick the sample.
 */
import { jsonList, num, numOrNull, snippet, str, type SqlRow } from './rows.ts';
import type { AuthorRow } from './types.ts';

/** Fewer mentions of the sentiment than this and an author is not listed. */
export const MIN_AUTHOR_MENTIONS = 2;

export const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "06–09" for the band starting at 6 (local hours, three wide). */
export const hourBand = (startHour: number): string => `${String(startHour).padStart(2, '0')}–${String(startHour + 3).padStart(2, '0')}`;

export type AuthorSentiment = 'positive' | 'negative';
const sentiments: readonly AuthorSentiment[] = ['positive', 'negative'];

/**
 * CTEs over `mb`, `pds`: `ranked` (each list's top authors, `list` = sentiment), `mine` (the
 * winners' rows in their period), `said` (those of the list's sentiment; their ids need text).
 *
 * Most (period, author) pairs hold one mention of a sentiment, and counting them all is most of
 * the work, so the counting skips them: periods are runs of consecutive days, so an author's
 * mentions of one sentiment that fall in a period are consecutive when ordered by day, and a
 * mention is in a run of two or more exactly when the mention before or after it (same author
 * and sentiment) falls in the same period. Only those mentions meet the period days and are
 * counted (`cnt`: exact counts of every pair with at least 2). Reach and the other columns, over
 * all the author's mentions in the period, are then taken only for the pairs that can still
 * make a list (`cand`): a count at least the N-th largest of its period and list.
 */
export function authorRankCtes(limit: number): string[] {
  const listed = sentiments.map((s) => `'${s}'`).join(', ');
  return [
    `pdr AS MATERIALIZED (
  SELECT pid, day, min(day) OVER (PARTITION BY pid) AS d0, max(day) OVER (PARTITION BY pid) AS d1 FROM pds
)`,
    `sx AS MATERIALIZED (
  SELECT aid, sentiment = 'negative' AS neg, day, lag(day) OVER w AS prev_day, lead(day) OVER w AS next_day
  FROM mb WHERE aid IS NOT NULL AND sentiment IN (${listed})
  WINDOW w AS (PARTITION BY aid, sentiment = 'negative' ORDER BY day)
)`,
    `cnt AS MATERIALIZED (
  SELECT pid, aid, CASE WHEN neg THEN 'negative' ELSE 'positive' END AS list, n
  FROM (SELECT pd.pid, x.aid, x.neg, count(*) AS n
        FROM sx x JOIN pdr pd ON pd.day = x.day
        WHERE x.prev_day BETWEEN pd.d0 AND pd.d1 OR x.next_day BETWEEN pd.d0 AND pd.d1
        GROUP BY ALL
        HAVING n >= ${MIN_AUTHOR_MENTIONS})
)`,
    `cand AS MATERIALIZED (
  SELECT c.* FROM cnt c
  JOIN (SELECT pid, list, max(n, ${limit})[${limit}] AS floor FROM cnt GROUP BY ALL) f USING (pid, list)
  WHERE f.floor IS NULL OR c.n >= f.floor
)`,
    `stats AS MATERIALIZED (
  SELECT c.pid, m.aid, count(*) AS mentions,
         count(*) FILTER (WHERE m.sentiment = 'positive') AS positive,
         count(*) FILTER (WHERE m.sentiment = 'negative') AS negative,
         coalesce(max(m.author_followers), max(m.reach)) AS audience,
         coalesce(bool_or(m.is_employee), false) AS is_employee, min(m.author_key) AS author_key
  FROM (SELECT DISTINCT pid, aid FROM cand) c
  JOIN (SELECT DISTINCT pid, d0, d1 FROM pdr) pr ON pr.pid = c.pid
  JOIN mb m ON m.aid = c.aid AND m.day BETWEEN pr.d0 AND pr.d1
  GROUP BY c.pid, m.aid
)`,
    `ranked AS MATERIALIZED (
  SELECT c.list, s.*, row_number() OVER (PARTITION BY c.pid, c.list ORDER BY c.n DESC, s.audience DESC NULLS LAST, substr(s.author_key, 3), s.author_key) AS list_rank
  FROM cand c JOIN stats s USING (pid, aid)
  QUALIFY list_rank <= ${limit}
)`,
    `mine AS MATERIALIZED (
  SELECT r.list, r.pid, m.*
  FROM ranked r JOIN pds pd ON pd.pid = r.pid JOIN mb m ON m.day = pd.day AND m.aid = r.aid
)`,
    `said AS (SELECT * FROM mine WHERE sentiment = list)`,
  ];
}

/** CTEs over `ranked`, `mine`, `said`, `texts`, `pds`: `author_rows`, the lists' rows. */
export function authorDetailCtes(): string[] {
  const keys = 'list, pid, aid';
  return [
    `handles AS (
  SELECT ${keys}, first(handle ORDER BY n DESC, first_at) AS handle
  FROM (SELECT ${keys}, handle, count(*) AS n, min(published_at) AS first_at FROM mine WHERE handle IS NOT NULL GROUP BY ALL)
  GROUP BY ALL
)`,
    `names AS (
  SELECT ${keys}, first(name ORDER BY n DESC, first_at) AS name
  FROM (SELECT ${keys}, name, count(*) AS n, min(published_at) AS first_at FROM mine WHERE name IS NOT NULL GROUP BY ALL)
  GROUP BY ALL
)`,
    `platforms AS (
  SELECT ${keys}, to_json(list({'platform': platform, 'mentions': n} ORDER BY n DESC, platform)[1:3])::VARCHAR AS platforms
  FROM (SELECT ${keys}, platform, count(*) AS n FROM said GROUP BY ALL)
  GROUP BY ALL
)`,
    `weekdays AS (
  SELECT ${keys}, first(wd ORDER BY n DESC, wd) AS weekday
  FROM (SELECT ${keys}, isodow(local_ts) AS wd, count(*) AS n FROM said GROUP BY ALL)
  GROUP BY ALL
)`,
    `bands AS (
  SELECT ${keys}, first(band ORDER BY n DESC, band) AS band
  FROM (SELECT ${keys}, 3 * (hour(local_ts) // 3) AS band, count(*) AS n FROM said GROUP BY ALL)
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
  SELECT r.list, p.period, r.list_rank, h.handle, nm.name, r.mentions, r.positive, r.negative, r.audience, r.is_employee,
         pl.platforms, w.weekday, bd.band, se.first_seen, se.last_seen, sm.sample_url, sm.sample_text
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
