import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiValues } from '../../../src/core/metrics/compute.ts';
import { networkingKpis } from '../../../src/core/metrics/stages/networking.ts';
import { dayPeriod, monthPeriod, quarterPeriod } from '../../../src/core/periods/period.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const tz = 'Europe/Berlin';
const config = configSchema.parse({
  brand: { name: 'Alpenglow', aliases: ['AG'] },
  competitors: [{ name: "Bergmann's" }],
  timezone: tz,
});

// September 2026 in Berlin: 2026-08-31T22:00Z .. 2026-09-30T22:00Z. Q3: 2026-06-30T22:00Z .. 2026-09-30T22:00Z.
const sep = monthPeriod('2026-09', tz);
const aug = monthPeriod('2026-08', tz);
const q3 = quarterPeriod('2026-Q3', tz);
const sep12 = dayPeriod('2026-09-12', tz);

const media = (id: string, at: string, reach: number | null, value: number | null, relevance: number | null, kind: string | null = null, name: string | null = null) => ({
  id, published_at: at, outlet: `outlet-${id}`, reach, value, relevance, matched_kind: kind, matched_name: name,
});

let dir: string;
let emptyDir: string;
let reader: DataReader;
let values: KpiValues;
const v = (id: string, period: string) => values.get(id)!.get(period)!;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'cadence-networking-'));
  dir = join(root, 'data');
  emptyDir = join(root, 'empty');
  await writeDataFolder(dir, {
    inbound_links: [
      // 2026-08-31T22:30Z is 00:30 on 1 September in Berlin: a September link.
      { id: 'i1', first_seen_at: '2026-08-31T22:30:00Z', source_url: 'https://a.example/1' },
      { id: 'i2', first_seen_at: '2026-09-15T10:00:00Z', source_url: 'https://a.example/2' },
      { id: 'i3', first_seen_at: '2026-07-02T10:00:00Z', source_url: 'https://a.example/3' },
      // 1 October in Berlin: neither September nor Q3.
      { id: 'i4', first_seen_at: '2026-09-30T22:30:00Z', source_url: 'https://a.example/4' },
    ],
    earned_media: [
      // 1 September 00:30 in Berlin; no tag at all: about the brand.
      media('e1', '2026-08-31T22:30:00Z', 1000, 200, 0.8),
      // Tagged with the brand's alias only.
      media('e2', '2026-09-10T10:00:00Z', 500, 100, 0.4, null, 'AG'),
      // About a competitor and about a topic: left out.
      media('e3', '2026-09-12T10:00:00Z', 9000, 900, 0.9, 'competitor', "Bergmann's"),
      media('e4', '2026-09-13T10:00:00Z', 7000, 700, 0.9, 'topic', 'hiking'),
      // 1 October in Berlin.
      media('e5', '2026-09-30T22:30:00Z', 4000, 400, 0.5, 'brand'),
      media('e6', '2026-07-15T10:00:00Z', 2000, null, null, 'brand'),
      // 31 August 23:30 in Berlin: August; no reach.
      media('e7', '2026-08-31T21:30:00Z', null, 50, 0.3, 'brand', 'Alpenglow'),
    ],
    partnerships: [
      { id: 'p1', started_on: '2026-01-10', partner: 'Trail Co', initiated_by: 'us', status: 'active' },
      // Starts on the last day of September.
      { id: 'p2', started_on: '2026-09-30', partner: 'Hut Guild', initiated_by: 'partner', status: 'active' },
      // Ends on the first day of September: still active in September.
      { id: 'p3', started_on: '2026-03-01', ended_on: '2026-09-01', partner: 'Ropes', initiated_by: 'partner', status: 'ended' },
      // Ends the day before September.
      { id: 'p4', started_on: '2026-02-01', ended_on: '2026-08-31', partner: 'Maps', initiated_by: 'us', status: 'ended' },
      // Only proposed: never counted.
      { id: 'p5', started_on: '2026-09-05', partner: 'Boots', initiated_by: 'partner', status: 'proposed' },
      { id: 'p6', started_on: '2026-10-01', partner: 'Later', initiated_by: 'us', status: 'active' },
      // No status: counts as agreed.
      { id: 'p7', started_on: '2026-07-20', partner: 'Club', initiated_by: 'partner' },
    ],
  });
  await writeDataFolder(emptyDir, { inbound_links: [{ id: 'i1', first_seen_at: '2026-09-15T10:00:00Z', source_url: 'https://a.example/1' }] });
  reader = await openReader(dir);
  values = await computeKpis({ reader, config, kpis: networkingKpis, periods: [sep, q3, aug, sep12] });
});

