/**
 * The sales lists, prospect topics and offer interest: a hand-built September 2026 in
 * Europe/Berlin (UTC+2 from March to October, so local midnight is 22:00Z), with August 2026 as
 * its previous month; each figure below is worked out by hand. Then the demo company: its
 * September 2026 sales model against an independent query over the Parquet files.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../../src/core/config/load.ts';
import { computeLists, type OfferInterestRow, type ProspectTopicRow, type ReportLists } from '../../../../src/core/metrics/lists/index.ts';
import { dayPeriod, monthPeriod } from '../../../../src/core/periods/period.ts';
import { buildReportModels } from '../../../../src/core/report/build.ts';
import { configSchema } from '../../../../src/core/schema/config.ts';
import { openDuck } from '../../../../src/core/store/duckdb.ts';
import { openReader, type DataReader } from '../../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../../site/fixtures/data-folder.ts';

const tz = 'Europe/Berlin';
const config = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: tz });

const kase = (id: string, at: string, kind: string, team: string | null, theme: string | null, customer: string | null = null) => ({
  id, opened_at: at, platform: 'instagram', customer_handle: `handle_${id}`, kind, routed_team: team, theme, customer_id: customer,
});
const careCases = [
  // 1 August 08:00Z: a complaint (not a prospect), so that care cases cover all of August.
  kase('c0', '2026-08-01T08:00:00Z', 'complaint', 'customer_care', 'zipper breaks'),
  // August (the previous month): two prospect questions on "size guide"; a2 is 23:30 on 31 August in Berlin.
  kase('a1', '2026-08-10T10:00:00Z', 'question', null, 'size guide'),
  kase('a2', '2026-08-31T21:30:00Z', 'question', 'customer_care', 'Size Guide'),
  kase('a3', '2026-08-20T10:00:00Z', 'question', null, 'repair service'),
  // September. Prospects: questions without a customer id, and anything routed to sales.
  kase('q1', '2026-09-03T10:00:00Z', 'question', 'customer_care', 'Size guide'),
  kase('q2', '2026-09-04T10:00:00Z', 'question', null, '  size   guide '),
  // A known customer's question: care, not a prospect.
  kase('q3', '2026-09-05T10:00:00Z', 'question', 'customer_care', 'size guide', 'C1'),
  // Routed to sales: a prospect even with a customer id and another kind.
  kase('s1', '2026-09-10T10:00:00Z', 'other', 'sales', 'Team outfitting', 'C2'),
  kase('s2', '2026-09-11T10:00:00Z', 'question', 'sales', 'team outfitting'),
  // 00:30 on 1 September in Berlin (still 31 August in UTC).
  kase('s3', '2026-08-31T22:30:00Z', 'question', 'sales', 'Team outfitting'),
  // Not prospects: a complaint; a sales case without a theme; 00:30 on 1 October in Berlin.
  kase('x1', '2026-09-12T10:00:00Z', 'complaint', 'customer_care', 'zipper breaks'),
  kase('x2', '2026-09-13T10:00:00Z', 'question', 'sales', null),
  kase('x3', '2026-09-30T22:30:00Z', 'question', null, 'size guide'),
];

const offer = (id: string, date: string, offerId: string, name: string | null, channel: string, impressions: number | null, clicks: number | null, conversions: number | null = null, revenue: number | null = null) => ({
  id, date, offer_id: offerId, offer_name: name, channel, impressions, clicks, conversions, revenue,
});
const offers = [
  offer('o1', '2026-09-01', 'AUTUMN15', 'Autumn 15%', 'instagram', 1000, 50, 5, 100.5),
  offer('o2', '2026-09-02', 'AUTUMN15', 'Autumn 15%', 'email', 500, 10, 1, 20),
  offer('o3', '2026-08-31', 'AUTUMN15', 'Autumn 15%', 'instagram', 9999, 999, 99, 999),
  offer('o4', '2026-09-05', 'TRAIL10', 'Welcome 10%', 'instagram', 2000, 100),
  offer('o5', '2026-09-06', 'TEASER', null, 'instagram', null, null),
];

const lead = (id: string, at: string, o: { offer?: string; social?: boolean; segment?: string; company?: string; landing?: string; archived?: boolean }) => ({
  id, created_at: at, email_hash: `h_${id}`, is_social: o.social ?? false, offer_id: o.offer ?? null, segment: o.segment ?? null,
  company: o.company ?? null, landing_page: o.landing ?? null, archived: o.archived ?? null,
});
const leads = [
  lead('l1', '2026-09-03T10:00:00Z', { offer: 'AUTUMN15', social: true, segment: 'Consumer' }),
  lead('l2', '2026-09-04T10:00:00Z', { offer: 'AUTUMN15', segment: 'Outdoor retail', company: 'Huber GmbH' }),
  // 00:30 on 1 September in Berlin; no segment but a company: enterprise; the offer id is trimmed.
  lead('l3', '2026-08-31T22:30:00Z', { offer: ' AUTUMN15 ', social: true, company: 'Acme AG' }),
  // Archived: never counted. 00:30 on 1 October: not September. 10:00 on 10 August: August.
  lead('l4', '2026-09-05T10:00:00Z', { offer: 'AUTUMN15', social: true, archived: true }),
  lead('l5', '2026-09-30T22:30:00Z', { offer: 'AUTUMN15', social: true }),
  lead('l6', '2026-08-10T10:00:00Z', { offer: 'AUTUMN15', social: true }),
  // An offer the offer report does not know; "B2C" is a consumer segment.
  lead('l7', '2026-09-06T10:00:00Z', { offer: 'SPRINGX', social: true, segment: 'B2C' }),
  // Enterprise leads without an offer: the service "/b2b/team" (query and trailing slash dropped).
  lead('l8', '2026-09-07T10:00:00Z', { social: true, segment: 'Alpine club', landing: 'https://shop.example/b2b/team/?utm_source=x' }),
  lead('l9', '2026-09-08T10:00:00Z', { segment: 'Mountain hut', landing: 'https://shop.example/b2b/team' }),
  // A consumer without an offer, and an enterprise lead without a landing page: no row.
  lead('l10', '2026-09-09T10:00:00Z', { social: true, segment: 'Consumer', landing: 'https://shop.example/newsletter' }),
  lead('l11', '2026-09-10T10:00:00Z', { segment: 'Guiding school' }),
];

const order = (id: string, at: string, offerId: string | null, amount: number, refunded = false) => ({
  id, ordered_at: at, customer_id: `cust_${id}`, amount, offer_id: offerId, refunded,
});
const orders = [
  order('r1', '2026-09-02T10:00:00Z', 'AUTUMN15', 85),
  order('r2', '2026-09-03T10:00:00Z', 'AUTUMN15', 40.25, true),
  // 00:10 on 1 September in Berlin.
  order('r3', '2026-08-31T22:10:00Z', 'AUTUMN15', 35.5),
  order('r4', '2026-09-05T10:00:00Z', 'TRAIL10', 18),
  order('r5', '2026-09-06T10:00:00Z', null, 100),
];

const sep = monthPeriod('2026-09', tz);
const sepFirst = dayPeriod('2026-09-01', tz);
const july = monthPeriod('2026-07', tz);

let dir: string;
let reader: DataReader;
let lists: Map<string, ReportLists>;

function rows<K extends 'prospectTopics' | 'offerInterest'>(all: Map<string, ReportLists>, period: string, list: K) {
  const l = all.get(period)![list];
  if (!l.available) throw new Error(`${list} unavailable for ${period}: ${l.reason}`);
  return l.rows as K extends 'prospectTopics' ? ProspectTopicRow[] : OfferInterestRow[];
}

async function withFolder<T>(data: Parameters<typeof writeDataFolder>[1], fn: (r: DataReader) => Promise<T>): Promise<T> {
  const d = await mkdtemp(join(tmpdir(), 'cadence-sales-lists-bare-'));
  try {
    await writeDataFolder(d, data);
    const r = await openReader(d);
    try {
      return await fn(r);
    } finally {
      await r.close();
    }
  } finally {
    await rm(d, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-sales-lists-'));
  await writeDataFolder(dir, { care_cases: careCases, offers, leads, orders });
  reader = await openReader(dir);
  lists = await computeLists(reader, config, [sep, sepFirst, july]);
});

afterAll(async () => {
  await reader?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('prospect topics', () => {
  it('ranks the themes of prospect conversations with share and the previous month', () => {
    // September prospects: team outfitting = s1 (sales, with a customer), s2, s3 (00:30 on 1 September) = 3,
    // all routed to sales; size guide = q1 + q2 = 2 (q3 is a known customer's; x3 is October).
    // Total 5 → shares 3/5 = 0.6 and 2/5 = 0.4. August: size guide = a1 + a2 (23:30 on 31 August) = 2,
    // team outfitting 0 → changes +3 and 2 − 2 = 0. "Team outfitting" is written so twice (s1, s3);
    // the two size-guide spellings tie 1–1 and the earliest case (q1) wins: "Size guide".
    expect(rows(lists, '2026-09', 'prospectTopics')).toEqual([
      { rank: 1, theme: 'Team outfitting', cases: 3, toSales: 3, share: 0.6, previous: 0, change: 3 },
      { rank: 2, theme: 'Size guide', cases: 2, toSales: 0, share: 0.4, previous: 2, change: 0 },
    ]);
  });

  it('places a case by its local day (00:30 on 1 September belongs to 1 September, its previous day is 31 August)', () => {
    // 1 September: s3 only. 31 August in Berlin: a2 (size guide), not team outfitting → previous 0.
    expect(rows(lists, '2026-09-01', 'prospectTopics')).toEqual([{ rank: 1, theme: 'Team outfitting', cases: 1, toSales: 1, share: 1, previous: 0, change: 1 }]);
  });

  it('leaves the previous figure blank when care cases do not cover all of the previous period', async () => {
    // Without c0 (1 August) and a1, care cases start on 20 August: August is covered only in part.
    const l = await withFolder({ care_cases: careCases.filter((c) => c.id !== 'c0' && c.id !== 'a1') }, async (r) => (await computeLists(r, config, [sep])).get('2026-09')!);
    expect(l.prospectTopics).toMatchObject({ available: true, rows: [{ theme: 'Team outfitting', previous: null, change: null }, { theme: 'Size guide', cases: 2, previous: null, change: null }] });
  });

  it('honours the limit', async () => {
    const small = await computeLists(reader, config, [sep], { limit: 1 });
    expect(rows(small, '2026-09', 'prospectTopics').map((r) => r.theme)).toEqual(['Team outfitting']);
  });

  it('is unavailable outside the care cases and without them', async () => {
    expect(lists.get('2026-07')!.prospectTopics).toMatchObject({ available: false, code: 'not_covered', reason: expect.stringContaining('no care cases imported for 2026-07') });
    const l = await withFolder({ offers }, async (r) => (await computeLists(r, config, [sep])).get('2026-09')!);
    expect(l.prospectTopics).toMatchObject({ available: false, code: 'no_data', reason: 'no care cases imported' });
  });
});

describe('offer interest', () => {
  it('sums the offer report, leads and orders per offer, and adds the services enterprise leads came for', () => {
    const none = { impressions: null, clicks: null, clickRate: null, redemptions: null, revenue: null };
    expect(rows(lists, '2026-09', 'offerInterest')).toEqual([
      // AUTUMN15: report 1000 + 500 = 1500 impressions, 50 + 10 = 60 clicks → 60 / 1500 = 0.04;
      // 5 + 1 = 6 redemptions, 100.5 + 20 = 120.5 (o3 is August). Leads l1, l2, l3 = 3 (l4 archived,
      // l5 October); social l1, l3 = 2; enterprise l2 (Outdoor retail), l3 (company) = 2.
      // Orders r1 + r3 (00:10 on 1 September) = 2, 85 + 35.5 = 120.5 (r2 refunded).
      { rank: 1, kind: 'offer', id: 'AUTUMN15', name: 'Autumn 15%', impressions: 1500, clicks: 60, clickRate: 0.04, redemptions: 6, revenue: 120.5, leads: 3, socialLeads: 2, enterpriseLeads: 2, orders: 2, orderRevenue: 120.5 },
      // /b2b/team: l8 (social) + l9 = 2 enterprise leads.
      { rank: 2, kind: 'service', id: '/b2b/team', name: null, ...none, leads: 2, socialLeads: 1, enterpriseLeads: 2, orders: null, orderRevenue: null },
      // SPRINGX: l7 only, not in the offer report, no orders (orders are imported: 0).
      { rank: 3, kind: 'offer', id: 'SPRINGX', name: null, ...none, leads: 1, socialLeads: 1, enterpriseLeads: 0, orders: 0, orderRevenue: 0 },
      // TRAIL10: no leads, 100 clicks of 2000 → 0.05; no redemption counts; order r4.
      { rank: 4, kind: 'offer', id: 'TRAIL10', name: 'Welcome 10%', impressions: 2000, clicks: 100, clickRate: 0.05, redemptions: null, revenue: null, leads: 0, socialLeads: 0, enterpriseLeads: 0, orders: 1, orderRevenue: 18 },
      // TEASER: in the report without counts; ranks last (no leads, no clicks).
      { rank: 5, kind: 'offer', id: 'TEASER', name: null, ...none, leads: 0, socialLeads: 0, enterpriseLeads: 0, orders: 0, orderRevenue: 0 },
    ]);
  });

  it('places rows by local day (1 September holds l3, r3 and the report row of that date)', () => {
    // 1 September: o1 (1000, 50, 5, 100.5), l3 (social, enterprise), r3 (35.5).
    expect(rows(lists, '2026-09-01', 'offerInterest')).toEqual([
      { rank: 1, kind: 'offer', id: 'AUTUMN15', name: 'Autumn 15%', impressions: 1000, clicks: 50, clickRate: 0.05, redemptions: 5, revenue: 100.5, leads: 1, socialLeads: 1, enterpriseLeads: 1, orders: 1, orderRevenue: 35.5 },
    ]);
  });

  it('is unavailable where neither offers nor leads cover the period, or when nothing names an offer', async () => {
    expect(lists.get('2026-07')!.offerInterest).toMatchObject({ available: false, code: 'not_covered', reason: 'no offers or leads imported for 2026-07' });
    const bare = await withFolder({ care_cases: careCases }, async (r) => (await computeLists(r, config, [sep])).get('2026-09')!);
    expect(bare.offerInterest).toMatchObject({ available: false, code: 'no_data', reason: 'no offers or leads imported' });
    // Leads without any offer id and no offer report: unavailable, even with enterprise leads.
    const noOffers = leads.map((l) => ({ ...l, offer_id: null }));
    const plain = await withFolder({ leads: noOffers }, async (r) => (await computeLists(r, config, [sep])).get('2026-09')!);
    expect(plain.offerInterest).toMatchObject({ available: false, code: 'no_data', reason: 'no offers imported and no lead names an offer' });
    // Leads naming an offer, no offer report, no orders: lead counts only, orders unknown (null).
    const leadsOnly = await withFolder({ leads }, async (r) => (await computeLists(r, config, [sep])).get('2026-09')!);
    expect(leadsOnly.offerInterest).toMatchObject({ available: true, rows: [{ id: 'AUTUMN15', leads: 3, impressions: null, orders: null, orderRevenue: null }, { id: '/b2b/team' }, { id: 'SPRINGX' }] });
  });
});

describe('the demo company', () => {
  it('September 2026 sales model: offer interest matches the Parquet files, and no author is named', async () => {
    const projectDir = inject('demoProjectDir');
    const { config: demoConfig } = await loadConfig({ projectDir });
    const demo = await openReader(join(projectDir, 'data'));
    try {
      const [model] = await buildReportModels({ reader: demo, config: demoConfig, periods: [monthPeriod('2026-09', demoConfig.timezone)], audiences: ['sales'], asOf: '2026-10-01' });
      const { offerInterest, prospectTopics } = model!.lists;
      if (!offerInterest.available || !prospectTopics.available) throw new Error('expected both sales lists');
      expect(offerInterest.rows.length).toBeGreaterThan(0);
      expect(prospectTopics.rows.length).toBeGreaterThan(0);

      // Independent figures: a fresh DuckDB over the manifest's Parquet files, September in Berlin.
      const files = (entity: string) => `read_parquet([${demo.manifest.entities[entity]!.files.map((f) => `'${join(projectDir, 'data', f.path)}'`).join(', ')}])`;
      const inSep = (col: string) => `timezone('Europe/Berlin', ${col}) >= TIMESTAMP '2026-09-01' AND timezone('Europe/Berlin', ${col}) < TIMESTAMP '2026-10-01'`;
      const duck = await openDuck();
      try {
        const report = await duck.all<{ id: string; impressions: number; clicks: number }>(
          `SELECT offer_id AS id, sum(impressions)::DOUBLE AS impressions, sum(clicks)::DOUBLE AS clicks FROM ${files('offers')} WHERE date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30' GROUP BY 1`,
        );
        const byLead = await duck.all<{ id: string; leads: number; social: number }>(
          `SELECT offer_id AS id, count(*)::DOUBLE AS leads, count(*) FILTER (WHERE is_social)::DOUBLE AS social FROM ${files('leads')} WHERE offer_id IS NOT NULL AND NOT coalesce(archived, false) AND ${inSep('created_at')} GROUP BY 1`,
        );
        const byOrder = await duck.all<{ id: string; orders: number }>(
          `SELECT offer_id AS id, count(*)::DOUBLE AS orders FROM ${files('orders')} WHERE offer_id IS NOT NULL AND NOT coalesce(refunded, false) AND ${inSep('ordered_at')} GROUP BY 1`,
        );
        const offersShown = offerInterest.rows.filter((r) => r.kind === 'offer');
        expect(new Set(offersShown.map((r) => r.id))).toEqual(new Set([...report, ...byLead, ...byOrder].map((r) => r.id)));
        for (const r of offersShown) {
          const rep = report.find((x) => x.id === r.id);
          const l = byLead.find((x) => x.id === r.id);
          expect({ id: r.id, impressions: r.impressions, clicks: r.clicks, leads: r.leads, socialLeads: r.socialLeads, orders: r.orders }).toEqual({
            id: r.id,
            impressions: rep ? Number(rep.impressions) : null,
            clicks: rep ? Number(rep.clicks) : null,
            leads: Number(l?.leads ?? 0),
            socialLeads: Number(l?.social ?? 0),
            orders: Number(byOrder.find((x) => x.id === r.id)?.orders ?? 0),
          });
        }
        // The demo's enterprise leads name no offer: their interest shows as the B2B landing pages.
        expect(offerInterest.rows.filter((r) => r.kind === 'service').map((r) => r.id).sort()).toEqual(['/b2b/retail-partners', '/b2b/team-outfitting']);

        // No author (nor customer) handle anywhere in the sales lists.
        const handles = await duck.all<{ h: string }>(
          `SELECT DISTINCT lower(ltrim(author_handle, '@')) AS h FROM ${files('mentions')} WHERE author_handle IS NOT NULL
           UNION SELECT DISTINCT lower(ltrim(customer_handle, '@')) FROM ${files('care_cases')} WHERE customer_handle IS NOT NULL`,
        );
        expect(handles.length).toBeGreaterThan(100);
        const known = new Set(handles.map((h) => h.h));
        const strings = [...offerInterest.rows, ...prospectTopics.rows].flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string'));
        expect(strings.filter((s) => known.has(s.toLowerCase().replace(/^@+/, '')) || /@\w/.test(s))).toEqual([]);
      } finally {
        duck.close();
      }
    } finally {
      await demo.close();
    }
  });
});
