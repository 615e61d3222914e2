/**
 * The demo generator: deterministic, complete, and hiding the three stories the reports must
 * find (the crisis of 2026-09-14, the Autumn launch burst, the growing Trail stories series).
 * Every check reads the written CSV files with csv-parse, as a user's tool would.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../cadence.config.ts';
import { configSchema } from '../../src/core/schema/config.ts';
import { entityNames, getEntity } from '../../src/core/schema/entities.ts';
import { entityFields } from '../../src/core/schema/entity.ts';
import { DEMO_EXPORTS, type DemoResult, generateDemo } from '../../src/demo/generate.ts';

const CRISIS_URL = 'https://news.example/alpenglow-jacket-recall';

let dirA: string;
let dirB: string;
let first: DemoResult;
let second: DemoResult;

beforeAll(async () => {
  dirA = await mkdtemp(join(tmpdir(), 'cadence-demo-a-'));
  dirB = await mkdtemp(join(tmpdir(), 'cadence-demo-b-'));
  first = await generateDemo({ outDir: dirA });
  second = await generateDemo({ outDir: dirB, seed: 20260914 });
});

afterAll(async () => {
  await rm(dirA, { recursive: true, force: true });
  await rm(dirB, { recursive: true, force: true });
});

type Row = Record<string, string>;

const tables = new Map<string, Promise<{ header: string[]; rows: Row[] }>>();

/** Reads an export (once): skips report lines above the header (the row whose first cell is `firstColumn`). */
function table(dir: string, file: string, firstColumn: string): Promise<{ header: string[]; rows: Row[] }> {
  const key = join(dir, file);
  if (!tables.has(key)) tables.set(key, readTable(dir, file, firstColumn));
  return tables.get(key)!;
}

