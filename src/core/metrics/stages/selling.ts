/**
 * Selling KPIs: leads and their conversion, offers, deals (win rate, deal size, pipeline),
 * revenue and how recently and how often customers buy.
 *
 * Decisions:
 * - Archived (deleted) CRM records and refunded orders never count.
 * - Lead → customer rate is a cohort view: the leads created in the period, and whether they have
 *   become customers by the time of the data (not by the end of the period). Recent cohorts read
 *   low and rise as their leads convert.
 * - Deal size and win rate place a deal by its close day; pipeline value is a level at the
 *   period's end (open then: created before the end and still open now, or closed after the end),
 *   so it needs only rows (`coverage: 'rows'`) and a month is not the sum of its days. An open
 *   deal counts as open whatever its close date says (CRMs keep the expected close date there).
 * - Buyer recency is the median over customers of the days from their last order to the period's
 *   last day (local days, an order on the last day is 0 days), over the customers with an order in
 *   the 365 days ending on that day. Buyer frequency is orders ÷ distinct customers in the period.
 */
import { defineKpi, type KpiSqlContext } from '../kpi.ts';

const notArchived = (alias: string) => `coalesce(${alias}.archived, false) = false`;
const notRefunded = (alias: string) => `coalesce(${alias}.refunded, false) = false`;

/**
 * The total amount of a set of deals per period (`from`: the FROM … GROUP BY of deals `d` placed in
 * periods `<periodAlias>.period`): 0 in a period without such deals, NULL (unavailable) when none
 * of them has an amount, and a note counting those without one — never a 0 made of missing amounts.
 * Inputs: the deals, those without an amount, the social-sourced part of the amount.
 */
function dealAmountsSql(c: KpiSqlContext, from: string, periodAlias: string, noun: 'open' | 'won', names: { deals: string; missing: string; social: string }): string {
  return `
    WITH agg AS (
      SELECT ${periodAlias}.period, sum(d.amount) AS amount, count(*) AS deals, count(d.amount) AS with_amount,
             coalesce(sum(d.amount) FILTER (WHERE d.is_social), 0) AS social
      ${from})
    SELECT p.period,
           CASE WHEN a.period IS NULL THEN 0 WHEN a.with_amount = 0 THEN NULL ELSE a.amount END AS value,
           coalesce(a.deals, 0) AS ${names.deals}, coalesce(a.deals - a.with_amount, 0) AS ${names.missing}, coalesce(a.social, 0) AS ${names.social},
           CASE WHEN a.with_amount > 0 AND a.with_amount < a.deals
                THEN format('{} of the {} ${noun} deals have no amount and are not in the value', a.deals - a.with_amount, a.deals)
           END AS note
    FROM ${c.periods} p LEFT JOIN agg a ON a.period = p.period`;
}

export const leadsKpi = defineKpi({
  id: 'selling.leads',
  stage: 'selling',
  label: 'Leads',
  unit: 'count',
  direction: 'up',
  definition: 'Contacts created in the CRM in the period, from every channel (deleted or archived records left out).',
  entities: ['leads'],
  sql: (c) => `SELECT pd.period, count(*) AS value FROM leads l ${c.byPeriod('l.created_at')} WHERE coalesce(l.archived, false) = false GROUP BY pd.period`,
});

export const socialLeadsKpi = defineKpi({
  id: 'selling.social_leads',
  stage: 'selling',
  label: 'Leads from social',
  unit: 'count',
  direction: 'up',
  definition: 'Leads created in the period that came from social (by channel, original source, lead source or UTM).',
  entities: ['leads'],
  sql: (c) => `SELECT pd.period, count(*) AS value FROM leads l ${c.byPeriod('l.created_at')} WHERE l.is_social AND coalesce(l.archived, false) = false GROUP BY pd.period`,
});

export const offerConversionRateKpi = defineKpi({
  id: 'selling.offer_conversion_rate',
  stage: 'selling',
  label: 'Offer conversion rate',
  unit: 'percent',
  direction: 'up',
  definition:
    'Conversions (redemptions or sign-ups) ÷ clicks on the offers, summed over the offer rows of every channel on the days of the period; rows without a click or conversion count are left out.',
  entities: ['offers'],
  whenEmpty: 'no offer clicks in the period',
  sample: { inputs: ['clicks'], noun: 'clicks' },
  sql: (c) => `
    SELECT pd.period, sum(o.conversions) / nullif(sum(o.clicks), 0) AS value, sum(o.conversions) AS conversions, sum(o.clicks) AS clicks
    FROM offers o ${c.byPeriodDate('o.date')} WHERE o.clicks IS NOT NULL AND o.conversions IS NOT NULL GROUP BY pd.period`,
});

