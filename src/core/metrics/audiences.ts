/**
 * What each audience's monthly report holds: which KPIs (in table order) and which charts.
 * Team reports are operational and get every KPI; sales speaks in leads, conversion, win rate,
 * deals won and their value, deal size, pipeline, revenue and web traffic; leadership gets the
 * business and brand headlines (revenue, value won, pipeline, share of voice, reputation and the
 * negative share, audience growth, social's share of web traffic, earned media).
 */
import type { AudienceName } from '../schema/config.ts';
import type { KpiRegistry } from './registry.ts';

export type ChartKind = 'daily_mentions' | 'weekly_leads' | 'share_of_voice';

export interface AudienceReportSpec {
  /** KPI ids in table order; `'*'` means every KPI of the registry. */
  kpis: readonly string[] | '*';
  /** The few KPIs shown first, large (ids among `kpis`). */
  highlights: readonly string[];
  charts: readonly ChartKind[];
}

export const monthlyAudienceSpecs: Record<AudienceName, AudienceReportSpec> = {
  team: {
    kpis: '*',
    highlights: ['listening.mentions', 'listening.share_of_voice', 'influencing.engagement_rate_impressions', 'selling.leads'],
    charts: ['daily_mentions'],
  },
  sales: {
    kpis: [
      'selling.leads',
      'selling.social_leads',
      'selling.lead_to_customer_rate',
      'selling.offer_conversion_rate',
      'selling.win_rate',
      'selling.deals_won',
      'selling.won_value',
      'selling.average_deal_size',
      'selling.pipeline_value',
      'selling.revenue',
      'selling.buyer_recency_days',
      'selling.buyer_frequency',
      'influencing.web_sessions',
      'influencing.social_traffic',
      'influencing.social_traffic_share',
      'influencing.offer_awareness',
      'listening.mentions',
      'listening.product_gaps',
    ],
    highlights: ['selling.social_leads', 'selling.win_rate', 'selling.pipeline_value', 'selling.revenue'],
    charts: ['weekly_leads', 'daily_mentions'],
  },
  leadership: {
    kpis: [
      'selling.revenue',
      'selling.won_value',
      'selling.leads',
      'selling.social_leads',
      'selling.win_rate',
      'selling.pipeline_value',
      'listening.share_of_voice',
      'listening.reputation_score',
      'listening.net_sentiment',
      'listening.negative_share',
      'listening.resolved_within_24h',
      'influencing.audience_growth_rate',
      'influencing.engagement_rate_impressions',
      'influencing.social_traffic',
      'influencing.social_traffic_share',
      'networking.earned_media_mentions',
      'networking.partnerships',
    ],
    highlights: ['selling.revenue', 'listening.share_of_voice', 'listening.net_sentiment', 'influencing.audience_growth_rate'],
    charts: ['share_of_voice', 'daily_mentions'],
  },
};

/** The KPI ids of a spec, resolved against a registry. */
export function specKpiIds(spec: AudienceReportSpec, registry: KpiRegistry): string[] {
  return spec.kpis === '*' ? registry.list().map((k) => k.id) : spec.kpis.map((id) => registry.require(id).id);
}
