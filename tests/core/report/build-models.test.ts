/**
 * buildReportModels over a small hand-made data folder (Europe/Berlin, summer time: local
 * midnight is 22:00Z), checked against values worked out by hand below.
 *
 * The data:
 * - Brand mentions (Alpenglow) every day from Monday 29 June to Wednesday 30 September 2026: 6 on
 *   a weekday, 2 on a Saturday or Sunday; the competitor Bergmann 2 a day. On Wednesday
 *   16 September a planted spike: 24 more brand mentions, all negative, all by one author on
 *   reddit (a typical Wednesday has 6). On 12 weekdays of September one regular brand mention is
 *   negative; August has none. The first brand mention of 1 September is published at 22:30Z on
 *   31 August (00:30 in Berlin), the last of 31 August at 21:30Z (23:30 in Berlin).
 *   August 2026 (1 August is a Saturday): 21 weekdays × 6 + 10 weekend days × 2 = 146.
 *   September 2026 (1 September is a Tuesday): 22 × 6 + 8 × 2 = 148, + 24 = 172.
 * - Orders: 10 × 100 on 1–10 September 2025 (and one refunded order of 500, left out) = 1000;
 *   5 × 200 on 3–7 August 2026 = 1000; 6 × 100 on 1–6 September 2026 (the first at 22:30Z on
 *   31 August) and 6 × 100 on 25–30 September = 1200.
 * - Owned posts: August 100 + 100 engagements ÷ 500 + 500 impressions = 0.20 (one at 23:30 on
 *   31 August in Berlin); September: 300 ÷ 1000 on 1 September (published 22:30Z on 31 August),
 *   500 ÷ 1000 on 30 September → 800 ÷ 2000 = 0.40, and 0.30 up to 15 September.
 * - Care cases: 10 in September (on the 1st … 30th), 8 triaged within 12 hours → 0.8 < SLA 0.9;
 *   all resolved within 24 hours.
 * Goals: revenue +10% on the same month a year earlier; engagement rate (per impression) target
 * 35 (%), monthly; brand mentions +20% on the previous quarter.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../../../src/core/benchmarks/typical-day.ts';
import { monthlyAudienceSpecs } from '../../../src/core/metrics/audiences.ts';
import { registryFor } from '../../../src/core/metrics/registry.ts';
import { dayPeriod, monthPeriod } from '../../../src/core/periods/period.ts';
import { buildReportModels } from '../../../src/core/report/build.ts';
import type { KpiResult, ReportModel } from '../../../src/core/report/model.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { defineMetric } from '../../../src/plugins/define-metric.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const tz = 'Europe/Berlin';

const redditMentions = defineMetric({
  id: 'listening.reddit_mentions',
  stage: 'listening',
  label: 'Brand mentions on Reddit',
  unit: 'count',
  direction: 'up',
  definition: 'Brand mentions published in the period on reddit.',
  entities: ['mentions'],
  sql: (c) => `SELECT pd.period, count(*) AS value FROM mentions m ${c.byPeriod('m.published_at')} WHERE ${c.isBrand('m')} AND m.platform = 'reddit' GROUP BY pd.period`,
});

const config = configSchema.parse({
  brand: { name: 'Alpenglow' },
  competitors: [{ name: 'Bergmann' }],
  timezone: tz,
  metrics: [redditMentions],
  goals: [
    { kpi: 'selling.revenue', period: 'month', change: 0.1, versus: 'previous_year' },
    { kpi: 'influencing.engagement_rate_impressions', period: 'month', target: 35 },
    { kpi: 'listening.mentions', period: 'quarter', change: 0.2, versus: 'previous_period' },
  ],
});

const SPIKE_DAY = '2026-09-16';
const NEGATIVE_DAYS = new Set(['01', '02', '03', '04', '07', '08', '09', '10', '11', '14', '15', '17'].map((d) => `2026-09-${d}`));

function buildRows() {
  const mentions: Record<string, unknown>[] = [];
  let n = 0;
  const mention = (at: string, o: Record<string, unknown>) => {
    n += 1;
    mentions.push({ id: `m${n}`, published_at: at, platform: 'twitter', domain: 'twitter.com', author_handle: `fan${n}`, url: `https://twitter.com/p/${n}`, matched_kind: 'brand', matched_name: 'Alpenglow', sentiment: 'positive', ...o });
  };
  for (let day = '2026-06-29'; day <= '2026-09-30'; day = addDays(day, 1)) {
    const brand = isoWeekday(day) <= 5 ? 6 : 2;
    for (let k = 0; k < brand; k++) {
      let at = `${day}T${String(8 + k).padStart(2, '0')}:00:00Z`;
      if (day === '2026-09-01' && k === 0) at = '2026-08-31T22:30:00Z'; // 00:30 on 1 September in Berlin
      if (day === '2026-08-31' && k === brand - 1) at = '2026-08-31T21:30:00Z'; // 23:30 on 31 August in Berlin
      mention(at, { sentiment: k === 0 && NEGATIVE_DAYS.has(day) ? 'negative' : 'positive' });
    }
    for (let k = 0; k < 2; k++) mention(`${day}T${String(9 + k).padStart(2, '0')}:30:00Z`, { matched_kind: 'competitor', matched_name: 'Bergmann' });
  }
  for (let k = 0; k < 24; k++) {
    mention(`${SPIKE_DAY}T12:${String(k).padStart(2, '0')}:00Z`, { platform: 'reddit', domain: 'gossip.example', author_handle: 'leaker', url: `https://gossip.example/t/${k}`, sentiment: 'negative' });
  }

  const orders: Record<string, unknown>[] = [];
  const order = (at: string, amount: number, refunded = false) => orders.push({ id: `o${orders.length + 1}`, ordered_at: at, customer_id: `c${orders.length % 7}`, amount, refunded });
  for (let d = 1; d <= 10; d++) order(`2025-09-${String(d).padStart(2, '0')}T10:00:00Z`, 100);
  order('2025-09-15T10:00:00Z', 500, true);
  for (let d = 3; d <= 7; d++) order(`2026-08-0${d}T10:00:00Z`, 200);
  order('2026-08-31T22:30:00Z', 100); // 00:30 on 1 September in Berlin
  for (let d = 2; d <= 6; d++) order(`2026-09-0${d}T10:00:00Z`, 100);
  for (let d = 25; d <= 30; d++) order(`2026-09-${d}T10:00:00Z`, 100);

  const post = (id: string, at: string, impressions: number, engagements: number) => ({ id, published_at: at, platform: 'instagram', impressions, engagements });
  const posts = [
    post('p1', '2026-08-01T08:00:00Z', 500, 100),
    post('p2', '2026-08-31T21:30:00Z', 500, 100), // 23:30 on 31 August in Berlin
    post('p3', '2026-08-31T22:30:00Z', 1000, 300), // 00:30 on 1 September in Berlin
    post('p4', '2026-09-30T08:00:00Z', 1000, 500),
  ];

  const hours = (at: string, h: number) => new Date(Date.parse(at) + h * 3_600_000).toISOString();
  const care_cases = ['01', '04', '07', '10', '13', '16', '19', '22', '25', '30'].map((d, i) => {
    const at = `2026-09-${d}T08:00:00Z`;
    return { id: `k${i}`, opened_at: at, platform: 'instagram', customer_handle: `h${i}`, kind: 'complaint', triaged_at: hours(at, i < 8 ? 2 : 20), resolved_at: hours(at, 10), first_response_at: hours(at, 1) };
  });
  return { mentions, orders, posts, care_cases };
}

let dir: string;
let reader: DataReader;
/** September, August, the spike day and a Saturday, made on 5 October (all complete). */
let models: ReportModel[];
/** September, made on 15 September (in progress). */
let midMonth: ReportModel[];

