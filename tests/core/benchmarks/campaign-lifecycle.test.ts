import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { campaignLifecycles, classifyLifecycle, relativeTrend } from '../../../src/core/benchmarks/campaign-lifecycle.ts';
import type { CampaignLifecycle } from '../../../src/core/benchmarks/types.ts';
import { loadConfig } from '../../../src/core/config/load.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const config = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: 'Europe/Berlin' });

// Every campaign starts on Monday 2 March 2026: week 0 is 2–8 March, week 1 9–15, week 2 16–22,
// week 3 23–29, week 4 30 March–5 April, week 5 6–12 April. Seen as of Wednesday 8 April, week 5
// is partial (6–8 April) and is shown but not used.
const AS_OF = '2026-04-08';
let n = 0;
const post = (campaign: string, at: string, engagements: number, reach = engagements * 10) => ({ id: `p${++n}`, published_at: at, platform: 'instagram', campaign_id: campaign, engagements, reach });
const mention = (hashtags: string[], at: string, values: Record<string, number | null>) => ({ id: `m${++n}`, published_at: at, platform: 'twitter', hashtags, ...values });
/** Noon (UTC) on the Wednesday of week `w` of age. */
const wed = (w: number) => new Date(Date.UTC(2026, 2, 4 + 7 * w, 12)).toISOString().replace('.000Z', 'Z');

let dir: string;
let reader: DataReader;
let result: CampaignLifecycle[];
const byId = (id: string) => result.find((c) => c.id === id)!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-lifecycle-'));
  await writeDataFolder(dir, {
    campaigns: [
      // Ends 15 March: the window runs to 15 + 14 = 29 March, four full weeks, no partial one.
      { id: 'burst', name: 'Spring burst', started_on: '2026-03-02', ended_on: '2026-03-15', objective: 'sales', hashtag: '#SpringBurst' },
      { id: 'grow', name: 'Growing series', started_on: '2026-03-02', ended_on: null, objective: 'awareness', hashtag: 'growit' },
      { id: 'steady', name: 'Steady tips', started_on: '2026-03-02', ended_on: '2026-04-30', objective: 'engagement', hashtag: null },
      // Started 25 March: 25 March–7 April is two full weeks, 8 April a partial third.
      { id: 'late', name: 'Late start', started_on: '2026-03-25', ended_on: null, objective: null, hashtag: 'late' },
      // Starts after the day the lifecycle is seen from: left out.
      { id: 'future', name: 'Summer', started_on: '2026-05-01', ended_on: null, objective: null, hashtag: 'summer' },
    ],
    posts: [
      // Burst, weekly engagement 1000, 300, 100, 50 (hand-made):
      post('burst', '2026-03-02T08:00:00Z', 600, 6000),
      post('burst', '2026-03-18T12:00:00Z', 100, 1000),
      // Sunday 22 March 23:30 UTC is Monday 23 March 00:30 in Berlin (UTC+1): week 3, not week 2.
      post('burst', '2026-03-22T23:30:00Z', 50, 500),
      // Sunday 29 March 22:30 UTC is Monday 30 March 00:30 in Berlin (summer time, UTC+2):
      // after the window (29 March), left out.
      post('burst', '2026-03-29T22:30:00Z', 9999, 9999),
      // Growing, weekly engagement 100, 120, 150, 170, 200, then 10 in the partial week 5.
      ...[100, 120, 150, 170].map((e, w) => post('grow', wed(w), e)),
      post('grow', wed(4), 150),
      post('grow', '2026-04-07T10:00:00Z', 10),
      // Steady, weekly engagement 100, 110, 90, 100, 105 (partial week 5: nothing).
      ...[100, 110, 90, 100, 105].map((e, w) => post('steady', wed(w), e)),
      // Late: 40 and 60 in its two full weeks.
      post('late', '2026-03-26T12:00:00Z', 40),
      post('late', '2026-04-02T12:00:00Z', 60),
      // A post of no campaign.
      { id: 'p-none', published_at: '2026-03-04T12:00:00Z', platform: 'instagram', engagements: 5000, reach: 50_000 },
    ],
    mentions: [
      // Burst, week 0: 400 engagement, 4000 reach (the hashtag matched whatever its case).
      mention(['springburst', 'alpenglow'], '2026-03-03T12:00:00Z', { engagement: 400, reach: 4000 }),
      // Burst, week 1: no engagement column, likes + comments + shares = 200 + 50 + 50 = 300.
      mention(['SpringBurst'], '2026-03-10T12:00:00Z', { engagement: null, likes: 200, comments: 50, shares: 50, reach: 3000 }),
      // Growing, week 4: 50 more (200 in all).
      mention(['growit'], wed(4), { engagement: 50, reach: 500 }),
      // Another hashtag and no hashtag: nobody's.
      mention(['springburstfan'], '2026-03-03T12:00:00Z', { engagement: 7777, reach: 7777 }),
      mention([], '2026-03-03T12:00:00Z', { engagement: 7777, reach: 7777 }),
    ],
  });
  reader = await openReader(dir);
  result = await campaignLifecycles(reader, config, { asOfDay: AS_OF });
});

