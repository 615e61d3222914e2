/** Selling KPIs: leads, social-sourced leads, win rate and revenue. */
import { available, defineKpi, unavailable } from '../kpi.ts';
import { firstRow, inPeriodTs, num } from '../sql.ts';

export const leadsKpi = defineKpi({
  id: 'selling.leads',
  stage: 'selling',
  label: 'Leads',
  unit: 'count',
  direction: 'up',
  definition: 'Contacts created in the CRM in the period, from every channel (deleted or archived records left out).',
  entities: ['leads'],
  async compute(ctx) {
    const row = await firstRow(ctx.reader, `SELECT count(*) AS n FROM leads WHERE ${inPeriodTs('created_at', ctx.period)} AND coalesce(archived, false) = false`);
    return available(num(row.n));
  },
});

export const socialLeadsKpi = defineKpi({
  id: 'selling.social_leads',
  stage: 'selling',
  label: 'Leads from social',
  unit: 'count',
  direction: 'up',
  definition: 'Leads created in the period that came from social (by channel, original source, lead source or UTM).',
  entities: ['leads'],
  async compute(ctx) {
    const row = await firstRow(ctx.reader, `SELECT count(*) AS n FROM leads WHERE ${inPeriodTs('created_at', ctx.period)} AND is_social AND coalesce(archived, false) = false`);
    return available(num(row.n));
  },
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
  async compute(ctx) {
    const row = await firstRow(
      ctx.reader,
      `SELECT count(*) FILTER (WHERE status = 'won') AS won, count(*) FILTER (WHERE status IN ('won', 'lost')) AS closed
       FROM deals WHERE ${inPeriodTs('closed_at', ctx.period)} AND coalesce(archived, false) = false`,
    );
    const closed = num(row.closed);
    if (closed === 0) return unavailable('insufficient', 'no deals won or lost in the period');
    return available(num(row.won) / closed);
  },
});

export const revenueKpi = defineKpi({
  id: 'selling.revenue',
  stage: 'selling',
  label: 'Revenue',
  unit: 'currency',
  direction: 'up',
  definition: 'Value of the orders placed in the period (after discounts), refunded orders left out.',
  entities: ['orders'],
  async compute(ctx) {
    const row = await firstRow(ctx.reader, `SELECT sum(amount) AS revenue FROM orders WHERE ${inPeriodTs('ordered_at', ctx.period)} AND coalesce(refunded, false) = false`);
    return available(num(row.revenue));
  },
});

export const sellingKpis = [leadsKpi, socialLeadsKpi, winRateKpi, revenueKpi];