export const leadToCustomerRateKpi = defineKpi({
  id: 'selling.lead_to_customer_rate',
  stage: 'selling',
  label: 'Lead → customer rate',
  unit: 'percent',
  direction: 'up',
  definition:
    'Of the leads created in the period (by the local day of creation, archived records left out), the share that have become customers: a customer date is set, or the lifecycle stage is customer or evangelist. This follows each month’s leads as a group: conversions count whenever they happened, up to the latest data, so the most recent periods read low until their leads have had time to convert.',
  entities: ['leads'],
  whenEmpty: 'no leads created in the period',
  sample: { inputs: ['leads'], noun: 'leads' },
  sql: (c) => `
    SELECT pd.period, count(*) FILTER (WHERE l.converted) / count(*) AS value, count(*) AS leads, count(*) FILTER (WHERE l.converted) AS customers
    FROM (SELECT l.created_at, (l.became_customer_at IS NOT NULL OR l.lifecycle_stage IN ('customer', 'evangelist')) AS converted
          FROM leads l WHERE ${notArchived('l')}) l ${c.byPeriod('l.created_at')}
    GROUP BY pd.period`,
});

export const winRateKpi = defineKpi({
  id: 'selling.win_rate',
  stage: 'selling',
  label: 'Win rate',
  unit: 'percent',
  direction: 'up',
  definition: 'Deals won ÷ deals won or lost, over the deals closed in the period (archived deals left out).',
  entities: ['deals'],
  coverage: 'rows',
  whenEmpty: 'no deals won or lost in the period',
  sample: { inputs: ['closed'], noun: 'deals' },
  sql: (c) => `
    SELECT pd.period, count(*) FILTER (WHERE d.status = 'won') / nullif(count(*), 0) AS value,
           count(*) FILTER (WHERE d.status = 'won') AS won, count(*) AS closed
    FROM deals d ${c.byPeriod('d.closed_at')} WHERE d.status IN ('won', 'lost') AND coalesce(d.archived, false) = false GROUP BY pd.period`,
});

export const dealsWonKpi = defineKpi({
  id: 'selling.deals_won',
  stage: 'selling',
  label: 'Deals won',
  unit: 'count',
  direction: 'up',
  coverage: 'rows',
  definition: 'Deals won in the period, placed by the local day they closed (archived deals left out); the social-sourced ones are given alongside.',
  entities: ['deals'],
  sql: (c) => `
    SELECT pd.period, count(*) AS value, count(*) FILTER (WHERE d.is_social) AS social_won
    FROM deals d ${c.byPeriod('d.closed_at')} WHERE d.status = 'won' AND ${notArchived('d')} GROUP BY pd.period`,
});

export const wonValueKpi = defineKpi({
  id: 'selling.won_value',
  stage: 'selling',
  label: 'Value won',
  unit: 'currency',
  direction: 'up',
  coverage: 'rows',
  definition:
    'Total amount of the deals won in the period, placed by the local day they closed (archived deals left out); won deals without an amount cannot be counted, and the note says how many there are. The part from social-sourced deals is given alongside.',
  entities: ['deals'],
  fields: { deals: ['amount'] },
  whenEmpty: 'none of the deals won in the period has an amount',
  sql: (c) =>
    dealAmountsSql(c, `FROM deals d ${c.byPeriod('d.closed_at')} WHERE d.status = 'won' AND ${notArchived('d')} GROUP BY pd.period`, 'pd', 'won', {
      deals: 'won_deals',
      missing: 'won_deals_without_amount',
      social: 'social_value',
    }),
});

export const averageDealSizeKpi = defineKpi({
  id: 'selling.average_deal_size',
  stage: 'selling',
  label: 'Average deal size',
  unit: 'currency',
  direction: 'up',
  aggregation: 'rate',
  coverage: 'rows',
  definition: 'Total amount ÷ number of the deals won in the period, placed by the local day they closed; archived deals and won deals without an amount are left out.',
  entities: ['deals'],
  fields: { deals: ['amount'] },
  whenEmpty: 'no deals won in the period',
  sample: { inputs: ['won_deals'], noun: 'deals' },
  sql: (c) => `
    SELECT pd.period, avg(d.amount) AS value, count(*) AS won_deals, sum(d.amount) AS won_amount
    FROM deals d ${c.byPeriod('d.closed_at')} WHERE d.status = 'won' AND d.amount IS NOT NULL AND ${notArchived('d')} GROUP BY pd.period`,
});

