import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeVoice, shareOfVoiceFor, type VoiceByPeriod } from '../../../src/core/benchmarks/share-of-voice.ts';
import type { VoiceMeasure } from '../../../src/core/benchmarks/types.ts';
import { loadConfig } from '../../../src/core/config/load.ts';
import { computeKpis } from '../../../src/core/metrics/compute.ts';
import { mentionsKpi } from '../../../src/core/metrics/stages/listening.ts';
import { parsePeriod, type Period } from '../../../src/core/periods/period.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const config = configSchema.parse({
  brand: { name: 'Alpenglow', aliases: ['AG'] },
  competitors: [{ name: 'Summitra', aliases: ['Apex Pro'] }, { name: 'Trailhaus' }],
  timezone: 'Europe/Berlin',
});
const period = (spec: string): Period => parsePeriod(spec, { timezone: 'Europe/Berlin', asOf: '2026-10-01' });

const mention = (id: string, at: string, name: string | null, kind: string | null, values: Record<string, number | null> = {}) => ({
  id, published_at: at, platform: 'twitter', matched_name: name, matched_kind: kind, ...values,
});

let dir: string;
let reader: DataReader;
let voice: VoiceByPeriod;
const measure = (p: string, m: VoiceMeasure['measure']): VoiceMeasure => {
  const v = voice.get(p);
  if (!v || !('measures' in v)) throw new Error(`no voice for ${p}`);
  return v.measures.find((x) => x.measure === m)!;
};
const shares = (m: VoiceMeasure) => Object.fromEntries(m.names.map((n) => [n.name, n.share]));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-sov-'));
  await writeDataFolder(dir, {
    mentions: [
      // August: one brand mention without reach (so August has no reach measure).
      mention('a1', '2026-08-10T10:00:00Z', 'Alpenglow', 'brand', { engagement: 5 }),
      // 2026-08-31T22:30Z is 00:30 on 1 September in Berlin: a September mention.
      mention('b1', '2026-08-31T22:30:00Z', 'Alpenglow', 'brand', { engagement: 10, reach: 100 }),
      // An alias in another case; no engagement column: likes + comments + shares = 3 + 2 + 1 = 6.
      mention('b2', '2026-09-10T10:00:00Z', 'ag', 'brand', { engagement: null, likes: 3, comments: 2, shares: 1, reach: 200 }),
      // No name and no kind: not matched, so nobody's — not the brand's (issue 14: it inflated the brand's share).
      mention('b3', '2026-09-11T10:00:00Z', null, null, { engagement: 4 }),
      mention('s1', '2026-09-12T10:00:00Z', 'Summitra', 'competitor', { engagement: 20, reach: 500 }),
      // An alias of Summitra.
      mention('s2', '2026-09-13T10:00:00Z', 'Apex Pro', 'competitor', { engagement: 0, reach: 100 }),
      mention('t1', '2026-09-14T10:00:00Z', 'Trailhaus', 'competitor', { engagement: 30, reach: 100 }),
      // A competitor that is not configured, and a topic: nobody's.
      mention('x1', '2026-09-15T10:00:00Z', 'Nordpeak', 'competitor', { engagement: 1000, reach: 10_000 }),
      mention('x2', '2026-09-16T10:00:00Z', 'ultralight hiking', 'topic', { engagement: 1000, reach: 10_000 }),
      // 2026-09-30T22:30Z is 00:30 on 1 October in Berlin: not September.
      mention('e1', '2026-09-30T22:30:00Z', 'Trailhaus', 'competitor', { engagement: 500, reach: 5000 }),
    ],
  });
  reader = await openReader(dir);
  voice = await computeVoice(reader, config, [period('2026-09'), period('2026-08'), period('2026-07'), period('2026-W34')]);
});

