import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { detectAnomalies, type BareAnomaly } from '../../../src/core/benchmarks/anomalies.ts';
import { loadDailySeries } from '../../../src/core/benchmarks/daily-series.ts';
import { attachDrivers } from '../../../src/core/benchmarks/drivers.ts';
import { addDays, typicalDay } from '../../../src/core/benchmarks/typical-day.ts';
import { defaultBenchmarkSettings, type Anomaly, type BenchmarkSettings, type DailyPoint } from '../../../src/core/benchmarks/types.ts';
import { loadConfig } from '../../../src/core/config/load.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw (Knuth's method; fine for means up to a few hundred). */
function poisson(random: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= random();
  } while (p > limit);
  return k - 1;
}

const FIRST = '2025-01-06'; // a Monday
/**
 * 400 days of brand mentions: Poisson around 120 on weekdays, 85 on Saturdays, 75 on Sundays.
 * Seed 1 is the first seed tried. Measured over 500 seeds, pure noise like this still raises a
 * false alarm (|z| ≥ 3.5 somewhere) in about 12% of 400-day series at the defaults (about 30%
 * without the widening for the median's own error): 3.5 robust standard deviations over ~340
 * scored days cannot promise less. So this pins one seed's behaviour, not a guarantee.
 */
function steadySeries(seed = 1): DailyPoint[] {
  const random = mulberry32(seed);
  return Array.from({ length: 400 }, (_, i) => {
    const weekday = i % 7; // 0 = Monday
    return { day: addDays(FIRST, i), value: poisson(random, weekday === 5 ? 85 : weekday === 6 ? 75 : 120) };
  });
}

/**
 * 400 days of shares: each day Poisson(200) mentions with a uniform 0–99 share count each (the
 * benchmark's data), summed. The sum's noise (√(200 × 3,283) ≈ 810 around 9,900) is far above
 * √median ≈ 99, and 4–8 same-weekday samples often give a small MAD.
 */
function sharesSeries(seed = 3): DailyPoint[] {
  const random = mulberry32(seed);
  return Array.from({ length: 400 }, (_, i) => {
    const n = poisson(random, 200);
    let value = 0;
    let squares = 0;
    for (let k = 0; k < n; k++) {
      const shares = Math.floor(random() * 100);
      value += shares;
      squares += shares * shares;
    }
    return { day: addDays(FIRST, i), value, units: n, squares };
  });
}

