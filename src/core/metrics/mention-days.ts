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
 * | sentiment | positive, neutral, negative or NULL |
 * | reach_estimated | the reach kind is `estimated`, `unknown` or not given |
 * | brand_hashtag | the mention carries one of the brand's hashtags (any hashtag when none is configured) |
 * | n | mentions |
 * | reach, reach_n | Σ reach and how many mentions had one |
 * | engagement, engagement_n | Σ engagement (else likes + comments + shares) and how many had one |
 * | shares, shares_n, shares_sq | Σ shares, how many had a share count, Σ shares² (the noise of a sum) |
 */
import type { MetricsConfig } from './kpi.ts';
import { localDaySql, sqlString } from './sql.ts';
import { brandHashtagSql, trackedNameSql } from './tracked-names.ts';

/** SQL expression: a mention's engagement, else likes + comments + shares (NULL when none is known). */
export const engagementSql = (alias: string): string =>
  `coalesce(${alias}.engagement, CASE WHEN ${alias}.likes IS NULL AND ${alias}.comments IS NULL AND ${alias}.shares IS NULL THEN NULL ELSE coalesce(${alias}.likes, 0) + coalesce(${alias}.comments, 0) + coalesce(${alias}.shares, 0) END)`;

/** SQL predicate: the mention's reach is an estimate or of unknown kind. */
export const estimatedReachSql = (alias: string): string => `(${alias}.reach_kind IS NULL OR lower(trim(${alias}.reach_kind)) IN ('estimated', 'unknown', ''))`;

/** The SELECT that fills the cube for the mentions published in [startUtc, endUtc). */
export function mentionDaysSql(config: MetricsConfig, span: { startUtc: string; endUtc: string }): string {
  return `
    SELECT ${localDaySql('m.published_at', config.timezone)} AS day, ${trackedNameSql(config, 'm')} AS name, m.sentiment,
           ${estimatedReachSql('m')} AS reach_estimated, ${brandHashtagSql(config, 'm')} AS brand_hashtag,
           count(*) AS n, sum(m.reach) AS reach, count(m.reach) AS reach_n,
           sum(${engagementSql('m')}) AS engagement, count(${engagementSql('m')}) AS engagement_n,
           sum(m.shares) AS shares, count(m.shares) AS shares_n, sum(CAST(m.shares AS DOUBLE) * m.shares) AS shares_sq
    FROM mentions m
    WHERE m.published_at >= TIMESTAMPTZ ${sqlString(span.startUtc)} AND m.published_at < TIMESTAMPTZ ${sqlString(span.endUtc)}
    GROUP BY ALL`;
}