const model = (list: ReportModel[], period: string, audience = 'team') => {
  const m = list.find((x) => x.period.id === period && x.audience === audience);
  if (!m) throw new Error(`no model for ${period} / ${audience}`);
  return m;
};
const kpi = (m: ReportModel, id: string): KpiResult => {
  const k = m.kpis.find((x) => x.id === id);
  if (!k) throw new Error(`no KPI ${id} in ${m.period.id} / ${m.audience}`);
  return k;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-build-models-'));
  await writeDataFolder(dir, buildRows());
  reader = await openReader(dir);
  models = await buildReportModels({
    reader,
    config,
    periods: [monthPeriod('2026-09', tz), monthPeriod('2026-08', tz), dayPeriod(SPIKE_DAY, tz), dayPeriod('2026-09-19', tz)],
    asOf: '2026-10-05',
  });
  midMonth = await buildReportModels({ reader, config, periods: [monthPeriod('2026-09', tz)], asOf: '2026-09-15', audiences: ['team'] });
});

afterAll(async () => {
  await reader?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the models built', () => {
  it('gives one model per period and audience, with its comparison periods', () => {
    expect(models.length).toBe(4 * 3);
    const sep = model(models, '2026-09');
    expect(sep).toMatchObject({ cadence: 'monthly', previous: { id: '2026-08' }, yearAgo: { id: '2025-09' }, asOf: '2026-10-05', dataUntil: '2026-09-30', complete: true, brand: 'Alpenglow', competitors: ['Bergmann'], timezone: tz });
    expect(model(models, SPIKE_DAY)).toMatchObject({ cadence: 'daily', previous: { id: '2026-09-15' }, yearAgo: { id: '2025-09-16' }, complete: true });
  });

  it('is not complete when asOf lies inside the period', () => {
    expect(model(midMonth, '2026-09').complete).toBe(false);
  });

  it('every model survives a JSON round trip unchanged', () => {
    for (const m of [...models, ...midMonth]) expect(JSON.parse(JSON.stringify(m))).toStrictEqual(m);
  });
});

