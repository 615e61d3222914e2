/**
 * The meltwater plugin end to end through the real host (pullFixture): both layouts, with and
 * without the junk line, the store's typing of every field, and the broken files users meet.
 * Fixtures: fixtures/make-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { trackedPatterns, type SourceContext } from 'cadence/plugin';
import { pullFixture, type PullFixtureOptions } from 'cadence/testkit';
import meltwater from './index.ts';
import { meltwaterMapping } from './mapping.ts';
import type { MeltwaterOptions } from './options.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;

const tracked = {
  brand: { name: 'Acme', handles: ['acme'] },
  competitors: [{ name: 'Globex' }],
  topics: [{ name: 'trail running', keywords: ['trail running'] }],
};

const provenance = new Set(['source_name', 'source_plugin', 'source_stream', 'source_file', 'source_line', 'imported_at']);

/** Pulls a fixture file; returns the outcome, the stored mentions (provenance and empty fields left out) and the rejects. */
async function pull(options: Record<string, unknown>, config: PullFixtureOptions['config'] = {}) {
  const r = await pullFixture({ plugin: meltwater, options, projectDir: fixtures, config: { ...tracked, ...config } });
  await r.cleanup();
  const mentions = (r.rows['mentions'] ?? []).map((row) =>
    Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && !provenance.has(k))),
  );
  const rejects = r.rejects.map(({ file, line, column, code }) => ({ file, line, column, code }));
  return { outcome: r.result.sources[0]!, mentions, rejects };
}

function context(options: Record<string, unknown>): SourceContext<MeltwaterOptions> {
  return {
    source: 'test',
    options: meltwater.options.parse(options),
    signal: new AbortController().signal,
    log: { debug() {}, info() {}, warn() {}, error() {} },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    projectDir: fixtures,
    timezone: 'UTC',
    tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: ['acme'], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
  };
}

const codeOf = async (p: Promise<unknown>) => ((await p.then(() => ({}), (e: unknown) => e)) as { code?: string }).code;

/** What every layout of the fixture export must give (Madrid time, CEST = UTC+2). */
const expected = [
  {
    id: '1712041920000_news0001',
    published_at: '2024-04-02T05:12:00.000Z',
    platform: 'news',
    source_type: 'news',
    url: 'https://news.example/acme-flagship',
    domain: 'news.example',
    title: 'Acme opens flagship store in Madrid',
    text: 'Acme opened its flagship store on Gran Vía on Tuesday.',
    language: 'es',
    country: 'Spain',
    sentiment: 'positive',
    sentiment_original: 'Positive',
    reach: 1234567,
    reach_kind: 'estimated',
    query: 'Acme brand',
    matched_kind: 'brand',
    matched_name: 'Acme',
  },
  {
    id: '1712085000000_x0002',
    published_at: '2024-04-02T17:30:00.000Z',
    platform: 'twitter',
    source_type: 'social',
    url: 'https://x.com/carl/status/2',
    domain: 'x.com',
    author_handle: 'carl',
    text: 'So slow today @acme 😤',
    language: 'fr',
    country: 'France',
    sentiment: 'negative',
    sentiment_original: 'Negative',
    reach: 310,
    reach_kind: 'estimated',
    engagement: 17,
    likes: 12,
    comments: 3,
    shares: 2,
    query: 'Acme brand',
    matched_kind: 'brand',
    matched_name: 'Acme',
  },
  {
    id: '1712102700000_rd0003',
    published_at: '2024-04-02T22:05:00.000Z',
    platform: 'reddit',
    source_type: 'social',
    url: 'https://reddit.com/r/outdoors/comments/3',
    domain: 'reddit.com',
    author_handle: 'dana_hikes',
    title: 'Globex vs the rest?',
    text: 'Is the Globex tent worth the money?',
    language: 'en',
    country: 'United States',
    sentiment: 'neutral',
    sentiment_original: 'Neutral',
    reach: 8900,
    reach_kind: 'estimated',
    engagement: 45,
    likes: 30,
    comments: 15,
    shares: 0,
    query: 'Competitors',
    matched_kind: 'competitor',
    matched_name: 'Globex',
  },
  {
    id: '1712148300000_fb0004',
    published_at: '2024-04-03T10:45:00.000Z',
    platform: 'facebook',
    source_type: 'social',
    url: 'https://facebook.com/trailclub/posts/4',
    domain: 'facebook.com',
    author_handle: 'trailclub',
    text: 'Best trail running shoes this spring — "light" and fast',
    language: 'de',
    country: 'Germany',
    sentiment_original: 'Not Rated',
    reach: 5000,
    reach_kind: 'estimated',
    engagement: 120,
    likes: 100,
    comments: 15,
    shares: 5,
    query: 'Topics',
    matched_kind: 'topic',
    matched_name: 'trail running',
  },
  {
    id: '1712221200000_bl0005',
    published_at: '2024-04-04T07:00:00.000Z',
    platform: 'blog',
    source_type: 'blog',
    url: 'https://blog.example/acme-review',
    domain: 'blog.example',
    author_handle: 'janeroe',
    title: 'Review: the Acme Firn jacket',
    text: 'The Acme jacket kept me dry.',
    language: 'en',
    country: 'United Kingdom',
    sentiment: 'positive',
    sentiment_original: 'Positive',
    reach: 12000,
    reach_kind: 'estimated',
    query: 'Acme brand',
    matched_kind: 'brand',
    matched_name: 'Acme',
  },
];

