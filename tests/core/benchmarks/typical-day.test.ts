import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDailySeries } from '../../../src/core/benchmarks/daily-series.ts';
import { addDays, isoWeekday, typicalDay, typicalWeek } from '../../../src/core/benchmarks/typical-day.ts';
import { defaultBenchmarkSettings, type BenchmarkSettings, type DailyPoint } from '../../../src/core/benchmarks/types.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

/** √(1 + π ÷ 2n): the widening for the median's own error (typical-day.ts). */
const widen = (n: number) => Math.sqrt(1 + Math.PI / (2 * n));

const settings: BenchmarkSettings = { ...defaultBenchmarkSettings, windowDays: 28, minSamples: 3 };

/** 2026-09-14 is a Monday. Mondays before it, and other days around them. */
const points: DailyPoint[] = [
  { day: '2026-08-10', value: 500 }, // Monday, 35 days before: outside a 28-day window
  { day: '2026-08-17', value: 10 }, // Monday, exactly 28 days before: the window's first day
  { day: '2026-08-18', value: 900 }, // Tuesday
  { day: '2026-08-24', value: 14 },
  { day: '2026-08-25', value: 900 },
  { day: '2026-08-31', value: 11 },
  { day: '2026-09-01', value: 900 },
  { day: '2026-09-07', value: 30 },
  { day: '2026-09-08', value: 900 },
  { day: '2026-09-13', value: 700 }, // Sunday, the day before
  { day: '2026-09-14', value: 999 }, // the day itself: never part of its own baseline
];

describe('calendar helpers', () => {
  it('adds days across months and tells ISO weekdays', () => {
    expect(addDays('2026-08-31', 1)).toBe('2026-09-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeekday('2026-09-14')).toBe(1);
    expect(isoWeekday('2026-09-20')).toBe(7);
  });
  it('rejects a malformed day with a code', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/CADENCE_PERIOD_INVALID/);
  });
});

describe('typicalDay', () => {
  it('takes median and MAD of the same weekday in the window before the day', () => {
    const t = typicalDay(points, '2026-09-14', 'mentions', settings)!;
    // Mondays in 2026-08-17..2026-09-13: 10, 14, 11, 30 → sorted 10, 11, 14, 30 → median (11 + 14) ÷ 2 = 12.5.
    // |x − 12.5| = 2.5, 1.5, 1.5, 17.5 → sorted 1.5, 1.5, 2.5, 17.5 → MAD (1.5 + 2.5) ÷ 2 = 2.
    // scale: 1.4826 × 2 = 2.9652 < floor √12.5 = 3.5355 → 3.5355 × √(1 + π ÷ 8) = 3.5355 × 1.18013 = 4.1724.
    expect(t).toMatchObject({ metric: 'mentions', weekday: 1, median: 12.5, mad: 2, samples: 4, window: { firstDay: '2026-08-17', lastDay: '2026-09-13' } });
    expect(t.scale).toBeCloseTo(4.1724, 3);
    expect(t.scale).toBeCloseTo(Math.sqrt(12.5) * widen(4), 10);
  });

  it('uses 1.4826 × MAD when it is above the Poisson floor', () => {
    const wide: DailyPoint[] = [100, 120, 140, 160, 180].map((value, i) => ({ day: addDays('2026-08-10', 7 * i), value }));
    const t = typicalDay(wide, '2026-09-14', 'shares', { ...settings, windowDays: 35 })!;
    // median 140; |x − 140| = 40, 20, 0, 20, 40 → MAD 20; 1.4826 × 20 = 29.652 > √140 = 11.83.
    // scale 29.652 × √(1 + π ÷ 10) = 29.652 × 1.146368 = 33.992.
    expect(t).toMatchObject({ median: 140, mad: 20, samples: 5 });
    expect(t.scale).toBeCloseTo(33.992, 2);
  });

  it('floors the scale at 1 for a near-zero series', () => {
    const zeros: DailyPoint[] = [0, 0, 0, 0].map((value, i) => ({ day: addDays('2026-08-17', 7 * i), value }));
    const t = typicalDay(zeros, '2026-09-14', 'mentions', settings)!;
    // MAD 0, √0 = 0 → floor 1 → 1 × √(1 + π ÷ 8) = 1.18013.
    expect(t.scale).toBeCloseTo(1.18013, 4);
  });

  it('keeps weekdays apart', () => {
    const t = typicalDay(points, '2026-09-15', 'mentions', settings)!;
    // Tuesdays in 2026-08-18..2026-09-14: 900 four times → median 900, MAD 0.
    expect(t).toMatchObject({ weekday: 2, median: 900, mad: 0, samples: 4 });
  });

  it('cuts the window at windowDays before the day', () => {
    // 27 days: the window starts 2026-08-18, so Monday 2026-08-17 drops out: 14, 11, 30 → median 14; |x − 14| = 0, 3, 16 → MAD 3.
    const t = typicalDay(points, '2026-09-14', 'mentions', { ...settings, windowDays: 27 })!;
    expect(t).toMatchObject({ median: 14, mad: 3, samples: 3, window: { firstDay: '2026-08-18', lastDay: '2026-09-13' } });
    // 35 days: Monday 2026-08-10 (500) joins: 10, 11, 14, 30, 500 → median 14.
    expect(typicalDay(points, '2026-09-14', 'mentions', { ...settings, windowDays: 35 })).toMatchObject({ median: 14, samples: 5 });
  });

  it('gives null below minSamples, and counts only days the series has', () => {
    expect(typicalDay(points, '2026-09-14', 'mentions', { ...settings, minSamples: 5 })).toBeNull();
    expect(typicalDay([], '2026-09-14', 'mentions', settings)).toBeNull();
    // Without Monday 2026-08-24 (not a zero: absent), 3 samples remain: 10, 11, 30 → median 11.
    const gap = points.filter((p) => p.day !== '2026-08-24');
    expect(typicalDay(gap, '2026-09-14', 'mentions', settings)).toMatchObject({ median: 11, samples: 3 });
  });
});

