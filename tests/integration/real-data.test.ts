/**
 * Real exports, imported the way a new user would: the csv plugin, a column mapping, a pull into a
 * fresh data folder. Every expected value is worked out here from the raw file with csv-parse
 * and luxon (never read back from the importer), and the headline facts — row counts, duplicates,
 * rejects, a few exact values — are also written out as numbers checked by hand (Python's csv
 * module and zoneinfo) against the files in ../shared/real-data.
 *
 * Two variants of every file:
 * - slice: tests/integration/fixtures/real-data/*, byte-for-byte slices of the originals that keep
 *   their quirks (BOM, CRLF, duplicates, blank counts, mixed date styles). Always run.
 * - full file: ../shared/real-data/* relative to the repository root. Skipped, with the reason in
 *   the test name, only when that folder is absent.
 *
 * The mappings are the ones in the README ("Real exports, mapped"); keep the two in step.
 */
import { facebookMetricsColumns } from './fixtures/mappings.ts';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullFixture, type PullFixtureResult } from '../../src/plugins/testkit.ts';
import type { Logger } from '../../src/plugins/api.ts';
import { physicalLines } from './fixtures/make-real-data-slices.ts';

const realDataDir = resolve(import.meta.dirname, '../../../shared/real-data');
const sliceDir = join(import.meta.dirname, 'fixtures/real-data');
const hasRealData = existsSync(realDataDir);
const fullSkipNote = hasRealData ? '' : ` — SKIPPED: ${realDataDir} is absent (the slices above still run)`;

interface Variant {
  full: boolean;
  label: string;
  dir: string;
  /** File name as given to the csv plugin (relative to `dir`). */
  file: (ds: Dataset) => string;
}
const variants: Variant[] = [
  { full: false, label: 'slice', dir: sliceDir, file: (ds) => ds.slice },
  { full: true, label: `full file${fullSkipNote}`, dir: realDataDir, file: (ds) => ds.full },
];

// ---------------------------------------------------------------------------------------------
// Reading the files independently
// ---------------------------------------------------------------------------------------------

type Rec = Record<string, string>;
interface FileRow {
  /** Physical line of the row (none of these files has a line break inside a cell). */
  line: number;
  rec: Rec;
}

function readFileRows(path: string): FileRow[] {
  const parsed = parse(readFileSync(path), { bom: true, columns: true, info: true, skip_empty_lines: true }) as { record: Rec; info: { lines: number } }[];
  return parsed.map((p) => ({ line: p.info.lines, rec: p.record }));
}

/** A count as the exports write it ("1,701", blank for unknown). */
const count = (s: string | undefined): number | null => (s === undefined || s.trim() === '' ? null : Number(s.replaceAll(',', '')));
/** "32.30%" → 0.323, exactly as a decimal (GA gives two decimals of a percent). */
const percent = (s: string): number => Math.round(Number(s.replace('%', '')) * 100) / 10000;
/** "00:01:11" → 71; null when it is not h:mm:ss. */
const hms = (s: string): number | null => {
  const m = /^(\d+):(\d{2}):(\d{2})$/.exec(s);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
};
/** Wall time in `zone` → UTC ISO instant (luxon; a non-existent wall time moves forward). */
const wall = (zone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): string =>
  DateTime.fromObject({ year, month, day, hour, minute, second }, { zone }).toUTC().toISO()!;
const isoDay = (zone: string, ymd: string, hms = '00:00:00'): string => {
  const [y, mo, d] = ymd.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = hms.split(':').map(Number) as [number, number, number];
  return wall(zone, y, mo, d, h, mi, s);
};

// ---------------------------------------------------------------------------------------------
// The datasets: mapping (as in the README) and what each raw row should become
// ---------------------------------------------------------------------------------------------

type Expected = { row: Record<string, unknown> } | { reject: { column: string; code: string } };

interface Dataset {
  title: string;
  /** Path under ../shared/real-data. */
  full: string;
  /** File name under fixtures/real-data. */
  slice: string;
  source: string;
  options: { entity: string; timezone?: string; columns: Record<string, unknown> };
  /** The stored row (or the reject) a raw row should give, from its cells alone. */
  expect(rec: Rec): Expected;
  /** Identity of the stored row a raw row lands on; a later row with the same key replaces it. */
  key(rec: Rec): string;
}

const facebookMetrics: Dataset = {
  title: 'UCI Facebook metrics (dataset_Facebook.csv → posts)',
  full: 'uci_facebook_metrics/dataset_Facebook.csv',
  slice: 'dataset_Facebook.csv',
  source: 'fb_metrics',
  options: {
    entity: 'posts',
    columns: facebookMetricsColumns,
  },
  expect: (r) => ({
    row: {
      published_at: wall('UTC', 2014, Number(r['Post Month']), 1, Number(r['Post Hour'])),
      platform: 'facebook',
      post_type: r.Type,
      paid: r.Paid === '1',
      reach: count(r['Lifetime Post Total Reach']),
      impressions: count(r['Lifetime Post Total Impressions']),
      engagements: count(r['Total Interactions']),
      likes: count(r.like),
      comments: count(r.comment),
      shares: count(r.share),
      followers_at_post: count(r['Page total likes']),
    },
  }),
  // id is a hash of every cell: only exact duplicate rows share it.
  key: (r) => JSON.stringify(Object.values(r)),
};

