import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiValues } from '../../../src/core/metrics/compute.ts';
import { sellingKpis } from '../../../src/core/metrics/stages/selling.ts';
import { dayPeriod, monthPeriod, quarterPeriod } from '../../../src/core/periods/period.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const tz = 'Europe/Berlin';
const config = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: tz });

// September 2026 in Berlin: 2026-08-31T22:00Z .. 2026-09-30T22:00Z (last day 30 Sep).
// Q3: 2026-06-30T22:00Z .. 2026-09-30T22:00Z. August: 2026-07-31T22:00Z .. 2026-08-31T22:00Z.
const sep = monthPeriod('2026-09', tz);
const aug = monthPeriod('2026-08', tz);
const q3 = quarterPeriod('2026-Q3', tz);
const sep12 = dayPeriod('2026-09-12', tz);

const lead = (id: string, at: string, stage: string | null, extra: Record<string, unknown> = {}) => ({
  id, created_at: at, lifecycle_stage: stage, is_social: false, ...extra,
});
const deal = (id: string, created: string, closed: string | null, status: string, amount: number | null, extra: Record<string, unknown> = {}) => ({
  id, created_at: created, closed_at: closed, status, amount, is_social: false, ...extra,
});
const order = (id: string, at: string, customer: string, amount: number, refunded = false) => ({ id, ordered_at: at, customer_id: customer, amount, refunded });

let root: string;
let reader: DataReader;
let values: KpiValues;
const v = (id: string, period: string) => values.get(id)!.get(period)!;
const value = (id: string, period: string): number => {
  const k = v(id, period);
  if (!k.available) throw new Error(`${id} ${period}: ${k.reason}`);
  return k.value;
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cadence-selling-'));
  await writeDataFolder(join(root, 'data'), {
    leads: [
      // 1 September 00:30 in Berlin; became a customer.
      lead('l1', '2026-08-31T22:30:00Z', 'lead', { is_social: true, became_customer_at: '2026-09-20T10:00:00Z' }),
      lead('l2', '2026-09-05T10:00:00Z', 'evangelist'),
      lead('l3', '2026-09-06T10:00:00Z', 'sql'),
      lead('l4', '2026-09-07T10:00:00Z', 'lead', { is_social: true }),
      // Archived: never counted.
      lead('l5', '2026-09-08T10:00:00Z', 'customer', { is_social: true, archived: true }),
      // 1 October in Berlin.
      lead('l6', '2026-09-30T22:30:00Z', 'customer'),
      lead('l7', '2026-07-03T10:00:00Z', 'customer', { is_social: true }),
      // 31 August 23:30 in Berlin: August.
      lead('l8', '2026-08-31T21:30:00Z', 'opportunity', { became_customer_at: '2026-09-25T10:00:00Z' }),
    ],
    offers: [
      { id: 'o1', date: '2026-09-01', offer_id: 'spring', clicks: 100, conversions: 5 },
      { id: 'o2', date: '2026-09-30', offer_id: 'spring', clicks: 50, conversions: 10 },
      { id: 'o3', date: '2026-10-01', offer_id: 'spring', clicks: 1000, conversions: 1 },
      { id: 'o4', date: '2026-07-10', offer_id: 'summer', clicks: 50, conversions: 0 },
      // No click count: left out.
      { id: 'o5', date: '2026-09-15', offer_id: 'summer', clicks: null, conversions: 3 },
    ],
    deals: [
      deal('d1', '2026-06-01T10:00:00Z', '2026-09-03T10:00:00Z', 'won', 1000),
      deal('d2', '2026-06-01T10:00:00Z', '2026-09-04T10:00:00Z', 'lost', 500),
      // Archived: never counted.
      deal('d3', '2026-06-01T10:00:00Z', '2026-09-05T10:00:00Z', 'won', 9999, { archived: true }),
      // Closed 1 September 00:30 in Berlin: a September win, still open at the end of August.
      deal('d4', '2026-07-01T10:00:00Z', '2026-08-31T22:30:00Z', 'won', 3000, { is_social: true }),
      deal('d5', '2026-07-10T10:00:00Z', '2026-08-15T10:00:00Z', 'won', 2600),
      deal('d6', '2026-08-01T10:00:00Z', null, 'open', 4000, { is_social: true }),
      // Won in October: open at the end of September.
      deal('d7', '2026-09-10T10:00:00Z', '2026-10-05T10:00:00Z', 'won', 6000),
      // Created 1 October 00:30 in Berlin: not in September's pipeline.
      deal('d8', '2026-09-30T22:30:00Z', null, 'open', 7000),
      deal('d9', '2026-05-01T10:00:00Z', null, 'open', 800, { archived: true }),
      deal('d10', '2026-05-01T10:00:00Z', '2026-07-20T10:00:00Z', 'lost', 300),
    ],
    orders: [
      order('c1a', '2026-09-10T10:00:00Z', 'c1', 100),
      order('c1b', '2026-09-20T10:00:00Z', 'c1', 50),
      // 1 September 00:30 in Berlin.
      order('c2a', '2026-08-31T22:30:00Z', 'c2', 200),
      // 1 October 00:30 in Berlin: outside September and Q3.
      order('c3a', '2026-09-30T22:30:00Z', 'c3', 300),
      order('c3b', '2026-06-15T10:00:00Z', 'c3', 80),
      // Refunded: left out; c4's other order is 366 days before 30 Sep 2026.
      order('c4a', '2026-09-25T10:00:00Z', 'c4', 500, true),
      order('c4b', '2025-09-30T10:00:00Z', 'c4', 70),
      order('c5a', '2025-10-01T10:00:00Z', 'c5', 60),
      order('c6a', '2026-07-05T10:00:00Z', 'c6', 40),
    ],
  });
  // A folder with leads but no orders, offers or deals.
  await writeDataFolder(join(root, 'no-orders'), { leads: [lead('x1', '2026-09-10T10:00:00Z', 'lead')] });
  reader = await openReader(join(root, 'data'));
  values = await computeKpis({ reader, config, kpis: sellingKpis, periods: [sep, q3, aug, sep12] });
});

