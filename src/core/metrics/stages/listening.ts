/**
 * Listening KPIs: how much, and how warmly, people talk about the brand and its competitors
 * (mentions, reach, sentiment, share of voice), and what the feedback loop makes of it (care
 * cases: retention, refunds, product and content gaps, triage and resolution times).
 *
 * Decisions taken here:
 * - Mentions are placed in a period by the local day of `published_at`, care cases by the local
 *   day of `opened_at` (a case's outcome and times belong to the period it was opened in).
 * - Reach counts only mentions with a reach; its value is marked `estimated` when part of it has
 *   a reach kind of `estimated`, `unknown` or none, and the note gives that share.
 * - A rate over care cases whose outcome the import does not record at all (no case in the data
 *   has a triage time, a resolution time or a refund flag) is unavailable, not 0%.
 * - Durations are hours from `opened_at`; a reply or resolution stamped before the case was
 *   opened is a data error and is left out.
 */
import type { Reason } from '../../i18n/reason.ts';
import { defineKpi, type KpiSqlContext } from '../kpi.ts';

const requireCompetitors = (config: KpiSqlContext['config']): Reason | null => (config.competitors.length === 0 ? { key: 'noCompetitors' } : null);

export const mentionsKpi = defineKpi({
  id: 'listening.mentions',
  baseline: 'mentions',
  stage: 'listening',
  label: 'Brand mentions',
  unit: 'count',
  direction: 'up',
  definition:
    'Mentions of the brand (its name or aliases) published in the period, from every listening source. Mentions that match no tracked name (not the brand, a competitor, a topic or a person of the config) are not matched: they are not counted here, and the report says how many there were.',
  entities: ['mentions'],
  attention: 'own',
  sql: (c) => `
    SELECT pd.period, coalesce(sum(m.n) FILTER (WHERE m.name = ${c.str(c.config.brand.name)}), 0) AS value,
           coalesce(sum(m.n) FILTER (WHERE m.name = ${c.str(c.config.brand.name)} AND m.sentiment = 'negative'), 0) AS negative,
           coalesce(sum(m.n) FILTER (WHERE m.unmatched), 0) AS unmatched, coalesce(sum(m.n) FILTER (WHERE m.unmatched OR m.name IS NOT NULL), 0) AS listened
    FROM ${c.mentionDays} m ${c.byPeriodDate('m.day')} GROUP BY pd.period`,
});


export const reachKpi = defineKpi({
  id: 'listening.reach',
  stage: 'listening',
  label: 'Reach',
  unit: 'count',
  direction: 'up',
  definition:
    'Sum of the reach (potential audience, as the listening tool defines it: followers, fans, page views) of the brand mentions published in the period; mentions without a reach are left out. The value is marked estimated when part of it comes from mentions whose reach is an estimate or of unknown kind, and the note says which share. Reach adds up audiences that overlap, so it is an upper bound on the people reached.',
  entities: ['mentions'],
  fields: { mentions: ['reach'] },
  whenEmpty: 'no brand mentions with a reach in the period',
  attention: 'own',
  sql: (c) => `
    WITH agg AS (
      SELECT pd.period, sum(m.n) AS brand_mentions, sum(m.reach_n) AS mentions_with_reach, sum(m.reach) AS reach,
             coalesce(sum(m.reach) FILTER (WHERE m.sentiment = 'negative'), 0) AS negative_reach,
             coalesce(sum(m.reach) FILTER (WHERE m.reach_estimated), 0) AS estimated_reach
      FROM ${c.mentionDays} m ${c.byPeriodDate('m.day')} WHERE m.name = ${c.str(c.config.brand.name)} GROUP BY pd.period)
    SELECT p.period,
           CASE WHEN a.period IS NULL THEN 0 WHEN a.mentions_with_reach = 0 THEN NULL ELSE a.reach END AS value,
           coalesce(a.brand_mentions, 0) AS brand_mentions, coalesce(a.mentions_with_reach, 0) AS mentions_with_reach,
           coalesce(a.estimated_reach, 0) AS estimated_reach, coalesce(a.negative_reach, 0) AS negative,
           coalesce(a.estimated_reach, 0) > 0 AS estimated,
           CASE WHEN a.estimated_reach > 0
                THEN ${c.d.numberText(c.d.round('100.0 * a.estimated_reach / a.reach', 1))} || '% of the reach is estimated (reach kind estimated, unknown or not given)'
           END AS note
    FROM ${c.periods} p LEFT JOIN agg a ON a.period = p.period`,
});

