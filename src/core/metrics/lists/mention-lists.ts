/**
 * The three lists read from mentions (advocates, detractors, top mentions) as one query, shaped
 * for a million mentions. What each list means is decided in authors.ts and top-mentions.ts;
 * this module holds the rows they share and puts their parts together:
 *
 * - `mb`: the brand's mentions in the span of all periods, the brand's own accounts left out,
 *   read once with narrow columns only (no text, no URL) and materialized. Each row carries its
 *   cleaned handle and name, its author key and a whole-number author id (`aid`, the key's hash),
 *   worked out per row: a pass for the distinct spellings and a join back to them on two strings
 *   cost more than cleaning the strings of every row. The id only groups and joins; where the
 *   author's place in key order matters (the a–z tie-break) the key itself is compared, for the
 *   few candidates only. (Two keys sharing a 64-bit hash, about one chance in 10^10 for 50,000
 *   authors, would merge two authors.)
 * - Local time (`offs`): the time zone's offset is worked out once per UTC hour of the span of
 *   all periods (generated with `range`, no scan of the mentions) and kept as one list indexed
 *   by hour, which each row reads by position: a join on the hour would be planned with the
 *   million mentions as its hash table, the small side being misjudged. An hour whose two ends
 *   have different offsets (holds a clock change), or a row before 1970, falls back to a per-row
 *   conversion, so the local day and time are the same as `timezone(tz, published_at)` gives.
 * - `pds`: the period days with a whole-number period id (`pid`).
 * - `texts`: URL, title and text read once, for the few mentions the lists show or sample.
 *
 * Mention ids are unique in a data folder (imports keep the last row per id), so rows found again
 * by id are the rows ranked.
 */
import type { MetricsReader } from '../kpi.ts';
import { authorDetailCtes, authorRankCtes, toAuthorRow, type AuthorSentiment } from './authors.ts';
import { groupByPeriod, handleSql, inSpanSql, normalizeHandle, periodDaysSql, type ListSqlContext, type SqlRow } from './rows.ts';
import { toTopMentionRow, topMentionRankCtes, topMentionRowsCte } from './top-mentions.ts';
import type { AuthorRow, TopMentionRow } from './types.ts';

export interface MentionLists {
  positive: Map<string, AuthorRow[]>;
  negative: Map<string, AuthorRow[]>;
  top: Map<string, TopMentionRow[]>;
}

/** CTEs `pds`, `offs`, `mb`: the rows every mention list starts from. */
function mentionBaseCtes(ctx: ListSqlContext): string[] {
  const tz = ctx.str(ctx.config.timezone);
  const own = [...new Set(ctx.config.brand.handles.map(normalizeHandle).filter(Boolean))];
  const isOwn = own.length ? `coalesce(lower(handle) IN (${own.map(ctx.str).join(', ')}), false)` : 'false';
  // Hours are whole UTC hours since 1970 (`eu` is microseconds); earlier rows convert per row.
  const hourOf = (eu: string) => `CASE WHEN ${eu} >= 0 THEN ${eu} // 3600000000 END`;
  const spanUs = (utc: string) => `greatest(0, epoch_us(TIMESTAMPTZ ${ctx.str(utc)}))`;
  const offsetAt = (us: string) => `epoch_us(timezone(${tz}, make_timestamptz(${us}))) - (${us})`;
  return [
    `pds AS (${periodDaysSql(ctx)})`,
    `offs AS MATERIALIZED (
  SELECT min(h) AS h0, list(CASE WHEN o0 = o1 THEN o0 END ORDER BY h) AS offs
  FROM (SELECT h, ${offsetAt('h * 3600000000')} AS o0, ${offsetAt('h * 3600000000 + 3599999999')} AS o1
        FROM range(${hourOf(spanUs(ctx.span.startUtc))}, ${hourOf(spanUs(ctx.span.endUtc))} + 1) t(h))
)`,
    `mb AS MATERIALIZED (
  SELECT id, published_at, platform, sentiment, engagement, reach, author_followers, is_employee, handle, name, author_key,
         CASE WHEN author_key IS NOT NULL THEN hash(author_key) END AS aid, make_timestamp(lu) AS local_ts, CAST(make_timestamp(lu) AS DATE) AS day
  FROM (SELECT *, CASE WHEN handle IS NOT NULL THEN 'h:' || lower(handle) WHEN name IS NOT NULL THEN 'n:' || lower(name) END AS author_key
        FROM (SELECT m.id, m.published_at, m.platform, m.sentiment, m.engagement, m.reach, m.author_followers, m.is_employee,
                     ${handleSql('m.author_handle')} AS handle, nullif(trim(m.author_name), '') AS name,
                     coalesce(epoch_us(m.published_at) + o.offs[${hourOf('epoch_us(m.published_at)')} - o.h0 + 1], epoch_us(timezone(${tz}, m.published_at))) AS lu
              FROM mentions m CROSS JOIN offs o
              WHERE ${ctx.isBrand('m')} AND ${inSpanSql(ctx, 'm.published_at')}))
  WHERE NOT ${isOwn}
)`,
  ];
}

/** CTE `texts`: URL, title and text of the mentions the lists show (`need_text(id)`). */
function textsCte(ctx: ListSqlContext): string {
  return `texts AS MATERIALIZED (
  SELECT m.id, m.url, m.title, m.text FROM mentions m
  WHERE m.id IN (SELECT id FROM need_text) AND ${inSpanSql(ctx, 'm.published_at')}
  QUALIFY row_number() OVER (PARTITION BY m.id) = 1
)`;
}

/**
 * Advocates, detractors and top mentions for every period of `ctx`: rows carry `list`
 * ('positive', 'negative' or 'top'), ordered by list, period and rank.
 */
export function mentionListsSql(ctx: ListSqlContext, limit: number): string {
  const ctes = [
    ...mentionBaseCtes(ctx),
    ...authorRankCtes(limit),
    ...topMentionRankCtes(limit),
    `need_text AS (SELECT id FROM said UNION SELECT id FROM top_ranked)`,
    textsCte(ctx),
    ...authorDetailCtes(),
    topMentionRowsCte(),
  ];
  return `
WITH ${ctes.join(',\n')}
SELECT * FROM (SELECT * FROM author_rows UNION ALL BY NAME SELECT * FROM top_rows)
ORDER BY list, period, list_rank`;
}

/** The three mention lists for every period of `ctx`, in one query. */
export async function mentionLists(reader: MetricsReader, ctx: ListSqlContext, limit: number): Promise<MentionLists> {
  const rows = await reader.query(mentionListsSql(ctx, limit));
  const of = (list: AuthorSentiment | 'top') => rows.filter((r: SqlRow) => r.list === list);
  return {
    positive: groupByPeriod(of('positive'), toAuthorRow),
    negative: groupByPeriod(of('negative'), toAuthorRow),
    top: groupByPeriod(of('top'), toTopMentionRow),
  };
}
