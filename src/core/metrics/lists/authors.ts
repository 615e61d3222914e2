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
 * One query serves every period: rows meet the period days of `ctx.byPeriod`.
 */
import type { KpiSqlContext, MetricsReader } from '../kpi.ts';
import { groupByPeriod, handleSql, jsonList, normalizeHandle, num, numOrNull, rankInPeriod, snippet, str, type SqlRow } from './rows.ts';
import type { AuthorRow } from './types.ts';

/** Fewer mentions of the sentiment than this and an author is not listed. */
export const MIN_AUTHOR_MENTIONS = 2;

export const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "06–09" for the band starting at 6 (local hours, three wide). */
export const hourBand = (startHour: number): string => `${String(startHour).padStart(2, '0')}–${String(startHour + 3).padStart(2, '0')}`;

export function authorsSql(ctx: KpiSqlContext, sentiment: 'positive' | 'negative', limit: number): string {
  const own = [...new Set(ctx.config.brand.handles.map(normalizeHandle).filter(Boolean))];
  const notOwn = own.length ? `AND (m.handle IS NULL OR lower(m.handle) NOT IN (${own.map(ctx.str).join(', ')}))` : '';
  const local = `timezone(${ctx.str(ctx.config.timezone)}, m.published_at)`;
  const s = ctx.str(sentiment);
  return `
WITH base AS (
  SELECT pd.period, m.id, m.published_at, ${local} AS local_ts, m.platform, m.url, coalesce(m.text, m.title) AS body,
         m.sentiment, m.engagement, m.reach, m.author_followers, m.is_employee, m.handle, m.name,
         CASE WHEN m.handle IS NOT NULL THEN 'h:' || lower(m.handle) ELSE 'n:' || lower(m.name) END AS author_key
  FROM (SELECT *, ${handleSql('author_handle')} AS handle, nullif(trim(author_name), '') AS name FROM mentions) m
  ${ctx.byPeriod('m.published_at')}
  WHERE ${ctx.isBrand('m')} AND coalesce(m.handle, m.name) IS NOT NULL ${notOwn}
),
authors AS (
  SELECT period, author_key, count(*) AS mentions,
         count(*) FILTER (WHERE sentiment = 'positive') AS positive,
         count(*) FILTER (WHERE sentiment = 'negative') AS negative,
         coalesce(max(author_followers), max(reach)) AS audience,
         coalesce(bool_or(is_employee), false) AS is_employee
  FROM base GROUP BY period, author_key
),
ranked AS (
  SELECT *, ${rankInPeriod('period', `${sentiment} DESC, audience DESC NULLS LAST, substr(author_key, 3), author_key`)} AS list_rank
  FROM authors WHERE ${sentiment} >= ${MIN_AUTHOR_MENTIONS}
  QUALIFY list_rank <= ${limit}
),
mine AS (SELECT b.* FROM base b JOIN ranked r ON r.period = b.period AND r.author_key = b.author_key),
said AS (SELECT * FROM mine WHERE sentiment = ${s}),
handles AS (
  SELECT period, author_key, first(handle ORDER BY n DESC, first_at) AS handle
  FROM (SELECT period, author_key, handle, count(*) AS n, min(published_at) AS first_at FROM mine WHERE handle IS NOT NULL GROUP BY ALL)
  GROUP BY ALL
),
names AS (
  SELECT period, author_key, first(name ORDER BY n DESC, first_at) AS name
  FROM (SELECT period, author_key, name, count(*) AS n, min(published_at) AS first_at FROM mine WHERE name IS NOT NULL GROUP BY ALL)
  GROUP BY ALL
),
platforms AS (
  SELECT period, author_key, to_json(list({'platform': platform, 'mentions': n} ORDER BY n DESC, platform)[1:3])::VARCHAR AS platforms
  FROM (SELECT period, author_key, platform, count(*) AS n FROM said GROUP BY ALL)
  GROUP BY ALL
),
weekdays AS (
  SELECT period, author_key, first(wd ORDER BY n DESC, wd) AS weekday
  FROM (SELECT period, author_key, isodow(local_ts) AS wd, count(*) AS n FROM said GROUP BY ALL)
  GROUP BY ALL
),
bands AS (
  SELECT period, author_key, first(band ORDER BY n DESC, band) AS band
  FROM (SELECT period, author_key, 3 * (hour(local_ts) // 3) AS band, count(*) AS n FROM said GROUP BY ALL)
  GROUP BY ALL
),
seen AS (
  SELECT period, author_key, CAST(min(local_ts) AS DATE) AS first_seen, CAST(max(local_ts) AS DATE) AS last_seen FROM said GROUP BY ALL
),
samples AS (
  SELECT period, author_key, url AS sample_url, body AS sample_text FROM said
  QUALIFY row_number() OVER (PARTITION BY period, author_key ORDER BY body IS NULL, engagement DESC NULLS LAST, reach DESC NULLS LAST, published_at, id) = 1
)
SELECT r.period, r.list_rank, h.handle, nm.name, r.mentions, r.positive, r.negative, r.audience, r.is_employee,
       p.platforms, w.weekday, bd.band, se.first_seen, se.last_seen, sm.sample_url, sm.sample_text
FROM ranked r
LEFT JOIN handles h USING (period, author_key)
LEFT JOIN names nm USING (period, author_key)
LEFT JOIN platforms p USING (period, author_key)
LEFT JOIN weekdays w USING (period, author_key)
LEFT JOIN bands bd USING (period, author_key)
LEFT JOIN seen se USING (period, author_key)
LEFT JOIN samples sm USING (period, author_key)
ORDER BY r.period, r.list_rank`;
}

function toAuthorRow(r: SqlRow): AuthorRow {
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

/** Advocates (`positive`) or detractors (`negative`) for every period of `ctx`, in one query. */
export async function authorLists(reader: MetricsReader, ctx: KpiSqlContext, sentiment: 'positive' | 'negative', limit: number): Promise<Map<string, AuthorRow[]>> {
  return groupByPeriod(await reader.query(authorsSql(ctx, sentiment, limit)), toAuthorRow);
}
