/**
 * Which offers and services drew interest in the period, for sales. One row per offer with any
 * activity in the period, from three sources met by offer id (trimmed, case kept):
 * - the offer report (offers entity): impressions, clicks, redemptions (`conversions`) and their
 *   revenue, summed over the days of the period (`date` is already a local day) and every channel;
 *   click-through rate is clicks ÷ impressions. Null when the report has no row for the offer in
 *   the period, so "not reported" never reads as 0;
 * - leads created in the period (local day of `created_at`) naming the offer (`offer_id`),
 *   archived leads left out (as in the selling KPIs): all, social-sourced (`is_social`), and
 *   enterprise;
 * - orders placed in the period redeeming the offer (`offer_id`), refunded orders left out (as in
 *   the selling KPIs), with their amounts (after discounts) to the cent. Null when no orders are
 *   imported.
 * Deals carry no offer, so they are not used.
 *
 * Enterprise (B2B) lead: a segment that is not a consumer one (consumer, consumers, b2c, private,
 * individual, personal — compared ignoring case), or, when the segment is empty, a company name.
 * Services: enterprise leads that name no offer still came for something, their landing page; such
 * pages (the path only: no scheme, host, query or trailing "/") are rows of kind `service` with
 * their lead counts and no offer figures. Company names never leave this query: rows are
 * aggregates, with no person or company in them.
 *
 * Rows rank by leads, then clicks (none last), then social leads, then offers before services,
 * then id. The list is unavailable where neither offers nor leads cover the period, and
 * everywhere when no offers are imported and no lead names an offer.
 */
import { because, type Reason } from '../../i18n/reason.ts';
import type { Period } from '../../periods/period.ts';
import { coverageGap } from '../coverage.ts';
import type { Dialect } from '../../store/dialect.ts';
import { unavailable, type KpiValue, type MetricsReader } from '../kpi.ts';
import { groupByPeriod, num, numOrNull, rankInPeriod, str, type ListSqlContext, type SqlRow } from './rows.ts';
import type { OfferInterestRow } from './types.ts';

/** Segments that mark a consumer, not a business (lower case). */
export const CONSUMER_SEGMENTS = ['consumer', 'consumers', 'b2c', 'private', 'individual', 'personal'] as const;

/** SQL: whether lead `l` is an enterprise (B2B) lead (see the module doc). */
export const isEnterpriseLeadSql = (d: Dialect, l: string): string =>
  `CASE WHEN nullif(trim(${l}.segment), '') IS NOT NULL THEN ${d.lowerText(`trim(${l}.segment)`)} NOT IN ${d.strList(CONSUMER_SEGMENTS)}
        ELSE nullif(trim(${l}.company), '') IS NOT NULL END`;

/** SQL: the path of a landing page URL ("https://x.com/b2b/a/?utm=1" → "/b2b/a"); "/" for the home page. */
export const landingPathSql = (column: string): string =>
  `coalesce(nullif(rtrim(regexp_replace(regexp_replace(trim(${column}), '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*', ''), '[?#].*$', ''), '/'), ''), '/')`;

