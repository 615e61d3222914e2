/**
 * Influencing KPIs: engagement with owned posts (per impression, per reach, per follower),
 * amplification / applause / conversation per post, click-through, audience growth, traffic from
 * social, offer awareness and retargeting list growth.
 *
 * Decisions:
 * - Post KPIs place a post in the period by its publishing day (local), with lifetime metrics
 *   ("posts published in the period", as post reports do). A post whose metric is unknown (NULL)
 *   is left out of both numerator and denominator, never counted as 0.
 * - Rates are ratios of sums (Σ engagements ÷ Σ denominator), so big posts weigh more than small
 *   ones; the mean of per-post rates is not used.
 * - Engagement per follower falls back to the account's follower snapshot on the publishing day
 *   when a post has no followers_at_post; such values are flagged `estimated` with a note.
 * - Applause counts likes, or reactions where a network gives no likes.
 * - Offer awareness counts every offer channel except e-mail (and rows without a channel) as
 *   social.
 * - Retargeting list growth mirrors audience growth: start size from the last snapshot before the
 *   period (within 31 days), else the first in the period.
 */
import { defineKpi, type KpiDefinition } from '../kpi.ts';

export const engagementRateKpi = defineKpi({
  id: 'influencing.engagement_rate_impressions',
  stage: 'influencing',
  label: 'Engagement rate (per impression)',
  unit: 'percent',
  direction: 'up',
  definition: 'Engagements ÷ impressions of the owned posts published in the period (lifetime metrics; posts without impressions are left out).',
  entities: ['posts'],
  whenEmpty: 'no posts with impressions and engagements published in the period',
  sample: { inputs: ['posts'], noun: 'posts' },
  attention: 'context',
  sql: (c) => `
    SELECT pd.period, sum(p.engagements) / nullif(sum(p.impressions), 0) AS value, sum(p.engagements) AS engagements, sum(p.impressions) AS impressions, count(*) AS posts
    FROM posts p ${c.byPeriod('p.published_at')} WHERE p.impressions > 0 AND p.engagements IS NOT NULL GROUP BY pd.period`,
});

export const engagementRateReachKpi = defineKpi({
  id: 'influencing.engagement_rate_reach',
  stage: 'influencing',
  label: 'Engagement rate (per reach)',
  unit: 'percent',
  direction: 'up',
  definition:
    'Engagements ÷ reach (unique people reached): the sum of engagements divided by the sum of reach of the owned posts published in the period (by their local publishing day; lifetime metrics). Posts without reach or without an engagement count are left out.',
  entities: ['posts'],
  whenEmpty: 'no posts with reach and engagements published in the period',
  sample: { inputs: ['posts'], noun: 'posts' },
  attention: 'context',
  sql: (c) => `
    SELECT pd.period, sum(p.engagements) / nullif(sum(p.reach), 0) AS value, sum(p.engagements) AS engagements, sum(p.reach) AS reach, count(*) AS posts
    FROM posts p ${c.byPeriod('p.published_at')} WHERE p.reach > 0 AND p.engagements IS NOT NULL GROUP BY pd.period`,
});