afterAll(async () => {
  await reader?.close();
  await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('networking KPIs', () => {
  it('lists the four networking KPIs in report order', () => {
    expect(networkingKpis.map((k) => k.id)).toEqual([
      'networking.inbound_links', 'networking.earned_media_mentions', 'networking.earned_media_reach', 'networking.partnerships',
    ]);
  });

  it('counts new inbound links by the Berlin day they were first seen', () => {
    // September: i1 (1 Sep 00:30 Berlin), i2 = 2. Q3: i1, i2, i3 = 3 (i4 is 1 October).
    expect(v('networking.inbound_links', sep.id)).toEqual({ available: true, value: 2 });
    expect(v('networking.inbound_links', q3.id)).toEqual({ available: true, value: 3 });
  });

  it('counts earned media about the brand only', () => {
    // September: e1 (untagged, 1 Sep Berlin), e2 (alias) = 2; e3 competitor, e4 topic, e5 October left out.
    expect(v('networking.earned_media_mentions', sep.id)).toEqual({ available: true, value: 2, inputs: { negative: 0 } });
    // Q3: e1, e2, e6, e7 = 4.
    expect(v('networking.earned_media_mentions', q3.id)).toEqual({ available: true, value: 4, inputs: { negative: 0 } });
    // 31 August 23:30 Berlin (e7) is August.
    expect(v('networking.earned_media_mentions', aug.id)).toEqual({ available: true, value: 1, inputs: { negative: 0 } });
    // 12 September holds only the competitor's article: a real 0.
    expect(v('networking.earned_media_mentions', sep12.id)).toEqual({ available: true, value: 0 });
  });

  it('sums the reach of brand earned media, with value and mean relevance', () => {
    // September: reach 1000 + 500 = 1500; value 200 + 100 = 300; relevance (0.8 + 0.4) / 2 = 0.6.
    const s = v('networking.earned_media_reach', sep.id);
    expect(s).toMatchObject({ available: true, value: 1500, inputs: { items: 2, items_with_reach: 2, media_value: 300 } });
    if (!s.available) throw new Error('expected a value');
    expect(s.inputs!.mean_relevance).toBeCloseTo(0.6, 10);
    // Q3: reach 1000 + 500 + 2000 (e7 has none) = 3500; value 200 + 100 + 50 = 350; relevance (0.8 + 0.4 + 0.3) / 3 = 0.5.
    const q = v('networking.earned_media_reach', q3.id);
    expect(q).toMatchObject({ available: true, value: 3500, inputs: { items: 4, items_with_reach: 3, media_value: 350 } });
    if (!q.available) throw new Error('expected a value');
    expect(q.inputs!.mean_relevance).toBeCloseTo(0.5, 10);
    // August: one brand article (e7) without a reach: cannot compute, not 0.
    expect(v('networking.earned_media_reach', aug.id)).toMatchObject({ available: false, code: 'insufficient' });
    // 12 September: no brand article: a real 0 (the competitor's 9000 left out).
    expect(v('networking.earned_media_reach', sep12.id)).toMatchObject({ available: true, value: 0 });
  });

  it('counts partnerships active in the period, new ones and partner-initiated ones', () => {
    // September: p1, p2 (starts 30 Sep), p3 (ends 1 Sep), p7 = 4; p4 ended 31 Aug, p5 proposed, p6 starts in October.
    // New: p2 = 1. Partner-initiated: p2, p3, p7 = 3.
    expect(v('networking.partnerships', sep.id)).toEqual({ available: true, value: 4, inputs: { new_partnerships: 1, partner_initiated: 3 } });
    // Q3: p1, p2, p3, p4, p7 = 5; new: p2, p7 = 2; partner-initiated: p2, p3, p7 = 3.
    expect(v('networking.partnerships', q3.id)).toEqual({ available: true, value: 5, inputs: { new_partnerships: 2, partner_initiated: 3 } });
    // August: p1, p3, p4, p7 = 4; none new; partner: p3, p7 = 2.
    expect(v('networking.partnerships', aug.id)).toEqual({ available: true, value: 4, inputs: { new_partnerships: 0, partner_initiated: 2 } });
  });

  it('is unavailable, with the reason, when the entity holds no rows', async () => {
    const empty = await openReader(emptyDir);
    try {
      const out = await computeKpis({ reader: empty, config, kpis: networkingKpis, periods: [sep] });
      expect(out.get('networking.inbound_links')!.get(sep.id)).toEqual({ available: true, value: 1 });
      expect(out.get('networking.earned_media_mentions')!.get(sep.id)).toMatchObject({ available: false, code: 'no_data', reason: 'no earned media imported' });
      expect(out.get('networking.earned_media_reach')!.get(sep.id)).toMatchObject({ available: false, code: 'no_data' });
      expect(out.get('networking.partnerships')!.get(sep.id)).toMatchObject({ available: false, code: 'no_data', reason: 'no partnerships imported' });
    } finally {
      await empty.close();
    }
  });
});