export const reputationScoreKpi = defineKpi({
  id: 'listening.reputation_score',
  stage: 'listening',
  label: 'Reputation score',
  unit: 'percent',
  direction: 'up',
  definition:
    'Share of positive minus share of negative brand mentions published in the period, over the brand mentions with a sentiment: (positive − negative) ÷ (positive + neutral + negative). Neutral mentions count in the denominator; mentions without a sentiment are left out. Ranges from −100% to +100%.',
  entities: ['mentions'],
  fields: { mentions: ['sentiment'] },
  whenEmpty: 'no brand mentions with a sentiment in the period',
  sample: { inputs: ['positive', 'neutral', 'negative'], noun: 'mentions' },
  sql: (c) => `
    SELECT period, (pos - neg) / total AS value, pos AS positive, neu AS neutral, neg AS negative FROM (
      SELECT pd.period, coalesce(sum(m.n) FILTER (WHERE m.sentiment = 'positive'), 0) AS pos, coalesce(sum(m.n) FILTER (WHERE m.sentiment = 'neutral'), 0) AS neu,
             coalesce(sum(m.n) FILTER (WHERE m.sentiment = 'negative'), 0) AS neg, sum(m.n) AS total
      FROM ${c.mentionDays} m ${c.byPeriodDate('m.day')} WHERE m.name = ${c.str(c.config.brand.name)} AND m.sentiment IS NOT NULL GROUP BY pd.period)`,
});

export const netSentimentKpi = defineKpi({
  id: 'listening.net_sentiment',
  stage: 'listening',
  label: 'Net sentiment',
  unit: 'percent',
  direction: 'up',
  definition: '(Positive − negative) ÷ (positive + negative) brand mentions in the period; neutral mentions are left out (Talkwalker’s formula).',
  entities: ['mentions'],
  fields: { mentions: ['sentiment'] },
  whenEmpty: 'no brand mentions with a positive or negative sentiment in the period',
  sample: { inputs: ['positive', 'negative'], noun: 'mentions' },
  sql: (c) => `
    SELECT pd.period, (pos - neg) / nullif(pos + neg, 0) AS value, pos AS positive, neg AS negative FROM (
      SELECT pd.period, coalesce(sum(m.n) FILTER (WHERE m.sentiment = 'positive'), 0) AS pos, coalesce(sum(m.n) FILTER (WHERE m.sentiment = 'negative'), 0) AS neg
      FROM ${c.mentionDays} m ${c.byPeriodDate('m.day')} WHERE m.name = ${c.str(c.config.brand.name)} GROUP BY pd.period) pd`,
});

export const negativeShareKpi = defineKpi({
  id: 'listening.negative_share',
  stage: 'listening',
  label: 'Negative share of mentions',
  unit: 'percent',
  direction: 'down',
  definition:
    'Negative brand mentions ÷ brand mentions with a sentiment (positive, neutral or negative), published in the period; mentions without a sentiment are left out. How much of the conversation about the brand is negative, whatever its volume.',
  entities: ['mentions'],
  fields: { mentions: ['sentiment'] },
  whenEmpty: 'no brand mentions with a sentiment in the period',
  sample: { inputs: ['with_sentiment'], noun: 'mentions' },
  sql: (c) => `
    SELECT period, negative / with_sentiment AS value, negative, with_sentiment FROM (
      SELECT pd.period, coalesce(sum(m.n) FILTER (WHERE m.sentiment = 'negative'), 0) AS negative, sum(m.n) AS with_sentiment
      FROM ${c.mentionDays} m ${c.byPeriodDate('m.day')} WHERE m.name = ${c.str(c.config.brand.name)} AND m.sentiment IS NOT NULL GROUP BY pd.period)`,
});