export const engagementRateFollowersKpi = defineKpi({
  id: 'influencing.engagement_rate_followers',
  stage: 'influencing',
  label: 'Engagement rate (per follower)',
  unit: 'percent',
  direction: 'up',
  definition:
    'Engagements ÷ followers at the time of the post: the sum of engagements divided by the sum of the accounts’ followers when each post was published, over the owned posts published in the period (by their local publishing day) with an engagement count and a follower count above 0. Where a post has no follower count, the account’s follower snapshot on the publishing day is used instead and the value is marked estimated.',
  entities: ['posts'],
  whenEmpty: 'no posts with engagements and a follower count published in the period',
  sample: { inputs: ['posts'], noun: 'posts' },
  attention: 'context',
  sql: (c) => `
    WITH base AS (
      SELECT pd.period, p.engagements AS engagements,
             coalesce(p.followers_at_post, s.followers) AS followers,
             p.followers_at_post IS NULL AND s.followers IS NOT NULL AS from_snapshot
      FROM posts p ${c.byPeriod('p.published_at')}
      LEFT JOIN account_snapshots s ON s.platform = p.platform AND s.account_id = p.account_id AND s.date = ${c.localDay('p.published_at')}
      WHERE p.engagements IS NOT NULL)
    SELECT period, sum(engagements) / sum(followers) AS value, sum(engagements) AS engagements, sum(followers) AS followers, count(*) AS posts,
           count(*) FILTER (WHERE from_snapshot) AS posts_estimated,
           count(*) FILTER (WHERE from_snapshot) > 0 AS estimated,
           CASE WHEN count(*) FILTER (WHERE from_snapshot) > 0
             THEN format('{} of {} posts have no follower count of their own; the account''s follower snapshot on the publishing day stands in for it',
                         count(*) FILTER (WHERE from_snapshot), count(*)) END AS note
    FROM base WHERE followers > 0 GROUP BY period`,
});

interface PerPostSpec {
  id: string;
  label: string;
  /** SQL expression over the post row (alias `p`). */
  metric: string;
  /** Plural noun, also the name of the total in the inputs. */
  noun: 'shares' | 'likes' | 'comments';
  definition: string;
}

/** A count per owned post (shares, likes, comments), with per-1,000-followers as an input. */
function perPostKpi(spec: PerPostSpec): KpiDefinition {
  return defineKpi({
    id: spec.id,
    stage: 'influencing',
    label: spec.label,
    unit: 'number',
    direction: 'up',
    definition: spec.definition,
    entities: ['posts'],
    sample: { inputs: ['posts'], noun: 'posts' },
    attention: 'context',
    whenEmpty: `no posts with a ${{ shares: 'share', likes: 'like or reaction', comments: 'comment' }[spec.noun]} count published in the period`,
    sql: (c) => `
      SELECT pd.period, sum(${spec.metric}) / count(*) AS value, sum(${spec.metric}) AS ${spec.noun}, count(*) AS posts,
             1000 * sum(${spec.metric}) FILTER (WHERE p.followers_at_post > 0)
               / nullif(sum(p.followers_at_post) FILTER (WHERE p.followers_at_post > 0), 0) AS per_1000_followers
      FROM posts p ${c.byPeriod('p.published_at')} WHERE ${spec.metric} IS NOT NULL GROUP BY pd.period`,
  });
}

const per1000 =
  'The input per_1000_followers gives the same count per 1,000 followers: their sum × 1,000 ÷ the sum of followers at the time of the post, over the posts that have both.';

export const amplificationRateKpi = perPostKpi({
  id: 'influencing.amplification_rate',
  label: 'Amplification rate (shares per post)',
  metric: 'p.shares',
  noun: 'shares',
  definition: `Shares per post: the sum of shares divided by the number of owned posts published in the period (by their local publishing day) whose network reports shares; posts without a share count are left out. ${per1000}`,
});

export const applauseRateKpi = perPostKpi({
  id: 'influencing.applause_rate',
  label: 'Applause rate (likes per post)',
  metric: 'coalesce(p.likes, p.reactions)',
  noun: 'likes',
  definition: `Likes per post: the sum of likes (reactions of every kind where a network gives no like count) divided by the number of owned posts published in the period (by their local publishing day) with a like or reaction count; posts with neither are left out. ${per1000}`,
});

export const conversationRateKpi = perPostKpi({
  id: 'influencing.conversation_rate',
  label: 'Conversation rate (comments per post)',
  metric: 'p.comments',
  noun: 'comments',
  definition: `Comments per post: the sum of comments divided by the number of owned posts published in the period (by their local publishing day) whose network reports comments; posts without a comment count are left out. ${per1000}`,
});

