/**
 * Top content: the brand's own posts published in the period, by engagements (ties: more
 * impressions first, then the earlier post). A post counts in the period of its local publishing
 * day ("posts published in the period", not activity in the period: lifetime metrics belong to
 * the post). Posts without an engagement count are left out rather than ranked as 0. Engagement
 * rate is per impression (engagements ÷ impressions, a fraction), null when the post has no
 * impressions.
 */
import type { MetricsReader } from '../kpi.ts';
import { groupByPeriod, num, numOrNull, rankInPeriod, snippet, str, type ListSqlContext, type SqlRow } from './rows.ts';
import type { TopContentRow } from './types.ts';

export function topContentSql(ctx: ListSqlContext, limit: number): string {
  return `
SELECT pd.period, ${rankInPeriod('pd.period', 'p.engagements DESC, p.impressions DESC NULLS LAST, p.published_at, p.id')} AS list_rank,
       p.id, p.platform, coalesce(p.account_name, p.account_id) AS account, p.post_type, p.url, p.text,
       ${ctx.localDay('p.published_at')} AS day, p.engagements, p.impressions, p.reach,
       p.engagements / nullif(p.impressions, 0) AS engagement_rate, p.campaign_id
FROM posts p ${ctx.byPeriod('p.published_at')}
WHERE p.engagements IS NOT NULL
QUALIFY list_rank <= ${limit}
ORDER BY pd.period, list_rank`;
}

function toRow(r: SqlRow): TopContentRow {
  return {
    rank: num(r.list_rank),
    id: String(r.id),
    platform: String(r.platform),
    account: str(r.account),
    postType: str(r.post_type),
    url: str(r.url),
    text: snippet(r.text),
    day: String(r.day),
    engagements: num(r.engagements),
    impressions: numOrNull(r.impressions),
    reach: numOrNull(r.reach),
    engagementRate: numOrNull(r.engagement_rate),
    campaignId: str(r.campaign_id),
  };
}

/** Top owned posts for every period of `ctx`, in one query. */
export async function topContent(reader: MetricsReader, ctx: ListSqlContext, limit: number): Promise<Map<string, TopContentRow[]>> {
  return groupByPeriod(await reader.query(topContentSql(ctx, limit)), toRow);
}
