/**
 * Three real exports added in 2026, imported as the README's "Real exports, mapped" says, with
 * every expected figure worked out here from the raw file (csv-parse, luxon, plain counting) —
 * never read back from the importer — and the headline numbers also written out, checked by hand
 * with Python's csv module against the files:
 * - Sanders Twitter sentiment corpus → mentions (csv plugin): four brands, the topic is the
 *   tracked name, `irrelevant` is no sentiment; CRLF records with bare LF/CR inside quoted tweets;
 *   per brand counts, share of voice, negative share and hashtag uses from the metrics core.
 *   (Its Twitter API v1 dates are checked in real-dates.test.ts.)
 * - Sentiment140 test set → mentions (csv plugin, `columnNames`: the file has no header row):
 *   polarity 0/2/4 → sentiment, the query (quoted or not) as the topic, user → author_handle.
 * - Salesforce Opportunity object export → deals (salesforce plugin, API field names, no
 *   `columns`): status from IsClosed/IsWon, closed_at only for closed deals, two-digit-year US
 *   dates, blank amounts, and the warning for deals closed before they were created.
 * `cadence check` proves the three mappings on the same files: ✓ for each.
 * Files from ../shared/real-data; each test is skipped, saying so, when the folder is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiValues } from '../../src/core/metrics/compute.ts';
import type { KpiDefinition, KpiValue } from '../../src/core/metrics/kpi.ts';
import { hashtagUsesKpi } from '../../src/core/metrics/stages/daily-volumes.ts';
import { mentionsKpi, negativeShareKpi, shareOfVoiceKpi } from '../../src/core/metrics/stages/listening.ts';
import { dealsWonKpi, pipelineValueKpi, winRateKpi, wonValueKpi } from '../../src/core/metrics/stages/selling.ts';
import { monthPeriod, rangePeriod, type Period } from '../../src/core/periods/period.ts';
import { configSchema, type CadenceConfigInput } from '../../src/core/schema/config.ts';
import { openReader } from '../../src/core/store/reader.ts';
import type { Logger } from '../../src/plugins/api.ts';
import { pullFixture, type PullFixtureResult } from '../../src/plugins/testkit.ts';
import { runCli } from '../cli/run-cli.ts';
import { makeProject } from '../plugins/project.ts';

const realDataDir = resolve(import.meta.dirname, '../../../shared/real-data');
const skip = existsSync(realDataDir) ? '' : ` — SKIPPED: ${realDataDir} is absent`;
const run = skip ? it.skip : it;

type Rec = Record<string, string>;
type Row = Record<string, unknown>;

const countBy = <T>(items: T[], key: (t: T) => unknown): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const i of items) out[String(key(i))] = (out[String(key(i))] ?? 0) + 1;
  return out;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** What the store keeps of a cell: trimmed of spaces, tabs, line breaks and no-break spaces; empty → null. */
const cell = (s: string | undefined): string | null => {
  const t = (s ?? '').replace(/^[ \t\r\n\u00a0]+|[ \t\r\n\u00a0]+$/g, '');
  return t === '' ? null : t;
};
const occurrences = (texts: string[], needle: string) => sum(texts.map((t) => t.split(needle).length - 1));
/** The number of an available KPI value (fails the test when it is unavailable). */
const valueOf = (v: KpiValue): number => {
  if (!v.available || v.value === null) throw new Error(`unavailable: ${JSON.stringify(v)}`);
  return Number(v.value);
};

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function pull(plugin: string, projectDir: string, options: Record<string, unknown>, config: Partial<CadenceConfigInput>): Promise<{ r: PullFixtureResult; warnings: string[] }> {
  const warnings: string[] = [];
  const log: Logger = { debug() {}, info() {}, warn: (m) => void warnings.push(m), error: (m) => void warnings.push(`error: ${m}`) };
  const r = await pullFixture({ plugin, projectDir, options, config, log });
  cleanups.push(() => r.cleanup());
  return { r, warnings };
}

