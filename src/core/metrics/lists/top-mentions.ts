/**
 * Top mentions: brand mentions published in the period, by engagement, then reach (as the
 * listening tool reports them; missing values rank last), then the earlier mention. A mention
 * counts in the period of its local publishing day. The brand's own handles are left out: its
 * own posts are ranked in top content.
 */
import type { KpiSqlContext, MetricsReader } from '../kpi.ts';
import { groupByPeriod, handleSql, normalizeHandle, num, numOrNull, rankInPeriod, snippet, str, type SqlRow } from './rows.ts';
import type { TopMentionRow } from './types.ts';

export function topMentionsSql(ctx: KpiSqlContext, limit: number): string {
  const own = [...new Set(ctx.config.brand.handles.map(normalizeHandle).filter(Boolean))];
  const handle = handleSql('m.author_handle');
  const notOwn = own.length ? `AND (${handle} IS NULL OR lower(${handle}) NOT IN (${own.map(ctx.str).join(', ')}))` : '';
  return `
SELECT pd.period, ${rankInPeriod('pd.period', 'm.engagement DESC NULLS LAST, m.reach DESC NULLS LAST, m.published_at, m.id')} AS list_rank,
       m.id, m.platform, coalesce(${handle}, nullif(trim(m.author_name), '')) AS author, coalesce(m.is_employee, false) AS is_employee,
       m.url, m.title, m.text, m.sentiment, m.reach, m.engagement, ${ctx.localDay('m.published_at')} AS day
FROM mentions m ${ctx.byPeriod('m.published_at')}
WHERE ${ctx.isBrand('m')} ${notOwn}
QUALIFY list_rank <= ${limit}
ORDER BY pd.period, list_rank`;
}

function toRow(r: SqlRow): TopMentionRow {
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

/** Top brand mentions for every period of `ctx`, in one query. */
export async function topMentions(reader: MetricsReader, ctx: KpiSqlContext, limit: number): Promise<Map<string, TopMentionRow[]>> {
  return groupByPeriod(await reader.query(topMentionsSql(ctx, limit)), toRow);
}