export const shareOfVoiceKpi = defineKpi({
  id: 'listening.share_of_voice',
  stage: 'listening',
  label: 'Share of voice',
  unit: 'percent',
  direction: 'up',
  definition: 'Brand mentions ÷ (brand + configured competitors’ mentions) in the period.',
  entities: ['mentions'],
  requires: requireCompetitors,
  whenEmpty: 'no mentions of the brand or its competitors in the period',
  sample: { inputs: ['total'], noun: 'mentions' },
  attention: 'own',
  sql: (c) => `
    SELECT pd.period, coalesce(sum(m.n) FILTER (WHERE m.name = ${c.str(c.config.brand.name)}), 0) / sum(m.n) AS value,
           coalesce(sum(m.n) FILTER (WHERE m.name = ${c.str(c.config.brand.name)}), 0) AS brand, sum(m.n) AS total,
           coalesce(sum(m.n) FILTER (WHERE m.name = ${c.str(c.config.brand.name)}), 0) AS volume,
           coalesce(sum(m.n) FILTER (WHERE m.name = ${c.str(c.config.brand.name)} AND m.sentiment = 'negative'), 0) AS negative
    FROM ${c.mentionDays} m ${c.byPeriodDate('m.day')}
    WHERE m.name IS NOT NULL GROUP BY pd.period`,
});

/** Share of voice on a summed mention column: the brand's sum ÷ the sum over brand and competitors. */
const shareOfVoiceSumSql = (c: KpiSqlContext, column: 'engagement' | 'reach') => `
    SELECT period, brand / nullif(total, 0) AS value, brand, total, brand AS volume, negative FROM (
      SELECT pd.period, coalesce(sum(m.${column}) FILTER (WHERE m.name = ${c.str(c.config.brand.name)}), 0) AS brand, sum(m.${column}) AS total,
             coalesce(sum(m.${column}) FILTER (WHERE m.name = ${c.str(c.config.brand.name)} AND m.sentiment = 'negative'), 0) AS negative
    FROM ${c.mentionDays} m ${c.byPeriodDate('m.day')}
    WHERE m.name IS NOT NULL AND m.${column}_n > 0 GROUP BY pd.period)`;

export const shareOfVoiceEngagementKpi = defineKpi({
  id: 'listening.share_of_voice_engagement',
  stage: 'listening',
  label: 'Share of voice (engagement)',
  unit: 'percent',
  direction: 'up',
  definition:
    'Engagement on brand mentions ÷ engagement on the mentions of the brand and the configured competitors, published in the period (engagement as the listening tool gives it, else likes + comments + shares; mentions with none of these are left out).',
  entities: ['mentions'],
  fields: { mentions: ['engagement|likes|comments|shares'] },
  requires: requireCompetitors,
  whenEmpty: 'no engagement on mentions of the brand or its competitors in the period',
  attention: 'own',
  sql: (c) => shareOfVoiceSumSql(c, 'engagement'),
});

export const shareOfVoiceReachKpi = defineKpi({
  id: 'listening.share_of_voice_reach',
  stage: 'listening',
  label: 'Share of voice (reach)',
  unit: 'percent',
  direction: 'up',
  definition:
    'Reach of brand mentions ÷ reach of the mentions of the brand and the configured competitors, published in the period (reach summed as the listening tool gives it; mentions without a reach are left out).',
  entities: ['mentions'],
  fields: { mentions: ['reach'] },
  requires: requireCompetitors,
  whenEmpty: 'no reach on mentions of the brand or its competitors in the period',
  attention: 'own',
  sql: (c) => shareOfVoiceSumSql(c, 'reach'),
});