const factCheck: Dataset = {
  title: 'BuzzFeed Facebook fact check (facebook-fact-check.csv → posts)',
  full: 'buzzfeed_facebook_fact_check/facebook-fact-check.csv',
  slice: 'facebook-fact-check.csv',
  source: 'buzzfeed',
  options: {
    entity: 'posts',
    timezone: 'America/New_York',
    columns: {
      id: 'post_id',
      platform: { value: 'facebook' },
      account_id: 'account_id',
      account_name: 'Page',
      url: 'Post URL',
      published_at: 'Date Published',
      post_type: 'Post Type',
      shares: 'share_count',
      reactions: 'reaction_count',
      comments: 'comment_count',
    },
  },
  expect: (r) => ({
    row: {
      id: r.post_id,
      platform: 'facebook',
      account_id: r.account_id,
      account_name: r.Page,
      url: r['Post URL'],
      published_at: isoDay('America/New_York', r['Date Published']!),
      post_type: r['Post Type'],
      shares: count(r.share_count),
      reactions: count(r.reaction_count),
      comments: count(r.comment_count),
    },
  }),
  key: (r) => r.post_id!,
};

/** "4/22/2018 6:00" or "1/1/18 01:39", Bangkok wall time. */
const liveDate = (s: string): string => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}) (\d{1,2}):(\d{2})$/.exec(s);
  if (!m) throw new Error(`unexpected date ${s}`);
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return wall('Asia/Bangkok', year, Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5]));
};

const liveSellers: Dataset = {
  title: 'UCI Facebook Live sellers in Thailand (Live.csv → posts)',
  full: 'uci_facebook_live_sellers_thailand/Live.csv',
  slice: 'Live.csv',
  source: 'live_sellers',
  options: {
    entity: 'posts',
    timezone: 'Asia/Bangkok',
    columns: {
      id: 'status_id',
      platform: { value: 'facebook' },
      account_id: { column: 'status_id', pattern: '^(\\d+)_' },
      post_type: 'status_type',
      published_at: 'status_published',
      reactions: 'num_reactions',
      comments: 'num_comments',
      shares: 'num_shares',
      likes: 'num_likes',
    },
  },
  expect: (r) => ({
    row: {
      id: r.status_id,
      platform: 'facebook',
      account_id: r.status_id!.split('_')[0],
      post_type: r.status_type,
      published_at: liveDate(r.status_published!),
      reactions: count(r.num_reactions),
      comments: count(r.num_comments),
      shares: count(r.num_shares),
      likes: count(r.num_likes),
    },
  }),
  key: (r) => r.status_id!,
};

const liveSellersExplicitFormats: Dataset = {
  ...liveSellers,
  title: 'UCI Facebook Live sellers, both date formats given explicitly',
  source: 'live_sellers_formats',
  options: {
    ...liveSellers.options,
    columns: { ...liveSellers.options.columns, published_at: { column: 'status_published', format: ['%m/%d/%Y %H:%M', '%m/%d/%y %H:%M'] } },
  },
};

const instagram: Dataset = {
  title: 'Instagram insights (instagram-data.csv → account_snapshots)',
  full: 'instagram_insights/instagram-data.csv',
  slice: 'instagram-data.csv',
  source: 'instagram',
  options: {
    entity: 'account_snapshots',
    columns: {
      date: 'Date',
      platform: { value: 'instagram' },
      account_id: { value: 'thecleverprogrammer' },
      impressions: 'Impressions',
      new_followers: 'Follows',
      profile_visits: 'Profile Visits',
    },
  },
  expect: (r) => ({
    row: {
      date: r.Date,
      platform: 'instagram',
      account_id: 'thecleverprogrammer',
      impressions: count(r.Impressions),
      new_followers: count(r.Follows),
      profile_visits: count(r['Profile Visits']),
    },
  }),
  // id unmapped: the natural key platform + account_id + date.
  key: (r) => r.Date!,
};

const leadChannel: Record<string, string> = {
  organic_search: 'organic_search',
  paid_search: 'paid_search',
  social: 'organic_social',
  direct_traffic: 'direct',
  email: 'email',
  referral: 'referral',
  display: 'display',
  other: 'other',
  other_publicities: 'other',
  unknown: 'other',
};

const olistLeads: Dataset = {
  title: 'Olist marketing-qualified leads (→ leads)',
  full: 'olist_marketing_funnel/olist_marketing_qualified_leads_dataset.csv',
  slice: 'olist_marketing_qualified_leads_dataset.csv',
  source: 'olist_leads',
  options: {
    entity: 'leads',
    timezone: 'America/Sao_Paulo',
    columns: {
      id: 'mql_id',
      created_at: 'first_contact_date',
      landing_page: 'landing_page_id',
      original_source: 'origin',
      channel: { column: 'origin', map: leadChannel },
      is_social: { column: 'origin', map: { social: true, '*': false }, default: false },
    },
  },
  expect: (r) => ({
    row: {
      id: r.mql_id,
      created_at: isoDay('America/Sao_Paulo', r.first_contact_date!),
      landing_page: r.landing_page_id,
      original_source: r.origin || null,
      channel: r.origin ? leadChannel[r.origin] : null,
      is_social: r.origin === 'social',
    },
  }),
  key: (r) => r.mql_id!,
};

