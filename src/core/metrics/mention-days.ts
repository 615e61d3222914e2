/**
 * The mention day cube: brand and competitor mentions summed per local day, tracked name,
 * sentiment, reach kind and brand-hashtag use. A build makes it once (one scan of the mentions)
 * when a query asks for it (`ctx.mentionDays`); every additive mention KPI then reads a few
 * thousand rows instead of every mention. Columns:
 *
 * | column | meaning |
 * | --- | --- |
 * | day | local calendar day (reporting time zone) of `published_at` |
 * | name | tracked name (brand or competitor, as tracked-names.ts decides), NULL for other mentions |
 * | unmatched | the mention is about no tracked name at all (not matched; see tracked-names.ts) |
 * | sentiment | positive, neutral, negative or NULL |
 * | reach_estimated | the reach kind is `estimated`, `unknown` or not given |
 * | brand_hashtag | the mention carries one of the brand's hashtags (any hashtag when none is configured; from the text when no column holds hashtags) |
 * | n | mentions |
 * | reach, reach_n | Σ reach and how many mentions had one |
 * | engagement, engagement_n | Σ engagement (else likes + comments + shares) and how many had one |
 * | shares, shares_n, shares_sq | Σ shares, how many had a share count, Σ shares² (the noise of a sum) |
 */
import type { Dialect } from '../store/dialect.ts';
import type { MetricsConfig } from './kpi.ts';
import { brandHashtagSql, trackedNameSql, unmatchedSql } from './tracked-names.ts';

/** SQL expression: a mention's engagement, else likes + comments + shares (NULL when none is known). */
export const engagementSql = (alias: string): string =>
  `coalesce(${alias}.engagement, CASE WHEN ${alias}.likes IS NULL AND ${alias}.comments IS NULL AND ${alias}.shares IS NULL THEN NULL ELSE coalesce(${alias}.likes, 0) + coalesce(${alias}.comments, 0) + coalesce(${alias}.shares, 0) END)`;

/** SQL predicate: the mention's reach is an estimate or of unknown kind. */
export const estimatedReachSql = (alias: string): string => `(${alias}.reach_kind IS NULL OR lower(trim(${alias}.reach_kind)) IN ('estimated', 'unknown', ''))`;

/**
 * The SELECT that fills the cube for the mentions published in [startUtc, endUtc). The local day
 * comes from a table of UTC offsets per UTC hour of the span (one time-zone conversion per hour
 * instead of per mention, about twice as fast on a million rows); an hour in which the offset
 * changes (a clock change at a non-whole hour) gets NULL there and its rows convert one by one.
 */
export function mentionDaysSql(d: Dialect, config: MetricsConfig, span: { startUtc: string; endUtc: string }): string {
  const from = d.instant(span.startUtc);
  const to = d.instant(span.endUtc);
  const local = localDayByHour(d, 'm.published_at', config.timezone, span);
  return `
    ${local.with}
    SELECT ${local.day} AS day,
           ${trackedNameSql(d, config, 'm')} AS name, ${unmatchedSql(d, config, 'm')} AS unmatched, m.sentiment,
           ${estimatedReachSql('m')} AS reach_estimated, ${brandHashtagSql(d, config, 'm')} AS brand_hashtag,
           count(*) AS n, sum(m.reach) AS reach, count(m.reach) AS reach_n,
           sum(${engagementSql('m')}) AS engagement, count(${engagementSql('m')}) AS engagement_n,
           sum(m.shares) AS shares, count(m.shares) AS shares_n, sum(CAST(m.shares AS DOUBLE) * m.shares) AS shares_sq
    FROM mentions m
    ${local.join}
    WHERE m.published_at >= ${from} AND m.published_at < ${to}
    GROUP BY ALL`;
}

/**
 * The local day of a UTC timestamp column over many rows. DuckDB converts time zones slowly, so
 * there it comes from a table of UTC offsets per UTC hour of the span (`with` and `join`; one
 * conversion per hour instead of per row, about twice as fast on a million rows); an hour in which
 * the offset changes (a clock change at a non-whole hour) gets NULL there and its rows convert one
 * by one. ClickHouse converts from its own offset tables: the plain form.
 */
export function localDayByHour(d: Dialect, column: string, timezone: string, span: { startUtc: string; endUtc: string }): { with: string; join: string; day: string } {
  if (d.name !== 'duckdb') return { with: '', join: '', day: d.localDay(column, timezone) };
  const tz = d.str(timezone);
  const H = 3_600_000_000; // microseconds in an hour
  const offsetAt = (us: string) => `epoch_us(timezone(${tz}, make_timestamptz(${us}))) - (${us})`;
  return {
    with: `WITH offs AS (
      SELECT h, CASE WHEN o0 = o1 THEN o0 END AS off
      FROM (SELECT h, ${offsetAt(`h * ${H}`)} AS o0, ${offsetAt(`h * ${H} + ${H - 1}`)} AS o1
            FROM range(epoch_us(${d.instant(span.startUtc)}) // ${H}, epoch_us(${d.instant(span.endUtc)}) // ${H} + 1) r(h))
    )`,
    join: `LEFT JOIN offs o ON o.h = CASE WHEN epoch_us(${column}) >= 0 THEN epoch_us(${column}) // ${H} END`,
    day: `CAST(make_timestamp(coalesce(epoch_us(${column}) + o.off, epoch_us(timezone(${tz}, ${column})))) AS DATE)`,
  };
}