export const retentionRateKpi = defineKpi({
  id: 'listening.retention_rate',
  stage: 'listening',
  label: 'Retention rate',
  unit: 'percent',
  direction: 'up',
  definition:
    'Care cases opened in the period whose customer stayed (bought again or renewed) ÷ care cases opened in the period whose outcome is known; cases without a recorded retention outcome are left out.',
  entities: ['care_cases'],
  whenEmpty: 'no care cases with a known retention outcome opened in the period',
  sample: { inputs: ['known'], noun: 'cases' },
  sql: (c) => `
    SELECT pd.period, count(*) FILTER (WHERE cc.retained) / count(*) AS value,
           count(*) FILTER (WHERE cc.retained) AS retained, count(*) AS known
    FROM care_cases cc ${c.byPeriod('cc.opened_at')} WHERE cc.retained IS NOT NULL GROUP BY pd.period`,
});

/**
 * Rows of the period's care cases, kept only when at least one care case in the data records
 * `column`: a source that never records it gives no rows (unavailable), not a rate of 0.
 */
const recorded = (column: string) => `(SELECT count(${column}) FROM care_cases) > 0`;

export const refundRateKpi = defineKpi({
  id: 'listening.refund_rate',
  stage: 'listening',
  label: 'Refund rate',
  unit: 'percent',
  direction: 'down',
  definition:
    'Care cases opened in the period that ended in a refund ÷ all care cases opened in the period; a case without a refund flag counts as not refunded. Unavailable when the imported care cases record no refunds at all. The refunded amount is given alongside.',
  entities: ['care_cases'],
  whenEmpty: 'no care cases opened in the period, or the imported care cases record no refunds',
  sample: { inputs: ['cases'], noun: 'cases' },
  sql: (c) => `
    SELECT pd.period, count(*) FILTER (WHERE cc.refund) / count(*) AS value,
           count(*) FILTER (WHERE cc.refund) AS refunds, count(*) AS cases,
           coalesce(sum(cc.refund_amount) FILTER (WHERE cc.refund), 0) AS refund_amount
    FROM care_cases cc ${c.byPeriod('cc.opened_at')} WHERE ${recorded('refund')} GROUP BY pd.period`,
});

/** Distinct themes of the care cases of one kind: lower-cased, trimmed; a case without a theme is a theme of its own. */
const gapsSql = (c: KpiSqlContext, kind: 'product_gap' | 'content_gap') => `
    SELECT pd.period,
           count(DISTINCT nullif(${c.d.lowerText('trim(cc.theme)')}, '')) + count(*) FILTER (WHERE nullif(trim(cc.theme), '') IS NULL) AS value,
           count(*) AS cases
    FROM care_cases cc ${c.byPeriod('cc.opened_at')} WHERE cc.kind = ${c.str(kind)} GROUP BY pd.period`;

export const productGapsKpi = defineKpi({
  id: 'listening.product_gaps',
  // Distinct themes do not add up over days: the value to date is the best estimate.
  aggregation: 'rate',
  stage: 'listening',
  label: 'Product gaps identified',
  unit: 'count',
  direction: 'up',
  definition:
    'Distinct product-gap themes among the care cases of kind “product gap” opened in the period: themes are compared lower-cased and trimmed, and a case without a theme counts as a gap of its own. The number of such cases is given alongside.',
  entities: ['care_cases'],
  sql: (c) => gapsSql(c, 'product_gap'),
});

export const contentGapsKpi = defineKpi({
  id: 'listening.content_gaps',
  // Distinct themes do not add up over days: the value to date is the best estimate.
  aggregation: 'rate',
  stage: 'listening',
  label: 'Content gaps identified',
  unit: 'count',
  direction: 'up',
  definition:
    'Distinct content-gap themes among the care cases of kind “content gap” opened in the period: themes are compared lower-cased and trimmed, and a case without a theme counts as a gap of its own. The number of such cases is given alongside.',
  entities: ['care_cases'],
  sql: (c) => gapsSql(c, 'content_gap'),
});

/** Share of the period's care cases whose `column` is at most `hours` after opening; a case without it has missed. */
const withinHoursSql = (c: KpiSqlContext, column: 'triaged_at' | 'resolved_at', hours: number) => `
    SELECT pd.period, count(*) FILTER (WHERE cc.${column} <= cc.opened_at + INTERVAL ${hours} HOUR) / count(*) AS value,
           count(*) FILTER (WHERE cc.${column} <= cc.opened_at + INTERVAL ${hours} HOUR) AS within, count(*) AS cases,
           count(*) FILTER (WHERE cc.${column} IS NULL) AS without_time
    FROM care_cases cc ${c.byPeriod('cc.opened_at')} WHERE ${recorded(column)} GROUP BY pd.period`;