afterAll(async () => {
  await reader?.close();
  await rm(root, { recursive: true, force: true });
});

describe('selling KPIs', () => {
  it('lists the twelve selling KPIs in report order', () => {
    expect(sellingKpis.map((k) => k.id)).toEqual([
      'selling.leads', 'selling.social_leads', 'selling.offer_conversion_rate', 'selling.lead_to_customer_rate', 'selling.win_rate',
      'selling.deals_won', 'selling.won_value', 'selling.average_deal_size', 'selling.pipeline_value', 'selling.revenue', 'selling.buyer_recency_days', 'selling.buyer_frequency',
    ]);
  });

  it('counts leads and social leads, archived ones left out, by the Berlin day', () => {
    // September: l1 (1 Sep 00:30 Berlin), l2, l3, l4 = 4 (l5 archived, l6 is October); social: l1, l4 = 2.
    expect(v('selling.leads', sep.id)).toEqual({ available: true, value: 4 });
    expect(v('selling.social_leads', sep.id)).toEqual({ available: true, value: 2 });
    // Q3: September's 4 + l7 + l8 = 6; social: l1, l4, l7 = 3.
    expect(v('selling.leads', q3.id)).toEqual({ available: true, value: 6 });
    expect(v('selling.social_leads', q3.id)).toEqual({ available: true, value: 3 });
  });

  it('computes the offer conversion rate over the days of the period', () => {
    // September: (5 + 10) / (100 + 50) = 0.1 (o3 is 1 October, o5 has no clicks).
    expect(v('selling.offer_conversion_rate', sep.id)).toEqual({ available: true, value: 0.1, inputs: { conversions: 15, clicks: 150 } });
    // Q3: (5 + 10 + 0) / (100 + 50 + 50) = 15 / 200 = 0.075.
    expect(v('selling.offer_conversion_rate', q3.id)).toEqual({ available: true, value: 0.075, inputs: { conversions: 15, clicks: 200 } });
    // August: offers cover it, but no offer row falls in it.
    expect(v('selling.offer_conversion_rate', aug.id)).toMatchObject({ available: false, code: 'insufficient' });
  });

  it('computes the lead → customer rate of the leads created in the period', () => {
    // September: customers l1 (customer date), l2 (evangelist) of l1..l4 = 2 / 4 = 0.5.
    expect(v('selling.lead_to_customer_rate', sep.id)).toEqual({ available: true, value: 0.5, inputs: { leads: 4, customers: 2 } });
    // Q3: l1, l2, l7 (customer), l8 (customer date) of 6 = 4 / 6.
    expect(value('selling.lead_to_customer_rate', q3.id)).toBeCloseTo(4 / 6, 12);
    // August: l8 (31 Aug 23:30 Berlin) alone = 1 / 1.
    expect(v('selling.lead_to_customer_rate', aug.id)).toEqual({ available: true, value: 1, inputs: { leads: 1, customers: 1 } });
    // 12 September: no leads created: cannot compute.
    expect(v('selling.lead_to_customer_rate', sep12.id)).toMatchObject({ available: false, code: 'insufficient' });
  });

  it('computes win rate and average deal size of the deals closed in the period', () => {
    // September: won d1, d4 (1 Sep 00:30 Berlin), lost d2 → 2 / 3 (d3 archived).
    expect(value('selling.win_rate', sep.id)).toBeCloseTo(2 / 3, 12);
    // Q3: won d1, d4, d5; lost d2, d10 → 3 / 5.
    expect(value('selling.win_rate', q3.id)).toBeCloseTo(0.6, 12);
    // Average deal size, September: (1000 + 3000) / 2 = 2000.
    expect(v('selling.average_deal_size', sep.id)).toEqual({ available: true, value: 2000, inputs: { won_deals: 2, won_amount: 4000 } });
    // Q3: (1000 + 3000 + 2600) / 3 = 2200.
    expect(value('selling.average_deal_size', q3.id)).toBeCloseTo(2200, 9);
    // August: d5 alone = 2600 (d4 closed on 1 September in Berlin).
    expect(value('selling.average_deal_size', aug.id)).toBe(2600);
    // Deals won and their value, September: d1 1000 + d4 3000 (social) = 4000.
    expect(v('selling.deals_won', sep.id)).toEqual({ available: true, value: 2, inputs: { social_won: 1 } });
    expect(v('selling.won_value', sep.id)).toEqual({ available: true, value: 4000, inputs: { won_deals: 2, won_deals_without_amount: 0, social_value: 3000 } });
    // Q3: + d5 2600 = 6600.
    expect(value('selling.won_value', q3.id)).toBe(6600);
    // 12 September: nothing won — a real 0 (the deals cover it).
    expect(v('selling.deals_won', sep12.id)).toEqual({ available: true, value: 0 });
    expect(v('selling.won_value', sep12.id)).toEqual({ available: true, value: 0, inputs: { won_deals: 0, won_deals_without_amount: 0, social_value: 0 } });
    // 12 September: no deal closed.
    expect(v('selling.win_rate', sep12.id)).toMatchObject({ available: false, code: 'insufficient' });
    expect(v('selling.average_deal_size', sep12.id)).toMatchObject({ available: false, code: 'insufficient' });
  });

  it('computes the pipeline open at the end of the period', () => {
    // End of September (and of Q3), 2026-09-30T22:00Z: d6 open (4000) + d7 closed in October (6000) = 10000;
    // d8 created after the end, d9 archived, d4 closed before; social: d6 = 4000.
    expect(v('selling.pipeline_value', sep.id)).toEqual({ available: true, value: 10000, inputs: { open_deals: 2, open_deals_without_amount: 0, social_pipeline: 4000 } });
    expect(v('selling.pipeline_value', q3.id)).toEqual({ available: true, value: 10000, inputs: { open_deals: 2, open_deals_without_amount: 0, social_pipeline: 4000 } });
    // End of August, 2026-08-31T22:00Z: d1 (1000), d2 (500), d4 (closes 22:30Z, after the end: 3000), d6 (4000) = 8500;
    // social: d4 + d6 = 7000. d5 and d10 closed before, d3 and d9 archived.
    expect(v('selling.pipeline_value', aug.id)).toEqual({ available: true, value: 8500, inputs: { open_deals: 4, open_deals_without_amount: 0, social_pipeline: 7000 } });
  });

  it('never makes open deals without an amount a pipeline of 0, nor a period before the deals start', async () => {
    const dir = join(root, 'amountless');
    await writeDataFolder(dir, {
      deals: [
        // Closed deals carry amounts (so the export does map amounts) …
        deal('a1', '2026-08-03T10:00:00Z', '2026-08-20T10:00:00Z', 'won', 1200),
        // … open ones at the end of August do not: the pipeline then is unknown, not 0.
        deal('a2', '2026-08-04T10:00:00Z', null, 'open', null),
        deal('a3', '2026-08-05T10:00:00Z', '2026-09-20T10:00:00Z', 'lost', null),
        // From September an open deal with an amount: the value counts it, and the note says one is missing.
        deal('a4', '2026-09-02T10:00:00Z', null, 'open', 5000),
      ],
    });
    const r = await openReader(dir);
    try {
      const jul = monthPeriod('2026-07', 'Europe/Berlin');
      const out = await computeKpis({ reader: r, config, kpis: sellingKpis, periods: [aug, sep, jul] });
      const at = (id: string, p: string) => out.get(id)!.get(p)!;
      // End of August: a2 and a3 open, neither with an amount.
      expect(at('selling.pipeline_value', aug.id)).toMatchObject({ available: false, code: 'insufficient', reason: 'none of the deals open at the end of the period has an amount' });
      // End of September: a2 (no amount) and a4 (5000) open.
      expect(at('selling.pipeline_value', sep.id)).toEqual({
        available: true, value: 5000, note: '1 of the 2 open deals have no amount and are not in the value',
        inputs: { open_deals: 2, open_deals_without_amount: 1, social_pipeline: 0 },
      });
      // July ends before the first deal (3 August): no data, not a pipeline of 0.
      expect(at('selling.pipeline_value', jul.id)).toMatchObject({ available: false, code: 'not_covered' });
    } finally {
      await r.close();
    }
  });

  it('sums revenue of the orders placed in the period, refunded left out', () => {
    // September: 100 + 50 + 200 = 350 (c3a is October, c4a refunded). Q3: 350 + c6a 40 = 390.
    expect(v('selling.revenue', sep.id)).toEqual({ available: true, value: 350 });
    expect(v('selling.revenue', q3.id)).toEqual({ available: true, value: 390 });
  });

  it('computes buyer recency as the median days since the last order', () => {
    // Window for September and Q3: local days 2025-10-01 .. 2026-09-30; days to 30 Sep:
    // c1 last 20 Sep = 10; c2 1 Sep (Berlin) = 29; c3 15 Jun = 15 + 31 + 31 + 30 = 107 (1 Oct order outside);
    // c5 1 Oct 2025 = 364; c6 5 Jul = 26 + 31 + 30 = 87; c4 only refunded or 30 Sep 2025 (outside).
    // Sorted 10, 29, 87, 107, 364 → median 87.
    expect(v('selling.buyer_recency_days', sep.id)).toEqual({ available: true, value: 87, inputs: { buyers: 5 } });
    expect(v('selling.buyer_recency_days', q3.id)).toEqual({ available: true, value: 87, inputs: { buyers: 5 } });
    // August: window 2025-09-01 .. 2026-08-31; days to 31 Aug: c3 15 Jun = 15 + 31 + 31 = 77; c4 30 Sep 2025 = 335;
    // c5 1 Oct 2025 = 334; c6 5 Jul = 26 + 31 = 57; c2's order is 1 September in Berlin. Sorted 57, 77, 334, 335 → (77 + 334) / 2.
    expect(v('selling.buyer_recency_days', aug.id)).toEqual({ available: true, value: 205.5, inputs: { buyers: 4 } });
  });

  it('computes orders per buyer in the period', () => {
    // September: c1a, c1b, c2a = 3 orders / 2 buyers = 1.5.
    expect(v('selling.buyer_frequency', sep.id)).toEqual({ available: true, value: 1.5, inputs: { orders: 3, buyers: 2 } });
    // Q3: + c6a = 4 orders / 3 buyers.
    expect(value('selling.buyer_frequency', q3.id)).toBeCloseTo(4 / 3, 12);
    // 12 September: no orders: cannot compute (revenue is a real 0).
    expect(v('selling.buyer_frequency', sep12.id)).toMatchObject({ available: false, code: 'insufficient' });
    expect(v('selling.revenue', sep12.id)).toEqual({ available: true, value: 0 });
  });

  it('is unavailable with no_data when orders, offers or deals were never imported', async () => {
    const empty = await openReader(join(root, 'no-orders'));
    try {
      const out = await computeKpis({ reader: empty, config, kpis: sellingKpis, periods: [sep] });
      const at = (id: string) => out.get(id)!.get(sep.id)!;
      expect(at('selling.leads')).toEqual({ available: true, value: 1 });
      expect(at('selling.lead_to_customer_rate')).toEqual({ available: true, value: 0, inputs: { leads: 1, customers: 0 } });
      for (const id of ['selling.revenue', 'selling.buyer_recency_days', 'selling.buyer_frequency']) {
        expect(at(id)).toMatchObject({ available: false, code: 'no_data', reason: 'no orders imported' });
      }
      for (const id of ['selling.win_rate', 'selling.average_deal_size', 'selling.pipeline_value']) {
        expect(at(id)).toMatchObject({ available: false, code: 'no_data', reason: 'no deals imported' });
      }
      expect(at('selling.offer_conversion_rate')).toMatchObject({ available: false, code: 'no_data', reason: 'no offers imported' });
    } finally {
      await empty.close();
    }
  });
});