export const audienceGrowthKpi = defineKpi({
  id: 'influencing.audience_growth_rate',
  stage: 'influencing',
  label: 'Audience growth rate',
  unit: 'percent',
  direction: 'up',
  definition:
    'Net new followers ÷ audience at the start of the period, over the owned accounts with follower snapshots in the period. The start audience is each account’s last snapshot before the period (within 31 days), else its first snapshot in the period; the end audience its last snapshot in the period.',
  entities: ['account_snapshots'],
  sample: { inputs: ['start_audience'], noun: 'followers' },
  whenEmpty: 'no follower counts in the account snapshots of the period',
  sql: (c) => `
    WITH inside AS (
      SELECT pd.period, s.platform, s.account_id, ${c.d.argMin('s.followers', 's.date')} AS first_f, ${c.d.argMax('s.followers', 's.date')} AS last_f
      FROM account_snapshots s ${c.byPeriodDate('s.date')} WHERE s.followers IS NOT NULL GROUP BY ALL),
    before AS (
      SELECT p.period, s.platform, s.account_id, ${c.d.argMax('s.followers', 's.date')} AS f
      FROM ${c.periods} p JOIN account_snapshots s ON s.date < p.first_day AND s.date >= p.first_day - INTERVAL 31 DAY
      WHERE s.followers IS NOT NULL GROUP BY ALL),
    per AS (
      SELECT i.period, sum(coalesce(b.f, i.first_f)) AS start_audience, sum(i.last_f) AS end_audience
      FROM inside i LEFT JOIN before b USING (period, platform, account_id) GROUP BY i.period)
    SELECT period, (end_audience - start_audience) / nullif(start_audience, 0) AS value, start_audience, end_audience FROM per`,
});

export const webSessionsKpi = defineKpi({
  id: 'influencing.web_sessions',
  stage: 'influencing',
  label: 'Web sessions',
  unit: 'count',
  direction: 'up',
  definition: 'Sessions on the brand’s site on the days of the period, from every channel (the web analytics export’s channel groups); the sessions from social are given alongside.',
  entities: ['web_sessions'],
  sql: (c) => `
    SELECT pd.period, sum(w.sessions) AS value, coalesce(sum(w.sessions) FILTER (WHERE w.is_social), 0) AS social_sessions
    FROM web_sessions w ${c.byPeriodDate('w.date')} GROUP BY pd.period`,
});

export const socialTrafficShareKpi = defineKpi({
  id: 'influencing.social_traffic_share',
  stage: 'influencing',
  label: 'Social share of web sessions',
  unit: 'percent',
  direction: 'up',
  definition: 'Sessions from social (organic or paid) ÷ all web sessions on the days of the period: how much of the site’s traffic social brings.',
  entities: ['web_sessions'],
  whenEmpty: 'no web sessions in the period',
  sql: (c) => `
    SELECT period, social_sessions / sessions AS value, social_sessions, sessions FROM (
      SELECT pd.period, coalesce(sum(w.sessions) FILTER (WHERE w.is_social), 0) AS social_sessions, sum(w.sessions) AS sessions
      FROM web_sessions w ${c.byPeriodDate('w.date')} GROUP BY pd.period) WHERE sessions > 0`,
});

export const socialTrafficKpi = defineKpi({
  id: 'influencing.social_traffic',
  stage: 'influencing',
  label: 'Sessions from social',
  unit: 'count',
  direction: 'up',
  definition: 'Web sessions whose channel is organic or paid social, on the days of the period.',
  entities: ['web_sessions'],
  sql: (c) => `SELECT pd.period, sum(w.sessions) FILTER (WHERE w.is_social) AS value FROM web_sessions w ${c.byPeriodDate('w.date')} GROUP BY pd.period`,
});

export const clickThroughRateKpi = defineKpi({
  id: 'influencing.click_through_rate',
  stage: 'influencing',
  label: 'Click-through rate (per impression)',
  unit: 'percent',
  direction: 'up',
  definition:
    'Link clicks ÷ impressions: the sum of clicks divided by the sum of impressions of the owned posts published in the period (by their local publishing day; lifetime metrics). Only posts with both a click count and impressions are counted.',
  entities: ['posts'],
  whenEmpty: 'no posts with clicks and impressions published in the period',
  sample: { inputs: ['posts'], noun: 'posts' },
  sql: (c) => `
    SELECT pd.period, sum(p.clicks) / nullif(sum(p.impressions), 0) AS value, sum(p.clicks) AS clicks, sum(p.impressions) AS impressions, count(*) AS posts
    FROM posts p ${c.byPeriod('p.published_at')} WHERE p.impressions > 0 AND p.clicks IS NOT NULL GROUP BY pd.period`,
});