afterAll(async () => {
  await reader?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('campaign lifecycles on hand-made weeks', () => {
  it('lists campaigns started by the as-of day, by start day then name', () => {
    // Same start day: by name (Growing series, Spring burst, Steady tips), then Late start.
    expect(result.map((c) => c.id)).toEqual(['grow', 'burst', 'steady', 'late']);
  });

  it('sums owned posts and hashtag mentions per week of age, in Berlin days', () => {
    const c = byId('burst');
    expect(c.byAge.map((w) => [w.week, w.firstDay, w.engagement, w.posts, w.mentions])).toEqual([
      [0, '2026-03-02', 1000, 1, 1],
      [1, '2026-03-09', 300, 0, 1],
      [2, '2026-03-16', 100, 1, 0],
      [3, '2026-03-23', 50, 1, 0],
    ]);
    // Reach: 6000 + 4000; 3000; 1000; 500.
    expect(c.byAge.map((w) => w.reach)).toEqual([10_000, 3000, 1000, 500]);
    expect(c.totals).toEqual({ reach: 14_500, engagement: 1450, posts: 3, mentions: 2 });
    expect(c).toMatchObject({ name: 'Spring burst', startedOn: '2026-03-02', endedOn: '2026-03-15', objective: 'sales' });
  });

  it('classes a burst that fades', () => {
    const c = byId('burst');
    expect(c.lifecycle).toBe('burst_and_fade');
    // Peak week 0 (1000); last full week 50 ÷ 1000 = 0.05; first two weeks (1000 + 300) ÷ 1450.
    // Trend: mean 362.5, slope Σ(x − 1.5)(y − 362.5) ÷ Σ(x − 1.5)² = −1525 ÷ 5 = −305; −305 ÷ 362.5.
    expect(c.numbers).toEqual({ weeks: 4, peakWeek: 0, lastToPeak: 0.05, firstTwoWeeksShare: 1300 / 1450, trend: expect.closeTo(-305 / 362.5, 12) });
    expect(c.why).toBe('Peak in week 1, last full week (after the end) at 5% of the peak.');
  });

  it('classes a growing series, the partial current week shown but not used', () => {
    const c = byId('grow');
    expect(c.byAge.map((w) => w.engagement)).toEqual([100, 120, 150, 170, 200, 10]);
    expect(c.lifecycle).toBe('growing');
    // Full weeks 100, 120, 150, 170, 200: mean 148; slope (−2·−48 − 1·−28 + 1·22 + 2·52) ÷ 10 = 250 ÷ 10 = 25;
    // trend 25 ÷ 148 ≈ 16.9% a week; the last full week is the peak (200 ÷ 200 = 1).
    expect(c.numbers).toEqual({ weeks: 5, peakWeek: 4, lastToPeak: 1, firstTwoWeeksShare: 220 / 740, trend: expect.closeTo(25 / 148, 12) });
    expect(c.why).toBe('Engagement up 17% a week (least-squares trend), last full week at 100% of the peak.');
  });

  it('classes a flat campaign as steady, and a young one as too early', () => {
    const s = byId('steady');
    // 100, 110, 90, 100, 105: mean 101, slope (−2·−1 − 1·9 + 0 + 1·−1 + 2·4) ÷ 10 = 0; last 105 ÷ peak 110.
    expect(s.lifecycle).toBe('steady');
    expect(s.numbers).toEqual({ weeks: 5, peakWeek: 1, lastToPeak: 105 / 110, firstTwoWeeksShare: 210 / 505, trend: 0 });
    expect(s.why).toBe('Engagement up 0% a week, peak in week 2, last full week at 95% of the peak.');
    const l = byId('late');
    expect(l.byAge.map((w) => w.engagement)).toEqual([40, 60, 0]);
    expect(l.lifecycle).toBe('too_early');
    expect(l.why).toBe('2 full weeks of age so far, 3 needed.');
  });

  it('takes other settings, and returns nothing before any campaign started', async () => {
    // With a +20% a week bar, the growing series (16.9%) is only steady.
    const strict = await campaignLifecycles(reader, config, { asOfDay: AS_OF, settings: { growthTrend: 0.2 } });
    expect(strict.find((c) => c.id === 'grow')!.lifecycle).toBe('steady');
    expect(await campaignLifecycles(reader, config, { asOfDay: '2026-03-01' })).toEqual([]);
    await expect(campaignLifecycles(reader, config, { asOfDay: '8 April' })).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('classifies from weekly numbers alone', () => {
    expect(relativeTrend([1, 2, 3])).toBeCloseTo(0.5, 12); // slope 1 ÷ mean 2
    expect(classifyLifecycle([0, 0, 0]).lifecycle).toBe('steady');
    // A late burst that fell away: rising trend but last week at 20% of the peak: steady.
    expect(classifyLifecycle([10, 20, 30, 100, 20]).lifecycle).toBe('steady');
  });
});

describe('campaign lifecycles of the demo company', () => {
  it('finds the Autumn launch bursting and fading and Trail stories growing, as of 2026-09-30', async () => {
    const demo = inject('demoProjectDir');
    const { config: demoConfig } = await loadConfig({ projectDir: demo });
    const demoReader = await openReader(join(demo, 'data'));
    try {
      const all = await campaignLifecycles(demoReader, demoConfig, { asOfDay: '2026-09-30' });
      expect(all.length).toBe(7);
      const autumn = all.find((c) => c.id === 'autumn_launch_2026')!;
      expect(autumn.lifecycle).toBe('burst_and_fade');
      // 1–30 September: weeks 0–3 full, 29–30 September a partial week 4.
      expect(autumn.byAge).toHaveLength(5);
      expect(autumn.numbers.weeks).toBe(4);
      expect(autumn.numbers.peakWeek).toBe(0);
      const trail = all.find((c) => c.id === 'trail_stories_2026')!;
      expect(trail.lifecycle).toBe('growing');
      expect(trail.numbers.trend).toBeGreaterThanOrEqual(0.05);
      expect(trail.byAge.every((w) => w.posts > 0 || w.week === trail.byAge.length - 1)).toBe(true);
    } finally {
      await demoReader.close();
    }
  });
});