describe('comparisons', () => {
  it('compares brand mentions with the previous month; the year-ago month has no data', () => {
    const mentions = kpi(model(models, '2026-09'), 'listening.mentions');
    // 172 against 146 in August: +26, 26 ÷ 146 = +17.8%.
    expect(mentions).toMatchObject({ available: true, value: 172 });
    expect(mentions.partial).toBeUndefined();
    expect(mentions.comparisons.previous).toMatchObject({ period: '2026-08', available: true, value: 146 });
    expect(mentions.comparisons.previous.change).toMatchObject({ absolute: 26, show: 'relative', trend: 'up', good: true });
    expect(mentions.comparisons.previous.change!.relative).toBeCloseTo(26 / 146, 12);
    expect(mentions.comparisons.yearAgo).toEqual({
      period: '2025-09',
      available: false,
      value: null,
      reason: 'no mentions imported for 2025-09 (mentions cover 2026-06-29 to 2026-09-30)',
      // What the reason is made of, for other languages.
      why: { key: 'notCovered', entity: 'mentions', period: '2025-09', from: '2026-06-29', to: '2026-09-30' },
      change: null,
    });
  });

  it('compares revenue with the previous month and the same month a year earlier', () => {
    const revenue = kpi(model(models, '2026-09'), 'selling.revenue');
    // 1200 against 1000 (August 2026) and 1000 (September 2025, the refunded 500 left out).
    expect(revenue.value).toBe(1200);
    for (const c of [revenue.comparisons.previous, revenue.comparisons.yearAgo]) {
      expect(c).toMatchObject({ available: true, value: 1000, change: { absolute: 200, show: 'relative', trend: 'up', good: true } });
      expect(c.change!.relative).toBeCloseTo(0.2, 12);
    }
    expect(revenue.comparisons.yearAgo.period).toBe('2025-09');
  });

  it('compares a percentage in points, a falling "down" KPI as good news', () => {
    const sep = model(models, '2026-09');
    const rate = kpi(sep, 'influencing.engagement_rate_impressions');
    // 0.40 against 0.20: +0.20 points, no relative change.
    expect(rate.value).toBeCloseTo(0.4, 12);
    expect(rate.inputs).toEqual({ engagements: 800, impressions: 2000, posts: 2 });
    expect(rate.comparisons.previous.change).toMatchObject({ relative: null, show: 'points', trend: 'up', good: true });
    expect(rate.comparisons.previous.change!.absolute).toBeCloseTo(0.2, 12);
    // Negative mentions rose from 0 to 12 + 24 = 36: bad news, shown as an absolute change.
    const negative = kpi(sep, 'listening.negative_mentions');
    expect(negative.value).toBe(36);
    expect(negative.comparisons.previous.change).toEqual({ absolute: 36, relative: null, show: 'absolute', trend: 'up', good: false });
  });

  it('compares a day with the day before', () => {
    const day = kpi(model(models, SPIKE_DAY), 'listening.mentions');
    // Wednesday 16 September: 6 + 24 = 30; Tuesday 15 September: 6.
    expect(day.value).toBe(30);
    expect(day.comparisons.previous).toMatchObject({ period: '2026-09-15', value: 6, change: { absolute: 24, relative: 4, trend: 'up' } });
    expect(day.comparisons.yearAgo.available).toBe(false);
  });
});