const olistDeals: Dataset = {
  title: 'Olist closed deals (→ deals, joined to the leads)',
  full: 'olist_marketing_funnel/olist_closed_deals_dataset.csv',
  slice: 'olist_closed_deals_dataset.csv',
  source: 'olist_deals',
  options: {
    entity: 'deals',
    timezone: 'America/Sao_Paulo',
    columns: {
      id: 'mql_id',
      lead_id: 'mql_id',
      created_at: 'won_date',
      closed_at: 'won_date',
      status: { value: 'won' },
      segment: 'business_segment',
      // Social attribution of a deal comes from its lead: metrics join deals.lead_id to leads.is_social.
      is_social: { value: false },
    },
  },
  expect: (r) => {
    const [day, time] = r.won_date!.split(' ') as [string, string];
    const at = isoDay('America/Sao_Paulo', day, time);
    return { row: { id: r.mql_id, lead_id: r.mql_id, created_at: at, closed_at: at, status: 'won', segment: r.business_segment || null, is_social: false } };
  },
  key: (r) => r.mql_id!,
};

// blog_analytics.csv: GA "Source" values, grouped by hand after listing all 304 in the file. Only the
// frequent ones are listed; the long tail (baidu, pinterest.com, youtube.com, …: 66 sessions in all)
// falls to "referral". Longer maps hit an importer bug (see "known importer gaps" below).
const searchSources = ['google', 'bing', 'yahoo', 'duckduckgo.com', 'ecosia.org', 'es.search.yahoo.com'];
const socialSources = ['t.co', 'twitter', 'twitter.com', 'facebook', 'facebook.com', 'm.facebook.com', 'l.facebook.com', 'linkedin', 'linkedin.com', 'lnkd.in', 'reddit.com', 'plus.url.google.com'];
const emailSources = ['mail.google.com'];
const sourceChannel: Record<string, string> = {
  '(direct)': 'direct',
  ...Object.fromEntries(searchSources.map((s) => [s, 'organic_search'])),
  ...Object.fromEntries(socialSources.map((s) => [s, 'organic_social'])),
  ...Object.fromEntries(emailSources.map((s) => [s, 'email'])),
  '*': 'referral',
};
const channelOf = (source: string) => sourceChannel[source.toLowerCase()] ?? 'referral';

const blogColumns = {
  id: { hash: ['Page', 'Page Title', 'Source', 'Country', 'Device Category'] },
  date: { value: '2017-12-31' },
  source: 'Source',
  channel: { column: 'Source', map: sourceChannel },
  is_social: { column: 'Source', map: { ...Object.fromEntries(socialSources.map((s) => [s, true])), '*': false } },
  landing_page: 'Page',
  country: 'Country',
  device: 'Device Category',
  sessions: 'Sessions',
  users: 'Users',
  pageviews: 'Page Views',
  bounce_rate: 'Bounce Rate',
  avg_time_on_page: 'Avg. Time on Page',
};

const blog: Dataset = {
  title: 'GA (Universal Analytics) blog export (blog_analytics.csv → web_sessions)',
  full: 'ga_ua_blog_analytics_bbva/blog_analytics.csv',
  slice: 'blog_analytics.csv',
  source: 'ga_blog',
  options: { entity: 'web_sessions', columns: blogColumns },
  expect: (r) => {
    // Google Analytics writes "<00:00:01" for "under a second": stored as 0.
    const seconds = r['Avg. Time on Page']!.trim() === '<00:00:01' ? 0 : hms(r['Avg. Time on Page']!);
    if (seconds === null) return { reject: { column: 'Avg. Time on Page', code: 'CADENCE_VALUE_NOT_DURATION' } };
    return {
      row: {
        date: '2017-12-31',
        source: r.Source,
        channel: channelOf(r.Source!),
        is_social: channelOf(r.Source!) === 'organic_social',
        landing_page: r.Page,
        country: r.Country,
        device: r['Device Category'],
        sessions: count(r.Sessions),
        users: count(r.Users),
        pageviews: count(r['Page Views']),
        bounce_rate: percent(r['Bounce Rate']!),
        avg_time_on_page: seconds,
      },
    };
  },
  key: (r) => [r.Page, r['Page Title'], r.Source, r.Country, r['Device Category']].join('\u001f'),
};

/** The same export with id left to the natural key (date, hour, channel, source, medium, campaign, landing_page, country, device). */
const { id: _blogId, ...blogColumnsNoId } = blogColumns;
const blogNaturalKey: Dataset = {
  ...blog,
  title: 'GA blog export with id unmapped (the natural key is incomplete, so the id is a hash of the whole row)',
  source: 'ga_blog_natural_key',
  options: { entity: 'web_sessions', columns: blogColumnsNoId },
  key: (r) => Object.values(r).join('\u001f'),
};

// ---------------------------------------------------------------------------------------------
// Pulling and comparing
// ---------------------------------------------------------------------------------------------