describe('meltwater plugin', () => {
  it('declares the mentions stream and refuses unknown options', () => {
    expect(meltwater.streams).toEqual({ mentions: { entity: 'mentions', description: 'Mentions from Meltwater exports' } });
    expect(meltwater.options.safeParse({ file: 'a.csv', sheet: 1 }).success).toBe(false);
    expect(meltwater.options.safeParse({}).success).toBe(false);
  });

  it('check: encoding, delimiter, header line and layout', async () => {
    expect(await meltwater.check(context({ file: 'current/export.csv' }))).toEqual({
      ok: true,
      message: 'current/export.csv: UTF-16LE with BOM, tab-separated, header on line 1, 23 columns; current layout',
      streams: { mentions: "whole file (each pull replaces this source's earlier rows)" },
    });
    expect((await meltwater.check(context({ file: 'legacy-junk/export.csv' }))).message).toBe(
      'legacy-junk/export.csv: UTF-16LE with BOM, tab-separated, header on line 2, 23 columns; older layout (Headline, Influencer)',
    );
  });

  it('current layout: every field typed, Date + Time in the export time zone to UTC', async () => {
    const { outcome, mentions, rejects } = await pull({ file: 'current/export.csv', timezone: 'Europe/Madrid' });
    expect(outcome).toMatchObject({ status: 'ok', added: 5, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(mentions).toEqual(expected);
  });

  it.each([
    ['current layout after a junk line', 'current-junk/export.csv'],
    ['older layout (Headline, Influencer, Date with the time)', 'legacy/export.csv'],
    ['older layout after a junk line', 'legacy-junk/export.csv'],
  ])('%s gives the same mentions', async (_, file) => {
    const { outcome, mentions } = await pull({ file, timezone: 'Europe/Madrid' });
    expect(outcome).toMatchObject({ status: 'ok', added: 5, rejected: 0 });
    expect(mentions).toEqual(expected);
  });

  it('reads a UTF-16 export that lost its byte-order mark; dates default to the project time zone', async () => {
    const { mentions } = await pull({ file: 'no-bom/export.csv' }, { timezone: 'America/New_York' });
    expect(mentions.map((m) => m['published_at'])).toEqual([
      '2024-04-02T11:12:00.000Z',
      '2024-04-02T23:30:00.000Z',
      '2024-04-03T04:05:00.000Z',
      '2024-04-03T16:45:00.000Z',
      '2024-04-04T13:00:00.000Z',
    ]);
  });

  it('applies `columns` overrides over the built-in mapping', async () => {
    const { mentions } = await pull({ file: 'current/export.csv', columns: { impressions: 'Views', query: { value: 'all' }, matched_kind: { value: null }, matched_name: { value: null } } });
    expect(mentions[1]).toMatchObject({ impressions: 540, query: 'all' });
    expect(mentions.every((m) => !('matched_kind' in m) && !('matched_name' in m))).toBe(true);
  });

  it('rejects bad rows with file, line and column; the others import', async () => {
    const { outcome, mentions, rejects } = await pull({ file: 'bad-rows/export.csv', timezone: 'Europe/Madrid' });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 2 });
    expect(mentions.map((m) => m['id'])).toEqual(['1712041920000_news0001', '1712148300000_fb0004']);
    expect(rejects).toEqual([
      { file: 'bad-rows/export.csv', line: '4', column: 'Reach', code: 'CADENCE_VALUE_NOT_NUMBER' },
      { file: 'bad-rows/export.csv', line: '5', column: '{Date} {Time}', code: 'CADENCE_VALUE_NOT_DATE' },
    ]);
  });

  it('a truncated download: the cut row is rejected as malformed, the rows before it import', async () => {
    const { outcome, mentions, rejects } = await pull({ file: 'truncated/export.csv' });
    expect(outcome).toMatchObject({ status: 'ok', added: 3, rejected: 1 });
    expect(mentions.map((m) => m['id'])).toEqual(['1712041920000_news0001', '1712085000000_x0002', '1712102700000_rd0003']);
    expect(rejects).toMatchObject([{ file: 'truncated/export.csv', line: '5', code: 'CADENCE_CSV_MALFORMED_ROW' }]);
  });

  it.each([
    ['current layout without Time', { file: 'missing-time/export.csv' }, 'CADENCE_CSV_MISSING_COLUMN'],
    ['not a mentions export', { file: 'no-header/export.csv' }, 'CADENCE_CSV_HEADER_NOT_FOUND'],
    ['an Excel workbook saved as .csv', { file: 'workbook/export.csv' }, 'CADENCE_CSV_ENCODING'],
    ['UTF-16 without BOM read as UTF-8', { file: 'no-bom/export.csv', encoding: 'utf-8' }, 'CADENCE_CSV_ENCODING'],
    ['an override naming no mentions field', { file: 'current/export.csv', columns: { reach_count: 'Reach' } }, 'CADENCE_CSV_MAPPING_INVALID'],
    ['a missing file', { file: 'nowhere/export.csv' }, 'CADENCE_FILE_NOT_FOUND'],
  ])('%s: the source fails with a coded error, and check says the same', async (_, options, code) => {
    const { outcome, mentions } = await pull(options);
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.code).toBe(code);
    expect(mentions).toEqual([]);
    expect(await codeOf(meltwater.check(context(options)))).toBe(code);
  });
});