describe('goals', () => {
  it('measures a change goal against the same month a year earlier: met', () => {
    const t = kpi(model(models, '2026-09'), 'selling.revenue').comparisons.target!;
    // Target 1000 × 1.1 = 1100; 1200 over all 30 days → met; progress 1200 ÷ 1100.
    expect(t).toMatchObject({ basis: 'change', goalPeriod: '2026-09', toDatePeriod: '2026-09', base: { period: '2025-09', value: 1000 }, toDate: 1200, elapsedDays: 30, totalDays: 30, projected: 1200, onTrack: true, status: 'met' });
    expect(t.target).toBeCloseTo(1100, 9);
    expect(t.progress).toBeCloseTo(1200 / 1100, 12);
  });

  it('projects a sum KPI when the month is in progress: on track', () => {
    const t = kpi(model(midMonth, '2026-09'), 'selling.revenue').comparisons.target!;
    // 1–15 September: 6 orders × 100 = 600 (the one at 00:30 on 1 September included);
    // projected 600 × 30 ÷ 15 = 1200 ≥ 1100.
    expect(t).toMatchObject({ toDatePeriod: '2026-09-01..2026-09-15', toDate: 600, elapsedDays: 15, totalDays: 30, projected: 1200, onTrack: true, status: 'on_track' });
    expect(t.progress).toBeCloseTo(600 / 1100, 12);
  });

  it('reads a percent target written in percent (35 → 0.35): met, off track, missed', () => {
    const done = kpi(model(models, '2026-09'), 'influencing.engagement_rate_impressions').comparisons.target!;
    expect(done).toMatchObject({ basis: 'target', target: 0.35, base: null, status: 'met' });
    expect(done.toDate).toBeCloseTo(0.4, 12);
    // A rate is projected as it stands: up to 15 September 300 ÷ 1000 = 0.30 < 0.35.
    const mid = kpi(model(midMonth, '2026-09'), 'influencing.engagement_rate_impressions').comparisons.target!;
    expect(mid).toMatchObject({ target: 0.35, elapsedDays: 15, onTrack: false, status: 'off_track' });
    expect(mid.toDate).toBeCloseTo(0.3, 12);
    expect(mid.projected).toBeCloseTo(0.3, 12);
    // August: 0.20 over the whole month → missed.
    const aug = kpi(model(models, '2026-08'), 'influencing.engagement_rate_impressions').comparisons.target!;
    expect(aug).toMatchObject({ goalPeriod: '2026-08', target: 0.35, status: 'missed', onTrack: false });
    expect(aug.toDate).toBeCloseTo(0.2, 12);
  });

  it('is unknown, with the reason, when the base has no data', () => {
    const t = kpi(model(models, '2026-08'), 'selling.revenue').comparisons.target!;
    // August 2025: the orders start on 1 September 2025.
    expect(t).toMatchObject({ basis: 'change', target: null, base: { period: '2025-08', value: null }, toDate: 1000, progress: null, projected: null, onTrack: null, status: 'unknown' });
    expect(t.reason).toContain('no value for 2025-08');
    expect(t.reason).toContain('no orders imported for 2025-08');
  });

  it('is unknown, with the reason, when the base is only partly covered', () => {
    const t = kpi(model(models, '2026-09'), 'listening.mentions').comparisons.target!;
    // Goal: the quarter 2026-Q3 against 2026-Q2, whose mentions start on 29 June.
    expect(t).toMatchObject({ goalPeriod: '2026-Q3', toDatePeriod: '2026-Q3', base: { period: '2026-Q2' }, target: null, status: 'unknown' });
    expect(t.reason).toContain('2026-Q2 is only partly covered');
    expect(t.reason).toContain('2026-06-29 to 2026-06-30');
    // No finding for an unknown goal.
    expect(model(models, '2026-09').findings.some((f) => f.kind.startsWith('target_') && f.kpi === 'listening.mentions')).toBe(false);
  });

  it('gives a day report the goal of the month to that day', () => {
    const t = kpi(model(models, SPIKE_DAY), 'selling.revenue').comparisons.target!;
    // 1–16 September: still the 6 early orders = 600; 600 × 30 ÷ 16 = 1125 ≥ 1100.
    expect(t).toMatchObject({ goalPeriod: '2026-09', toDatePeriod: '2026-09-01..2026-09-16', toDate: 600, elapsedDays: 16, projected: 1125, status: 'on_track' });
  });
});

