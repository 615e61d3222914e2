/** Listening KPIs: how much, and how warmly, people talk about the brand and its competitors. */
import { available, defineKpi, unavailable } from '../kpi.ts';
import { firstRow, inPeriodTs, num, sqlString } from '../sql.ts';
import { isBrandSql, trackedNameSql } from '../tracked-names.ts';

export const mentionsKpi = defineKpi({
  id: 'listening.mentions',
  stage: 'listening',
  label: 'Brand mentions',
  unit: 'count',
  direction: 'up',
  definition: 'Mentions of the brand (its name or aliases) published in the period, from every listening source.',
  entities: ['mentions'],
  async compute(ctx) {
    const row = await firstRow(ctx.reader, `SELECT count(*) AS n FROM mentions WHERE ${inPeriodTs('published_at', ctx.period)} AND ${isBrandSql(ctx.config)}`);
    return available(num(row.n));
  },
});

export const netSentimentKpi = defineKpi({
  id: 'listening.net_sentiment',
  stage: 'listening',
  label: 'Net sentiment',
  unit: 'percent',
  direction: 'up',
  definition: '(Positive − negative) ÷ (positive + negative) brand mentions in the period; neutral mentions are left out (Talkwalker’s formula).',
  entities: ['mentions'],
  async compute(ctx) {
    const row = await firstRow(
      ctx.reader,
      `SELECT count(*) FILTER (WHERE sentiment = 'positive') AS pos, count(*) FILTER (WHERE sentiment = 'negative') AS neg
       FROM mentions WHERE ${inPeriodTs('published_at', ctx.period)} AND ${isBrandSql(ctx.config)}`,
    );
    const pos = num(row.pos);
    const neg = num(row.neg);
    if (pos + neg === 0) return unavailable('insufficient', 'no brand mentions with a positive or negative sentiment');
    return available((pos - neg) / (pos + neg));
  },
});

export const shareOfVoiceKpi = defineKpi({
  id: 'listening.share_of_voice',
  stage: 'listening',
  label: 'Share of voice',
  unit: 'percent',
  direction: 'up',
  definition: 'Brand mentions ÷ (brand + configured competitors’ mentions) in the period.',
  entities: ['mentions'],
  async compute(ctx) {
    if (ctx.config.competitors.length === 0) return unavailable('not_configured', 'no competitors configured');
    const row = await firstRow(
      ctx.reader,
      `WITH t AS (SELECT ${trackedNameSql(ctx.config)} AS name FROM mentions WHERE ${inPeriodTs('published_at', ctx.period)})
       SELECT count(*) FILTER (WHERE name IS NOT NULL) AS total, count(*) FILTER (WHERE name = ${sqlString(ctx.config.brand.name)}) AS brand FROM t`,
    );
    const total = num(row.total);
    if (total === 0) return unavailable('insufficient', 'no mentions of the brand or its competitors');
    return available(num(row.brand) / total);
  },
});

export const listeningKpis = [mentionsKpi, netSentimentKpi, shareOfVoiceKpi];