describe('typicalWeek', () => {
  it('gives each weekday its baseline from the window ending on the day', () => {
    const week = typicalWeek(points, '2026-09-13', 'mentions', settings);
    // Window 2026-08-17..2026-09-13 (28 days, the last one included): Mondays and Tuesdays have 4
    // samples; Sunday has one (700) and the other weekdays none: below minSamples 3, left out.
    expect(week.map((t) => t.weekday)).toEqual([1, 2]);
    expect(week[0]).toEqual(typicalDay(points, '2026-09-14', 'mentions', settings));
    expect(week[1]).toMatchObject({ median: 900, window: { firstDay: '2026-08-17', lastDay: '2026-09-13' } });
  });
});

describe('loadDailySeries', () => {
  const config = configSchema.parse({ brand: { name: 'Alpenglow', aliases: ['AG'], hashtags: ['alpenglow', 'AlpenglowCrew'] }, competitors: [{ name: 'Summitra' }], timezone: 'Europe/Berlin' });
  const noTags = configSchema.parse({ brand: { name: 'Alpenglow', aliases: ['AG'] }, competitors: [{ name: 'Summitra' }], timezone: 'Europe/Berlin' });
  const m = (id: string, at: string, name: string | null, extra: Record<string, unknown> = {}) => ({ id, published_at: at, platform: 'twitter', matched_name: name, ...extra });
  let dir: string;
  let reader: DataReader;
  let bare: DataReader;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cadence-daily-'));
    await writeDataFolder(join(dir, 'full'), {
      mentions: [
        // 22:30 UTC on 31 August is 00:30 on 1 September in Berlin.
        m('a', '2026-08-31T22:30:00Z', 'Alpenglow', { sentiment: 'negative', shares: 5, hashtags: ['alpenglow'] }),
        m('b', '2026-09-01T10:00:00Z', 'ag', { sentiment: 'positive', hashtags: ['hiking'] }),
        m('c', '2026-09-01T11:00:00Z', 'Summitra', { sentiment: 'negative', shares: 100, hashtags: ['alpenglow'] }),
        // 21:59 UTC on 2 September is 23:59 in Berlin: still the 2nd.
        // No name, but the kind says brand.
        m('d', '2026-09-02T21:59:00Z', null, { matched_kind: 'brand', sentiment: 'negative', shares: 3, hashtags: ['#AlpenglowCrew'] }),
        // 22:00 UTC on 2 September is midnight in Berlin: the 3rd.
        m('f', '2026-09-02T22:00:00Z', 'Alpenglow', { shares: 0 }),
        // 4 September in Berlin: after the range.
        m('e', '2026-09-03T22:00:00Z', 'Alpenglow', { shares: 50, hashtags: ['alpenglow'] }),
      ],
      account_snapshots: [
        { id: 's1', date: '2026-09-01', platform: 'x', account_id: 'x1', new_followers: 5, net_follower_growth: 2 },
        { id: 's2', date: '2026-09-01', platform: 'instagram', account_id: 'ig', new_followers: 7 },
        // No new_followers: a positive net growth counts, a net loss gains nobody.
        { id: 's3', date: '2026-09-02', platform: 'x', account_id: 'x1', net_follower_growth: 4 },
        { id: 's4', date: '2026-09-02', platform: 'instagram', account_id: 'ig', net_follower_growth: -3 },
        { id: 's5', date: '2026-09-04', platform: 'x', account_id: 'x1', new_followers: 1 },
      ],
    });
    await writeDataFolder(join(dir, 'bare'), {
      mentions: [m('a', '2026-09-01T10:00:00Z', 'Alpenglow'), m('b', '2026-09-02T10:00:00Z', 'Alpenglow', { hashtags: ['x'] })],
    });
    reader = await openReader(join(dir, 'full'));
    bare = await openReader(join(dir, 'bare'));
  });

  afterAll(async () => {
    await reader?.close();
    await bare?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const values = (pts: DailyPoint[] | undefined) => pts?.map((p) => `${p.day}=${p.value}`);

  it('counts brand mentions per local day, zero-filled', async () => {
    const s = await loadDailySeries(reader, config, { firstDay: '2026-09-01', lastDay: '2026-09-03' });
    // 1st: a, b (c is Summitra's); 2nd: d; 3rd: f.
    expect(values(s.mentions)).toEqual(['2026-09-01=2', '2026-09-02=1', '2026-09-03=1']);
    // Negative: a (1st), d (2nd).
    expect(values(s.negative_mentions)).toEqual(['2026-09-01=1', '2026-09-02=1', '2026-09-03=0']);
    // Shares: a 5 + b none (0) = 5; d 3; f 0.
    expect(values(s.shares)).toEqual(['2026-09-01=5', '2026-09-02=3', '2026-09-03=0']);
    // Brand hashtags (alpenglow, alpenglowcrew, any case, # dropped): a (1st), d (2nd); b's #hiking is not the brand's.
    expect(values(s.hashtag_uses)).toEqual(['2026-09-01=1', '2026-09-02=1', '2026-09-03=0']);
    // Followers: 1st 5 + 7 = 12 (new_followers wins over net growth); 2nd max(4, 0) + max(−3, 0) = 4; 3rd no rows = 0.
    expect(values(s.new_followers)).toEqual(['2026-09-01=12', '2026-09-02=4', '2026-09-03=0']);
  });

  it('counts any hashtag when the brand has none configured', async () => {
    const s = await loadDailySeries(reader, noTags, { firstDay: '2026-09-01', lastDay: '2026-09-03' });
    // a (#alpenglow) and b (#hiking) on the 1st; d on the 2nd.
    expect(values(s.hashtag_uses)).toEqual(['2026-09-01=2', '2026-09-02=1', '2026-09-03=0']);
  });

  it('zero-fills only the days the data covers', async () => {
    const s = await loadDailySeries(reader, config, { firstDay: '2026-08-25', lastDay: '2026-09-10' });
    // Mentions cover 2026-08-31..2026-09-03 (manifest, UTC days); snapshots 2026-09-01..2026-09-04.
    expect(s.mentions!.map((p) => p.day)).toEqual(['2026-08-31', '2026-09-01', '2026-09-02', '2026-09-03']);
    expect(s.mentions![0]!.value).toBe(0);
    expect(values(s.new_followers)).toEqual(['2026-09-01=12', '2026-09-02=4', '2026-09-03=0', '2026-09-04=1']);
  });

  it('leaves out what the data cannot measure', async () => {
    const s = await loadDailySeries(bare, config, { firstDay: '2026-09-01', lastDay: '2026-09-02' });
    // No snapshots at all, and no mention carries a share count.
    expect(Object.keys(s).sort()).toEqual(['hashtag_uses', 'mentions', 'negative_mentions']);
    expect(values(s.hashtag_uses)).toEqual(['2026-09-01=0', '2026-09-02=0']);
    // A range the data does not reach gives nothing at all.
    expect(await loadDailySeries(bare, config, { firstDay: '2025-01-01', lastDay: '2025-01-31' })).toEqual({});
  });
});