interface Outcome {
  r: PullFixtureResult;
  /** Stored rows of the dataset's entity. */
  rows: Record<string, unknown>[];
  fileRows: FileRow[];
  /** Expected stored rows (after last-row-wins de-duplication), by key. */
  expected: Map<string, Record<string, unknown>>;
  expectedRejects: { line: string; column: string; code: string }[];
  warnings: string[];
}

const warnLog = (warnings: string[]): Logger => ({ debug() {}, info() {}, warn: (m: string) => void warnings.push(m), error() {} });

/** What the rows of `fileRows` should give, computed from their cells. */
function expectationsOf(ds: Dataset, fileRows: FileRow[]) {
  const expected = new Map<string, Record<string, unknown>>();
  const expectedRejects: Outcome['expectedRejects'] = [];
  for (const { line, rec } of fileRows) {
    const e = ds.expect(rec);
    if ('reject' in e) expectedRejects.push({ line: String(line), ...e.reject });
    else expected.set(ds.key(rec), e.row);
  }
  return { expected, expectedRejects };
}

async function pull(ds: Dataset, dir: string, file: string, extra: { dataDir?: string } = {}): Promise<{ r: PullFixtureResult; warnings: string[] }> {
  const warnings: string[] = [];
  const r = await pullFixture({ plugin: 'csv', source: ds.source, options: { ...ds.options, file }, projectDir: dir, log: warnLog(warnings), ...extra });
  return { r, warnings };
}

/** Multiset comparison of stored rows (projected on the expected fields) with the expected rows. */
function compareRows(stored: Record<string, unknown>[], expected: Record<string, unknown>[]) {
  const fields = Object.keys(expected[0] ?? {});
  const text = (row: Record<string, unknown>) => JSON.stringify(fields.map((f) => [f, row[f] ?? null]));
  const want = new Map<string, number>();
  for (const e of expected) want.set(text(e), (want.get(text(e)) ?? 0) + 1);
  const unexpected: string[] = [];
  for (const s of stored) {
    const t = text(s);
    const n = want.get(t) ?? 0;
    if (n > 0) want.set(t, n - 1);
    else unexpected.push(t);
  }
  const missing = [...want.entries()].flatMap(([t, n]) => Array<string>(n).fill(t));
  return { missing: missing.slice(0, 5), unexpected: unexpected.slice(0, 5), missingCount: missing.length, unexpectedCount: unexpected.length };
}

const rejectsOf = (r: PullFixtureResult) => r.rejects.map((x) => ({ line: x.line!, column: x.column!, code: x.code! }));

/** Pulls one dataset variant and checks every stored row and reject against the file. */
async function importAndCompare(ds: Dataset, v: Variant, extra: { dataDir?: string } = {}): Promise<Outcome> {
  const fileRows = readFileRows(join(v.dir, v.file(ds)));
  const { expected, expectedRejects } = expectationsOf(ds, fileRows);
  const { r, warnings } = await pull(ds, v.dir, v.file(ds), extra);
  const outcome = r.result.sources.find((s) => s.source === ds.source)!;
  expect(outcome.error?.message).toBeUndefined();
  expect(outcome).toMatchObject({ status: 'ok', added: expected.size, rejected: expectedRejects.length });
  const rows = r.rows[ds.options.entity] ?? [];
  expect(rows).toHaveLength(expected.size);
  expect(compareRows(rows, [...expected.values()])).toEqual({ missing: [], unexpected: [], missingCount: 0, unexpectedCount: 0 });
  expect(rejectsOf(r)).toEqual(expectedRejects);
  return { r, rows, fileRows, expected, expectedRejects, warnings };
}

const countBy = <T>(items: T[], key: (t: T) => unknown): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const i of items) out[String(key(i))] = (out[String(key(i))] ?? 0) + 1;
  return out;
};
const sum = (rows: Record<string, unknown>[], field: string) => rows.reduce((n, r) => n + Number(r[field] ?? 0), 0);
const exactDuplicates = (fileRows: FileRow[]) => fileRows.length - new Set(fileRows.map((f) => JSON.stringify(Object.values(f.rec)))).size;

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});
const keep = (o: Outcome) => (cleanups.push(() => o.r.cleanup()), o);

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