export const pipelineValueKpi = defineKpi({
  id: 'selling.pipeline_value',
  stage: 'selling',
  label: 'Pipeline value',
  unit: 'currency',
  direction: 'up',
  aggregation: 'rate',
  coverage: 'rows',
  definition:
    'Total amount of the deals open at the end of the period: created before the period ended and either still open or closed (won or lost) after it ended. Archived deals are left out; an open deal counts whatever close date it shows. Open deals without an amount cannot be counted: the note says how many there are, and when none of the open deals has an amount the value is unavailable, never 0. The part from social-sourced deals is shown alongside.',
  entities: ['deals'],
  fields: { deals: ['amount'] },
  whenEmpty: 'none of the deals open at the end of the period has an amount',
  sql: (c) =>
    dealAmountsSql(
      c,
      `FROM ${c.periods} p JOIN deals d ON d.created_at < p.end_utc AND (d.status = 'open' OR d.closed_at >= p.end_utc) WHERE ${notArchived('d')} GROUP BY p.period`,
      'p',
      'open',
      { deals: 'open_deals', missing: 'open_deals_without_amount', social: 'social_pipeline' },
    ),
});

export const revenueKpi = defineKpi({
  id: 'selling.revenue',
  stage: 'selling',
  label: 'Revenue',
  unit: 'currency',
  direction: 'up',
  definition: 'Value of the orders placed in the period (after discounts), refunded orders left out.',
  entities: ['orders'],
  sql: (c) => `SELECT pd.period, sum(o.amount) AS value FROM orders o ${c.byPeriod('o.ordered_at')} WHERE coalesce(o.refunded, false) = false GROUP BY pd.period`,
});

export const buyerRecencyKpi = defineKpi({
  id: 'selling.buyer_recency_days',
  stage: 'selling',
  label: 'Buyer recency',
  unit: 'days',
  direction: 'down',
  definition:
    'Median, over the customers who placed an order in the 365 days ending on the period’s last day, of the days from each customer’s last such order to that last day (local calendar days: an order on the last day counts 0 days). Refunded orders are left out.',
  entities: ['orders'],
  whenEmpty: 'no orders in the 365 days before the end of the period',
  sample: { inputs: ['buyers'], noun: 'buyers' },
  // Each order day of a customer is their last order for the period ends E with day < E ≤
  // min(next order day, day + 365). Counting customers per (day, until) and meeting the periods
  // on that span keeps the join small; the median comes from cumulative counts per period.
  sql: (c) => `
    WITH buys AS (
      SELECT DISTINCT o.customer_id, ${c.localDay('o.ordered_at')} AS day FROM orders o
      WHERE ${notRefunded('o')}
        AND o.ordered_at < (SELECT max(end_utc) FROM ${c.periods})
        AND o.ordered_at >= (SELECT min(end_utc) FROM ${c.periods}) - INTERVAL 367 DAY),
    spans AS (
      SELECT day, until, count(*) AS n FROM (
        SELECT day, least(coalesce(lead(day) OVER (PARTITION BY customer_id ORDER BY day), day + 365), day + 365) AS until FROM buys)
      GROUP BY day, until),
    per_days AS (
      SELECT p.period, date_diff('day', s.day, p.end_day - 1) AS days, sum(s.n) AS n
      FROM ${c.periods} p JOIN spans s ON s.day < p.end_day AND p.end_day <= s.until GROUP BY ALL),
    cum AS (
      SELECT period, days, sum(n) OVER (PARTITION BY period ORDER BY days) AS upto, sum(n) OVER (PARTITION BY period) AS total FROM per_days)
    SELECT period,
           (min(days) FILTER (WHERE upto >= ${c.d.intDiv('total + 1', '2')}) + min(days) FILTER (WHERE upto >= ${c.d.intDiv('total', '2')} + 1)) / 2 AS value,
           any_value(total) AS buyers
    FROM cum GROUP BY period`,
});

export const buyerFrequencyKpi = defineKpi({
  id: 'selling.buyer_frequency',
  stage: 'selling',
  label: 'Orders per buyer',
  unit: 'number',
  direction: 'up',
  definition: 'Orders placed in the period ÷ distinct customers who placed them, by the local day of the order; refunded orders are left out.',
  entities: ['orders'],
  whenEmpty: 'no orders in the period',
  sample: { inputs: ['buyers'], noun: 'buyers' },
  sql: (c) => `
    SELECT pd.period, count(*) / count(DISTINCT o.customer_id) AS value, count(*) AS orders, count(DISTINCT o.customer_id) AS buyers
    FROM orders o ${c.byPeriod('o.ordered_at')} WHERE ${notRefunded('o')} GROUP BY pd.period`,
});

export const sellingKpis = [
  leadsKpi,
  socialLeadsKpi,
  offerConversionRateKpi,
  leadToCustomerRateKpi,
  winRateKpi,
  dealsWonKpi,
  wonValueKpi,
  averageDealSizeKpi,
  pipelineValueKpi,
  revenueKpi,
  buyerRecencyKpi,
  buyerFrequencyKpi,
];