describe('detectAnomalies on synthetic series', () => {
  it('finds nothing in a steady sum (shares) once the spread is floored at the noise of a sum', () => {
    const points = sharesSeries();
    expect(detectAnomalies(points, 'shares', defaultBenchmarkSettings)).toEqual([]);
    // Without the units and squares, the floor is √median and the same noise raises false spikes and drops.
    const bare = points.map(({ day, value }) => ({ day, value }));
    expect(detectAnomalies(bare, 'shares', defaultBenchmarkSettings).length).toBeGreaterThan(0);
  });

  it('finds nothing in a steady series with weekly rhythm', () => {
    const points = steadySeries();
    expect(points.reduce((a, p) => a + p.value, 0) / points.length).toBeGreaterThan(100);
    expect(detectAnomalies(points, 'mentions', defaultBenchmarkSettings)).toEqual([]);
  });

  it('finds a planted spike and drop on their days, with the cool-down', () => {
    const points = steadySeries().map((p) => ({ ...p }));
    // Days 200–203 (Friday 2025-07-25 to Monday): +90 each, a four-day episode.
    // Days 302–303 (Tuesday 2025-11-04 and Wednesday, typically 120): down to 40.
    for (const i of [200, 201, 202, 203]) points[i]!.value += 90;
    for (const i of [302, 303]) points[i]!.value = 40;
    const found = detectAnomalies(points, 'mentions', defaultBenchmarkSettings);
    // Cool-down 2 days from the flagged day: 200 flagged, 201 and 202 suppressed, 203 flagged again
    // (the cool-down is not extended by the suppressed days); 303 suppressed after 302.
    expect(addDays(FIRST, 200)).toBe('2025-07-25');
    expect(found.map((a) => [a.date, a.direction])).toEqual([
      [addDays(FIRST, 200), 'spike'],
      [addDays(FIRST, 203), 'spike'],
      [addDays(FIRST, 302), 'drop'],
    ]);
    const spike = found[0]!;
    const baseline = typicalDay(points, spike.date, 'mentions', defaultBenchmarkSettings)!;
    expect(spike).toMatchObject({ metric: 'mentions', observed: points[200]!.value, expected: baseline.median, baseline });
    expect(spike.score).toBeCloseTo((points[200]!.value - baseline.median) / baseline.scale, 10);
    expect(spike.score).toBeGreaterThan(3.5);
    expect(found[2]!.score).toBeLessThan(-3.5);
    // A range limits the flagged days, not the baselines: from day 201, 201 is the first of the
    // run (day 200 is outside, so its cool-down does not reach in) and 203 falls in 201's cool-down.
    expect(detectAnomalies(points, 'mentions', defaultBenchmarkSettings, { firstDay: addDays(FIRST, 201), lastDay: addDays(FIRST, 399) }).map((a) => a.date)).toEqual([
      addDays(FIRST, 201),
      addDays(FIRST, 302),
    ]);
  });

  it('guards low volumes: spikes by observed, drops by expected', () => {
    // Four Mondays of 2, then 15 on 2026-09-14: z = (15 − 2) ÷ (√2 × √(1 + π ÷ 8)) = 13 ÷ 1.6689 = 7.79.
    const low: DailyPoint[] = [2, 2, 2, 2, 15].map((value, i) => ({ day: addDays('2026-08-17', 7 * i), value }));
    const lenient: BenchmarkSettings = { ...defaultBenchmarkSettings, minSamples: 4 };
    expect(detectAnomalies(low, 'mentions', lenient)).toEqual([]); // 15 < minVolume 20
    const [spike] = detectAnomalies(low, 'mentions', { ...lenient, minVolume: 15 });
    expect(spike).toMatchObject({ date: '2026-09-14', direction: 'spike', observed: 15, expected: 2 });
    expect(spike!.score).toBeCloseTo(13 / (Math.SQRT2 * Math.sqrt(1 + Math.PI / 8)), 10);
    // Four Mondays of 25, then 0: z = −25 ÷ (√25 × 1.18013) = −4.24, a drop, but only when expected 25 ≥ minVolume.
    const fall: DailyPoint[] = [25, 25, 25, 25, 0].map((value, i) => ({ day: addDays('2026-08-17', 7 * i), value }));
    expect(detectAnomalies(fall, 'mentions', lenient)).toMatchObject([{ direction: 'drop', expected: 25, observed: 0 }]);
    expect(detectAnomalies(fall, 'mentions', { ...lenient, minVolume: 26 })).toEqual([]);
  });

  it('needs a baseline before it flags anything', () => {
    const few: DailyPoint[] = [20, 20, 20, 500].map((value, i) => ({ day: addDays('2026-08-24', 7 * i), value }));
    expect(detectAnomalies(few, 'mentions', defaultBenchmarkSettings)).toEqual([]); // 3 samples < minSamples 4
    expect(detectAnomalies([], 'mentions', defaultBenchmarkSettings)).toEqual([]);
  });
});