describe('typical day and anomalies', () => {
  it('compares the spike day with the typical Wednesday', () => {
    const b = kpi(model(models, SPIKE_DAY), 'listening.mentions').comparisons.baseline!;
    // Wednesdays 22 July … 9 September (8 in the 56 days before): 6 each → median 6, MAD 0;
    // scale max(1.4826 × 0, √6) × √(1 + π ÷ 16); score (30 − 6) ÷ scale ≈ 8.96 ≥ 3.5 → high.
    const scale = Math.sqrt(6) * Math.sqrt(1 + Math.PI / 16);
    expect(b).toMatchObject({ metric: 'mentions', weekday: 3, expected: 6, mad: 0, status: 'high', window: { firstDay: '2026-07-22', lastDay: '2026-09-15' } });
    expect(b.score).toBeCloseTo(24 / scale, 9);
  });

  it('compares a quiet Saturday with the typical Saturday, not the weekday level', () => {
    const b = kpi(model(models, '2026-09-19'), 'listening.mentions').comparisons.baseline!;
    expect(b).toMatchObject({ weekday: 6, expected: 2, score: 0, status: 'typical' });
  });

  it('has no baseline comparison on a month report', () => {
    expect(kpi(model(models, '2026-09'), 'listening.mentions').comparisons.baseline).toBeUndefined();
  });

  it('lists the spike with its drivers', () => {
    const sep = model(models, '2026-09');
    const spikes = sep.anomalies.filter((a) => a.date === SPIKE_DAY);
    expect(sep.anomalies.every((a) => a.date === SPIKE_DAY)).toBe(true);
    const mentions = spikes.find((a) => a.metric === 'mentions')!;
    expect(mentions).toMatchObject({ direction: 'spike', observed: 30, expected: 6 });
    // Every one of the 24 extra mentions is by @leaker on reddit at gossip.example; the typical
    // Wednesday has none of them: each explains (24 − 0) ÷ (30 − 6) = 100% of the excess.
    for (const [dimension, value] of [['author', 'leaker'], ['source', 'reddit'], ['domain', 'gossip.example']] as const) {
      expect(mentions.drivers).toContainEqual({ dimension, value, share: 1, observed: 24, expected: 0 });
    }
    expect(mentions.singleSource?.share).toBe(1);
    // Negative mentions: 24 (the regular ones are positive on Wednesdays 16 September) against a median 0.
    expect(spikes.find((a) => a.metric === 'negative_mentions')).toMatchObject({ direction: 'spike', observed: 24, expected: 0 });
    expect(model(models, '2026-08').anomalies).toEqual([]);
  });
});