async function readTable(dir: string, file: string, firstColumn: string): Promise<{ header: string[]; rows: Row[] }> {
  const records: string[][] = parse(await readFile(join(dir, file), 'utf8'), { bom: true, relax_column_count: true, skip_empty_lines: true });
  const at = records.findIndex((r) => r[0] === firstColumn);
  expect(at, `header of ${file}`).toBeGreaterThanOrEqual(0);
  const header = records[at];
  const rows = records.slice(at + 1).map((cells) => {
    expect(cells.length, `row width in ${file}`).toBe(header.length);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
  return { header, rows };
}

const FIRST_COLUMN: Record<string, string> = {
  'mentions-brandwatch-style.csv': 'Query Id',
  'sprout-post-performance.csv': 'Date',
  'sprout-profile-performance.csv': 'Date',
  'ga4-sessions.csv': 'Date',
  'care-cases.csv': 'Case ID',
  'inbound-links.csv': 'Referring page URL',
  'earned-media.csv': 'Published',
  'partnerships.csv': 'Partner',
  'leads.csv': 'Record ID',
  'deals.csv': 'Record ID',
  'hubspot-crm-exports-all-contacts-2026-09-30.csv': 'Record ID',
  'hubspot-crm-exports-all-deals-2026-09-30.csv': 'Record ID',
  'orders.csv': 'Id',
  'campaigns.csv': 'Campaign ID',
  'offers.csv': 'Day',
  'retargeting-audiences.csv': 'Date',
};

const berlinDayOfUtc = (s: string) => DateTime.fromFormat(s, 'yyyy-MM-dd HH:mm:ss.SSS', { zone: 'UTC' }).setZone('Europe/Berlin').toISODate()!;
const berlinDayOfSprout = (s: string) => DateTime.fromFormat(s, 'MM/dd/yyyy hh:mm a', { zone: 'Europe/Berlin', locale: 'en-US' }).toISODate()!;
const num = (s: string) => (s === '' ? 0 : Number(s.replaceAll(',', '')));
const tags = (s: string) => s.split(/[\s,]+/).filter(Boolean);

describe('determinism', () => {
  it('gives byte-identical files for the same seed', async () => {
    expect(first.files.map((f) => basename(f))).toEqual(second.files.map((f) => basename(f)));
    for (const file of first.files) {
      const a = createHash('sha256').update(await readFile(file)).digest('hex');
      const b = createHash('sha256').update(await readFile(join(dirB, basename(file)))).digest('hex');
      expect(b, basename(file)).toBe(a);
    }
    expect(second.rows).toEqual(first.rows);
  });
});

describe('completeness', () => {
  it('writes one file per entity, each with rows', async () => {
    expect(new Set(Object.values(DEMO_EXPORTS))).toEqual(new Set(entityNames));
    expect(first.files.map((f) => basename(f)).sort()).toEqual(Object.keys(DEMO_EXPORTS).sort());
    for (const name of Object.keys(DEMO_EXPORTS)) {
      const { rows } = await table(dirA, name, FIRST_COLUMN[name]);
      expect(rows.length, name).toBeGreaterThan(0);
      expect(rows.length, name).toBe(first.rows[name]);
    }
  });

  it('has the volumes of a modest demo', () => {
    expect(first.rows['mentions-brandwatch-style.csv']).toBeGreaterThan(60_000);
    expect(first.rows['mentions-brandwatch-style.csv']).toBeLessThan(120_000);
    const days = 457;
    expect(first.rows['sprout-post-performance.csv'] / days).toBeGreaterThan(3);
    expect(first.rows['sprout-post-performance.csv'] / days).toBeLessThan(6);
    expect(first.rows['sprout-profile-performance.csv']).toBe(6 * days);
  });

  it('matches the demo config: every source reads a written file, maps real fields and existing columns', async () => {
    const cfg = configSchema.parse(config);
    const covered = new Set<string>();
    // Vendor plugins map their own exports (their tests check the mapping); csv sources are checked here.
    const vendorFiles: Record<string, Record<string, string>> = {
      brandwatch: { file: 'mentions' },
      'sprout-social': { 'posts.file': 'posts', 'profiles.file': 'account_snapshots' },
      hubspot: { 'exports.contacts.file': 'leads', 'exports.deals.file': 'deals' },
    };
    for (const [name, source] of Object.entries(cfg.sources)) {
      if (source.plugin !== 'csv') {
        const files = vendorFiles[source.plugin];
        expect(files, `${name}: plugin ${source.plugin}`).toBeDefined();
        for (const [path, entity] of Object.entries(files!)) {
          const file = basename(path.split('.').reduce((o: any, k) => o?.[k], source.options) as string);
          expect(DEMO_EXPORTS[file as keyof typeof DEMO_EXPORTS], `${name} reads ${file}`).toBe(entity);
          covered.add(entity);
        }
        continue;
      }
      const options = source.options as { file: string; entity: string; columns: Record<string, unknown> };
      const file = basename(options.file);
      expect(DEMO_EXPORTS[file as keyof typeof DEMO_EXPORTS], `${name} reads ${file}`).toBe(options.entity);
      covered.add(options.entity);
      const fields = entityFields(getEntity(options.entity)!);
      for (const field of Object.keys(options.columns)) expect(fields.map((f) => f.name), `${name}.${field}`).toContain(field);
      for (const f of fields.filter((x) => x.required && x.name !== 'id')) expect(options.columns, `${name} maps required ${f.name}`).toHaveProperty(f.name);
      const { header } = await table(dirA, file, FIRST_COLUMN[file]);
      const lower = header.map((h) => h.toLowerCase());
      for (const spec of Object.values(options.columns)) {
        const s = spec as string | { column?: string; hash?: string[] };
        const columns = typeof s === 'string' ? [s] : s.column ? [s.column] : (s.hash ?? []);
        for (const c of columns) expect(lower, `${name}: column ${c}`).toContain(c.toLowerCase());
      }
    }
    expect(covered).toEqual(new Set(entityNames));
  });
});

describe('the stories in the data', () => {
  it('has a crisis on 2026-09-14 explained mostly by one article URL and its sharers', async () => {
    const { rows } = await table(dirA, 'mentions-brandwatch-style.csv', 'Query Id');
    const negative = new Map<string, number>();
    let explained = 0;
    for (const m of rows) {
      if (m['Query Name'] !== 'Alpenglow' || m.Sentiment !== 'negative') continue;
      const day = berlinDayOfUtc(m.Date);
      negative.set(day, (negative.get(day) ?? 0) + 1);
      if (day === '2026-09-14' && (m.Url === CRISIS_URL || tags(m['Expanded URLs']).includes(CRISIS_URL))) explained++;
    }
    const mondays = Array.from({ length: 8 }, (_, i) => DateTime.fromISO('2026-09-14').minus({ weeks: i + 1 }).toISODate()!);
    const counts = mondays.map((d) => negative.get(d) ?? 0).sort((a, b) => a - b);
    const median = (counts[3] + counts[4]) / 2;
    const crisis = negative.get('2026-09-14') ?? 0;
    const excess = crisis - median;
    expect(crisis).toBeGreaterThan(5 * median);
    expect(excess).toBeGreaterThan(100);
    expect(explained / excess).toBeGreaterThanOrEqual(0.6);
    expect(explained / excess).toBeLessThan(0.85);
    // The article itself is one mention, on news.example, in the morning (Berlin).
    const article = rows.filter((m) => m.Url === CRISIS_URL);
    expect(article).toHaveLength(1);
    expect(article[0].Domain).toBe('news.example');
    expect(DateTime.fromFormat(article[0].Date, 'yyyy-MM-dd HH:mm:ss.SSS', { zone: 'UTC' }).setZone('Europe/Berlin').toFormat('HH:mm')).toBe('08:05');
  });

  it('has an Autumn launch that bursts in the first days of September 2026, then fades', async () => {
    const { rows } = await table(dirA, 'mentions-brandwatch-style.csv', 'Query Id');
    const perDay = new Map<string, number>();
    for (const m of rows) {
      if (!tags(m.Hashtags).includes('alpenglowautumn')) continue;
      const day = berlinDayOfUtc(m.Date);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const september = Array.from({ length: 30 }, (_, i) => perDay.get(`2026-09-${String(i + 1).padStart(2, '0')}`) ?? 0);
    const peak = Math.max(...september);
    expect(september.indexOf(peak)).toBeLessThan(3);
    expect(peak).toBeGreaterThan(100);
    const lateMean = september.slice(14).reduce((s, x) => s + x, 0) / 16;
    expect(lateMean).toBeLessThan(0.1 * peak);

    const posts = (await table(dirA, 'sprout-post-performance.csv', 'Date')).rows.filter((p) => tags(p.Hashtags).includes('alpenglowautumn'));
    const engagement = new Map<string, number>();
    for (const p of posts) {
      const day = berlinDayOfSprout(p.Date);
      engagement.set(day, (engagement.get(day) ?? 0) + num(p.Engagements));
    }
    const daily = Array.from({ length: 30 }, (_, i) => engagement.get(`2026-09-${String(i + 1).padStart(2, '0')}`) ?? 0);
    const firstDays = (daily[0] + daily[1] + daily[2]) / 3;
    const rest = daily.slice(7).reduce((s, x) => s + x, 0) / 23;
    expect(firstDays).toBeGreaterThan(4 * rest);
  });

  it('has a Trail stories series (June–September 2026) whose reach grows as it ages', async () => {
    const { rows } = await table(dirA, 'mentions-brandwatch-style.csv', 'Query Id');
    const reach = new Map<string, number>();
    for (const m of rows) {
      if (!tags(m.Hashtags).includes('trailstories')) continue;
      const month = berlinDayOfUtc(m.Date).slice(0, 7);
      reach.set(month, (reach.get(month) ?? 0) + num(m.Reach));
    }
    const months = ['2026-06', '2026-07', '2026-08', '2026-09'].map((m) => reach.get(m) ?? 0);
    expect(reach.get('2026-05') ?? 0).toBe(0);
    for (let i = 1; i < months.length; i++) expect(months[i], `month ${i}`).toBeGreaterThan(months[i - 1]);
    expect(months[3]).toBeGreaterThan(2 * months[0]);

    const episodes = (await table(dirA, 'sprout-post-performance.csv', 'Date')).rows.filter((p) => p.Tags === 'Trail stories' && p.Network === 'Instagram');
    const avgReach = (month: string) => {
      const list = episodes.filter((p) => berlinDayOfSprout(p.Date).startsWith(month)).map((p) => num(p.Reach));
      return list.reduce((s, x) => s + x, 0) / list.length;
    };
    expect(avgReach('2026-09')).toBeGreaterThan(1.5 * avgReach('2026-06'));
  });
});

describe('export conventions', () => {
  it('writes dates, numbers and quoting the way the vendors do', async () => {
    const raw = await readFile(join(dirA, 'mentions-brandwatch-style.csv'), 'utf8');
    expect(raw.split('\n').slice(0, 6)).toEqual([
      'Report: Alpenglow mentions',
      'Brand: Alpenglow',
      expect.stringMatching(/^Queries: Alpenglow; Summitra; Trailhaus; Nordpeak; /),
      'Date range: 2025-07-01 00:00 - 2026-09-30 23:59 (Europe/Berlin)',
      'Dates in: UTC',
      '',
    ]);
    const mentions = (await table(dirA, 'mentions-brandwatch-style.csv', 'Query Id')).rows;
    expect(mentions.every((m) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/.test(m.Date))).toBe(true);
    expect(mentions.some((m) => m['Full Text'].includes('\n'))).toBe(true);
    expect(mentions.some((m) => m['Full Text'].includes('"'))).toBe(true);
    expect(new Set(mentions.map((m) => m['Resource Id'])).size).toBe(mentions.length);

    const posts = (await table(dirA, 'sprout-post-performance.csv', 'Date')).rows;
    expect(posts.every((p) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} (am|pm)$/.test(p.Date))).toBe(true);
    expect(posts.some((p) => /^\d{1,3}(,\d{3})+$/.test(p.Impressions))).toBe(true);
    expect(posts.every((p) => /^\d+\.\d{2}%$/.test(p['Engagement Rate (per Impression)']))).toBe(true);
    expect((await readFile(join(dirA, 'sprout-post-performance.csv'))).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const profiles = (await table(dirA, 'sprout-profile-performance.csv', 'Date')).rows;
    expect(profiles.every((p) => /^\d{2}-\d{2}-\d{4}$/.test(p.Date))).toBe(true);

    const ga4 = await readFile(join(dirA, 'ga4-sessions.csv'), 'utf8');
    expect(ga4.startsWith('# ')).toBe(true);
    const sessions = (await table(dirA, 'ga4-sessions.csv', 'Date')).rows;
    expect(sessions.every((s) => /^\d{8}$/.test(s.Date))).toBe(true);
    expect(new Set(sessions.map((s) => s['Session primary channel group (Default Channel Group)']))).toEqual(
      new Set(['Organic Search', 'Direct', 'Organic Social', 'Paid Social', 'Email', 'Referral', 'Paid Search', 'Affiliates']),
    );

    const orders = (await table(dirA, 'orders.csv', 'Id')).rows;
    expect(orders.every((o) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0[12]00$/.test(o['Created at']))).toBe(true);
    const perCustomer = new Map<string, number>();
    for (const o of orders) perCustomer.set(o['Customer ID'], (perCustomer.get(o['Customer ID']) ?? 0) + 1);
    expect([...perCustomer.values()].filter((n) => n >= 3).length).toBeGreaterThan(500);
  });

  it('keeps the files consistent with each other', async () => {
    const leads = new Set((await table(dirA, 'leads.csv', 'Record ID')).rows.map((l) => l['Record ID']));
    const deals = (await table(dirA, 'deals.csv', 'Record ID')).rows;
    expect(deals.every((d) => leads.has(d['Associated Contact IDs']))).toBe(true);
    expect(new Set(deals.map((d) => d['Deal Stage']))).toContain('Closed Won');

    const campaigns = new Set((await table(dirA, 'campaigns.csv', 'Campaign ID')).rows.map((c) => c['Campaign ID']));
    const orders = (await table(dirA, 'orders.csv', 'Id')).rows;
    expect(orders.filter((o) => o['UTM Campaign']).every((o) => campaigns.has(o['UTM Campaign']))).toBe(true);
    const offers = (await table(dirA, 'offers.csv', 'Day')).rows;
    const redeemed = offers.reduce((s, o) => s + num(o.Conversions), 0);
    expect(redeemed).toBe(orders.filter((o) => o['Discount Code']).length);

    const customers = new Set(orders.map((o) => o['Customer ID']));
    const care = (await table(dirA, 'care-cases.csv', 'Case ID')).rows;
    expect(care.filter((c) => c['Customer ID']).every((c) => customers.has(c['Customer ID']))).toBe(true);
    const recall = care.filter((c) => c.Theme === 'Firn jacket recall');
    expect(recall.length).toBeGreaterThan(100);
  });
});