describe('meltwaterMapping', () => {
  const patterns = trackedPatterns({ brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] });

  it('an older export without Time reads the time from Date; without Document ID the id is left to the store', () => {
    const { columns, layout } = meltwaterMapping(['Date', 'URL', 'Source Type', 'Headline', 'Influencer'], { tracked: patterns });
    expect(layout).toBe('older');
    expect(columns['published_at']).toEqual({ column: 'Date', format: expect.arrayContaining(['%d-%b-%Y %I:%M%p']) });
    expect(columns['id']).toBeUndefined();
    expect(columns['matched_name']).toEqual({ match: ['Headline', 'Influencer'], patterns: [{ value: 'Acme', regex: '(?i)(\\bAcme\\b)' }] });
  });

  it('an older export with Source instead of Source Type: known networks by name, outlets as news', () => {
    const { columns } = meltwaterMapping(['Date', 'URL', 'Source', 'Headline'], { tracked: [] });
    expect(columns['platform']).toEqual({ column: 'Source', map: expect.objectContaining({ twitter: 'twitter', blogs: 'blog', '*': 'news' }) });
    expect(columns['source_type']).toEqual({ column: 'Source', map: expect.objectContaining({ twitter: 'social', '*': 'news' }) });
  });

  it('takes the date format from the options, and maps no match without tracked names', () => {
    const { columns } = meltwaterMapping(['date', 'time', 'url', 'source type', 'hit sentence'], { tracked: [], dateFormat: ['%Y/%m/%d %H:%M'] });
    expect(columns['published_at']).toEqual({ template: '{date} {time}', format: ['%Y/%m/%d %H:%M'] });
    expect(columns['text']).toBe('hit sentence');
    expect(columns['matched_kind']).toBeUndefined();
  });
});
