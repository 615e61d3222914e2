/**
 * The three lists read from mentions (advocates, detractors, top mentions) as one query, shaped
 * for a million mentions. What each list means is decided in authors.ts and top-mentions.ts;
 * this module holds the rows they share and puts their parts together.
 *
 * The query runs in steps (`runSteps`), each read by later ones, most more than once: the mention
 * rows, the counted author pairs, the ranked authors and their rows, the top mentions, the texts
 * of the mentions shown. On DuckDB
 * they are materialized CTEs of the one query; ClickHouse works a CTE out again at each use, so
 * there each is kept in a temporary table (which also stops its Parquet reader from failing on
 * filters that reach through computed columns down to the file: "Not found column … in block",
 * ClickHouse 26.7).
 *
 * - `mb`: the brand's mentions in the span of all periods, the brand's own accounts left out,
 *   read once with narrow columns only (no text, no URL). Each row carries its cleaned handle and
 *   name, its author key and a whole-number author id (`aid`, the key's hash), worked out per
 *   row: a pass for the distinct spellings and a join back to them on two strings cost more than
 *   cleaning the strings of every row. The id only groups and joins; where the author's place in
 *   key order matters (the a–z tie-break) the key itself is compared, for the few candidates
 *   only. (Two keys sharing a 64-bit hash, about one chance in 10^10 for 50,000 authors, would
 *   merge two authors.)
 * - Local time (`offs`, DuckDB): the time zone's offset is worked out once per UTC hour of the
 *   span of all periods (generated with `range`, no scan of the mentions) and kept as one list
 *   indexed by hour, which each row reads by position: a join on the hour would be planned with
 *   the million mentions as its hash table, the small side being misjudged. An hour whose two
 *   ends have different offsets (holds a clock change), or a row before 1970, falls back to a
 *   per-row conversion, so the local day and time are the same as `timezone(tz, published_at)`
 *   gives. ClickHouse converts time zones fast from its own tables: there each row converts
 *   (`d.localTime`, `d.localDay`).
 * - `pds`: the period days with a whole-number period id (`pid`), a CTE of each statement.
 * - `texts`: URL, title and text read once, for the few mentions the lists show or sample.
 *
 * Mention ids are unique in a data folder (imports keep the last row per id), so rows found again
 * by id are the rows ranked.
 */
import { randomUUID } from 'node:crypto';
import type { MetricsReader } from '../kpi.ts';
import {
  AUTHOR_ROW_COLUMNS,
  authorCountStep,
  authorDetailCtes,
  authorRankStep,
  authorSaidCte,
  rankedAuthorMentionsStep,
  toAuthorRow,
  type AuthorSentiment,
} from './authors.ts';
import { groupByPeriod, handleSql, inSpanSql, normalizeHandle, periodDaysSql, runSteps, type ListSqlContext, type SqlRow, type SqlStep } from './rows.ts';
import { TOP_ROW_COLUMNS, toTopMentionRow, topMentionRowsCte, topMentionStep } from './top-mentions.ts';
import type { AuthorRow, TopMentionRow } from './types.ts';

export interface MentionLists {
  positive: Map<string, AuthorRow[]>;
  negative: Map<string, AuthorRow[]>;
  top: Map<string, TopMentionRow[]>;
}

/**
 * The local wall-clock time and day of `m.published_at`: CTEs to add, what to join to `mentions m`,
 * the columns the innermost select of `mb` adds, and the time and day over them (module doc).
 */
function localTimeOf(ctx: ListSqlContext): { ctes: string[]; join: string; columns: string; ts: string; day: string } {
  const { d } = ctx;
  const tz = d.str(ctx.config.timezone);
  if (d.name !== 'duckdb') {
    return {
      ctes: [],
      join: '',
      columns: `${d.localTime('m.published_at', ctx.config.timezone)} AS local_ts, ${d.localDay('m.published_at', ctx.config.timezone)} AS local_day`,
      ts: 'local_ts',
      day: 'local_day',
    };
  }
  // Hours are whole UTC hours since 1970 (`eu` is microseconds); earlier rows convert per row.
  const hourOf = (eu: string) => `CASE WHEN ${eu} >= 0 THEN ${d.intDiv(eu, '3600000000')} END`;
  const spanUs = (utc: string) => `greatest(0, epoch_us(${d.instant(utc)}))`;
  const offsetAt = (us: string) => `epoch_us(timezone(${tz}, make_timestamptz(${us}))) - (${us})`;
  return {
    ctes: [
      `offs AS MATERIALIZED (
  SELECT min(h) AS h0, list(CASE WHEN o0 = o1 THEN o0 END ORDER BY h) AS offs
  FROM (SELECT h, ${offsetAt('h * 3600000000')} AS o0, ${offsetAt('h * 3600000000 + 3599999999')} AS o1
        FROM range(${hourOf(spanUs(ctx.span.startUtc))}, ${hourOf(spanUs(ctx.span.endUtc))} + 1) t(h))
)`,
    ],
    join: 'CROSS JOIN offs o',
    columns: `coalesce(epoch_us(m.published_at) + o.offs[${hourOf('epoch_us(m.published_at)')} - o.h0 + 1], epoch_us(timezone(${tz}, m.published_at))) AS lu`,
    ts: 'make_timestamp(lu)',
    day: 'CAST(make_timestamp(lu) AS DATE)',
  };
}

