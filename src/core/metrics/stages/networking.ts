/** Networking KPIs: what others publish about and link to the brand. */
import { available, defineKpi } from '../kpi.ts';
import { firstRow, inPeriodTs, num } from '../sql.ts';

export const earnedMediaKpi = defineKpi({
  id: 'networking.earned_media',
  stage: 'networking',
  label: 'Earned media mentions',
  unit: 'count',
  direction: 'up',
  definition: 'Articles, podcasts and videos about the brand (earned, not paid) published in the period.',
  entities: ['earned_media'],
  async compute(ctx) {
    const row = await firstRow(ctx.reader, `SELECT count(*) AS n FROM earned_media WHERE ${inPeriodTs('published_at', ctx.period)}`);
    return available(num(row.n));
  },
});

export const inboundLinksKpi = defineKpi({
  id: 'networking.inbound_links',
  stage: 'networking',
  label: 'New inbound links',
  unit: 'count',
  direction: 'up',
  definition: 'Links from other sites to the brand’s site first seen in the period.',
  entities: ['inbound_links'],
  async compute(ctx) {
    const row = await firstRow(ctx.reader, `SELECT count(*) AS n FROM inbound_links WHERE ${inPeriodTs('first_seen_at', ctx.period)}`);
    return available(num(row.n));
  },
});

export const networkingKpis = [earnedMediaKpi, inboundLinksKpi];