/** The KPIs of `periods` over a pulled data folder, for this config's brand and competitors. */
async function kpis(dataDir: string, config: Partial<CadenceConfigInput>, defs: KpiDefinition[], periods: Period[]): Promise<KpiValues> {
  const reader = await openReader(dataDir);
  try {
    return await computeKpis({ reader, config: configSchema.parse(config), kpis: defs, periods });
  } finally {
    await reader.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The mappings, as in the README (the `cadence check` test writes them into a cadence.config.ts)
// ---------------------------------------------------------------------------------------------

const brands = ['Apple', 'Google', 'Microsoft', 'Twitter'];
/** Sanders: the brand is Apple, the other three are its competitors. */
const sandersTracked = (brand = 'Apple') => ({ brand: { name: brand }, competitors: brands.filter((b) => b !== brand).map((name) => ({ name })), timezone: 'UTC' });
const sandersOptions = {
  file: 'full-corpus.csv',
  entity: 'mentions',
  columns: {
    id: 'TweetId',
    published_at: 'TweetDate',
    platform: { value: 'twitter' },
    text: 'TweetText',
    query: 'Topic',
    matched_name: 'Topic',
    matched_kind: { column: 'Topic', map: { apple: 'brand', '*': 'competitor' } },
    // "irrelevant" (not English, or not about the brand) is no sentiment: not neutral.
    sentiment: { column: 'Sentiment', map: { irrelevant: null } },
    sentiment_original: 'Sentiment',
  },
};

/** Sentiment140: Time Warner against AT&T and Comcast; every other query is a topic. */
const s140Tracked = { brand: { name: 'Time Warner' }, competitors: [{ name: 'AT&T' }, { name: 'Comcast' }], timezone: 'UTC' };
// `"""twitter api"""` in the file is the cell `"twitter api"`: the quotes are dropped.
const unquoted = '^"?(.*?)"?$';
const s140Options = {
  file: 'testdata.manual.2009.06.14.csv',
  entity: 'mentions',
  columnNames: ['polarity', 'id', 'date', 'query', 'user', 'text'],
  columns: {
    id: 'id',
    published_at: 'date',
    platform: { value: 'twitter' },
    author_handle: 'user',
    text: 'text',
    sentiment: { column: 'polarity', map: { '0': 'negative', '2': 'neutral', '4': 'positive' } },
    sentiment_original: 'polarity',
    query: { column: 'query', pattern: unquoted },
    matched_name: { column: 'query', pattern: unquoted },
    matched_kind: { column: 'query', pattern: unquoted, map: { 'time warner': 'brand', 'at&t': 'competitor', comcast: 'competitor', '*': 'topic' } },
  },
};

const sfTimezone = 'America/Los_Angeles';
const sfOptions = { exports: { opportunities: { file: 'Opportunity.csv' } }, timezone: sfTimezone };

// ---------------------------------------------------------------------------------------------
// 1. Sanders Twitter sentiment corpus → mentions
// ---------------------------------------------------------------------------------------------

describe(`Sanders Twitter sentiment corpus → mentions (csv plugin)${skip}`, () => {
  const dir = join(realDataDir, 'sanders_twitter_sentiment');
  const load = () => {
    const bytes = readFileSync(join(dir, 'full-corpus.csv'));
    const records = parse(bytes, { columns: true }) as Rec[];
    return { bytes, records };
  };

  run('5,113 tweets, none rejected, none split at a bare LF or CR; every value as in the file', async () => {
    const { bytes, records } = load();
    // Records end in CR LF; 155 tweets hold bare LFs (281 in all), one a bare CR.
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length - 1).toBe(5114); // header + 5,113 records, each ending in CR LF
    expect(records).toHaveLength(5113);
    expect(records.filter((r) => /\n/.test(r.TweetText!))).toHaveLength(155);
    expect(occurrences(records.map((r) => r.TweetText!), '\n')).toBe(281);
    expect(records.filter((r) => /\r/.test(r.TweetText!))).toHaveLength(1);

    const { r } = await pull('csv', dir, sandersOptions, sandersTracked());
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 5113, rejected: 0 });
    expect(r.rejects).toEqual([]);
    const rows = r.rows.mentions!;
    expect(rows).toHaveLength(5113);

    const want = new Map(
      records.map((f) => [
        f.TweetId!,
        {
          text: cell(f.TweetText),
          query: f.Topic,
          matched_name: f.Topic,
          matched_kind: f.Topic === 'apple' ? 'brand' : 'competitor',
          sentiment: f.Sentiment === 'irrelevant' ? null : f.Sentiment,
          sentiment_original: f.Sentiment,
          platform: 'twitter',
          hashtags: null,
        },
      ]),
    );
    const got = new Map(rows.map((m) => [m.id as string, { text: m.text, query: m.query, matched_name: m.matched_name, matched_kind: m.matched_kind, sentiment: m.sentiment, sentiment_original: m.sentiment_original, platform: m.platform, hashtags: m.hashtags }]));
    expect(got).toEqual(want);
    // 18-digit ids beyond 2^53 stay exact strings.
    expect(rows.every((m) => typeof m.id === 'string' && /^\d{18}$/.test(m.id))).toBe(true);
    expect(got.get('126415614616154112')).toMatchObject({ text: 'Now all @Apple has to do is get swype on the iphone and it will be crack. Iphone that is', sentiment: 'positive', matched_kind: 'brand' });

    // HTML entities stay as the file writes them (the tweets were captured that way).
    const texts = rows.map((m) => String(m.text));
    expect([occurrences(texts, '&gt;'), occurrences(texts, '&lt;'), occurrences(texts, '&quot;'), occurrences(texts, '&amp;')]).toEqual([73, 55, 5, 5]);
    expect(texts.filter((t) => t.includes('"'))).toHaveLength(records.filter((f) => f.TweetText!.includes('"')).length);
  });

  run('per brand: mentions, share of voice, negative share and hashtag uses from the metrics core', async () => {
    const { records } = load();
    const { r } = await pull('csv', dir, sandersOptions, sandersTracked());
    const perBrand = countBy(records, (f) => f.Topic);
    expect(perBrand).toEqual({ apple: 1142, google: 1317, microsoft: 1364, twitter: 1290 });
    expect(countBy(records, (f) => f.Sentiment)).toEqual({ positive: 519, negative: 572, neutral: 2333, irrelevant: 1689 });

    const days = rangePeriod('2011-10-15', '2011-10-20', 'UTC');
    const figures: Record<string, number[]> = { sov: [], negative: [], tags: [] };
    for (const brand of brands) {
      const own = records.filter((f) => f.Topic === brand.toLowerCase());
      const rated = own.filter((f) => f.Sentiment !== 'irrelevant');
      const negative = own.filter((f) => f.Sentiment === 'negative').length;
      // Hashtags come from the text (no column holds them): #word, letters, digits and _ of any script.
      const tagged = own.filter((f) => /#[\p{L}\p{N}_]+/u.test(f.TweetText!)).length;
      const v = await kpis(r.dataDir, sandersTracked(brand), [mentionsKpi, shareOfVoiceKpi, negativeShareKpi, hashtagUsesKpi], [days]);
      const at = (id: string) => v.get(id)!.get(days.id)!;
      expect(at('listening.mentions')).toMatchObject({ available: true, value: own.length, inputs: { unmatched: 0, listened: 5113 } });
      expect(at('listening.share_of_voice')).toMatchObject({ available: true, inputs: { brand: own.length, total: 5113 } });
      expect(valueOf(at('listening.share_of_voice'))).toBeCloseTo(own.length / records.length, 12);
      // "irrelevant" is left out of the denominator: it is no sentiment, not a neutral one.
      expect(at('listening.negative_share')).toMatchObject({ available: true, inputs: { negative, with_sentiment: rated.length } });
      expect(valueOf(at('listening.negative_share'))).toBeCloseTo(negative / rated.length, 12);
      expect(at('listening.hashtag_uses')).toMatchObject({ available: true, value: tagged });
      figures.sov!.push(Math.round(valueOf(at('listening.share_of_voice')) * 1000) / 10);
      figures.negative!.push(Math.round(valueOf(at('listening.negative_share')) * 1000) / 10);
      figures.tags!.push(valueOf(at('listening.hashtag_uses')));
    }
    // The same figures, written out (Python: csv.DictReader, re.search(r'#\w', text)); Apple, Google, Microsoft, Twitter.
    expect(figures).toEqual({ sov: [22.3, 25.8, 26.7, 25.2], negative: [31.5, 6.8, 15.3, 9.3], tags: [448, 1317, 1363, 1288] });
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Sentiment140 test set → mentions
// ---------------------------------------------------------------------------------------------

describe(`Sentiment140 test set (no header row) → mentions (csv plugin)${skip}`, () => {
  const dir = join(realDataDir, 'sentiment140_test');
  const polarity: Record<string, string> = { '0': 'negative', '2': 'neutral', '4': 'positive' };
  const topic = (q: string) => q.replace(/^"(.*)"$/, '$1');

  run('498 tweets, none rejected; polarity → sentiment, the query as topic, 490 authors', async () => {
    const records = parse(readFileSync(join(dir, 'testdata.manual.2009.06.14.csv'))) as string[][];
    expect(records).toHaveLength(498);
    expect(records.every((f) => f.length === 6)).toBe(true);
    const queries = countBy(records, (f) => f[3]);
    expect(Object.keys(queries)).toHaveLength(81);
    expect([queries['"twitter api"'], queries['twitter api'], queries['"booz allen"']]).toEqual([11, 2, 3]);

    const { r } = await pull('csv', dir, s140Options, s140Tracked);
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 498, rejected: 0 });
    expect(r.rejects).toEqual([]);
    const rows = r.rows.mentions!;
    expect(rows).toHaveLength(498);

    const kind = (q: string) => ({ 'time warner': 'brand', 'at&t': 'competitor', comcast: 'competitor' })[topic(q).toLowerCase()] ?? 'topic';
    const want = new Map(
      records.map(([pol, id, , query, user, text]) => [
        id!,
        { author_handle: user, text: cell(text), sentiment: polarity[pol!], sentiment_original: pol, query: topic(query!), matched_name: topic(query!), matched_kind: kind(query!) },
      ]),
    );
    const got = new Map(rows.map((m) => [m.id as string, { author_handle: m.author_handle, text: m.text, sentiment: m.sentiment, sentiment_original: m.sentiment_original, query: m.query, matched_name: m.matched_name, matched_kind: m.matched_kind }]));
    expect(got).toEqual(want);

    expect(countBy(rows, (m) => m.sentiment)).toEqual(countBy(records, (f) => polarity[f[0]!]));
    expect(countBy(rows, (m) => m.sentiment)).toEqual({ positive: 182, negative: 177, neutral: 139 });
    expect(new Set(rows.map((m) => m.author_handle)).size).toBe(new Set(records.map((f) => f[4])).size);
    expect(new Set(rows.map((m) => m.author_handle)).size).toBe(490);
    // The quoted and unquoted spellings of a query are one topic: 81 values, 80 topics.
    expect(new Set(rows.map((m) => m.query)).size).toBe(80);
    expect(rows.filter((m) => m.query === 'twitter api')).toHaveLength(13);
    expect(rows.some((m) => String(m.query).includes('"'))).toBe(false);

    // Line 1 of the file (there is no header): "4","3","Mon May 11 03:17:40 UTC 2009","kindle2","tpryan","@stellargirl I loooooooovvvvvveee my Kindle2. …"
    expect(rows.find((m) => m.id === '3')).toMatchObject({
      published_at: DateTime.fromFormat('Mon May 11 03:17:40 +0000 2009', 'EEE MMM dd HH:mm:ss ZZZ yyyy', { setZone: true }).toUTC().toISO(),
      platform: 'twitter',
      author_handle: 'tpryan',
      text: records[0]![5],
      sentiment: 'positive',
      sentiment_original: '4',
      query: 'kindle2',
      matched_kind: 'topic',
      matched_name: 'kindle2',
    });
    expect(records[0]![5]).toBe('@stellargirl I loooooooovvvvvveee my Kindle2. Not that the DX is cool, but the 2 is fantastic in its own right.');
  });

  run('share of voice: Time Warner against AT&T and Comcast; the other queries are topics, not "not matched"', async () => {
    const records = parse(readFileSync(join(dir, 'testdata.manual.2009.06.14.csv'))) as string[][];
    const byTopic = countBy(records, (f) => topic(f[3]!).toLowerCase());
    expect([byTopic['time warner'], byTopic['at&t'], byTopic.comcast]).toEqual([35, 15, 4]);
    const { r } = await pull('csv', dir, s140Options, s140Tracked);
    const all = rangePeriod('2009-05-11', '2009-06-14', 'UTC');
    const v = await kpis(r.dataDir, s140Tracked, [mentionsKpi, shareOfVoiceKpi, negativeShareKpi], [all]);
    const at = (id: string) => v.get(id)!.get(all.id)!;
    const brand = records.filter((f) => topic(f[3]!) === 'time warner');
    // `listened` counts the brand, its competitors and the mentions matched to nothing (none here):
    // the 444 topic mentions are matched, to a topic, so they are neither.
    expect(at('listening.mentions')).toMatchObject({ available: true, value: 35, inputs: { unmatched: 0, listened: 35 + 15 + 4 } });
    expect(at('listening.share_of_voice')).toMatchObject({ available: true, inputs: { brand: 35, total: 35 + 15 + 4 } });
    expect(at('listening.negative_share')).toMatchObject({ inputs: { negative: brand.filter((f) => f[0] === '0').length, with_sentiment: 35 } });
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Salesforce Opportunity object export → deals
// ---------------------------------------------------------------------------------------------

describe(`Salesforce Opportunity object export → deals (salesforce plugin, API field names)${skip}`, () => {
  const dir = join(realDataDir, 'salesforce_opportunities');
  /** "02/23/26" or "02/23/26 08:55 PM": Excel's US dates with two-digit years, wall time in the org's zone. */
  const usDate = (s: string): string => {
    const t = DateTime.fromFormat(s, s.includes(' ') ? 'MM/dd/yy hh:mm a' : 'MM/dd/yy', { zone: sfTimezone, locale: 'en-US' });
    if (!t.isValid) throw new Error(`not a date the test knows: ${s}`);
    return t.toUTC().toISO()!;
  };
  const status = (f: Rec) => (f.IsClosed === 'TRUE' ? (f.IsWon === 'TRUE' ? 'won' : 'lost') : 'open');
  const amount = (f: Rec) => (f.Amount === '' ? null : Number(f.Amount));
  const load = () => parse(readFileSync(join(dir, 'Opportunity.csv')), { columns: true }) as Rec[];

  run('36 deals with no `columns`: status from IsClosed/IsWon, closed_at only when closed, blanks stay empty', async () => {
    const records = load();
    expect(records).toHaveLength(36);
    const { r, warnings } = await pull('salesforce', dir, sfOptions, { timezone: 'UTC', currency: 'USD' });
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 36, rejected: 0 });
    expect(r.rejects).toEqual([]);
    const rows = r.rows.deals!;

    const want = new Map(
      records.map((f) => [
        f.Id!,
        {
          name: f.Name,
          stage: f.StageName,
          status: status(f),
          amount: amount(f),
          lead_source: f.LeadSource || null,
          is_social: false,
          created_at: usDate(f.CreatedDate!),
          closed_at: f.IsClosed === 'TRUE' ? usDate(f.CloseDate!) : null,
          currency: null,
          company: null,
        },
      ]),
    );
    const got = new Map(rows.map((d) => [d.id as string, { name: d.name, stage: d.stage, status: d.status, amount: d.amount, lead_source: d.lead_source, is_social: d.is_social, created_at: d.created_at, closed_at: d.closed_at, currency: d.currency, company: d.company }]));
    expect(got).toEqual(want);

    expect(countBy(rows, (d) => d.status)).toEqual({ open: 16, won: 12, lost: 8 });
    expect(rows.filter((d) => d.amount === null).map((d) => d.status).sort()).toEqual(['lost', 'lost', 'open', 'open', 'open']);
    expect(rows.filter((d) => d.lead_source === null)).toHaveLength(7);
    // Ids are case-sensitive: …NaAAP and …NAAA5 are two deals; three "United Oil Installations".
    expect(new Set(rows.map((d) => d.id)).size).toBe(36);
    expect(rows.filter((d) => d.name === 'United Oil Installations')).toHaveLength(3);
    // Line 2: …,Qualification,15000,10,1500,02/03/24,,Purchased List,FALSE,FALSE,02/23/26,… — open: its
    // CloseDate is the expected one and is not stored.
    expect(got.get('006bm00000LKJNNAA5')).toMatchObject({ status: 'open', amount: 15000, created_at: '2026-02-23T08:00:00.000Z', closed_at: null, lead_source: 'Purchased List' });
    // Line 35: Farmers Coop. of Florida-, Closed Lost, no amount, closed 02/23/26, created 02/24/26.
    expect(got.get('006bm00000LKgOnAAL')).toMatchObject({ status: 'lost', amount: null, closed_at: '2026-02-23T08:00:00.000Z', created_at: '2026-02-24T08:00:00.000Z' });

    // CloseDate before CreatedDate: 32 rows of the file — the 31 back-dated sample deals (closed
    // 2024-02-03, created 2026-02-23) and Farmers Coop. (closed the day before it was created). 19 of
    // them are closed, so 19 stored deals close before they were created: kept, with a warning.
    expect(records.filter((f) => usDate(f.CloseDate!) < usDate(f.CreatedDate!))).toHaveLength(32);
    expect(records.filter((f) => f.CloseDate === '02/03/24' && f.CreatedDate === '02/23/26')).toHaveLength(31);
    const early = rows.filter((d) => d.closed_at !== null && String(d.closed_at) < String(d.created_at));
    expect(early).toHaveLength(19);
    const closed = rows.filter((d) => d.closed_at !== null).length;
    expect(warnings.filter((w) => w.includes('before created_at'))).toEqual([
      expect.stringContaining(`stream opportunities: ${early.length} of the ${closed} deals with both created_at and closed_at have closed_at before created_at (e.g. id 006bm00000LKJNPAA5). They are stored as the source gives them`),
    ]);
  });

  run('pipeline: "3 of the 16 open deals have no amount", never $0 for them; value won; back-dated wins fall outside the covered months', async () => {
    const records = load();
    const { r } = await pull('salesforce', dir, sfOptions, { timezone: sfTimezone, currency: 'USD' });
    const config = { brand: { name: 'Acme' }, timezone: sfTimezone, currency: 'USD' };
    const open = records.filter((f) => status(f) === 'open');
    const openValue = sum(open.map((f) => amount(f) ?? 0));
    const openWithout = open.filter((f) => amount(f) === null).length;
    const won = records.filter((f) => status(f) === 'won');
    const wonValue = sum(won.map((f) => amount(f)!));
    expect([open.length, openWithout, openValue, won.length, wonValue]).toEqual([16, 3, 2115000, 12, 2815000]);

    // March 2026 ends after every deal was created and after every close date: exactly the 16 open deals.
    const march = monthPeriod('2026-03', sfTimezone);
    const everything = rangePeriod('2024-01-01', '2026-03-31', sfTimezone);
    const feb2024 = monthPeriod('2024-02', sfTimezone);
    const v = await kpis(r.dataDir, config, [pipelineValueKpi, wonValueKpi, dealsWonKpi, winRateKpi], [march, everything, feb2024]);
    expect(v.get('selling.pipeline_value')!.get(march.id)).toMatchObject({
      available: true,
      value: openValue,
      note: `${openWithout} of the ${open.length} open deals have no amount and are not in the value`,
      inputs: { open_deals: open.length, open_deals_without_amount: openWithout },
    });
    expect(v.get('selling.won_value')!.get(everything.id)).toMatchObject({ available: true, value: wonValue, inputs: { won_deals: won.length, won_deals_without_amount: 0 } });
    expect(v.get('selling.win_rate')!.get(everything.id)).toMatchObject({ available: true, value: won.length / (won.length + 8), inputs: { won: 12, closed: 20 } });
    // The sample deals closed on 2024-02-03, two years before the data's first created_at: that month
    // is not covered by the deals, so its report says so rather than counting their wins.
    for (const id of ['selling.deals_won', 'selling.won_value']) expect(v.get(id)!.get(feb2024.id)).toMatchObject({ available: false, code: 'not_covered' });
  });
});

// ---------------------------------------------------------------------------------------------
// cadence check on the three mappings, written in a cadence.config.ts as a user would
// ---------------------------------------------------------------------------------------------

describe(`cadence check proves the three mappings${skip}`, () => {
  run('✓ for each source: every sampled row imports', async () => {
    const config = `import { defineConfig } from 'cadence/config';
export default defineConfig({
  brand: { name: 'Apple' },
  competitors: [{ name: 'Google' }, { name: 'Microsoft' }, { name: 'Twitter' }],
  timezone: 'UTC',
  sources: {
    sanders: { plugin: 'csv', options: ${JSON.stringify({ ...sandersOptions, file: 'exports/full-corpus.csv' })} },
    sentiment140: { plugin: 'csv', options: ${JSON.stringify({ ...s140Options, file: 'exports/testdata.manual.2009.06.14.csv' })} },
    sfdc: { plugin: 'salesforce', options: ${JSON.stringify({ ...sfOptions, exports: { opportunities: { file: 'exports/Opportunity.csv' } } })} },
  },
});
`;
    const project = await makeProject({ 'cadence.config.ts': config });
    cleanups.push(() => rm(project, { recursive: true, force: true }));
    await mkdir(join(project, 'exports'), { recursive: true });
    await copyFile(join(realDataDir, 'sanders_twitter_sentiment/full-corpus.csv'), join(project, 'exports/full-corpus.csv'));
    await copyFile(join(realDataDir, 'sentiment140_test/testdata.manual.2009.06.14.csv'), join(project, 'exports/testdata.manual.2009.06.14.csv'));
    await copyFile(join(realDataDir, 'salesforce_opportunities/Opportunity.csv'), join(project, 'exports/Opportunity.csv'));
    const r = await runCli(['check'], { cwd: project });
    expect(r.stderr).not.toMatch(/CADENCE_/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ sanders (csv): exports/full-corpus.csv: UTF-8, comma-separated, header on line 1, 5 columns');
    expect(r.stdout).toContain('✓ mentions: 1,000 of 1,000 sampled rows import');
    expect(r.stdout).toContain('✓ sentiment140 (csv): exports/testdata.manual.2009.06.14.csv: UTF-8, comma-separated, no header row (columnNames), 6 columns');
    expect(r.stdout).toContain('✓ mentions: 498 of 498 sampled rows import');
    expect(r.stdout).toMatch(/✓ sfdc \(salesforce\): opportunities: exports\/Opportunity\.csv: [^\n]*header on line 1, 19 columns/);
    expect(r.stdout).toContain('✓ opportunities: 36 of 36 sampled rows import');
    expect(r.stdout).not.toMatch(/[⚠✗]/);
  });
});