describe.each(variants)('real exports through the csv plugin: $label', (v) => {
  const run = v.full && !hasRealData ? it.skip : it;

  run('dataset_Facebook.csv: 2014 posts without dates; hash ids; blank like/share stay null', async () => {
    const o = keep(await importAndCompare(facebookMetrics, v));
    expect(o.fileRows).toHaveLength(v.full ? 500 : 39);
    expect(exactDuplicates(o.fileRows)).toBe(0); // so nothing collapses
    expect(o.rows).toHaveLength(v.full ? 500 : 39);
    expect(o.expectedRejects).toEqual([]);
    expect(o.rows.every((x) => /^[0-9a-f]{32}$/.test(String(x.id)))).toBe(true);
    expect(o.rows.filter((x) => x.likes === null)).toHaveLength(1);
    expect(o.rows.filter((x) => x.shares === null)).toHaveLength(4);
    // Line 2: 139441,Photo,2,12,4,3,0,2752,5091,…,4,79,17,100
    const first = o.rows.filter((x) => x.reach === 2752 && x.impressions === 5091);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ published_at: '2014-12-01T03:00:00.000Z', platform: 'facebook', post_type: 'Photo', paid: false, engagements: 100, likes: 79, comments: 4, shares: 17, followers_at_post: 139441 });
    // Line 113: like and share blank.
    expect(o.rows.find((x) => x.reach === 1261 && x.impressions === 2158)).toMatchObject({ published_at: '2014-10-01T08:00:00.000Z', likes: null, shares: null, comments: 0, engagements: 0 });
    if (v.full) {
      expect(countBy(o.rows, (x) => x.post_type)).toEqual({ Photo: 426, Status: 45, Link: 22, Video: 7 });
      expect(countBy(o.rows, (x) => x.paid)).toEqual({ false: 361, true: 139 });
    }
  });

  run('facebook-fact-check.csv: dates are midnight in New York; blank counts are null, not rejects', async () => {
    const o = keep(await importAndCompare(factCheck, v));
    expect(o.fileRows).toHaveLength(v.full ? 2282 : 49);
    expect(o.rows).toHaveLength(v.full ? 2282 : 49);
    expect(o.r.rejects).toEqual([]);
    expect(o.rows.filter((x) => x.shares === null)).toHaveLength(v.full ? 70 : 7);
    expect(o.rows.filter((x) => x.reactions === null)).toHaveLength(2);
    expect(o.rows.filter((x) => x.comments === null)).toHaveLength(2);
    // Line 2: …,2016-09-19,video,no factual content,,,146,15
    expect(o.rows.find((x) => x.id === '1035057923259100')).toMatchObject({
      published_at: '2016-09-19T04:00:00.000Z', // EDT, UTC−4
      account_id: '184096565021911',
      account_name: 'ABC News Politics',
      post_type: 'video',
      url: 'https://www.facebook.com/ABCNewsPolitics/posts/1035057923259100',
      shares: null,
      reactions: 146,
      comments: 15,
    });
    const pages = countBy(o.rows, (x) => x.account_name);
    if (v.full) {
      expect(pages).toMatchObject({ Politico: 536, 'CNN Politics': 409, 'Eagle Rising': 286 });
      expect(pages).toEqual({ Politico: 536, 'CNN Politics': 409, 'Eagle Rising': 286, 'Right Wing News': 268, 'Occupy Democrats': 209, 'ABC News Politics': 200, 'Addicting Info': 140, 'The Other 98%': 122, 'Freedom Daily': 112 });
      expect(countBy(o.rows, (x) => x.published_at)).toEqual({
        '2016-09-19T04:00:00.000Z': 306, '2016-09-20T04:00:00.000Z': 317, '2016-09-21T04:00:00.000Z': 306, '2016-09-22T04:00:00.000Z': 293,
        '2016-09-23T04:00:00.000Z': 294, '2016-09-26T04:00:00.000Z': 403, '2016-09-27T04:00:00.000Z': 363,
      });
    } else {
      expect(pages).toEqual({ 'ABC News Politics': 39, 'Freedom Daily': 2, 'The Other 98%': 2, 'Addicting Info': 1, 'CNN Politics': 1, 'Eagle Rising': 1, 'Occupy Democrats': 1, Politico: 1, 'Right Wing News': 1 });
    }
  });

  for (const ds of [liveSellers, liveSellersExplicitFormats]) {
    run(`Live.csv (${ds === liveSellers ? 'date formats detected' : 'both date formats given'}): BOM, two date styles, duplicates, last row wins`, async () => {
      const o = keep(await importAndCompare(ds, v));
      expect(o.fileRows).toHaveLength(v.full ? 7050 : 44);
      expect(Object.keys(o.fileRows[0]!.rec)[0]).toBe('status_id'); // the BOM is not part of the name
      expect(exactDuplicates(o.fileRows)).toBe(v.full ? 51 : 1);
      expect(o.rows).toHaveLength(v.full ? 6997 : 42);
      expect(o.r.rejects).toEqual([]);
      expect(new Set(o.rows.map((x) => x.account_id)).size).toBe(v.full ? 9 : 3);
      const at = (id: string) => o.rows.find((x) => x.id === id)?.published_at;
      expect(at('246675545449582_1649696485147474')).toBe('2018-04-21T23:00:00.000Z'); // line 2: 4/22/2018 6:00
      expect(at('246675545449582_1638788379571618')).toBe('2018-04-10T21:53:00.000Z'); // line 11: 4/11/18 04:53
      expect(at('1050855161656896_1050858841656528')).toBe('2016-09-10T03:30:00.000Z'); // last line: 9/10/16 10:30
      // Same status_id twice with different dates (lines 1490 and 1700): the later line wins.
      expect(at('246675545449582_326883450762124')).toBe('2013-10-11T01:23:00.000Z'); // 10/11/13 08:23, not 2/14/2014 3:07
      if (v.full) {
        expect(at('246675545449582_429583263825475')).toBe('2013-09-10T17:12:00.000Z'); // line 1731 (9/11/13 00:12) beats line 1410
        expect(countBy(o.rows, (x) => x.account_id)).toEqual({
          '246675545449582': 2633, '614855718638584': 1440, '134115277150304': 1212, '1050855161656896': 778, '848451358648417': 450,
          '725980084255106': 252, '146481362756646': 125, '819700534875473': 51, '117059915488335': 56,
        });
        expect([o.rows.map((x) => String(x.published_at)).sort()[0], o.rows.map((x) => String(x.published_at)).sort().at(-1)]).toEqual(['2012-07-14T19:51:00.000Z', '2018-06-12T18:12:00.000Z']);
      }
    });
  }

  run('instagram-data.csv: one row per day, so one snapshot per day', async () => {
    const o = keep(await importAndCompare(instagram, v));
    const dates = o.fileRows.map((f) => f.rec.Date);
    expect(dates).toHaveLength(v.full ? 176 : 40);
    expect(new Set(dates).size).toBe(dates.length); // no repeated date, so the natural key collapses nothing
    expect(o.rows).toHaveLength(v.full ? 176 : 40);
    expect(o.r.rejects).toEqual([]);
    expect(o.rows.find((x) => x.date === '2021-12-10')).toMatchObject({ platform: 'instagram', account_id: 'thecleverprogrammer', impressions: 3920, new_followers: 2, profile_visits: 35 });
    // 2021-12-25 and 2022-03-02 carry identical metrics and caption (the dates look added afterwards): two snapshots.
    const twins = o.rows.filter((x) => x.date === '2021-12-25' || x.date === '2022-03-02');
    expect(twins.map((x) => [x.date, x.impressions, x.new_followers, x.profile_visits])).toEqual([['2021-12-25', 5055, 6, 17], ['2022-03-02', 5055, 6, 17]]);
    if (v.full) {
      expect([sum(o.rows, 'impressions'), sum(o.rows, 'new_followers'), sum(o.rows, 'profile_visits')]).toEqual([3464652, 19616, 31204]);
      expect([o.rows[0]!.date, o.rows.at(-1)!.date]).toEqual(['2021-12-10', '2022-06-03']);
    }
  });

  run('olist leads: channel and is_social from origin; blank origins import; midnight in São Paulo', async () => {
    const o = keep(await importAndCompare(olistLeads, v));
    expect(o.rows).toHaveLength(v.full ? 8000 : 49);
    expect(o.r.rejects).toEqual([]);
    const social = o.fileRows.filter((f) => f.rec.origin === 'social').length;
    expect(o.rows.filter((x) => x.is_social === true)).toHaveLength(social);
    expect(o.rows.filter((x) => x.original_source === null).map((x) => x.is_social)).toEqual(Array(v.full ? 60 : 1).fill(false));
    // Line 2: dac32acd…,2018-02-01,…,social — Brazilian summer time, UTC−2.
    expect(o.rows.find((x) => x.id === 'dac32acd4db4c29c230538b72f8dd87d')).toMatchObject({ created_at: '2018-02-01T02:00:00.000Z', channel: 'organic_social', is_social: true, original_source: 'social' });
    // 2017-10-15 00:00 does not exist in São Paulo (clocks jumped to 01:00); it lands on 01:00−02 = 03:00Z.
    expect(o.rows.filter((x) => String(x.created_at).startsWith('2017-10-15')).map((x) => x.created_at)).toEqual(Array(v.full ? 7 : 1).fill('2017-10-15T03:00:00.000Z'));
    if (v.full) {
      expect(social).toBe(1350);
      expect(countBy(o.rows, (x) => x.channel)).toEqual({ organic_search: 2296, paid_search: 1586, organic_social: 1350, other: 1314, direct: 499, email: 493, referral: 284, display: 118, null: 60 });
    }
  });

  run('olist deals into the same data folder: every lead_id is a stored lead', async () => {
    const leads = keep(await importAndCompare(olistLeads, v));
    const o = await importAndCompare(olistDeals, v, { dataDir: leads.r.dataDir });
    expect(o.rows).toHaveLength(v.full ? 842 : 11);
    expect(o.r.rejects).toEqual([]);
    const stored = o.r.rows.leads!;
    expect(stored).toHaveLength(v.full ? 8000 : 49); // the leads are still there
    const leadIds = new Set(stored.map((x) => x.id));
    expect(o.rows.filter((d) => !leadIds.has(d.lead_id))).toEqual([]);
    // Line 2: 5420aad7…,2018-02-26 19:58:54,pet — summer time ended on 2018-02-18, so UTC−3.
    expect(o.rows.find((x) => x.id === '5420aad7fec3549a85876ba1c529bd84')).toMatchObject({ created_at: '2018-02-26T22:58:54.000Z', closed_at: '2018-02-26T22:58:54.000Z', status: 'won', segment: 'pet', is_social: false });
    const socialLeads = new Set(stored.filter((x) => x.is_social === true).map((x) => x.id));
    const socialDeals = o.rows.filter((d) => socialLeads.has(d.lead_id)).length;
    if (v.full) {
      expect(socialDeals).toBe(75);
      expect(o.rows.filter((x) => x.segment === null)).toHaveLength(1);
    }
  });

  run('blog_analytics.csv: "1,701", "32.30%", "00:01:11", "<00:00:01"; no date; nothing rejected', async () => {
    const o = keep(await importAndCompare(blog, v));
    expect(o.fileRows).toHaveLength(v.full ? 17243 : 43);
    expect(rejectsOf(o.r)).toEqual([]);
    const underASecond = o.fileRows.filter((f) => f.rec['Avg. Time on Page']!.trim() === '<00:00:01').length;
    expect(underASecond).toBe(v.full ? 7 : 1);
    expect(o.rows).toHaveLength(v.full ? 17243 : 43);
    const total = o.fileRows.reduce((n, f) => n + count(f.rec.Sessions)!, 0);
    expect(total).toBe(v.full ? 56001 : 6435);
    expect(sum(o.rows, 'sessions')).toBe(total);
    // Line 2: /,Home - BBVA Data & Analytics,google,Spain,desktop,997,00:01:11,32.30%,"1,701","1,215",679
    const first = o.rows.filter((x) => x.landing_page === '/' && x.source === 'google' && x.country === 'Spain' && x.device === 'desktop' && x.sessions === 997);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ date: '2017-12-31', channel: 'organic_search', is_social: false, sessions: 997, users: 679, pageviews: 1701, bounce_rate: 0.323, avg_time_on_page: 71 });
    expect(o.rows.filter((x) => x.source === 'Facebook').map((x) => [x.channel, x.is_social])).toEqual(Array(v.full ? 2 : 1).fill(['organic_social', true]));
    const byChannel = (field: string) => Object.fromEntries(Object.entries(countBy(o.rows, (x) => x.channel)).map(([c]) => [c, sum(o.rows.filter((x) => x.channel === c), field)]));
    if (v.full) {
      // The 7 "<00:00:01" rows (0 sessions each): 4 direct, 1 each organic search, social and referral.
      expect(countBy(o.rows, (x) => x.channel)).toEqual({ organic_search: 6672, direct: 3369, organic_social: 2823, referral: 4222, email: 157 });
      expect(byChannel('sessions')).toEqual({ organic_search: 27356, direct: 11780, organic_social: 7762, referral: 8884, email: 219 });
    } else {
      expect(byChannel('sessions')).toEqual({ organic_search: 2454, direct: 2607, organic_social: 727, referral: 647 });
    }
  });

  run('blog_analytics.csv with id unmapped: no row is lost (rows differing only in Page Title stay apart)', async () => {
    const o = keep(await importAndCompare(blogNaturalKey, v));
    // The natural key leaves hour, medium and campaign empty, so the id is a hash of the whole row:
    // the 654 (slice: 8) rows that differ only in Page Title are kept, not folded into others.
    expect(o.rows).toHaveLength(v.full ? 17243 : 43);
    expect(sum(o.rows, 'sessions')).toBe(v.full ? 56001 : 6435);
    // Line 2 (997 sessions) and line 1221 (same Page/Source/Country/Device, title "Inicio - BBVA Data & Analytics", 0 sessions) both stay.
    const home = o.rows.filter((x) => x.landing_page === '/' && x.source === 'google' && x.country === 'Spain' && x.device === 'desktop' && x.date === '2017-12-31');
    expect(home.map((x) => x.sessions)).toEqual(expect.arrayContaining([997, 0]));
  });
});

