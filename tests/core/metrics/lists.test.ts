/**
 * The report lists: a hand-built September 2026 in Europe/Berlin (UTC+2 in September), where each
 * ranking below is worked out by hand, for a month and a day in one batched call; then a smoke
 * check on the demo company.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load.ts';
import { computeLists, type ReportLists } from '../../../src/core/metrics/lists/index.ts';
import { snippet } from '../../../src/core/metrics/lists/rows.ts';
import { dayPeriod, monthPeriod, weekPeriod } from '../../../src/core/periods/period.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const tz = 'Europe/Berlin';
const config = configSchema.parse({
  brand: { name: 'Alpenglow', aliases: ['AG'], handles: ['alpenglow', '@alpenglow.outdoor'] },
  competitors: [{ name: 'Summitra' }],
  timezone: tz,
});

const longText = `Best jacket I have owned. ${'The Firn shell kept me dry for three days of rain on the Haute Route. '.repeat(4)}`;

interface M {
  id: string;
  at: string;
  handle?: string | null;
  name?: string | null;
  platform?: string;
  sentiment?: string | null;
  followers?: number | null;
  reach?: number | null;
  engagement?: number | null;
  employee?: boolean;
  text?: string;
  matched?: string;
  kind?: string;
}
const mention = (m: M) => ({
  id: m.id,
  published_at: m.at,
  platform: m.platform ?? 'x',
  url: `https://example.com/${m.id}`,
  author_handle: m.handle ?? null,
  author_name: m.name ?? null,
  author_followers: m.followers ?? null,
  sentiment: m.sentiment ?? null,
  reach: m.reach ?? null,
  engagement: m.engagement ?? null,
  is_employee: m.employee ?? null,
  text: m.text ?? `mention ${m.id}`,
  matched_name: m.matched ?? 'Alpenglow',
  matched_kind: m.kind ?? 'brand',
});

// Berlin local time = UTC + 2 throughout September 2026. Day of week: 2026-09-14 is a Monday.
const mentions = [
  // anna: 3 positive (Mon 18:30, Mon 19:10, Sun 10:00 Berlin) + 1 neutral; followers 500.
  mention({ id: 'a1', at: '2026-09-14T16:30:00Z', handle: 'anna', name: 'Anna Berg', sentiment: 'positive', followers: 500, reach: 500, engagement: 10 }),
  mention({ id: 'a2', at: '2026-09-14T17:10:00Z', handle: 'anna', name: 'Anna Berg', sentiment: 'positive', followers: 500, reach: 500, engagement: 50, text: longText }),
  mention({ id: 'a3', at: '2026-09-20T08:00:00Z', handle: 'anna', name: 'Anna Berg', platform: 'instagram', sentiment: 'positive', followers: 500, reach: 500, engagement: 5 }),
  mention({ id: 'a4', at: '2026-09-15T09:00:00Z', handle: 'anna', name: 'Anna Berg', sentiment: 'neutral', followers: 500, reach: 500, engagement: 0 }),
  // ben: 3 positive (Wed 08:00, Wed 09:00, Thu 07:00 Berlin), handle spelled two ways, an employee; largest followers 2000.
  mention({ id: 'b1', at: '2026-09-02T06:00:00Z', handle: 'ben_hikes', name: 'Ben', platform: 'facebook', sentiment: 'positive', followers: 2000, reach: 2000, engagement: 30, employee: true }),
  mention({ id: 'b2', at: '2026-09-09T07:00:00Z', handle: 'ben_hikes', name: 'Ben', platform: 'facebook', sentiment: 'positive', followers: 2000, reach: 2000, engagement: 30 }),
  mention({ id: 'b3', at: '2026-09-10T05:00:00Z', handle: '@Ben_Hikes', name: 'Ben', sentiment: 'positive', followers: 1500, reach: 1500, engagement: 8 }),
  // Carl: a news byline (no handle, no followers). c1 is 00:30 on Tue 1 September in Berlin (still
  // 31 August in UTC); c3 is 00:30 on 1 October in Berlin: not September.
  mention({ id: 'c1', at: '2026-08-31T22:30:00Z', name: 'Carl News', platform: 'news', sentiment: 'positive', reach: 90000, engagement: 40 }),
  mention({ id: 'c2', at: '2026-09-05T10:00:00Z', name: 'Carl News', platform: 'news', sentiment: 'positive', reach: 80000, engagement: 40 }),
  mention({ id: 'c3', at: '2026-09-30T22:30:00Z', name: 'Carl News', platform: 'news', sentiment: 'positive', reach: 90000, engagement: 999 }),
  // dora: a huge account with a single positive mention: below the 2-mention floor.
  mention({ id: 'd1', at: '2026-09-12T10:00:00Z', handle: 'dora', sentiment: 'positive', followers: 1_000_000, reach: 1_000_000, engagement: 20 }),
  // The brand's own handles (any case, with "@"): never advocates, never top mentions.
  mention({ id: 'o1', at: '2026-09-03T10:00:00Z', handle: 'Alpenglow', sentiment: 'positive', followers: 50000, reach: 50000, engagement: 1000 }),
  mention({ id: 'o2', at: '2026-09-04T10:00:00Z', handle: 'alpenglow', sentiment: 'positive', followers: 50000, reach: 50000, engagement: 1000 }),
  mention({ id: 'o3', at: '2026-09-14T12:00:00Z', handle: '@Alpenglow.Outdoor', sentiment: 'positive', followers: 50000, reach: 50000, engagement: 1000 }),
  mention({ id: 'o4', at: '2026-09-14T13:00:00Z', handle: 'alpenglow.outdoor', sentiment: 'positive', followers: 50000, reach: 50000, engagement: 1000 }),
  // eve talks about the competitor only.
  mention({ id: 'e1', at: '2026-09-06T10:00:00Z', handle: 'eve', sentiment: 'positive', followers: 9000, engagement: 500, matched: 'Summitra', kind: 'competitor' }),
  mention({ id: 'e2', at: '2026-09-07T10:00:00Z', handle: 'eve', sentiment: 'positive', followers: 9000, engagement: 500, matched: 'Summitra', kind: 'competitor' }),
  mention({ id: 'e3', at: '2026-09-14T10:00:00Z', handle: 'eve', sentiment: 'positive', followers: 9000, engagement: 500, matched: 'Summitra', kind: 'competitor' }),
  // fritz: 3 negative: Mon 21:00, Mon 22:30, and f3 = 00:15 on Tue 15 Berlin (14th in UTC).
  mention({ id: 'f1', at: '2026-09-14T19:00:00Z', handle: 'fritz', sentiment: 'negative', followers: 300, reach: 300, engagement: 60 }),
  mention({ id: 'f2', at: '2026-09-14T20:30:00Z', handle: 'fritz', sentiment: 'negative', followers: 300, reach: 300, engagement: 15 }),
  mention({ id: 'f3', at: '2026-09-14T22:15:00Z', handle: 'fritz', platform: 'reddit', sentiment: 'negative', followers: 300, reach: 300, engagement: 12 }),
  // gina: 2 negative (Mon 12:00, Wed 12:00), 1 positive.
  mention({ id: 'g1', at: '2026-09-14T10:00:00Z', handle: 'gina', sentiment: 'negative', followers: 800, reach: 800, engagement: 25 }),
  mention({ id: 'g2', at: '2026-09-16T10:00:00Z', handle: 'gina', sentiment: 'negative', followers: 800, reach: 800, engagement: 3 }),
  mention({ id: 'g3', at: '2026-09-17T10:00:00Z', handle: 'gina', sentiment: 'positive', followers: 800, reach: 800, engagement: 2 }),
];

const post = (id: string, at: string, engagements: number | null, impressions: number | null, extra: Record<string, unknown> = {}) => ({
  id, published_at: at, platform: 'instagram', account_name: 'Alpenglow', url: `https://instagram.com/p/${id}`, text: `post ${id}`, engagements, impressions, ...extra,
});
const posts = [
  post('p1', '2026-09-14T08:00:00Z', 300, 10000, { reach: 8000, campaign_id: 'autumn_launch' }),
  post('p2', '2026-09-10T08:00:00Z', 300, 20000, { platform: 'facebook' }),
  // 00:15 on 1 September in Berlin; no impressions → no engagement rate.
  post('p3', '2026-08-31T22:15:00Z', 200, null),
  // 00:30 on 1 October in Berlin: not September.
  post('p4', '2026-09-30T22:30:00Z', 5000, 100000),
  // 23:30 on the 14th in Berlin.
  post('p5', '2026-09-14T21:30:00Z', 50, 1000),
  // No engagement count: not ranked.
  post('p6', '2026-09-20T08:00:00Z', null, 50000),
];

const kase = (id: string, at: string, kind: string, team: string | null, theme: string | null, sentiment: string | null = null) => ({
  id, opened_at: at, platform: 'instagram', kind, routed_team: team, theme, sentiment,
});
const careCases = [
  kase('k1', '2026-09-03T10:00:00Z', 'product_gap', 'product', 'No tall sizes', 'negative'),
  kase('k2', '2026-09-04T10:00:00Z', 'product_gap', 'product', '  no tall   sizes ', 'neutral'),
  kase('k3', '2026-09-05T10:00:00Z', 'product_gap', 'product', 'no tall sizes', 'negative'),
  kase('k4', '2026-09-14T10:00:00Z', 'complaint', 'product', 'zipper breaks', 'negative'),
  kase('k5', '2026-09-15T10:00:00Z', 'complaint', 'customer_care', 'zipper breaks', 'negative'),
  kase('k6', '2026-09-16T10:00:00Z', 'product_gap', null, 'zipper breaks', 'neutral'),
  // 00:30 on 1 September in Berlin.
  kase('k7', '2026-08-31T22:30:00Z', 'product_gap', 'product', 'vegan down', 'negative'),
  kase('k8', '2026-09-06T10:00:00Z', 'product_gap', 'product', null, 'negative'),
  // 1 October in Berlin.
  kase('k9', '2026-09-30T22:30:00Z', 'product_gap', 'product', 'no tall sizes', 'negative'),
  kase('k10', '2026-09-14T09:00:00Z', 'content_gap', 'content', 'Size chart for socks', 'negative'),
  kase('k11', '2026-09-14T11:00:00Z', 'question', 'content', 'size chart for socks', 'neutral'),
  kase('k12', '2026-09-20T10:00:00Z', 'content_gap', 'content', 'layering guide', null),
  // A content gap routed to product: its kind wins, it is a content gap only.
  kase('k13', '2026-09-21T10:00:00Z', 'content_gap', 'product', 'video on pack fitting', null),
];

const month = monthPeriod('2026-09', tz);
const day = dayPeriod('2026-09-14', tz);
const quietDay = dayPeriod('2026-09-13', tz);
const july = monthPeriod('2026-07', tz);

let dir: string;
let reader: DataReader;
let lists: Map<string, ReportLists>;
const rowsOf = <K extends keyof ReportLists>(period: string, list: K) => {
  const l = lists.get(period)![list];
  if (!l.available) throw new Error(`${list} unavailable for ${period}: ${l.reason}`);
  return l.rows as Extract<ReportLists[K], { available: true }>['rows'];
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-lists-'));
  await writeDataFolder(dir, { mentions, posts, care_cases: careCases });
  reader = await openReader(dir);
  lists = await computeLists(reader, config, [month, day, quietDay, july, month]);
});

afterAll(async () => {
  await reader?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('computeLists', () => {
  it('answers every period asked for, once, and drops its temporary tables', async () => {
    expect([...lists.keys()]).toEqual(['2026-09', '2026-09-14', '2026-09-13', '2026-07']);
    const left = await reader.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'cad_period%'`);
    expect(left).toEqual([]);
  });

  it('ranks advocates by positive mentions then reach, without the brand, the competitor-only author or single-mention authors', () => {
    const rows = rowsOf('2026-09', 'advocates');
    // ben 3 positive (reach 2000) > anna 3 (reach 500) > Carl News 2 (reach 90000); dora has 1,
    // the brand's handles (4) and eve (competitor only) are not listed.
    expect(rows.map((r) => [r.rank, r.author, r.positive, r.reach])).toEqual([
      [1, 'ben_hikes', 3, 2000],
      [2, 'anna', 3, 500],
      [3, 'Carl News', 2, 90000],
    ]);
  });

  it('describes an advocate: counts, employee flag, platforms, when, first and last day, sample', () => {
    const [ben, anna, carl] = rowsOf('2026-09', 'advocates');
    // ben: handle spelled "ben_hikes" twice and "@Ben_Hikes" once; an employee on b1.
    expect(ben).toMatchObject({ handle: 'ben_hikes', name: 'Ben', mentions: 3, negative: 0, isEmployee: true });
    // Wed 08:00, Wed 09:00, Thu 07:00 Berlin → Wednesday; bands 06–09 twice, 09–12 once.
    expect(ben!.when).toEqual({ weekday: 'Wed', hours: '06–09' });
    expect(ben!.platforms).toEqual([{ platform: 'facebook', mentions: 2 }, { platform: 'x', mentions: 1 }]);
    // b1 and b2 tie on engagement 30 and reach 2000: the earlier (b1) is the sample.
    expect(ben!.sample.url).toBe('https://example.com/b1');
    // anna: 4 brand mentions (3 positive, 1 neutral); Mon 18:30 and Mon 19:10 → Mon, 18–21.
    expect(anna).toMatchObject({ handle: 'anna', name: 'Anna Berg', mentions: 4, positive: 3, negative: 0, isEmployee: false, firstSeen: '2026-09-14', lastSeen: '2026-09-20' });
    expect(anna!.when).toEqual({ weekday: 'Mon', hours: '18–21' });
    expect(anna!.platforms).toEqual([{ platform: 'x', mentions: 2 }, { platform: 'instagram', mentions: 1 }]);
    // The most engaging positive mention (a2, 50), its long text cut to ≤ 200 characters.
    expect(anna!.sample.url).toBe('https://example.com/a2');
    expect(anna!.sample.text!.length).toBeLessThanOrEqual(200);
    expect(anna!.sample.text).toMatch(/^Best jacket I have owned\. .*…$/);
    // Carl: c1 at 00:30 Tue 1 Sep Berlin counts (first seen 1 September, band 00–03); Tue and Sat
    // tie once each → the earlier weekday; c3 (1 October Berlin) does not count.
    expect(carl).toMatchObject({ handle: null, name: 'Carl News', mentions: 2, firstSeen: '2026-09-01', lastSeen: '2026-09-05' });
    expect(carl!.when).toEqual({ weekday: 'Tue', hours: '00–03' });
    expect(carl!.platforms).toEqual([{ platform: 'news', mentions: 2 }]);
  });

  it('ranks detractors by negative mentions', () => {
    const rows = rowsOf('2026-09', 'detractors');
    expect(rows.map((r) => [r.author, r.negative, r.mentions, r.reach])).toEqual([
      ['fritz', 3, 3, 300],
      ['gina', 2, 3, 800],
    ]);
    // fritz: Mon 21:00, Mon 22:30, Tue 00:15 Berlin → Mon; bands 21–24 twice, 00–03 once.
    expect(rows[0]!.when).toEqual({ weekday: 'Mon', hours: '21–24' });
    expect(rows[0]!.platforms).toEqual([{ platform: 'x', mentions: 2 }, { platform: 'reddit', mentions: 1 }]);
    expect(rows[0]).toMatchObject({ firstSeen: '2026-09-14', lastSeen: '2026-09-15', sample: { url: 'https://example.com/f1', text: 'mention f1' } });
    // gina: Mon 12:00 and Wed 12:00 → Mon (tie, earlier weekday), 12–15.
    expect(rows[1]!.when).toEqual({ weekday: 'Mon', hours: '12–15' });
  });

  it('cuts a day at Berlin midnight', () => {
    // 14 September: anna a1 + a2 (2 positive); ben, Carl none. fritz f1 + f2 (f3 is 00:15 on the
    // 15th in Berlin though on the 14th in UTC); gina g1 only (1 < 2).
    expect(rowsOf('2026-09-14', 'advocates').map((r) => [r.author, r.positive, r.mentions, r.firstSeen, r.lastSeen])).toEqual([['anna', 2, 2, '2026-09-14', '2026-09-14']]);
    expect(rowsOf('2026-09-14', 'detractors').map((r) => [r.author, r.negative, r.mentions])).toEqual([['fritz', 2, 2]]);
    expect(rowsOf('2026-09-14', 'detractors')[0]!.platforms).toEqual([{ platform: 'x', mentions: 2 }]);
  });

  it('ranks owned posts published in the period by engagements, ties by impressions', () => {
    const rows = rowsOf('2026-09', 'topContent');
    // p2 and p1 tie on 300 engagements: p2 has 20,000 impressions. p3 (00:15 on 1 Sep Berlin) is
    // in; p4 (1 October Berlin) out; p6 has no engagement count.
    expect(rows.map((r) => [r.id, r.engagements, r.impressions, r.engagementRate, r.day])).toEqual([
      ['p2', 300, 20000, 300 / 20000, '2026-09-10'],
      ['p1', 300, 10000, 300 / 10000, '2026-09-14'],
      ['p3', 200, null, null, '2026-09-01'],
      ['p5', 50, 1000, 50 / 1000, '2026-09-14'],
    ]);
    expect(rows[1]).toMatchObject({ rank: 2, platform: 'instagram', account: 'Alpenglow', url: 'https://instagram.com/p/p1', text: 'post p1', reach: 8000, campaignId: 'autumn_launch' });
    // 14 September: p1 (10:00) and p5 (23:30 Berlin).
    expect(rowsOf('2026-09-14', 'topContent').map((r) => r.id)).toEqual(['p1', 'p5']);
  });

  it('ranks brand mentions by engagement then reach, without the brand’s own posts', () => {
    // The brand (1000 each), eve (competitor) and c3 (October) are out. 40 vs 40: c1 has more
    // reach; b1 and b2 tie on both: the earlier first. Eleventh (a1, 10) falls beyond the limit.
    expect(rowsOf('2026-09', 'topMentions').map((r) => `${r.id}:${r.engagement}`)).toEqual([
      'f1:60', 'a2:50', 'c1:40', 'c2:40', 'b1:30', 'b2:30', 'g1:25', 'd1:20', 'f2:15', 'f3:12',
    ]);
    const a2 = rowsOf('2026-09', 'topMentions')[1]!;
    expect(a2).toMatchObject({ rank: 2, platform: 'x', author: 'anna', sentiment: 'positive', reach: 500, day: '2026-09-14', url: 'https://example.com/a2' });
    expect(a2.text!.length).toBeLessThanOrEqual(200);
    expect(rowsOf('2026-09', 'topMentions')[2]).toMatchObject({ author: 'Carl News', day: '2026-09-01', isEmployee: false });
    expect(rowsOf('2026-09', 'topMentions')[4]).toMatchObject({ author: 'ben_hikes', isEmployee: true });
    expect(rowsOf('2026-09-14', 'topMentions').map((r) => r.id)).toEqual(['f1', 'a2', 'g1', 'f2', 'a1']);
  });

  it('groups product gap themes ignoring case and spaces, with counts, days and teams', () => {
    // no tall sizes: k1 "No tall sizes", k2 and k3 "no tall sizes" after trimming → 3 cases, 2
    // negative; zipper breaks: k4 (complaint routed to product) + k6 (product gap, unrouted), k5
    // (routed to care) out; vegan down: k7 at 00:30 on 1 Sep Berlin. k8 has no theme, k9 is October.
    expect(rowsOf('2026-09', 'productGaps')).toEqual([
      { rank: 1, theme: 'no tall sizes', cases: 3, negative: 2, firstDay: '2026-09-03', lastDay: '2026-09-05', teams: [{ team: 'product', cases: 3 }] },
      { rank: 2, theme: 'zipper breaks', cases: 2, negative: 1, firstDay: '2026-09-14', lastDay: '2026-09-16', teams: [{ team: 'product', cases: 1 }, { team: 'unrouted', cases: 1 }] },
      { rank: 3, theme: 'vegan down', cases: 1, negative: 1, firstDay: '2026-09-01', lastDay: '2026-09-01', teams: [{ team: 'product', cases: 1 }] },
    ]);
    expect(rowsOf('2026-09-14', 'productGaps').map((r) => [r.theme, r.cases])).toEqual([['zipper breaks', 1]]);
  });

  it('lists content gaps, a content gap routed to product among them', () => {
    // "Size chart for socks" and "size chart for socks" tie 1–1: the earlier case's spelling.
    // layering guide and video on pack fitting tie on 1 case, 0 negative: a–z.
    expect(rowsOf('2026-09', 'contentGaps').map((r) => [r.theme, r.cases, r.negative, r.teams])).toEqual([
      ['Size chart for socks', 2, 1, [{ team: 'content', cases: 2 }]],
      ['layering guide', 1, 0, [{ team: 'content', cases: 1 }]],
      ['video on pack fitting', 1, 0, [{ team: 'product', cases: 1 }]],
    ]);
  });

  it('keeps empty lists for a covered period with nothing in it', () => {
    // 13 September: no mention, post or case on that Berlin day.
    for (const list of ['advocates', 'detractors', 'topContent', 'topMentions', 'productGaps', 'contentGaps'] as const) {
      expect(lists.get('2026-09-13')![list]).toEqual({ available: true, rows: [] });
    }
  });

  it('marks lists unavailable outside the data’s range', () => {
    const l = lists.get('2026-07')!;
    expect(l.advocates).toMatchObject({ available: false, code: 'not_covered' });
    expect(l.topContent).toMatchObject({ available: false, code: 'not_covered', reason: expect.stringContaining('no posts imported for 2026-07') });
    expect(l.contentGaps).toMatchObject({ available: false, code: 'not_covered' });
  });

  it('honours the limit', async () => {
    const small = await computeLists(reader, config, [month], { limit: 2 });
    const l = small.get('2026-09')!;
    if (!l.advocates.available || !l.topMentions.available) throw new Error('expected lists');
    expect(l.advocates.rows.map((r) => r.author)).toEqual(['ben_hikes', 'anna']);
    expect(l.topMentions.rows.map((r) => r.id)).toEqual(['f1', 'a2']);
    await expect(computeLists(reader, config, [month], { limit: 0 })).rejects.toThrow(RangeError);
    expect(await computeLists(reader, config, [])).toEqual(new Map());
  });
});

describe('lists without their entity', () => {
  it('says which entity is missing', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'cadence-lists-bare-'));
    try {
      await writeDataFolder(bare, { mentions: mentions.slice(0, 4) });
      const r = await openReader(bare);
      try {
        const l = (await computeLists(r, config, [month])).get('2026-09')!;
        expect(l.topContent).toMatchObject({ available: false, code: 'no_data', reason: 'no posts imported' });
        expect(l.productGaps).toMatchObject({ available: false, code: 'no_data', reason: 'no care cases imported' });
        expect(l.contentGaps).toMatchObject({ available: false, code: 'no_data', reason: 'no care cases imported' });
        // Mentions exist: anna alone, 3 positive.
        expect(l.advocates).toMatchObject({ available: true, rows: [{ author: 'anna', positive: 3 }] });
        expect(l.detractors).toEqual({ available: true, rows: [] });
      } finally {
        await r.close();
      }
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });
});

describe('snippet', () => {
  it('collapses spaces and cuts at a word with an ellipsis, within the limit', () => {
    expect(snippet('  a \n b  ')).toBe('a b');
    expect(snippet('')).toBeNull();
    expect(snippet(null)).toBeNull();
    expect(snippet('abc def ghi', 8)).toBe('abc def…');
    expect(snippet('x'.repeat(300))).toHaveLength(200);
  });
});

describe('the demo company, September 2026', () => {
  it('has advocates, detractors, top content by engagements and gaps', async () => {
    const projectDir = inject('demoProjectDir');
    const { config: demo } = await loadConfig({ projectDir });
    const r = await openReader(join(projectDir, 'data'));
    try {
      const l = (await computeLists(r, demo, [monthPeriod('2026-09', demo.timezone)])).get('2026-09')!;
      for (const list of ['advocates', 'detractors', 'topContent', 'topMentions', 'productGaps', 'contentGaps'] as const) {
        const v = l[list];
        if (!v.available) throw new Error(`${list}: ${v.reason}`);
        expect(v.rows.length, list).toBeGreaterThan(0);
      }
      if (!l.topContent.available || !l.advocates.available || !l.detractors.available) throw new Error('expected lists');
      const engagements = l.topContent.rows.map((p) => p.engagements);
      expect(engagements).toEqual([...engagements].sort((a, b) => b - a));
      const own = new Set(demo.brand.handles.map((h) => h.toLowerCase()));
      for (const a of [...l.advocates.rows, ...l.detractors.rows]) expect(own.has((a.handle ?? '').toLowerCase())).toBe(false);
      expect(l.advocates.rows.every((a) => a.positive >= 2)).toBe(true);
      expect(l.detractors.rows.every((a) => a.negative >= 2)).toBe(true);
    } finally {
      await r.close();
    }
  });
});

describe('local time across a clock change', () => {
  it('places mentions by local time when the change falls inside a UTC hour', async () => {
    // St. John's (Newfoundland) moves from UTC−3:30 to UTC−2:30 at 02:00 local on 8 March 2026,
    // which is 05:30 UTC: the UTC hour 05:00–06:00 holds two offsets. zoe's 05:45Z and 05:50Z are
    // 03:15 and 03:20 local (band 03–06, after the change); 05:15Z is 01:45 local (band 00–03).
    // 2026-03-08 is a Sunday. Her 2 mentions after the change outnumber the 1 before: 03–06.
    const nf = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: 'America/St_Johns' });
    const d = await mkdtemp(join(tmpdir(), 'cadence-lists-dst-'));
    try {
      await writeDataFolder(d, {
        mentions: [
          mention({ id: 'z1', at: '2026-03-08T05:45:00Z', handle: 'zoe', sentiment: 'positive', engagement: 3 }),
          mention({ id: 'z2', at: '2026-03-08T05:50:00Z', handle: 'zoe', sentiment: 'positive', engagement: 2 }),
          mention({ id: 'z3', at: '2026-03-08T05:15:00Z', handle: 'zoe', sentiment: 'positive', engagement: 1 }),
          // 01:59 UTC on the 9th is 23:29 local on the 8th (UTC−2:30 after the change).
          mention({ id: 'z4', at: '2026-03-09T01:59:00Z', handle: 'zoe', sentiment: 'neutral', engagement: 9 }),
        ],
      });
      const r = await openReader(d);
      try {
        const day = dayPeriod('2026-03-08', 'America/St_Johns');
        const l = (await computeLists(r, nf, [day])).get('2026-03-08')!;
        if (!l.advocates.available || !l.topMentions.available) throw new Error('expected lists');
        expect(l.advocates.rows.map((a) => [a.author, a.positive, a.mentions, a.when, a.firstSeen, a.lastSeen])).toEqual([
          ['zoe', 3, 4, { weekday: 'Sun', hours: '03–06' }, '2026-03-08', '2026-03-08'],
        ]);
        expect(l.topMentions.rows.map((m) => [m.id, m.day])).toEqual([
          ['z4', '2026-03-08'], ['z1', '2026-03-08'], ['z2', '2026-03-08'], ['z3', '2026-03-08'],
        ]);
      } finally {
        await r.close();
      }
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});

describe('advocates across periods that cut an author’s mentions apart', () => {
  it('counts only mentions in the same period, and breaks a tie at the cut by reach over all mentions', async () => {
    // Berlin = UTC+2. 2026-09-13 is a Sunday (ISO week 37), 2026-09-14 a Monday (week 38).
    // ann: positive Sun 13th and Mon 14th → 1 in week 37, 1 in week 38, 2 in September.
    // bob: positive Mon 14th and Tue 15th (2 in week 38), a negative Wed 16th and a neutral
    // Thu 17th with 500 followers → audience 500 (max over all 4 of his mentions), above ann's 200.
    // All four of bob's fall in week 38 and September: mentions 4, audience 500 in both.
    // Limit 1, September: ann 2, bob 2 tie on count; bob's audience 500 > 200 wins.
    const d = await mkdtemp(join(tmpdir(), 'cadence-lists-cut-'));
    try {
      await writeDataFolder(d, {
        mentions: [
          mention({ id: 'a1', at: '2026-09-13T10:00:00Z', handle: 'ann', sentiment: 'positive', followers: 200 }),
          mention({ id: 'a2', at: '2026-09-14T10:00:00Z', handle: 'ann', sentiment: 'positive', followers: 200 }),
          mention({ id: 'b1', at: '2026-09-14T11:00:00Z', handle: 'bob', sentiment: 'positive', followers: 100 }),
          mention({ id: 'b2', at: '2026-09-15T11:00:00Z', handle: 'bob', sentiment: 'positive', followers: 100 }),
          mention({ id: 'b3', at: '2026-09-16T11:00:00Z', handle: 'bob', sentiment: 'negative', followers: 100 }),
          mention({ id: 'b4', at: '2026-09-17T11:00:00Z', handle: 'bob', sentiment: 'neutral', followers: 500 }),
        ],
      });
      const r = await openReader(d);
      try {
        const w37 = weekPeriod('2026-W37', tz);
        const w38 = weekPeriod('2026-W38', tz);
        const sep = monthPeriod('2026-09', tz);
        const rows = (all: Map<string, ReportLists>, id: string, limit: 'advocates' | 'detractors') => {
          const l = all.get(id)![limit];
          if (!l.available) throw new Error('expected a list');
          return l.rows.map((a) => [a.author, a.positive, a.negative, a.mentions, a.reach]);
        };
        const one = await computeLists(r, config, [w37, w38, sep], { limit: 1 });
        expect(rows(one, '2026-W37', 'advocates')).toEqual([]);
        expect(rows(one, '2026-W38', 'advocates')).toEqual([['bob', 2, 1, 4, 500]]);
        expect(rows(one, '2026-09', 'advocates')).toEqual([['bob', 2, 1, 4, 500]]);
        expect(rows(one, '2026-09', 'detractors')).toEqual([]);
        const two = await computeLists(r, config, [sep], { limit: 2 });
        expect(rows(two, '2026-09', 'advocates')).toEqual([['bob', 2, 1, 4, 500], ['ann', 2, 0, 2, 200]]);
      } finally {
        await r.close();
      }
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});
