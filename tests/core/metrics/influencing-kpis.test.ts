/**
 * Every influencing KPI over a small Europe/Berlin data folder, for a month (2026-09), an ISO week
 * (2026-W37, 7–13 September), the month before (2026-08) and two single days, each value worked
 * out by hand below. Also: the unavailable cases (no offers imported, posts without impressions)
 * and rows just after Berlin midnight that are still the previous day in UTC.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiValues } from '../../../src/core/metrics/compute.ts';
import type { KpiValue } from '../../../src/core/metrics/kpi.ts';
import { influencingKpis } from '../../../src/core/metrics/stages/influencing.ts';
import { dayPeriod, monthPeriod, weekPeriod } from '../../../src/core/periods/period.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const tz = 'Europe/Berlin';
const config = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: tz });
const SEP = monthPeriod('2026-09', tz);
const AUG = monthPeriod('2026-08', tz);
const W37 = weekPeriod('2026-W37', tz); // Monday 7 to Sunday 13 September
const SEP09 = dayPeriod('2026-09-09', tz);
const SEP10 = dayPeriod('2026-09-10', tz);

const post = (id: string, published_at: string, m: Record<string, unknown>) => ({ id, published_at, platform: 'instagram', account_id: 'ig', ...m });

// Owned posts. Columns: impressions (imp), reach, engagements (eng), likes, reactions, comments,
// shares, clicks, followers_at_post (fol).
const posts = [
  // 2026-08-31T22:30Z is 00:30 on Tuesday 1 September in Berlin: a September post (week 36).
  post('p1', '2026-08-31T22:30:00Z', { impressions: 1000, reach: 800, engagements: 50, likes: 30, comments: 10, shares: 10, clicks: 20, followers_at_post: 10000 }),
  // 2026-09-06T22:30Z is Sunday in UTC but 00:30 on Monday 7 September in Berlin: week 37.
  post('p7', '2026-09-06T22:30:00Z', { impressions: 1000, reach: 500, engagements: 40, likes: 20, comments: 10, shares: 30, clicks: 10, followers_at_post: 10000 }),
  // No likes: applause falls back to its reactions (90).
  post('p2', '2026-09-08T10:00:00Z', { impressions: 2000, reach: 1500, engagements: 120, likes: null, reactions: 90, comments: 20, shares: 10, clicks: 30, followers_at_post: 10100 }),
  // No impressions, reach, shares, clicks or followers: followers come from the 9 September snapshot (10,200).
  post('p3', '2026-09-09T10:00:00Z', { engagements: 40, likes: 25, comments: 5 }),
  // Another network without follower counts or snapshots: left out of the per-follower rate.
  { id: 'p6', published_at: '2026-09-20T10:00:00Z', platform: 'x', account_id: 'xa', impressions: 500, reach: 400, engagements: 25, likes: 10, comments: 5, shares: 10, clicks: 5 },
  // 2026-09-30T22:30Z is 00:30 on 1 October in Berlin: not September, whatever its numbers.
  post('p4', '2026-09-30T22:30:00Z', { impressions: 100000, reach: 100000, engagements: 50000, likes: 1, comments: 1, shares: 1000, clicks: 9000, followers_at_post: 10500 }),
  // August: the only post has no impressions, reach or clicks.
  post('p5', '2026-08-15T10:00:00Z', { engagements: 10, likes: 5, comments: 1, shares: 0, followers_at_post: 9900 }),
];

const account_snapshots = [
  { id: 's1', date: '2026-08-20', platform: 'instagram', account_id: 'ig', followers: 9800 },
  { id: 's2', date: '2026-08-31', platform: 'instagram', account_id: 'ig', followers: 10000 },
  { id: 's3', date: '2026-09-09', platform: 'instagram', account_id: 'ig', followers: 10200 },
  { id: 's4', date: '2026-09-30', platform: 'instagram', account_id: 'ig', followers: 10500 },
];

const web_sessions = [
  { id: 'w1', date: '2026-09-08', channel: 'organic_social', sessions: 100, is_social: true },
  { id: 'w2', date: '2026-09-08', channel: 'email', sessions: 50, is_social: false },
  { id: 'w3', date: '2026-09-20', channel: 'paid_social', sessions: 30, is_social: true },
  { id: 'w4', date: '2026-08-31', channel: 'organic_social', sessions: 999, is_social: true },
];

const offer = (id: string, date: string, channel: string | null, impressions: number | null) => ({ id, date, offer_id: 'SUMMER20', channel, impressions });
const offers = [
  offer('o1', '2026-08-31', 'Instagram', 400),
  offer('o2', '2026-09-01', 'Instagram', 1000),
  offer('o3', '2026-09-01', 'Email', 5000), // e-mail: not social
  offer('o4', '2026-09-08', 'Facebook', 2000),
  offer('o5', '2026-09-09', 'TikTok', null), // shown on social, impressions unknown
  offer('o6', '2026-09-10', null, 700), // no channel: not counted
];

const audience = (id: string, date: string, platform: string, audience_id: string, size: number) => ({ id, date, platform, audience_id, size });
const retargeting_audiences = [
  audience('a1', '2026-08-25', 'meta', 'aud1', 1000),
  audience('a2', '2026-09-05', 'meta', 'aud1', 1100),
  audience('a3', '2026-09-30', 'meta', 'aud1', 1300),
  audience('a4', '2026-09-10', 'meta', 'aud2', 500),
  audience('a5', '2026-09-20', 'meta', 'aud2', 600),
  // Same audience id on another platform; its July size is more than 31 days before September.
  audience('a6', '2026-07-15', 'google', 'aud1', 2000),
  audience('a7', '2026-09-02', 'google', 'aud1', 2100),
  audience('a8', '2026-09-12', 'google', 'aud1', 2200),
];

let dir: string;
let emptyDir: string;
let reader: DataReader;
let values: KpiValues;
let bare: KpiValues;

const v = (id: string, period: string): KpiValue => {
  const value = values.get(id)?.get(period);
  if (!value) throw new Error(`no value for ${id} ${period}`);
  return value;
};
const num = (id: string, period: string): number => {
  const x = v(id, period);
  if (!x.available) throw new Error(`${id} ${period} unavailable: ${x.reason}`);
  return x.value;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-influencing-'));
  await writeDataFolder(dir, { posts, account_snapshots, web_sessions, offers, retargeting_audiences });
  reader = await openReader(dir);
  values = await computeKpis({ reader, config, kpis: influencingKpis, periods: [SEP, W37, AUG, SEP09, SEP10] });

  emptyDir = await mkdtemp(join(tmpdir(), 'cadence-influencing-bare-'));
  await writeDataFolder(emptyDir, { posts: [post('q1', '2026-09-08T10:00:00Z', { engagements: 5, likes: 5, comments: 0, shares: 0 })] });
  const bareReader = await openReader(emptyDir);
  try {
    bare = await computeKpis({ reader: bareReader, config, kpis: influencingKpis, periods: [SEP] });
  } finally {
    await bareReader.close();
  }
});

afterAll(async () => {
  await reader?.close();
  await rm(dir, { recursive: true, force: true });
  await rm(emptyDir, { recursive: true, force: true });
});

describe('the influencing KPI list', () => {
  it('holds the thirteen KPIs in report order', () => {
    expect(influencingKpis.map((k) => k.id)).toEqual([
      'influencing.engagement_rate_impressions',
      'influencing.engagement_rate_reach',
      'influencing.engagement_rate_followers',
      'influencing.amplification_rate',
      'influencing.applause_rate',
      'influencing.conversation_rate',
      'influencing.audience_growth_rate',
      'influencing.web_sessions',
      'influencing.social_traffic',
      'influencing.social_traffic_share',
      'influencing.click_through_rate',
      'influencing.offer_awareness',
      'influencing.retargeting_list_growth',
    ]);
    expect(influencingKpis.filter((k) => k.id.includes('rate') && k.unit === 'number').map((k) => k.id)).toEqual([
      'influencing.amplification_rate',
      'influencing.applause_rate',
      'influencing.conversation_rate',
    ]);
  });
  it('names the denominator of every engagement rate and of the click-through rate', () => {
    const def = (id: string) => influencingKpis.find((k) => k.id === id)!.definition;
    expect(def('influencing.engagement_rate_impressions')).toMatch(/÷ impressions/);
    expect(def('influencing.engagement_rate_reach')).toMatch(/÷ reach/);
    expect(def('influencing.engagement_rate_followers')).toMatch(/÷ followers at the time of the post/);
    expect(def('influencing.click_through_rate')).toMatch(/÷ impressions/);
  });
});

describe('engagement rates (September 2026 and week 37, Berlin days)', () => {
  it('per impression', () => {
    // September: p1 + p7 + p2 + p6 (p3 has no impressions, p4 is October in Berlin)
    //   (50 + 40 + 120 + 25) / (1000 + 1000 + 2000 + 500) = 235 / 4500
    expect(num('influencing.engagement_rate_impressions', '2026-09')).toBeCloseTo(235 / 4500, 12);
    expect(v('influencing.engagement_rate_impressions', '2026-09')).toMatchObject({ inputs: { engagements: 235, impressions: 4500 } });
    // Week 37: p7 (00:30 Monday in Berlin) + p2: (40 + 120) / (1000 + 2000)
    expect(num('influencing.engagement_rate_impressions', '2026-W37')).toBeCloseTo(160 / 3000, 12);
  });
  it('per reach', () => {
    // September: 235 / (800 + 500 + 1500 + 400) = 235 / 3200
    expect(num('influencing.engagement_rate_reach', '2026-09')).toBeCloseTo(235 / 3200, 12);
    expect(v('influencing.engagement_rate_reach', '2026-09')).toMatchObject({ inputs: { engagements: 235, reach: 3200, posts: 4 } });
    // Week 37: (40 + 120) / (500 + 1500) = 0.08
    expect(num('influencing.engagement_rate_reach', '2026-W37')).toBeCloseTo(0.08, 12);
  });
  it('per follower, with the snapshot standing in for a missing follower count (estimated)', () => {
    // September: p1 10000, p7 10000, p2 10100, p3 → snapshot of 9 Sep 10200; p6 has none (left out)
    //   (50 + 40 + 120 + 40) / (10000 + 10000 + 10100 + 10200) = 250 / 40300
    const sep = v('influencing.engagement_rate_followers', '2026-09');
    expect(sep).toMatchObject({ available: true, estimated: true, inputs: { engagements: 250, followers: 40300, posts: 4, posts_estimated: 1 } });
    expect(num('influencing.engagement_rate_followers', '2026-09')).toBeCloseTo(250 / 40300, 12);
    expect(sep.available && sep.note).toMatch(/^1 of 4 posts .*snapshot/);
    // Week 37: p7 + p2 + p3: (40 + 120 + 40) / (10000 + 10100 + 10200) = 200 / 30300
    expect(num('influencing.engagement_rate_followers', '2026-W37')).toBeCloseTo(200 / 30300, 12);
    // August: p5 alone, its own follower count: 10 / 9900, not estimated.
    expect(v('influencing.engagement_rate_followers', '2026-08')).toEqual({ available: true, value: 10 / 9900, inputs: { engagements: 10, followers: 9900, posts: 1, posts_estimated: 0 } });
  });
});

describe('amplification, applause and conversation per post', () => {
  it('shares per post with a share count; per 1,000 followers as an input', () => {
    // September: p1 10, p7 30, p2 10, p6 10 (p3 has no share count) → 60 / 4 = 15
    //   per 1,000 followers (posts with followers_at_post: p1, p7, p2): (10 + 30 + 10) × 1000 / (10000 + 10000 + 10100) = 50000 / 30100
    expect(v('influencing.amplification_rate', '2026-09')).toMatchObject({ available: true, value: 15, inputs: { shares: 60, posts: 4 } });
    const inputs = (v('influencing.amplification_rate', '2026-09') as { inputs: Record<string, number> }).inputs;
    expect(inputs.per_1000_followers).toBeCloseTo(50000 / 30100, 12);
    // Week 37: p7 30 + p2 10 → 40 / 2 = 20
    expect(num('influencing.amplification_rate', '2026-W37')).toBe(20);
    // August: one post with 0 shares is a real 0, not unavailable.
    expect(v('influencing.amplification_rate', '2026-08')).toMatchObject({ available: true, value: 0 });
  });
  it('likes per post, reactions where likes are missing', () => {
    // September: p1 30, p7 20, p2 (reactions) 90, p3 25, p6 10 → 175 / 5 = 35
    //   per 1,000 followers: (30 + 20 + 90) × 1000 / 30100 = 140000 / 30100
    expect(v('influencing.applause_rate', '2026-09')).toMatchObject({ available: true, value: 35, inputs: { likes: 175, posts: 5 } });
    const inputs = (v('influencing.applause_rate', '2026-09') as { inputs: Record<string, number> }).inputs;
    expect(inputs.per_1000_followers).toBeCloseTo(140000 / 30100, 12);
    // Week 37: p7 20, p2 90, p3 25 → 135 / 3 = 45
    expect(num('influencing.applause_rate', '2026-W37')).toBe(45);
  });
  it('comments per post', () => {
    // September: p1 10, p7 10, p2 20, p3 5, p6 5 → 50 / 5 = 10; per 1,000: (10 + 10 + 20) × 1000 / 30100
    expect(v('influencing.conversation_rate', '2026-09')).toMatchObject({ available: true, value: 10, inputs: { comments: 50, posts: 5 } });
    const inputs = (v('influencing.conversation_rate', '2026-09') as { inputs: Record<string, number> }).inputs;
    expect(inputs.per_1000_followers).toBeCloseTo(40000 / 30100, 12);
    // Week 37: p7 10, p2 20, p3 5 → 35 / 3
    expect(num('influencing.conversation_rate', '2026-W37')).toBeCloseTo(35 / 3, 12);
    // August: p5 1 comment on 1 post
    expect(num('influencing.conversation_rate', '2026-08')).toBe(1);
  });
});

describe('audience, traffic and clicks', () => {
  it('audience growth from follower snapshots', () => {
    // September: start = 31 Aug snapshot 10000, end = 30 Sep 10500 → 500 / 10000
    expect(v('influencing.audience_growth_rate', '2026-09')).toMatchObject({ available: true, value: 0.05, inputs: { start_audience: 10000, end_audience: 10500 } });
    // Week 37: start = 31 Aug (within 31 days before 7 Sep) 10000, end = 9 Sep 10200 → 0.02
    expect(num('influencing.audience_growth_rate', '2026-W37')).toBeCloseTo(0.02, 12);
    // August: nothing in July → start = first in August 9800, end 10000
    expect(num('influencing.audience_growth_rate', '2026-08')).toBeCloseTo(200 / 9800, 12);
  });
  it('sessions from social', () => {
    // September: 100 (8 Sep organic social) + 30 (20 Sep paid social); e-mail left out; 31 Aug is August.
    expect(v('influencing.social_traffic', '2026-09')).toEqual({ available: true, value: 130 });
    expect(num('influencing.social_traffic', '2026-W37')).toBe(100);
    expect(num('influencing.social_traffic', '2026-08')).toBe(999);
    // All sessions, and social's share of them: September 100 + 50 + 30 = 180, social 130 → 130 / 180.
    expect(v('influencing.web_sessions', '2026-09')).toEqual({ available: true, value: 180, inputs: { social_sessions: 130 } });
    expect(v('influencing.social_traffic_share', '2026-09')).toEqual({ available: true, value: 130 / 180, inputs: { social_sessions: 130, sessions: 180 } });
    // August: 999, all social.
    expect(num('influencing.social_traffic_share', '2026-08')).toBe(1);
    // 10 September: no sessions: a real 0 of sessions, no share.
    expect(v('influencing.web_sessions', '2026-09-10')).toEqual({ available: true, value: 0 });
    expect(v('influencing.social_traffic_share', '2026-09-10')).toMatchObject({ available: false, code: 'insufficient', reason: 'no web sessions in the period' });
  });
  it('click-through rate per impression', () => {
    // September: (20 + 10 + 30 + 5) / (1000 + 1000 + 2000 + 500) = 65 / 4500
    expect(num('influencing.click_through_rate', '2026-09')).toBeCloseTo(65 / 4500, 12);
    expect(v('influencing.click_through_rate', '2026-09')).toMatchObject({ inputs: { clicks: 65, impressions: 4500, posts: 4 } });
    // Week 37: (10 + 30) / (1000 + 2000)
    expect(num('influencing.click_through_rate', '2026-W37')).toBeCloseTo(40 / 3000, 12);
  });
});

describe('offers and retargeting audiences', () => {
  it('offer awareness sums social impressions; e-mail and rows without a channel left out', () => {
    // September: Instagram 1000 (1 Sep) + Facebook 2000 (8 Sep) + TikTok unknown; Email 5000 and the
    // channel-less 700 are not social; the 31 Aug row is August.
    expect(v('influencing.offer_awareness', '2026-09')).toEqual({ available: true, value: 3000, inputs: { offer_rows: 3 } });
    expect(num('influencing.offer_awareness', '2026-W37')).toBe(2000);
    expect(num('influencing.offer_awareness', '2026-08')).toBe(400);
    // 10 Sep: only a row without a channel → no social offer shown: a real 0.
    expect(v('influencing.offer_awareness', '2026-09-10')).toEqual({ available: true, value: 0, inputs: { offer_rows: 0 } });
    // 9 Sep: shown on TikTok, impressions unknown → cannot be computed.
    expect(v('influencing.offer_awareness', '2026-09-09')).toMatchObject({ available: false, code: 'insufficient' });
  });
  it('retargeting list growth over audiences, start size from before the period', () => {
    // September: meta/aud1 1000 (25 Aug) → 1300; meta/aud2 500 (first in Sep) → 600;
    //   google/aud1: 15 Jul is more than 31 days before → first in Sep 2100 → 2200.
    //   (1300 + 600 + 2200 − (1000 + 500 + 2100)) / 3600 = 500 / 3600
    expect(v('influencing.retargeting_list_growth', '2026-09')).toMatchObject({ available: true, inputs: { start_size: 3600, end_size: 4100, audiences: 3 } });
    expect(num('influencing.retargeting_list_growth', '2026-09')).toBeCloseTo(500 / 3600, 12);
    // Week 37: meta/aud1 has no size in the week (left out); meta/aud2 500 → 500; google/aud1 2100 (2 Sep) → 2200
    //   (500 + 2200 − 500 − 2100) / 2600 = 100 / 2600
    expect(num('influencing.retargeting_list_growth', '2026-W37')).toBeCloseTo(100 / 2600, 12);
    // August: meta/aud1 alone, 1000 → 1000
    expect(num('influencing.retargeting_list_growth', '2026-08')).toBe(0);
  });
});

describe('unavailable values', () => {
  it('posts without impressions, reach or clicks: the rates over them are insufficient, not 0', () => {
    for (const id of ['influencing.engagement_rate_impressions', 'influencing.engagement_rate_reach', 'influencing.click_through_rate']) {
      expect(v(id, '2026-08')).toMatchObject({ available: false, code: 'insufficient' });
    }
    // 9 September: p3 alone has no impressions.
    expect(v('influencing.engagement_rate_impressions', '2026-09-09')).toEqual({
      available: false,
      code: 'insufficient',
      reason: 'no posts with impressions and engagements published in the period',
      why: { key: 'whenEmpty', kpi: 'influencing.engagement_rate_impressions', text: 'no posts with impressions and engagements published in the period' },
    });
  });
  it('inputs never imported are no_data', () => {
    const b = (id: string) => bare.get(id)!.get('2026-09')!;
    expect(b('influencing.offer_awareness')).toMatchObject({ available: false, code: 'no_data', reason: 'no offers imported' });
    expect(b('influencing.retargeting_list_growth')).toMatchObject({ available: false, code: 'no_data', reason: 'no retargeting audiences imported' });
    expect(b('influencing.audience_growth_rate')).toMatchObject({ available: false, code: 'no_data' });
    expect(b('influencing.social_traffic')).toMatchObject({ available: false, code: 'no_data' });
    // Posts are there, but without impressions or followers (and no snapshots to fall back on).
    expect(b('influencing.engagement_rate_impressions')).toMatchObject({ available: false, code: 'insufficient' });
    expect(b('influencing.engagement_rate_followers')).toMatchObject({ available: false, code: 'insufficient' });
    expect(b('influencing.applause_rate')).toEqual({ available: true, value: 5, inputs: { likes: 5, posts: 1 } });
  });
});
