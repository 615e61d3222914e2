/** Influencing KPIs: engagement with owned posts, audience growth, traffic from social. */
import { available, defineKpi, unavailable } from '../kpi.ts';
import { firstRow, inPeriodDate, inPeriodTs, num, sqlString } from '../sql.ts';

export const engagementRateKpi = defineKpi({
  id: 'influencing.engagement_rate_impressions',
  stage: 'influencing',
  label: 'Engagement rate (per impression)',
  unit: 'percent',
  direction: 'up',
  definition: 'Engagements ÷ impressions of the owned posts published in the period (lifetime metrics; posts without impressions are left out).',
  entities: ['posts'],
  async compute(ctx) {
    const row = await firstRow(
      ctx.reader,
      `SELECT sum(engagements) AS engagements, sum(impressions) AS impressions
       FROM posts WHERE ${inPeriodTs('published_at', ctx.period)} AND impressions > 0 AND engagements IS NOT NULL`,
    );
    const impressions = num(row.impressions);
    if (impressions === 0) return unavailable('insufficient', 'no posts with impressions and engagements published in the period');
    return available(num(row.engagements) / impressions);
  },
});

export const audienceGrowthKpi = defineKpi({
  id: 'influencing.audience_growth_rate',
  stage: 'influencing',
  label: 'Audience growth rate',
  unit: 'percent',
  direction: 'up',
  definition:
    'Net new followers ÷ audience at the start of the period, over the owned accounts with follower snapshots in the period. The start audience is each account’s last snapshot before the period (within a month), else its first snapshot in the period.',
  entities: ['account_snapshots'],
  async compute(ctx) {
    const p = ctx.period;
    const row = await firstRow(
      ctx.reader,
      `WITH inside AS (
         SELECT platform, account_id, arg_min(followers, date) AS first_f, arg_max(followers, date) AS last_f
         FROM account_snapshots WHERE followers IS NOT NULL AND ${inPeriodDate('date', p)} GROUP BY ALL),
       before AS (
         SELECT platform, account_id, arg_max(followers, date) AS f
         FROM account_snapshots
         WHERE followers IS NOT NULL AND date < DATE ${sqlString(p.firstDay)} AND date >= DATE ${sqlString(p.firstDay)} - INTERVAL 1 MONTH
         GROUP BY ALL)
       SELECT sum(coalesce(b.f, i.first_f)) AS start_audience, sum(i.last_f) AS end_audience
       FROM inside i LEFT JOIN before b USING (platform, account_id)`,
    );
    const start = num(row.start_audience);
    if (start === 0) return unavailable('insufficient', 'no follower counts in the account snapshots of the period');
    return available((num(row.end_audience) - start) / start);
  },
});

export const socialTrafficKpi = defineKpi({
  id: 'influencing.social_traffic',
  stage: 'influencing',
  label: 'Sessions from social',
  unit: 'count',
  direction: 'up',
  definition: 'Web sessions whose channel is organic or paid social, on the days of the period.',
  entities: ['web_sessions'],
  async compute(ctx) {
    const row = await firstRow(ctx.reader, `SELECT sum(sessions) FILTER (WHERE is_social) AS social FROM web_sessions WHERE ${inPeriodDate('date', ctx.period)}`);
    return available(num(row.social));
  },
});

export const influencingKpis = [engagementRateKpi, audienceGrowthKpi, socialTrafficKpi];