describe('attachDrivers on a small data folder', () => {
  const config = configSchema.parse({ brand: { name: 'Alpenglow', hashtags: ['alpenglow'] }, timezone: 'Europe/Berlin' });
  const settings: BenchmarkSettings = { ...defaultBenchmarkSettings, windowDays: 28 };
  let dir: string;
  let reader: DataReader;
  let anomalies: Anomaly[];

  beforeAll(async () => {
    const rows: Record<string, unknown>[] = [];
    const add = (at: string, platform: string, extra: Record<string, unknown> = {}) => {
      const id = `m${rows.length}`;
      rows.push({ id, published_at: at, platform, matched_name: 'Alpenglow', url: `https://${platform}.example/${id}`, domain: `${platform}.example`, ...extra });
    };
    // Mondays 2026-08-17..09-07: 10 on twitter and 10 on news by the same 20 authors (the baseline of 20).
    // Wednesdays 2026-08-19..09-09: 20 twitter + 20 news (a baseline of 40).
    for (let w = 0; w < 4; w++) {
      for (let i = 0; i < 10; i++) add(`${addDays('2026-08-17', 7 * w)}T09:00:00Z`, 'twitter', { author_handle: `@Fan${i}` });
      for (let i = 0; i < 10; i++) add(`${addDays('2026-08-17', 7 * w)}T09:00:00Z`, 'news', { author_name: `Reporter ${i}` });
      for (let i = 0; i < 40; i++) add(`${addDays('2026-08-19', 7 * w)}T09:00:00Z`, i < 20 ? 'twitter' : 'news');
    }
    // Monday 2026-09-14: the same 20, plus 30 mentions sharing one article in `links` (each with its own URL):
    // 20 on twitter, 10 on facebook, the first 15 with #recall. One is shared at 00:30 Berlin (22:30 UTC the day before).
    for (let i = 0; i < 10; i++) add('2026-09-14T09:00:00Z', 'twitter', { author_handle: `fan${i}` });
    for (let i = 0; i < 10; i++) add('2026-09-14T09:00:00Z', 'news', { author_name: `Reporter ${i}` });
    for (let i = 0; i < 30; i++) {
      const at = i === 0 ? '2026-09-13T22:30:00Z' : '2026-09-14T10:00:00Z';
      add(at, i < 20 ? 'twitter' : 'facebook', { author_handle: `sharer${i}`, links: ['https://news.example/story/'], hashtags: i < 15 ? ['Recall'] : [] });
    }
    // Wednesday 2026-09-16: only 10 news mentions.
    for (let i = 0; i < 10; i++) add('2026-09-16T09:00:00Z', 'news');
    dir = await mkdtemp(join(tmpdir(), 'cadence-drivers-'));
    await writeDataFolder(dir, { mentions: rows });
    reader = await openReader(dir);
    const series = await loadDailySeries(reader, config, { firstDay: '2026-08-17', lastDay: '2026-09-20' });
    const found = detectAnomalies(series.mentions!, 'mentions', { ...settings, minSamples: 4 });
    anomalies = await attachDrivers(reader, config, found, settings);
  });

  afterAll(async () => {
    await reader?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the spike and the drop', () => {
    // Spike: 50 vs median 20, z = 30 ÷ (√20 × 1.18013) = 5.68. Drop: 10 vs 40, z = −30 ÷ (√40 × 1.18013) = −4.02.
    expect(anomalies.map((a) => [a.date, a.direction, a.observed, a.expected])).toEqual([
      ['2026-09-14', 'spike', 50, 20],
      ['2026-09-16', 'drop', 10, 40],
    ]);
  });

  it('traces the spike to the shared URL', () => {
    const spike = anomalies[0]!;
    const get = (dimension: string, value: string) => spike.drivers.find((d) => d.dimension === dimension && d.value === value);
    // Excess 50 − 20 = 30. The article (trailing slash dropped) is in 30 mentions' links, in none before: 30 ÷ 30 = 1.
    expect(spike.drivers[0]).toEqual({ dimension: 'url', value: 'https://news.example/story', share: 1, observed: 30, expected: 0 });
    expect(spike.singleSource).toEqual(spike.drivers[0]);
    // twitter: 30 vs 10 → 20 ÷ 30; facebook: 10 vs 0 → 10 ÷ 30; news: 10 vs 10 → no share, not a driver.
    expect(get('source', 'twitter')).toMatchObject({ observed: 30, expected: 10 });
    expect(get('source', 'twitter')!.share).toBeCloseTo(2 / 3, 10);
    expect(get('source', 'facebook')!.share).toBeCloseTo(1 / 3, 10);
    expect(get('source', 'news')).toBeUndefined();
    // #recall (lower-cased) on 15 sharers: 15 ÷ 30 = 0.5.
    expect(get('hashtag', 'recall')).toMatchObject({ share: 0.5, observed: 15, expected: 0 });
    // Authors: the regulars (handles lower-cased, @ dropped) are as usual; each sharer explains 1 ÷ 30. Top 5 kept.
    expect(get('author', 'fan1')).toBeUndefined();
    const authors = spike.drivers.filter((d) => d.dimension === 'author');
    expect(authors).toHaveLength(5);
    expect(authors.every((d) => d.value.startsWith('sharer') && Math.abs(d.share - 1 / 30) < 1e-12)).toBe(true);
    // The sharer at 00:30 Berlin counts on the 14th.
    expect(get('author', 'sharer0')).toBeDefined();
    // Sorted by share, largest first.
    const shares = spike.drivers.map((d) => d.share);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it('explains a drop by the deficit', () => {
    const drop = anomalies[1]!;
    // Deficit 40 − 10 = 30: twitter 20 → 0 explains 20 ÷ 30; news 20 → 10 explains 10 ÷ 30.
    const source = drop.drivers.filter((d) => d.dimension === 'source');
    expect(source.map((d) => [d.value, d.observed, d.expected])).toEqual([['twitter', 0, 20], ['news', 10, 20]]);
    expect(source[0]!.share).toBeCloseTo(2 / 3, 10);
    expect(drop.singleSource?.share).toBeCloseTo(2 / 3, 10);
  });

  it('gives no drivers to follower anomalies', async () => {
    const bare: BareAnomaly = { ...anomalies[0]!, metric: 'new_followers', baseline: { ...anomalies[0]!.baseline, metric: 'new_followers' } };
    delete (bare as Partial<Anomaly>).drivers;
    delete (bare as Partial<Anomaly>).singleSource;
    const [withDrivers] = await attachDrivers(reader, config, [bare], settings);
    expect(withDrivers).toMatchObject({ metric: 'new_followers', drivers: [], singleSource: null });
  });
});

describe('attachDrivers, several anomalies in one pass, half-hour time zone', () => {
  // Asia/Kolkata is UTC+5:30: a local day starts at 18:30 UTC, so the UTC hour 18:00–19:00 is cut in two.
  const config = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: 'Asia/Kolkata' });
  const settings: BenchmarkSettings = { ...defaultBenchmarkSettings, windowDays: 28, minSamples: 4 };
  let dir: string;
  let reader: DataReader;
  let result: Anomaly[];

  beforeAll(async () => {
    const rows: Record<string, unknown>[] = [];
    const add = (at: string, platform: string, extra: Record<string, unknown> = {}) => {
      const id = `k${rows.length}`;
      rows.push({ id, published_at: at, platform, matched_name: 'Alpenglow', url: `https://${platform}.example/${id}`, domain: `${platform}.example`, ...extra });
    };
    for (let w = 0; w < 4; w++) {
      // Mondays 08-17..09-07: 2 news mentions by "reg" at 12:00 local (06:30 UTC).
      for (let i = 0; i < 2; i++) add(`${addDays('2026-08-17', 7 * w)}T06:30:00Z`, 'news', { author_handle: 'reg', shares: 0 });
      // Wednesdays 08-19..09-09: a blog mention with 10 shares and a forum mention with 5.
      add(`${addDays('2026-08-19', 7 * w)}T06:30:00Z`, 'blog', { author_handle: 'b', shares: 10 });
      add(`${addDays('2026-08-19', 7 * w)}T06:30:00Z`, 'forum', { author_handle: 'f', shares: 5 });
    }
    // Monday 09-14: the 2 regulars plus 3 twitter mentions by "sharer", one at 00:10 local (18:40 UTC on the 13th).
    for (let i = 0; i < 2; i++) add('2026-09-14T06:30:00Z', 'news', { author_handle: 'reg', shares: 0 });
    add('2026-09-13T18:40:00Z', 'twitter', { author_handle: 'sharer', shares: 1 });
    add('2026-09-14T06:30:00Z', 'twitter', { author_handle: 'sharer', shares: 1 });
    add('2026-09-14T07:30:00Z', 'twitter', { author_handle: 'sharer', shares: 1 });
    // 23:50 local on Sunday 09-13 (18:20 UTC, same UTC hour as above): not the 14th.
    add('2026-09-13T18:20:00Z', 'twitter', { author_handle: 'late', shares: 0 });
    // Wednesday 09-16: only the forum mention (5 shares), at 00:15 local (18:45 UTC on the 15th).
    add('2026-09-15T18:45:00Z', 'forum', { author_handle: 'f', shares: 5 });
    // Friday 09-18: so the data (its manifest's last day) covers the Wednesday.
    add('2026-09-18T06:30:00Z', 'news', { author_handle: 'reg', shares: 0 });
    dir = await mkdtemp(join(tmpdir(), 'cadence-drivers-tz-'));
    await writeDataFolder(dir, { mentions: rows });
    reader = await openReader(dir);
    const series = await loadDailySeries(reader, config, { firstDay: '2026-08-17', lastDay: '2026-09-20' });
    const bare = (metric: 'mentions' | 'shares', date: string, direction: 'spike' | 'drop'): BareAnomaly => {
      const baseline = typicalDay(series[metric]!, date, metric, settings)!;
      const observed = series[metric]!.find((p) => p.day === date)!.value;
      return { date, metric, direction, observed, expected: baseline.median, score: (observed - baseline.median) / baseline.scale, baseline };
    };
    const spike = bare('mentions', '2026-09-14', 'spike');
    const drop = bare('shares', '2026-09-16', 'drop');
    const followers: BareAnomaly = { ...spike, metric: 'new_followers', baseline: { ...spike.baseline, metric: 'new_followers' } };
    result = await attachDrivers(reader, config, [drop, followers, spike], settings);
  });

  afterAll(async () => {
    await reader?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('counts each mention on its local day', () => {
    // Spike: 2 regulars + 3 sharer mentions (the 00:10 one included, the 23:50 one not) = 5 vs the Mondays' 2.
    // Drop: 5 shares (forum) vs the Wednesdays' 10 + 5 = 15.
    expect(result.map((a) => [a.metric, a.direction, a.observed, a.expected])).toEqual([
      ['shares', 'drop', 5, 15],
      ['new_followers', 'spike', 5, 2],
      ['mentions', 'spike', 5, 2],
    ]);
  });

  it('gives each anomaly its own drivers', () => {
    const [drop, followers, spike] = result;
    // Drop of 15 − 5 = 10 shares: blog 10 → 0 explains 10 ÷ 10 = 1; forum 5 → 5 explains nothing.
    expect(drop!.drivers.filter((d) => d.dimension === 'source')).toEqual([{ dimension: 'source', value: 'blog', share: 1, observed: 0, expected: 10 }]);
    // Author "b" and domain blog.example explain it as fully; equal shares and counts go by dimension name.
    expect(drop!.singleSource).toEqual({ dimension: 'author', value: 'b', share: 1, observed: 0, expected: 10 });
    expect(followers).toMatchObject({ drivers: [], singleSource: null });
    // Spike of 5 − 2 = 3 mentions: twitter 3 vs 0 → 1; author "sharer" 3 vs 0 → 1; "late" (the 13th) and news (2 vs 2) are not drivers.
    expect(spike!.drivers.find((d) => d.dimension === 'source')).toEqual({ dimension: 'source', value: 'twitter', share: 1, observed: 3, expected: 0 });
    expect(spike!.drivers.filter((d) => d.dimension === 'author')).toEqual([{ dimension: 'author', value: 'sharer', share: 1, observed: 3, expected: 0 }]);
    expect(spike!.drivers.some((d) => d.value === 'news' || d.value === 'late')).toBe(false);
    // Every mention has its own URL: the 5 of the 14th (3 sharer + 2 news) are each 1 vs 0 → 1 ÷ 3; the 23:50 one is not among them.
    const urls = spike!.drivers.filter((d) => d.dimension === 'url');
    expect(urls.map((d) => d.share)).toEqual([1 / 3, 1 / 3, 1 / 3, 1 / 3, 1 / 3]);
    expect(urls.map((d) => d.value)).not.toContain('https://twitter.example/k21'); // the 23:50 mention (row 21)
  });

  it('returns the anomalies unchanged without a mention metric', async () => {
    expect(await attachDrivers(reader, config, [], settings)).toEqual([]);
  });
});

describe('on the demo company', () => {
  let reader: DataReader;
  let mentions: Anomaly[];

  beforeAll(async () => {
    const dir = inject('demoProjectDir');
    const { config } = await loadConfig({ projectDir: dir });
    reader = await openReader(join(dir, 'data'));
    const series = await loadDailySeries(reader, config, { firstDay: '2025-07-01', lastDay: '2026-09-30' });
    expect(series.mentions).toHaveLength(457);
    mentions = await attachDrivers(reader, config, detectAnomalies(series.mentions!, 'mentions', defaultBenchmarkSettings), defaultBenchmarkSettings);
  });

  afterAll(async () => {
    await reader?.close();
  });

  it('flags the recall crisis of 2026-09-14 and traces it to the news article', () => {
    const crisis = mentions.find((a) => a.date === '2026-09-14');
    expect(crisis).toBeDefined();
    expect(crisis!.direction).toBe('spike');
    expect(crisis!.score).toBeGreaterThan(defaultBenchmarkSettings.threshold);
    const top = crisis!.drivers[0]!;
    expect(top).toMatchObject({ dimension: 'url', value: 'https://news.example/alpenglow-jacket-recall' });
    expect(top.share).toBeGreaterThanOrEqual(0.5);
    expect(crisis!.singleSource).toEqual(top);
  });

  it('raises few mention anomalies over fifteen months, none before its baseline exists', () => {
    // The planted stories (Black Week, the Autumn launch and its tail, the crisis) and little else.
    expect(mentions.length).toBeLessThanOrEqual(10);
    for (const a of mentions) {
      expect(a.baseline.samples).toBeGreaterThanOrEqual(defaultBenchmarkSettings.minSamples);
      expect(a.date >= '2025-07-29').toBe(true);
    }
  });
});