/** Offer channels that are not social: e-mail under its usual names (compared lower case). */
const nonSocialOfferChannels = ['email', 'e-mail', 'newsletter'];

export const offerAwarenessKpi = defineKpi({
  id: 'influencing.offer_awareness',
  stage: 'influencing',
  label: 'Offer awareness',
  unit: 'count',
  direction: 'up',
  definition:
    'People who saw an offer on social: the sum of the offers’ daily impressions on the days of the period, over every channel except e-mail (channels named email, e-mail or newsletter, and rows without a channel, are left out). A person who saw offers on several days or channels counts each time. A period with offer rows on social but no impression counts is unavailable; a period without social offer rows is 0.',
  entities: ['offers'],
  whenEmpty: 'offers were shown on social in the period, but without impression counts',
  sql: (c) => `
    WITH social AS (
      SELECT pd.period, count(*) AS offer_rows, sum(o.impressions) AS impressions
      FROM offers o ${c.byPeriodDate('o.date')}
      WHERE nullif(trim(o.channel), '') IS NOT NULL AND lower(trim(o.channel)) NOT IN (${nonSocialOfferChannels.map((x) => c.str(x)).join(', ')})
      GROUP BY pd.period)
    SELECT p.period, CASE WHEN s.period IS NULL THEN 0 ELSE s.impressions END AS value, coalesce(s.offer_rows, 0) AS offer_rows
    FROM ${c.periods} p LEFT JOIN social s ON s.period = p.period`,
});

export const retargetingListGrowthKpi = defineKpi({
  id: 'influencing.retargeting_list_growth',
  stage: 'influencing',
  label: 'Retargeting list growth',
  unit: 'percent',
  direction: 'up',
  definition:
    'Growth of the retargeting audiences: (size at the end − size at the start) ÷ size at the start, summed over the audiences with a size on a day of the period. The start size is each audience’s last size before the period (within 31 days), else its first size in the period; the end size its last size in the period.',
  entities: ['retargeting_audiences'],
  whenEmpty: 'no retargeting audience sizes in the period',
  sample: { inputs: ['start_size'], noun: 'people' },
  sql: (c) => `
    WITH inside AS (
      SELECT pd.period, a.platform, a.audience_id, ${c.d.argMin('a.size', 'a.date')} AS first_size, ${c.d.argMax('a.size', 'a.date')} AS last_size
      FROM retargeting_audiences a ${c.byPeriodDate('a.date')} WHERE a.size IS NOT NULL GROUP BY ALL),
    before AS (
      SELECT p.period, a.platform, a.audience_id, ${c.d.argMax('a.size', 'a.date')} AS size
      FROM ${c.periods} p JOIN retargeting_audiences a ON a.date < p.first_day AND a.date >= p.first_day - INTERVAL 31 DAY
      WHERE a.size IS NOT NULL GROUP BY ALL),
    per AS (
      SELECT i.period, sum(coalesce(b.size, i.first_size)) AS start_size, sum(i.last_size) AS end_size, count(*) AS audiences
      FROM inside i LEFT JOIN before b USING (period, platform, audience_id) GROUP BY i.period)
    SELECT period, (end_size - start_size) / nullif(start_size, 0) AS value, start_size, end_size, audiences FROM per`,
});

export const influencingKpis = [
  engagementRateKpi,
  engagementRateReachKpi,
  engagementRateFollowersKpi,
  amplificationRateKpi,
  applauseRateKpi,
  conversationRateKpi,
  audienceGrowthKpi,
  webSessionsKpi,
  socialTrafficKpi,
  socialTrafficShareKpi,
  clickThroughRateKpi,
  offerAwarenessKpi,
  retargetingListGrowthKpi,
];