afterAll(async () => {
  await reader?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('share of voice on a small data folder', () => {
  it('counts mentions by name and alias, in Berlin days; untagged mentions are nobody\'s', () => {
    const m = measure('2026-09', 'mentions');
    // Brand: b1 (Berlin 1 Sept), b2 (alias) = 2 (b3 is not matched); Summitra: s1, s2 = 2; Trailhaus: t1 = 1
    // (e1 is October in Berlin); Nordpeak and the topic count for nobody. Total 5.
    expect(m.names.map((n) => [n.name, n.isBrand, n.value])).toEqual([['Alpenglow', true, 2], ['Summitra', false, 2], ['Trailhaus', false, 1]]);
    expect(m.total).toBe(5);
    // Shares 2/5, 2/5, 1/5.
    expect(shares(m)).toEqual({ Alpenglow: 0.4, Summitra: 0.4, Trailhaus: 0.2 });
    expect(m.brand).toBe(0.4);
    // Competitor average (2/5 + 1/5) / 2 = 0.3; landscape average 1/3.
    expect(m.competitorAverage).toBeCloseTo(0.3, 12);
    expect(m.landscapeAverage).toBeCloseTo(1 / 3, 12);
    // Gaps: 2/5 − 2/5 = 0; 2/5 − 1/5 = 1/5.
    expect(m.gapTo.Summitra).toBeCloseTo(0, 12);
    expect(m.gapTo.Trailhaus).toBeCloseTo(0.2, 12);
  });

  it('sums engagement with the likes + comments + shares fallback, and reach', () => {
    const e = measure('2026-09', 'engagement');
    // Brand 10 + 6 (3 + 2 + 1) = 16 (b3's 4 is nobody's); Summitra 20 + 0 = 20; Trailhaus 30. Total 66.
    expect(e.names.map((n) => n.value)).toEqual([16, 20, 30]);
    expect(e.total).toBe(66);
    expect(e.brand).toBeCloseTo(16 / 66, 12);
    // Competitor average (20/66 + 30/66) / 2 = 25/66; gaps 16/66 − 20/66 = −4/66, 16/66 − 30/66 = −14/66.
    expect(e.competitorAverage).toBeCloseTo(25 / 66, 12);
    expect(e.gapTo.Summitra).toBeCloseTo(-4 / 66, 12);
    expect(e.gapTo.Trailhaus).toBeCloseTo(-14 / 66, 12);
    const r = measure('2026-09', 'reach');
    // Brand 100 + 200 (+ b3 without reach) = 300; Summitra 500 + 100 = 600; Trailhaus 100. Total 1000.
    expect(r.names.map((n) => n.value)).toEqual([300, 600, 100]);
    expect(r.brand).toBeCloseTo(0.3, 12);
    // Competitor average (0.6 + 0.1) / 2 = 0.35; landscape 1/3; gaps 0.3 − 0.6 = −0.3, 0.3 − 0.1 = 0.2.
    expect(r.competitorAverage).toBeCloseTo(0.35, 12);
    expect(r.landscapeAverage).toBeCloseTo(1 / 3, 12);
    expect(r.gapTo.Summitra).toBeCloseTo(-0.3, 12);
    expect(r.gapTo.Trailhaus).toBeCloseTo(0.2, 12);
  });

  it('lists competitors with zeros, and leaves out a measure with a total of 0', () => {
    const aug = voice.get('2026-08')!;
    if (!('measures' in aug)) throw new Error('expected August measures');
    // August: a1 only (engagement 5, no reach): mentions and engagement, no reach.
    expect(aug.measures.map((m) => m.measure)).toEqual(['mentions', 'engagement']);
    expect(aug.measures[0]!.names.map((n) => [n.name, n.value, n.share])).toEqual([['Alpenglow', 1, 1], ['Summitra', 0, 0], ['Trailhaus', 0, 0]]);
    // Brand 1, competitors 0: gap 1 to each, competitor average 0.
    expect(aug.measures[0]!.gapTo).toEqual({ Summitra: 1, Trailhaus: 1 });
    expect(aug.measures[0]!.competitorAverage).toBe(0);
  });

  it('is unavailable outside the mentions, in an empty week, and without competitors', async () => {
    // Mentions start on 2026-08-10: July is not covered.
    expect(voice.get('2026-07')).toMatchObject({ reason: 'no mentions imported for 2026-07 (mentions cover 2026-08-10 to 2026-09-30)' });
    // Week 34 (17–23 August) is covered but holds no mention.
    expect(voice.get('2026-W34')).toMatchObject({ reason: 'no mentions of the brand or its competitors in 2026-W34' });
    const alone = await computeVoice(reader, { ...config, competitors: [] }, [period('2026-09')]);
    expect(alone.get('2026-09')).toMatchObject({ reason: expect.stringMatching(/^no competitors configured/) });
  });

  it('builds the ShareOfVoice of a period with its previous period', () => {
    const sov = shareOfVoiceFor(voice, period('2026-09'), period('2026-08'));
    if (!sov.available) throw new Error('expected share of voice');
    expect(sov.period).toBe('2026-09');
    expect(sov.measures.map((m) => m.measure)).toEqual(['mentions', 'engagement', 'reach']);
    expect(sov.previous?.period).toBe('2026-08');
    expect(sov.previous?.measures[0]!.brand).toBe(1);
    // The previous period unavailable: previous is null, the period still shown.
    expect(shareOfVoiceFor(voice, '2026-08', '2026-07')).toMatchObject({ available: true, previous: null });
    expect(shareOfVoiceFor(voice, '2026-07', null)).toMatchObject({ available: false, reason: expect.stringContaining('no mentions imported') });
    expect(() => shareOfVoiceFor(voice, '2026-06', null)).toThrow(/not computed/);
  });
});

describe('share of voice on the demo company', () => {
  it('adds up to 100% for every measure and matches the brand mentions KPI', async () => {
    const demo = inject('demoProjectDir');
    const { config: demoConfig } = await loadConfig({ projectDir: demo });
    const demoReader = await openReader(join(demo, 'data'));
    try {
      const periods = [parsePeriod('2026-09', { timezone: demoConfig.timezone, asOf: '2026-10-01' }), parsePeriod('2026-Q3', { timezone: demoConfig.timezone, asOf: '2026-10-01' })];
      const demoVoice = await computeVoice(demoReader, demoConfig, periods);
      const kpis = await computeKpis({ reader: demoReader, config: demoConfig, kpis: [mentionsKpi], periods });
      for (const p of periods) {
        const v = demoVoice.get(p.id)!;
        if (!('measures' in v)) throw new Error(`expected demo share of voice for ${p.id}: ${v.reason}`);
        expect(v.measures.map((m) => m.measure)).toEqual(['mentions', 'engagement', 'reach']);
        for (const m of v.measures) {
          expect(m.names.map((n) => n.name)).toEqual([demoConfig.brand.name, ...demoConfig.competitors.map((c) => c.name)]);
          expect(Math.abs(m.names.reduce((s, n) => s + n.share, 0) - 1)).toBeLessThan(1e-9);
          expect(m.landscapeAverage).toBeCloseTo(1 / m.names.length, 12);
        }
        const kpi = kpis.get('listening.mentions')!.get(p.id)!;
        if (!kpi.available) throw new Error(`mentions KPI unavailable for ${p.id}`);
        expect(v.measures[0]!.names[0]!.value).toBe(kpi.value);
        expect(v.measures[0]!.names[0]!.value).toBeGreaterThan(0);
      }
    } finally {
      await demoReader.close();
    }
  });
});
