/**
 * Every listening KPI over a small Berlin data folder, computed for September 2026 and single
 * days, against values worked out by hand below. September in Berlin runs from
 * 2026-08-31T22:00Z to 2026-09-30T22:00Z (UTC+2), so rows at 22:15–22:30Z on 31 August belong to
 * 1 September and rows at 21:30–21:45Z do not.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiValues } from '../../../src/core/metrics/compute.ts';
import type { KpiValue } from '../../../src/core/metrics/kpi.ts';
import { listeningKpis } from '../../../src/core/metrics/stages/listening.ts';
import { dayPeriod, monthPeriod } from '../../../src/core/periods/period.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const tz = 'Europe/Berlin';
const config = configSchema.parse({
  brand: { name: 'Alpenglow', aliases: ['AG'] },
  competitors: [{ name: "Bergmann's" }],
  timezone: tz,
});
const noCompetitors = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: tz });

const SEP = '2026-09';
const DAY1 = '2026-09-01';
const DAY2 = '2026-09-02'; // no mentions, no care cases
const DAY13 = '2026-09-13'; // one brand mention, without reach or sentiment
const periods = [monthPeriod(SEP, tz), dayPeriod(DAY1, tz), dayPeriod(DAY2, tz), dayPeriod(DAY13, tz)];

interface MentionOpts { name?: string | null; kind?: string | null; sentiment?: string | null; reach?: number | null; reachKind?: string | null; engagement?: number | null }
const mention = (id: string, at: string, o: MentionOpts) => ({
  id, published_at: at, platform: 'twitter', matched_name: o.name ?? null, matched_kind: o.kind ?? null, sentiment: o.sentiment ?? null,
  reach: o.reach ?? null, reach_kind: o.reachKind ?? null, engagement: o.engagement ?? null,
});

const hoursAfter = (at: string, h: number | null) => (h === null ? null : new Date(Date.parse(at) + h * 3_600_000).toISOString());
interface CaseOpts { kind?: string; theme?: string | null; response?: number | null; triage?: number | null; resolve?: number | null; retained?: boolean | null; refund?: boolean | null; amount?: number | null }
const careCase = (id: string, at: string, o: CaseOpts) => ({
  id, opened_at: at, platform: 'instagram', customer_handle: id, kind: o.kind ?? 'complaint', theme: o.theme ?? null,
  first_response_at: hoursAfter(at, o.response ?? null), triaged_at: hoursAfter(at, o.triage ?? null), resolved_at: hoursAfter(at, o.resolve ?? null),
  retained: o.retained ?? null, refund: o.refund ?? null, refund_amount: o.amount ?? null,
});

const mentions = [
  // 00:30 on 1 September in Berlin: counts for September and for 1 September.
  mention('a', '2026-08-31T22:30:00Z', { name: 'Alpenglow', sentiment: 'positive', reach: 1000, reachKind: 'followers', engagement: 10 }),
  // 23:30 on 31 August in Berlin: not September (would add 5000 reach, 500 engagement, a positive).
  mention('z', '2026-08-31T21:30:00Z', { name: 'Alpenglow', sentiment: 'positive', reach: 5000, reachKind: 'followers', engagement: 500 }),
  mention('d2', '2026-09-01T08:00:00Z', { name: "Bergmann's", kind: 'competitor', sentiment: 'neutral', reach: 3000, reachKind: 'followers', engagement: 30 }),
  // Alias, lower case; a vendor estimate of the reach.
  mention('b', '2026-09-10T10:00:00Z', { name: 'ag', sentiment: 'negative', reach: 3000, reachKind: 'estimated', engagement: 30 }),
  // No tracked name at all: not matched, so about nobody (not the brand, not share of voice).
  mention('c', '2026-09-11T10:00:00Z', { sentiment: 'neutral', reach: 500 }),
  mention('d', '2026-09-12T10:00:00Z', { name: "Bergmann's", kind: 'competitor', sentiment: 'positive', reach: 2000, reachKind: 'followers', engagement: 60 }),
  // Brand mention without sentiment and without reach.
  mention('e', '2026-09-13T10:00:00Z', { name: 'Alpenglow', engagement: 20 }),
  // A topic mention counts for nobody.
  mention('f', '2026-09-14T10:00:00Z', { name: 'hiking', kind: 'topic', sentiment: 'negative', reach: 99999, reachKind: 'followers', engagement: 999 }),
  mention('h', '2026-09-15T10:00:00Z', { name: 'Alpenglow', sentiment: 'positive', reach: 1500, reachKind: 'page_views', engagement: 40 }),
  // 00:30 on 1 October in Berlin: not September.
  mention('g', '2026-09-30T22:30:00Z', { name: 'Alpenglow', sentiment: 'negative', reach: 7000, reachKind: 'estimated', engagement: 70 }),
];

const careCases = [
  // 00:15 on 1 September in Berlin: a September case (and the only one of 1 September).
  careCase('k1', '2026-08-31T22:15:00Z', { response: 1, triage: 2, resolve: 10, retained: true, refund: true, amount: 40 }),
  // 23:45 on 31 August in Berlin: not September.
  careCase('k2', '2026-08-31T21:45:00Z', { kind: 'product_gap', theme: 'Laces', response: 100, triage: 100, resolve: 100, retained: false, refund: true, amount: 100 }),
  careCase('k3', '2026-09-05T08:00:00Z', { kind: 'product_gap', theme: 'Zipper breaks ', response: 3, triage: 12, resolve: 30, retained: false, refund: false }),
  careCase('k4', '2026-09-06T08:00:00Z', { kind: 'product_gap', theme: 'zipper BREAKS', response: 5, triage: 13, resolve: 24 }),
  careCase('k5', '2026-09-07T08:00:00Z', { kind: 'product_gap', retained: true, refund: true, amount: 25.5 }),
  careCase('k6', '2026-09-08T08:00:00Z', { kind: 'product_gap', theme: 'Sizing', response: 2, triage: 1, resolve: 20, retained: true, refund: false }),
  careCase('k7', '2026-09-09T08:00:00Z', { kind: 'content_gap', theme: 'Size guide', response: 0.5, triage: 6, refund: false }),
  careCase('k8', '2026-09-10T08:00:00Z', { kind: 'content_gap', theme: ' size guide', response: 1.5, resolve: 48, retained: false }),
  careCase('k9', '2026-09-11T08:00:00Z', { kind: 'content_gap', theme: '  ' }),
  // 00:30 on 1 October in Berlin: not September.
  careCase('k10', '2026-09-30T22:30:00Z', { kind: 'content_gap', theme: 'Other', response: 1, triage: 1, resolve: 1, retained: true, refund: true, amount: 9 }),
];

const dirs: string[] = [];
const readers: DataReader[] = [];
async function compute(rows: Parameters<typeof writeDataFolder>[1], cfg = config): Promise<KpiValues> {
  const dir = await mkdtemp(join(tmpdir(), 'cadence-listening-'));
  dirs.push(dir);
  await writeDataFolder(dir, rows);
  const reader = await openReader(dir);
  readers.push(reader);
  return computeKpis({ reader, config: cfg, kpis: listeningKpis, periods });
}

let full: KpiValues;
let bare: KpiValues;
let thinCare: KpiValues;
const at = (values: KpiValues, id: string, period: string): KpiValue => {
  const v = values.get(id)?.get(period);
  if (!v) throw new Error(`no value for ${id} in ${period}`);
  return v;
};
const valueOf = (values: KpiValues, id: string, period: string): number => {
  const v = at(values, id, period);
  if (!v.available) throw new Error(`${id} in ${period} is unavailable: ${v.reason}`);
  return v.value;
};

beforeAll(async () => {
  full = await compute({ mentions, care_cases: careCases });
  // Mentions without sentiment, reach or competitors; no care cases imported.
  bare = await compute({ mentions: [mention('x', '2026-09-01T10:00:00Z', { name: 'Alpenglow' }), mention('y', '2026-09-20T10:00:00Z', {})] }, noCompetitors);
  // Care cases that record neither triage, resolution, response nor refund.
  thinCare = await compute({ mentions, care_cases: [careCase('t1', '2026-09-03T08:00:00Z', {}), careCase('t2', '2026-09-04T08:00:00Z', { kind: 'product_gap' })] });
});

afterAll(async () => {
  for (const r of readers) await r.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

it('lists the sixteen listening KPIs in order', () => {
  expect(listeningKpis.map((k) => k.id)).toEqual([
    'listening.mentions', 'listening.reach', 'listening.reputation_score', 'listening.net_sentiment', 'listening.negative_share', 'listening.share_of_voice',
    'listening.share_of_voice_engagement', 'listening.share_of_voice_reach', 'listening.retention_rate', 'listening.refund_rate',
    'listening.product_gaps', 'listening.content_gaps', 'listening.triage_within_12h', 'listening.resolved_within_24h',
    'listening.median_first_response_hours', 'listening.median_resolution_hours',
  ]);
  const units = Object.fromEntries(listeningKpis.map((k) => [k.id, `${k.unit}/${k.direction}`]));
  expect(units).toMatchObject({
    'listening.reach': 'count/up', 'listening.reputation_score': 'percent/up', 'listening.refund_rate': 'percent/down',
    'listening.triage_within_12h': 'percent/up', 'listening.resolved_within_24h': 'percent/up',
    'listening.median_first_response_hours': 'hours/down', 'listening.median_resolution_hours': 'hours/down', 'listening.product_gaps': 'count/up',
  });
});

describe('mention KPIs', () => {
  // September brand mentions: a (00:30 on 1 Sep), b (alias "ag"), e, h = 4; c (untagged) is not matched;
  // z (23:30 on 31 Aug) and g (1 Oct) are out.
  it('counts brand mentions from Berlin midnight to Berlin midnight', () => {
    // The negative part (b) rides along, for the tone of the rise (story/tone.ts); so do the
    // mentions not matched (c) and all mentions of tracked names or none (4 brand + d2, d + c = 7;
    // the topic mention f is matched, to a topic).
    expect(at(full, 'listening.mentions', SEP)).toEqual({ available: true, value: 4, inputs: { negative: 1, unmatched: 1, listened: 7 } });
    expect(at(full, 'listening.mentions', DAY1)).toEqual({ available: true, value: 1, inputs: { negative: 0, unmatched: 0, listened: 2 } });
    expect(at(full, 'listening.mentions', DAY2)).toEqual({ available: true, value: 0 });
  });

  it('sums reach and marks the estimated share', () => {
    // a 1000 (followers) + b 3000 (estimated) + h 1500 (page views) = 5500; e has no reach; c is not the brand's.
    // Estimated: b 3000; 3000 / 5500 = 54.545…% → "54.5%".
    expect(at(full, 'listening.reach', SEP)).toEqual({
      available: true, value: 5500, estimated: true,
      note: '54.5% of the reach is estimated (reach kind estimated, unknown or not given)',
      // The negative part: b's 3000.
      inputs: { brand_mentions: 4, mentions_with_reach: 3, estimated_reach: 3000, negative: 3000 },
    });
    // 1 September: only a, 1000 followers, nothing estimated (z at 23:30 on 31 August would add 5000).
    expect(at(full, 'listening.reach', DAY1)).toEqual({ available: true, value: 1000, inputs: { brand_mentions: 1, mentions_with_reach: 1, estimated_reach: 0, negative: 0 } });
    // No brand mention on 2 September: a real 0.
    expect(valueOf(full, 'listening.reach', DAY2)).toBe(0);
    // 13 September: brand mention e has no reach: cannot compute.
    expect(at(full, 'listening.reach', DAY13)).toMatchObject({ available: false, code: 'insufficient' });
  });

  it('computes the reputation score with neutral in the denominator, and net sentiment without', () => {
    // September brand sentiments: a +, b −, h + (e none; c's neutral is not the brand's) → (2 − 1) / 3.
    expect(at(full, 'listening.reputation_score', SEP)).toEqual({ available: true, value: 1 / 3, inputs: { positive: 2, neutral: 0, negative: 1 } });
    // Net sentiment (Talkwalker): (2 − 1) / (2 + 1) = 1/3.
    expect(valueOf(full, 'listening.net_sentiment', SEP)).toBeCloseTo(1 / 3, 12);
    // Negative share: b of a, b, h (the brand mentions with a sentiment) = 1/3.
    expect(at(full, 'listening.negative_share', SEP)).toEqual({ available: true, value: 1 / 3, inputs: { negative: 1, with_sentiment: 3 } });
    expect(at(full, 'listening.negative_share', DAY1)).toEqual({ available: true, value: 0, inputs: { negative: 0, with_sentiment: 1 } });
    expect(at(full, 'listening.negative_share', DAY13)).toMatchObject({ available: false, code: 'insufficient' });
    // 1 September: a only → (1 − 0) / 1 = 1 for both.
    expect(valueOf(full, 'listening.reputation_score', DAY1)).toBe(1);
    expect(valueOf(full, 'listening.net_sentiment', DAY1)).toBe(1);
    // 13 September: e has no sentiment.
    expect(at(full, 'listening.reputation_score', DAY13)).toMatchObject({ available: false, code: 'insufficient' });
    expect(at(full, 'listening.net_sentiment', DAY13)).toMatchObject({ available: false, code: 'insufficient' });
  });

  it('computes share of voice on mentions, engagement and reach', () => {
    // Mentions: brand 4 ÷ (4 + competitor d2, d = 2) = 4/6; the topic mention f and the unmatched c count for nobody.
    expect(valueOf(full, 'listening.share_of_voice', SEP)).toBeCloseTo(4 / 6, 12);
    // Engagement: brand a 10 + b 30 + e 20 + h 40 = 100 (c has none); competitors d2 30 + d 60 = 90 → 100 / 190.
    expect(at(full, 'listening.share_of_voice_engagement', SEP)).toMatchObject({ available: true, inputs: { brand: 100, total: 190 } });
    expect(valueOf(full, 'listening.share_of_voice_engagement', SEP)).toBeCloseTo(100 / 190, 12);
    // Reach: brand 5500; competitors d2 3000 + d 2000 = 5000 → 5500 / 10500.
    expect(valueOf(full, 'listening.share_of_voice_reach', SEP)).toBeCloseTo(5500 / 10500, 12);
    // 1 September: a and d2 → mentions 1/2, engagement 10/40, reach 1000/4000.
    expect(valueOf(full, 'listening.share_of_voice', DAY1)).toBe(0.5);
    expect(valueOf(full, 'listening.share_of_voice_engagement', DAY1)).toBe(0.25);
    expect(valueOf(full, 'listening.share_of_voice_reach', DAY1)).toBe(0.25);
    // 13 September: e alone → mentions 1/1, engagement 20/20; no reach at all → cannot compute.
    expect(valueOf(full, 'listening.share_of_voice', DAY13)).toBe(1);
    expect(valueOf(full, 'listening.share_of_voice_engagement', DAY13)).toBe(1);
    expect(at(full, 'listening.share_of_voice_reach', DAY13)).toMatchObject({ available: false, code: 'insufficient' });
    // 2 September: nobody mentioned.
    for (const id of ['listening.share_of_voice', 'listening.share_of_voice_engagement', 'listening.share_of_voice_reach']) {
      expect(at(full, id, DAY2)).toMatchObject({ available: false, code: 'insufficient' });
    }
  });

  it('is unavailable without competitors, sentiment or reach', () => {
    for (const id of ['listening.share_of_voice', 'listening.share_of_voice_engagement', 'listening.share_of_voice_reach']) {
      expect(at(bare, id, SEP)).toMatchObject({ available: false, code: 'not_configured', reason: 'no competitors configured' });
    }
    // x is the brand's; y names nothing and is not matched.
    expect(at(bare, 'listening.mentions', SEP)).toMatchObject({ available: true, value: 1, inputs: { unmatched: 1, listened: 2 } });
    expect(at(bare, 'listening.reputation_score', SEP)).toMatchObject({ available: false, code: 'insufficient' });
    expect(at(bare, 'listening.net_sentiment', SEP)).toMatchObject({ available: false, code: 'insufficient' });
    expect(at(bare, 'listening.reach', SEP)).toMatchObject({ available: false, code: 'insufficient' });
  });
});

describe('care case KPIs', () => {
  // September cases: k1 (00:15 on 1 Sep) and k3–k9 = 8; k2 (23:45 on 31 Aug) and k10 (1 Oct) are out.
  it('computes retention over known outcomes', () => {
    // Known: k1 ✓, k3 ✗, k5 ✓, k6 ✓, k8 ✗ → 3 / 5.
    expect(at(full, 'listening.retention_rate', SEP)).toEqual({ available: true, value: 0.6, inputs: { retained: 3, known: 5 } });
    expect(valueOf(full, 'listening.retention_rate', DAY1)).toBe(1);
    expect(at(full, 'listening.retention_rate', DAY2)).toMatchObject({ available: false, code: 'insufficient' });
  });

  it('computes the refund rate over all cases, with the amount', () => {
    // Refunds: k1 (40) and k5 (25.5) of 8 cases → 0.25; amount 65.5 (k2's 100 and k10's 9 are outside).
    expect(at(full, 'listening.refund_rate', SEP)).toEqual({ available: true, value: 0.25, inputs: { refunds: 2, cases: 8, refund_amount: 65.5 } });
    expect(at(full, 'listening.refund_rate', DAY1)).toEqual({ available: true, value: 1, inputs: { refunds: 1, cases: 1, refund_amount: 40 } });
    expect(at(full, 'listening.refund_rate', DAY2)).toMatchObject({ available: false, code: 'insufficient' });
  });

  it('counts distinct gap themes, a case without theme as its own gap', () => {
    // Product gaps: "zipper breaks" (k3 "Zipper breaks ", k4 "zipper BREAKS"), k5 (no theme), "sizing" (k6) → 3 themes, 4 cases.
    expect(at(full, 'listening.product_gaps', SEP)).toEqual({ available: true, value: 3, inputs: { cases: 4 } });
    // Content gaps: "size guide" (k7, k8), k9 (blank theme) → 2 themes, 3 cases.
    expect(at(full, 'listening.content_gaps', SEP)).toEqual({ available: true, value: 2, inputs: { cases: 3 } });
    // 1 September: only k1, a complaint (k2's "Laces" gap is on 31 August): a real 0.
    expect(at(full, 'listening.product_gaps', DAY1)).toEqual({ available: true, value: 0 });
    expect(at(full, 'listening.content_gaps', DAY1)).toEqual({ available: true, value: 0 });
  });

  it('computes the feedback-loop SLA shares, untriaged and unresolved cases as missed', () => {
    // Triage ≤ 12 h: k1 2 h ✓, k3 12 h ✓, k4 13 h ✗, k5 none ✗, k6 1 h ✓, k7 6 h ✓, k8 none ✗, k9 none ✗ → 4 / 8;
    // untriaged: k5, k8, k9 = 3.
    expect(at(full, 'listening.triage_within_12h', SEP)).toEqual({ available: true, value: 0.5, inputs: { within: 4, cases: 8, without_time: 3 } });
    // Resolved ≤ 24 h: k1 10 h ✓, k3 30 h ✗, k4 24 h ✓, k5 none ✗, k6 20 h ✓, k7 none ✗, k8 48 h ✗, k9 none ✗ → 3 / 8;
    // unresolved: k5, k7, k9 = 3.
    expect(at(full, 'listening.resolved_within_24h', SEP)).toEqual({ available: true, value: 0.375, inputs: { within: 3, cases: 8, without_time: 3 } });
    expect(valueOf(full, 'listening.triage_within_12h', DAY1)).toBe(1);
    expect(valueOf(full, 'listening.resolved_within_24h', DAY1)).toBe(1);
    expect(at(full, 'listening.triage_within_12h', DAY2)).toMatchObject({ available: false, code: 'insufficient' });
    expect(at(full, 'listening.resolved_within_24h', DAY2)).toMatchObject({ available: false, code: 'insufficient' });
  });

  it('computes median and mean response and resolution hours', () => {
    // First response: k1 1, k3 3, k4 5, k6 2, k7 0.5, k8 1.5 → sorted 0.5 1 1.5 2 3 5: median (1.5 + 2) / 2 = 1.75; mean 13 / 6.
    const response = at(full, 'listening.median_first_response_hours', SEP);
    expect(response).toMatchObject({ available: true, value: 1.75, inputs: { cases: 6 } });
    expect(response.available && response.inputs!.mean_hours).toBeCloseTo(13 / 6, 12);
    // Resolution: k1 10, k3 30, k4 24, k6 20, k8 48 → sorted 10 20 24 30 48: median 24; mean 132 / 5 = 26.4.
    const resolution = at(full, 'listening.median_resolution_hours', SEP);
    expect(resolution).toMatchObject({ available: true, value: 24, inputs: { cases: 5 } });
    expect(resolution.available && resolution.inputs!.mean_hours).toBeCloseTo(26.4, 12);
    // 1 September: k1 only (k2's 100 h are on 31 August).
    expect(at(full, 'listening.median_first_response_hours', DAY1)).toEqual({ available: true, value: 1, inputs: { mean_hours: 1, cases: 1 } });
    expect(at(full, 'listening.median_resolution_hours', DAY1)).toEqual({ available: true, value: 10, inputs: { mean_hours: 10, cases: 1 } });
    expect(at(full, 'listening.median_first_response_hours', DAY2)).toMatchObject({ available: false, code: 'insufficient' });
    expect(at(full, 'listening.median_resolution_hours', DAY2)).toMatchObject({ available: false, code: 'insufficient' });
  });

  it('is unavailable when no care cases are imported', () => {
    const careIds = listeningKpis.map((k) => k.id).slice(8);
    expect(careIds).toHaveLength(8);
    for (const id of careIds) {
      for (const p of [SEP, DAY1]) expect(at(bare, id, p)).toMatchObject({ available: false, code: 'no_data', reason: 'no care cases imported' });
    }
  });

  it('is unavailable when the care cases never record the outcome a rate needs', () => {
    // t1 (complaint) and t2 (product gap, no theme) with only opening time and kind.
    for (const id of ['listening.retention_rate', 'listening.refund_rate', 'listening.triage_within_12h', 'listening.resolved_within_24h',
      'listening.median_first_response_hours', 'listening.median_resolution_hours']) {
      expect(at(thinCare, id, SEP)).toMatchObject({ available: false, code: 'insufficient' });
    }
    expect(at(thinCare, 'listening.product_gaps', SEP)).toEqual({ available: true, value: 1, inputs: { cases: 1 } });
    expect(at(thinCare, 'listening.content_gaps', SEP)).toEqual({ available: true, value: 0 });
  });
});