export const triageWithin12hKpi = defineKpi({
  id: 'listening.triage_within_12h',
  stage: 'listening',
  label: 'Triaged within 12 h',
  unit: 'percent',
  direction: 'up',
  definition:
    'Care cases opened in the period that were triaged and routed at most 12 hours after the first inbound message ÷ all care cases opened in the period; a case not triaged (yet) counts as missed. Unavailable when the imported care cases record no triage times at all.',
  entities: ['care_cases'],
  whenEmpty: 'no care cases opened in the period, or the imported care cases record no triage times',
  sample: { inputs: ['cases'], noun: 'cases' },
  sql: (c) => withinHoursSql(c, 'triaged_at', 12),
});

export const resolvedWithin24hKpi = defineKpi({
  id: 'listening.resolved_within_24h',
  stage: 'listening',
  label: 'Resolved within 24 h',
  unit: 'percent',
  direction: 'up',
  definition:
    'Care cases opened in the period that were resolved at most 24 hours after the first inbound message ÷ all care cases opened in the period; a case not resolved (yet) counts as missed. Unavailable when the imported care cases record no resolution times at all.',
  entities: ['care_cases'],
  whenEmpty: 'no care cases opened in the period, or the imported care cases record no resolution times',
  sample: { inputs: ['cases'], noun: 'cases' },
  sql: (c) => withinHoursSql(c, 'resolved_at', 24),
});

/** Median and mean hours from opening to `column` over the period's cases that have it. */
const medianHoursSql = (c: KpiSqlContext, column: 'first_response_at' | 'resolved_at') => `
    SELECT period, ${c.d.median('h')} AS value, avg(h) AS mean_hours, count(*) AS cases FROM (
      SELECT pd.period, CAST(date_diff('millisecond', cc.opened_at, cc.${column}) AS DOUBLE) / 3600000 AS h
      FROM care_cases cc ${c.byPeriod('cc.opened_at')} WHERE cc.${column} >= cc.opened_at)
    GROUP BY period`;

export const medianFirstResponseKpi = defineKpi({
  id: 'listening.median_first_response_hours',
  stage: 'listening',
  label: 'Median first response time',
  unit: 'hours',
  direction: 'down',
  definition:
    'Median hours from the first inbound message to the brand’s first reply, over the care cases opened in the period that have a reply (calendar hours, not business hours); the mean is given alongside. Cases without a reply are left out.',
  entities: ['care_cases'],
  whenEmpty: 'no care cases with a first response opened in the period',
  sample: { inputs: ['cases'], noun: 'cases' },
  sql: (c) => medianHoursSql(c, 'first_response_at'),
});

export const medianResolutionKpi = defineKpi({
  id: 'listening.median_resolution_hours',
  stage: 'listening',
  label: 'Median resolution time',
  unit: 'hours',
  direction: 'down',
  definition:
    'Median hours from the first inbound message to resolution, over the care cases opened in the period that are resolved (calendar hours, not business hours); the mean is given alongside. Unresolved cases are left out.',
  entities: ['care_cases'],
  whenEmpty: 'no resolved care cases opened in the period',
  sample: { inputs: ['cases'], noun: 'cases' },
  sql: (c) => medianHoursSql(c, 'resolved_at'),
});

export const listeningKpis = [
  mentionsKpi,
  reachKpi,
  reputationScoreKpi,
  netSentimentKpi,
  negativeShareKpi,
  shareOfVoiceKpi,
  shareOfVoiceEngagementKpi,
  shareOfVoiceReachKpi,
  retentionRateKpi,
  refundRateKpi,
  productGapsKpi,
  contentGapsKpi,
  triageWithin12hKpi,
  resolvedWithin24hKpi,
  medianFirstResponseKpi,
  medianResolutionKpi,
];