export function offerInterestSql(ctx: ListSqlContext, limit: number): string {
  const { d } = ctx;
  const offerId = (col: string) => `nullif(trim(${col}), '')`;
  return `
WITH report AS (
  SELECT pd.period, ${offerId('o.offer_id')} AS id,
         ${d.argMax("nullif(trim(o.offer_name), '')", 'o.date')} AS name,
         sum(o.impressions) AS impressions, sum(o.clicks) AS clicks, sum(o.conversions) AS redemptions, sum(o.revenue) AS revenue
  FROM offers o ${ctx.byPeriodDate('o.date')}
  WHERE ${offerId('o.offer_id')} IS NOT NULL
  GROUP BY ALL
),
lead_rows AS (
  SELECT pd.period, ${offerId('l.offer_id')} AS offer, l.landing_page, coalesce(l.is_social, false) AS social,
         coalesce(${isEnterpriseLeadSql(d, 'l')}, false) AS enterprise
  FROM leads l ${ctx.byPeriod('l.created_at')}
  WHERE coalesce(l.archived, false) = false
),
interest AS (
  SELECT period, 'offer' AS kind, offer AS id, count(*) AS leads, count(*) FILTER (WHERE social) AS social_leads,
         count(*) FILTER (WHERE enterprise) AS enterprise_leads
  FROM lead_rows WHERE offer IS NOT NULL GROUP BY ALL
  UNION ALL
  SELECT period, 'service', ${landingPathSql('landing_page')}, count(*), count(*) FILTER (WHERE social), count(*)
  FROM lead_rows WHERE offer IS NULL AND enterprise AND nullif(trim(landing_page), '') IS NOT NULL GROUP BY ALL
),
redeemed AS (
  SELECT pd.period, ${offerId('o.offer_id')} AS id, count(*) AS orders, sum(o.amount) AS order_revenue
  FROM orders o ${ctx.byPeriod('o.ordered_at')}
  WHERE ${offerId('o.offer_id')} IS NOT NULL AND coalesce(o.refunded, false) = false
  GROUP BY ALL
),
keyed AS (
  SELECT period, 'offer' AS kind, id FROM report
  UNION DISTINCT SELECT period, kind, id FROM interest
  UNION DISTINCT SELECT period, 'offer', id FROM redeemed
)
SELECT k.period AS period, k.kind AS kind, k.id AS id, r.name AS name, r.impressions AS impressions, r.clicks AS clicks, r.clicks / nullif(r.impressions, 0) AS click_rate,
       r.redemptions AS redemptions, r.revenue AS revenue, coalesce(i.leads, 0) AS leads, coalesce(i.social_leads, 0) AS social_leads,
       coalesce(i.enterprise_leads, 0) AS enterprise_leads, coalesce(d.orders, 0) AS orders, d.order_revenue AS order_revenue,
       ${rankInPeriod('k.period', 'coalesce(i.leads, 0) DESC, r.clicks DESC NULLS LAST, coalesce(i.social_leads, 0) DESC, k.kind, k.id')} AS list_rank
FROM keyed k
LEFT JOIN report r ON k.kind = 'offer' AND r.period = k.period AND r.id = k.id
LEFT JOIN interest i ON i.period = k.period AND i.kind = k.kind AND i.id = k.id
LEFT JOIN redeemed d ON k.kind = 'offer' AND d.period = k.period AND d.id = k.id
QUALIFY list_rank <= ${limit}
ORDER BY k.period, list_rank`;
}

/** Unavailable where neither offers nor leads cover `period`; null when one does. */
export function offerInterestGap(manifest: MetricsReader['manifest'], period: Period): KpiValue | null {
  const offers = coverageGap(manifest, ['offers'], period);
  const leads = coverageGap(manifest, ['leads'], period);
  if (!offers || !leads || offers.available || leads.available) return null;
  return offers.code === 'no_data' && leads.code === 'no_data'
    ? unavailable('no_data', { key: 'noOffersOrLeads' })
    : unavailable('not_covered', { key: 'noOffersOrLeadsFor', period: period.id });
}

const cents = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);

/** Offers and services for every period of `ctx`, in one query; unavailable when nothing names an offer. */
export async function offerInterest(
  reader: MetricsReader,
  ctx: ListSqlContext,
  limit: number,
): Promise<Map<string, OfferInterestRow[]> | { available: false; code: 'no_data'; reason: string; why?: Reason }> {
  if ((reader.manifest.entities.offers?.rows ?? 0) === 0) {
    const [row] = await reader.query(`SELECT count(*) AS n FROM leads WHERE nullif(trim(offer_id), '') IS NOT NULL`);
    if (num(row?.n) === 0) return { available: false, code: 'no_data', ...because({ key: 'noOfferNamed' }) };
  }
  const ordersImported = (reader.manifest.entities.orders?.rows ?? 0) > 0;
  const toRow = (r: SqlRow): OfferInterestRow => {
    const offer = r.kind === 'offer';
    return {
      rank: num(r.list_rank),
      kind: offer ? 'offer' : 'service',
      id: String(r.id),
      name: str(r.name),
      impressions: numOrNull(r.impressions),
      clicks: numOrNull(r.clicks),
      clickRate: numOrNull(r.click_rate),
      redemptions: numOrNull(r.redemptions),
      revenue: cents(numOrNull(r.revenue)),
      leads: num(r.leads),
      socialLeads: num(r.social_leads),
      enterpriseLeads: num(r.enterprise_leads),
      orders: offer && ordersImported ? num(r.orders) : null,
      orderRevenue: offer && ordersImported ? (cents(numOrNull(r.order_revenue)) ?? 0) : null,
    };
  };
  return groupByPeriod(await reader.query(offerInterestSql(ctx, limit)), toRow);
}
