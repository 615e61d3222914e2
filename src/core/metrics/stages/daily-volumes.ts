/**
 * Daily volumes: the KPIs behind the typical day (brand mentions is in listening.ts). Each is the
 * daily value of one typical-day series, so a day report compares it with the typical day for
 * its weekday. The SQL predicates here are shared with the daily series and the spike drivers
 * (src/core/benchmarks), so the three can never disagree.
 */
import type { Dialect } from '../../store/dialect.ts';
import { defineKpi, type MetricsConfig } from '../kpi.ts';
import { brandHashtagSql, isBrandSql } from '../tracked-names.ts';

export { brandHashtagSql };

/**
 * Which brand mentions a mention metric counts (`filter`, an SQL predicate) and what each one
 * adds (`weight`, an SQL expression: 1, or its shares). The daily series and the drivers share
 * these so the two can never disagree.
 */
export function mentionMetricSql(d: Dialect, config: MetricsConfig, metric: 'mentions' | 'negative_mentions' | 'shares' | 'hashtag_uses', alias = 'm'): { filter: string; weight: string } {
  const brand = isBrandSql(d, config, alias);
  switch (metric) {
    case 'mentions':
      return { filter: brand, weight: '1' };
    case 'negative_mentions':
      return { filter: `${brand} AND ${alias}.sentiment = 'negative'`, weight: '1' };
    case 'shares':
      return { filter: brand, weight: `coalesce(${alias}.shares, 0)` };
    case 'hashtag_uses':
      return { filter: `${brand} AND ${brandHashtagSql(d, config, alias)}`, weight: '1' };
  }
}

export const negativeMentionsKpi = defineKpi({
  id: 'listening.negative_mentions',
  stage: 'listening',
  label: 'Negative brand mentions',
  unit: 'count',
  direction: 'down',
  baseline: 'negative_mentions',
  definition: 'Brand mentions with a negative sentiment published in the period (the crisis scan’s first number).',
  entities: ['mentions'],
  fields: { mentions: ['sentiment'] },
  sql: (c) => `SELECT pd.period, sum(m.n) AS value FROM ${c.mentionDays} m ${c.byPeriodDate('m.day')} WHERE m.name = ${c.str(c.config.brand.name)} AND m.sentiment = 'negative' GROUP BY pd.period`,
});

export const mentionSharesKpi = defineKpi({
  id: 'listening.shares',
  stage: 'listening',
  label: 'Shares of brand mentions',
  unit: 'count',
  direction: 'up',
  baseline: 'shares',
  definition: 'Shares, reposts and retweets of the brand mentions published in the period, as the listening tool counts them (mentions without a share count add 0).',
  entities: ['mentions'],
  fields: { mentions: ['shares'] },
  attention: 'own',
  sql: (c) => `
    SELECT pd.period, coalesce(sum(m.shares), 0) AS value, coalesce(sum(m.shares) FILTER (WHERE m.sentiment = 'negative'), 0) AS negative
    FROM ${c.mentionDays} m ${c.byPeriodDate('m.day')} WHERE m.name = ${c.str(c.config.brand.name)} GROUP BY pd.period`,
});

export const hashtagUsesKpi = defineKpi({
  id: 'listening.hashtag_uses',
  stage: 'listening',
  label: 'Brand hashtag uses',
  unit: 'count',
  direction: 'up',
  baseline: 'hashtag_uses',
  definition: 'Brand mentions published in the period that carry one of the brand’s hashtags (brand.hashtags in the config; any hashtag when none is configured).',
  entities: ['mentions'],
  fields: { mentions: ['hashtags|text'] },
  attention: 'own',
  sql: (c) => `
    SELECT pd.period, sum(m.n) AS value, coalesce(sum(m.n) FILTER (WHERE m.sentiment = 'negative'), 0) AS negative
    FROM ${c.mentionDays} m ${c.byPeriodDate('m.day')} WHERE m.name = ${c.str(c.config.brand.name)} AND m.brand_hashtag GROUP BY pd.period`,
});

export const newFollowersKpi = defineKpi({
  id: 'influencing.new_followers',
  stage: 'influencing',
  label: 'New followers',
  unit: 'count',
  direction: 'up',
  baseline: 'new_followers',
  definition: 'Followers gained by the owned accounts on the days of the period (the snapshots’ new followers; where only the net growth is known, its positive part).',
  entities: ['account_snapshots'],
  whenEmpty: 'no follower gains in the account snapshots of the period',
  sql: (c) => `
    SELECT pd.period, sum(coalesce(s.new_followers, greatest(s.net_follower_growth, 0))) AS value
    FROM account_snapshots s ${c.byPeriodDate('s.date')} WHERE s.new_followers IS NOT NULL OR s.net_follower_growth IS NOT NULL GROUP BY pd.period`,
});