describe('findings', () => {
  it('ranks the negative event first', () => {
    for (const m of [model(models, '2026-09'), model(models, SPIKE_DAY), model(models, '2026-09', 'leadership')]) {
      expect(m.findings[0]).toMatchObject({ kind: 'event', date: SPIKE_DAY, tone: 'bad', data: { eventKind: 'negative' } });
    }
    // Negative mentions 24 against a typical Wednesday of 0: "from none to 24", led by posts of one account.
    const team = model(models, SPIKE_DAY).findings[0]!;
    expect(team.headline).toBe('Negative mentions rose from none to 24 against a typical Wednesday on 16 September after posts by @leaker.');
    expect(model(models, SPIKE_DAY, 'leadership').findings[0]!.headline).toBe('Posts by one account drove negative mentions up from none to 24 against a typical Wednesday on 16 September.');
    // The day report's other findings include the off-track engagement goal (score 88), below the spike.
    const day = model(models, SPIKE_DAY);
    expect(day.findings.some((f) => f.kind === 'target_off_track' && f.kpi === 'influencing.engagement_rate_impressions')).toBe(true);
  });

  it('tells a count change only when it is significant (Poisson z ≥ 3 and ≥ 10%)', () => {
    const sep = model(models, '2026-09');
    const changes = sep.findings.filter((f) => f.kind === 'kpi_change').map((f) => f.kpi);
    // Mentions 172 against 146: +17.8%, but z = 26 ÷ √318 = 1.46 < 3 → no finding.
    expect(changes).not.toContain('listening.mentions');
    // Negative mentions 36 against 0: z = 36 ÷ √36 = 6, but the negative event of 16 September is that rise: one story, not two.
    expect(changes).not.toContain('listening.negative_mentions');
    expect(kpi(sep, 'listening.negative_mentions').tone).toMatchObject({ tone: 'bad', versus: 'previous' });
    expect(sep.findings.filter((f) => f.kind === 'event').map((f) => f.date)).toEqual([SPIKE_DAY]);
    // Revenue (an amount): +20% ≥ 15% → a finding.
    expect(changes).toContain('selling.revenue');
  });

  it('says the triage SLA was missed (0.8 against 0.9), not the resolution SLA (1.0)', () => {
    const sep = model(models, '2026-09');
    const triage = kpi(sep, 'listening.triage_within_12h');
    expect(triage.value).toBeCloseTo(0.8, 12);
    expect(triage.inputs).toMatchObject({ within: 8, cases: 10 });
    const sla = sep.findings.filter((f) => f.kind === 'sla_missed');
    expect(sla.map((f) => f.kpi)).toEqual(['listening.triage_within_12h']);
    expect(sla[0]!.data).toEqual({ value: triage.value, target: 0.9, step: 'triage' });
  });

  it('gives goal findings by status', () => {
    const kinds = (m: ReportModel) => Object.fromEntries(m.findings.filter((f) => f.kind.startsWith('target_')).map((f) => [f.kpi, f.kind]));
    expect(kinds(model(models, '2026-09'))).toEqual({ 'selling.revenue': 'target_met', 'influencing.engagement_rate_impressions': 'target_met' });
    expect(kinds(model(models, '2026-08'))).toEqual({ 'influencing.engagement_rate_impressions': 'target_missed' });
    expect(kinds(model(midMonth, '2026-09'))).toEqual({ 'selling.revenue': 'target_on_track', 'influencing.engagement_rate_impressions': 'target_off_track' });
    // The goal's period is named as people name it, not by its id.
    const missed = model(models, '2026-08').findings.find((f) => f.kind === 'target_missed')!;
    expect(missed.headline).toMatch(/ for August 2026\.$/);
    expect(model(midMonth, '2026-09').findings.find((f) => f.kind === 'target_off_track')!.headline).toMatch(/ days of September 2026\)\.$/);
  });

  it('keeps findings in score order', () => {
    for (const m of models) {
      const scores = m.findings.map((f) => f.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('audiences', () => {
  const registry = registryFor(config);
  it('gives the team every KPI, the project metric at the end of its stage', () => {
    const team = model(models, '2026-09', 'team');
    expect(team.kpis.map((k) => k.id)).toEqual(registry.list().map((k) => k.id));
    const ids = team.kpis.map((k) => k.id);
    const at = ids.indexOf('listening.reddit_mentions');
    expect(ids.slice(0, at).every((id) => id.startsWith('listening.'))).toBe(true);
    expect(ids[at + 1]!.startsWith('influencing.')).toBe(true);
    // 24 brand mentions on reddit, all on the spike day; August none.
    expect(team.kpis[at]).toMatchObject({ custom: true, value: 24, stage: 'listening', comparisons: { previous: { value: 0 } } });
    expect(team.kpis.filter((k) => k.custom).map((k) => k.id)).toEqual(['listening.reddit_mentions']);
  });

  it('gives sales and leadership only their KPIs, in their order', () => {
    const sales = model(models, '2026-09', 'sales');
    expect(sales.kpis.map((k) => k.id)).toEqual(monthlyAudienceSpecs.sales.kpis);
    expect(sales.kpis.map((k) => k.id)).not.toContain('listening.reach');
    expect(sales.kpis.map((k) => k.id)).not.toContain('listening.reddit_mentions');
    expect(sales.highlights).toEqual(monthlyAudienceSpecs.sales.highlights);
    expect(sales.charts.map((c) => c.kind)).toEqual(['weekly_leads', 'daily_mentions']);
    const leadership = model(models, '2026-09', 'leadership');
    expect(leadership.kpis.map((k) => k.id)).toEqual(monthlyAudienceSpecs.leadership.kpis);
    expect(leadership.kpis.map((k) => k.id)).not.toContain('listening.triage_within_12h');
  });

  it('keeps only the findings about the audience’s KPIs', () => {
    const sales = model(models, '2026-09', 'sales');
    const salesIds = new Set(sales.kpis.map((k) => k.id));
    expect(sales.findings.every((f) => !f.kpi || salesIds.has(f.kpi))).toBe(true);
    expect(sales.findings.some((f) => f.kind === 'sla_missed')).toBe(false);
    expect(sales.findings.some((f) => f.kpi === 'selling.revenue')).toBe(true);
    // Sales hears of the negative story first as a talking point; the event itself has no KPI, so every audience hears of it.
    expect(sales.findings[0]).toMatchObject({ kind: 'talking_point', data: { theme: null } });
    expect(sales.findings.some((f) => f.kind === 'event' && f.date === SPIKE_DAY)).toBe(true);
  });

  it('marks KPIs without their data unavailable, not zero', () => {
    const leads = kpi(model(models, '2026-09', 'sales'), 'selling.leads');
    expect(leads).toMatchObject({ available: false, value: null, code: 'no_data' });
  });
});

describe('people are named in team reports only', () => {
  it('keeps the author of the spike and the advocates in the team model', () => {
    const team = model(models, SPIKE_DAY, 'team');
    expect(JSON.stringify(team)).toContain('leaker');
    expect(team.anomalies[0]!.singleSource).toMatchObject({ dimension: 'author', value: 'leaker' });
  });

  it('gives sales and leadership the same figures without a name or handle of a person', () => {
    for (const audience of ['sales', 'leadership']) {
      for (const period of ['2026-09', SPIKE_DAY]) {
        const m = model(models, period, audience);
        const text = JSON.stringify(m);
        expect(text, `${audience} ${period}`).not.toContain('leaker');
        expect(text, `${audience} ${period}`).not.toMatch(/"fan\d+"/);
        expect(m.lists.advocates).toMatchObject({ available: false, code: 'not_configured', reason: 'individual people are named in team reports only' });
        expect(m.lists.detractors.available).toBe(false);
        if (m.lists.topMentions.available) for (const r of m.lists.topMentions.rows) expect(r.author).toBeNull();
      }
    }
    const sales = model(models, SPIKE_DAY, 'sales');
    const team = model(models, SPIKE_DAY, 'team');
    // The same spike, the same share; only the name is withheld.
    expect(sales.anomalies.map((a) => [a.date, a.metric, a.observed, a.drivers.length])).toEqual(team.anomalies.map((a) => [a.date, a.metric, a.observed, a.drivers.length]));
    const event = sales.findings.find((f) => f.kind === 'event')!;
    expect(event.headline).toContain('posts by one account');
    expect(event.data.driver).toMatchObject({ dimension: 'author', value: 'one author' });
  });
});