// ---------------------------------------------------------------------------------------------
// Broken variants of each slice: a renamed column, a file cut off inside a quoted cell
// ---------------------------------------------------------------------------------------------

const allDatasets: { ds: Dataset; renamed: string }[] = [
  { ds: facebookMetrics, renamed: 'Total Interactions' },
  { ds: factCheck, renamed: 'share_count' },
  { ds: liveSellers, renamed: 'num_reactions' },
  { ds: instagram, renamed: 'Profile Visits' },
  { ds: olistLeads, renamed: 'origin' },
  { ds: olistDeals, renamed: 'won_date' },
  { ds: blog, renamed: 'Sessions' },
];

describe('broken copies of the slices (generated in a temporary folder)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cadence-real-data-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const { ds, renamed } of allDatasets) {
    it(`${ds.slice}: a mapped column missing from the header fails the pull with CADENCE_CSV_MISSING_COLUMN`, async () => {
      const lines = physicalLines(readFileSync(join(sliceDir, ds.slice)));
      const header = lines[0]!.toString('utf8');
      const cells = header.replace(/\r?\n$/, '').split(',');
      expect(cells.filter((c) => c.replace(/^\uFEFF/, '') === renamed)).toHaveLength(1);
      const broken = header.replace(`${renamed}`, `${renamed} (old)`);
      const file = `missing-column-${ds.slice}`;
      await writeFile(join(dir, file), Buffer.concat([Buffer.from(broken), ...lines.slice(1)]));
      const { r } = await pull(ds, dir, file);
      try {
        const outcome = r.result.sources[0]!;
        expect(outcome.status).toBe('failed');
        expect(outcome.error?.code).toBe('CADENCE_CSV_MISSING_COLUMN');
        expect(outcome.error?.place).toMatchObject({ file, line: 1 });
        expect(outcome.error?.details).toMatchObject({ column: renamed });
        expect(r.rows).toEqual({});
        expect(r.rejects).toEqual([]);
      } finally {
        await r.cleanup();
      }
    });

    it(`${ds.slice}: cut off inside a quoted cell — the last line is a CADENCE_CSV_MALFORMED_ROW reject, the rows before it import`, async () => {
      const lines = physicalLines(readFileSync(join(sliceDir, ds.slice)));
      const last = lines.at(-1)!.toString('utf8').replace(/\r?\n$/, '');
      const cells = (parse(last, { relax_quotes: false }) as string[][])[0]!;
      const k = Math.floor(cells.length / 2);
      const quote = (c: string) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
      // The export stopped mid-way: an opening quote, half the cell, no closing quote, no newline.
      const cut = [...cells.slice(0, k).map(quote), `"${cells[k]!.slice(0, Math.ceil(cells[k]!.length / 2))}`].join(',');
      const file = `truncated-${ds.slice}`;
      await writeFile(join(dir, file), Buffer.concat([...lines.slice(0, -1), Buffer.from(cut)]));
      const fileRows = readFileRows(join(sliceDir, ds.slice)).slice(0, -1);
      const { expected, expectedRejects } = expectationsOf(ds, fileRows);
      const { r } = await pull(ds, dir, file);
      try {
        const outcome = r.result.sources[0]!;
        expect(outcome.error?.message).toBeUndefined();
        expect(outcome).toMatchObject({ status: 'ok', added: expected.size, rejected: expectedRejects.length + 1 });
        const rows = r.rows[ds.options.entity] ?? [];
        expect(compareRows(rows, [...expected.values()])).toEqual({ missing: [], unexpected: [], missingCount: 0, unexpectedCount: 0 });
        const malformed = { line: String(lines.length), code: 'CADENCE_CSV_MALFORMED_ROW' };
        expect(r.rejects.map((x) => ({ line: x.line, code: x.code }))).toEqual([...expectedRejects.map(({ line, code }) => ({ line, code })), malformed]);
      } finally {
        await r.cleanup();
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Importer gaps found with these files, now fixed: kept as regression tests
// ---------------------------------------------------------------------------------------------

describe('importer gaps found with real files (regressions)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cadence-real-data-gaps-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a malformed-row reject names the header column, not the internal "__c<n>"', async () => {
    await writeFile(join(dir, 'cut.csv'), 'Page,Page Title,Sessions\n/,Home,"1,701"\n/a,A,5\n/b,"Bl');
    const r = await pullFixture({
      plugin: 'csv',
      projectDir: dir,
      options: { file: 'cut.csv', entity: 'web_sessions', columns: { id: { hash: ['Page', 'Page Title'] }, date: { value: '2017-12-31' }, channel: { value: 'direct' }, is_social: { value: false }, landing_page: 'Page', sessions: 'Sessions' } },
    });
    try {
      expect(r.rows.web_sessions).toHaveLength(2);
      expect(rejectsOf(r)).toEqual([{ line: '4', column: 'Page Title', code: 'CADENCE_CSV_MALFORMED_ROW' }]);
    } finally {
      await r.cleanup();
    }
  });

  it('a `map` with 150 entries imports a three-row file (it once ran DuckDB out of memory)', async () => {
    await writeFile(join(dir, 'sources.csv'), 'Source,Sessions\ngoogle,3\nt.co,2\nexample.com,1\n');
    const map = { ...Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`site${i}.com`, 'referral'])), google: 'organic_search', 't.co': 'organic_social', '*': 'referral' };
    const r = await pullFixture({
      plugin: 'csv',
      projectDir: dir,
      options: { file: 'sources.csv', entity: 'web_sessions', columns: { date: { value: '2017-12-31' }, source: 'Source', sessions: 'Sessions', channel: { column: 'Source', map }, is_social: { value: false } } },
    });
    try {
      expect(r.result.sources[0]!.error?.message).toBeUndefined();
      expect(r.rows.web_sessions!.map((x) => `${x.source} ${x.channel}`).sort()).toEqual(['example.com referral', 'google organic_search', 't.co organic_social']);
    } finally {
      await r.cleanup();
    }
  });

  it('GA\'s "<00:00:01" (average under one second) imports as a duration below 1 s', async () => {
    await writeFile(join(dir, 'ga.csv'), 'Page,Sessions,Avg. Time on Page\n/a,0,<00:00:01\n/b,3,00:01:11\n');
    const r = await pullFixture({
      plugin: 'csv',
      projectDir: dir,
      options: { file: 'ga.csv', entity: 'web_sessions', columns: { date: { value: '2017-12-31' }, channel: { value: 'direct' }, is_social: { value: false }, landing_page: 'Page', sessions: 'Sessions', avg_time_on_page: 'Avg. Time on Page' } },
    });
    try {
      expect(r.rejects).toEqual([]);
      const a = r.rows.web_sessions!.find((x) => x.landing_page === '/a');
      expect(Number(a?.avg_time_on_page)).toBeGreaterThanOrEqual(0);
      expect(Number(a?.avg_time_on_page)).toBeLessThan(1);
    } finally {
      await r.cleanup();
    }
  });
});