/** The step of the rows `mb` (see the module doc; columns `MENTION_ROW_COLUMNS`). */
export function mentionRowsStep(ctx: ListSqlContext): Omit<SqlStep, 'name'> {
  const { d } = ctx;
  const own = [...new Set(ctx.config.brand.handles.map(normalizeHandle).filter(Boolean))];
  const isOwn = own.length ? `coalesce(${d.lowerText('handle')} IN ${d.strList(own)}, false)` : 'false';
  const local = localTimeOf(ctx);
  const select = `SELECT id, published_at, platform, sentiment, engagement, reach, author_followers, is_employee, handle, name, author_key,
       CASE WHEN author_key IS NOT NULL THEN ${d.hash('author_key')} END AS aid, ${local.ts} AS local_ts, ${local.day} AS day
FROM (SELECT *, CASE WHEN handle IS NOT NULL THEN 'h:' || ${d.lowerText('handle')} WHEN name IS NOT NULL THEN 'n:' || ${d.lowerText('name')} END AS author_key
      FROM (SELECT m.id, m.published_at, m.platform, m.sentiment, m.engagement, m.reach, m.author_followers, m.is_employee,
                   ${handleSql('m.author_handle')} AS handle, nullif(trim(m.author_name), '') AS name,
                   ${local.columns}
            FROM mentions m ${local.join}
            WHERE ${ctx.isBrand('m')} AND ${inSpanSql(ctx, 'm.published_at')}))
WHERE NOT ${isOwn}`;
  return { ctes: local.ctes, select };
}

/** The step (over `mine` and `top_ranked`) of the URL, title and text of the mentions the lists show or sample. */
function textsStep(ctx: ListSqlContext): Omit<SqlStep, 'name'> {
  return {
    ctes: [authorSaidCte, `need_text AS (SELECT id FROM said UNION DISTINCT SELECT id FROM top_ranked)`],
    select: `SELECT m.id AS id, m.url AS url, m.title AS title, m.text AS text FROM mentions m
WHERE m.id IN (SELECT id FROM need_text) AND ${inSpanSql(ctx, 'm.published_at')}
QUALIFY row_number() OVER (PARTITION BY m.id) = 1`,
  };
}

/**
 * Advocates, detractors and top mentions for every period of `ctx`, in steps (`runSteps`): rows
 * carry `list` ('positive', 'negative' or 'top'), ordered by list, period and rank.
 */
export function mentionListsSteps(ctx: ListSqlContext, limit: number): { base: string[]; steps: SqlStep[]; final: { ctes: string[]; select: string } } {
  const { d } = ctx;
  // Each step's name: its CTE where the engine materializes CTEs, else a temporary table's.
  const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
  const name = (cte: string) => (d.materializesCtes ? cte : `cad_${cte}_${suffix}`);
  const [mb, cnt, ranked, mine, top, texts] = ['mb', 'cnt', 'ranked', 'mine', 'top_ranked', 'texts'].map(name) as [string, string, string, string, string, string];
  // The texts step and the final query read the small steps by their CTE names.
  const read = (pairs: [string, string][]) => pairs.filter(([cte, t]) => cte !== t).map(([cte, t]) => `${cte} AS (SELECT * FROM ${t})`);
  const small: [string, string][] = [['ranked', ranked], ['mine', mine], ['top_ranked', top]];
  const text = textsStep(ctx);
  const steps: SqlStep[] = [
    { name: mb, ...mentionRowsStep(ctx) },
    { name: cnt, ...authorCountStep(d, mb) },
    { name: ranked, ...authorRankStep(d, limit, mb, cnt) },
    { name: mine, ...rankedAuthorMentionsStep(ranked, mb) },
    { name: top, ...topMentionStep(d, limit, mb) },
    { name: texts, ctes: [...read(small), ...text.ctes], select: text.select },
  ];
  const ctes = [
    ...read([...small, ['texts', texts]]),
    authorSaidCte,
    ...authorDetailCtes(d),
    topMentionRowsCte(),
  ];
  // The two kinds of rows in one result: each kind's columns, NULL in the other kind's.
  const columns = [...new Set([...AUTHOR_ROW_COLUMNS, ...TOP_ROW_COLUMNS])];
  const of = (own: readonly string[]) => columns.map((c) => (own.includes(c) ? c : `NULL AS ${c}`)).join(', ');
  const select = `SELECT * FROM (SELECT ${of(AUTHOR_ROW_COLUMNS)} FROM author_rows UNION ALL SELECT ${of(TOP_ROW_COLUMNS)} FROM top_rows)
ORDER BY list, period, list_rank`;
  return { base: [`pds AS (${periodDaysSql(ctx)})`], steps, final: { ctes, select } };
}

/** The three mention lists for every period of `ctx`, in one run of steps. */
export async function mentionLists(reader: MetricsReader, ctx: ListSqlContext, limit: number): Promise<MentionLists> {
  const { base, steps, final } = mentionListsSteps(ctx, limit);
  const rows = await runSteps(reader, ctx.d, base, steps, final);
  const of = (list: AuthorSentiment | 'top') => rows.filter((r: SqlRow) => r.list === list);
  return {
    positive: groupByPeriod(of('positive'), toAuthorRow),
    negative: groupByPeriod(of('negative'), toAuthorRow),
    top: groupByPeriod(of('top'), toTopMentionRow),
  };
}
