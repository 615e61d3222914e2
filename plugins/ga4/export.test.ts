/**
 * The ga4 plugin on exports, end to end through the real host (pullFixture): GA4 exports with `#`
 * lines (daily and hourly), a Universal Analytics export, the broken files users meet, and the
 * real UA blog export in /work/shared/real-data.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceContext } from 'cadence/plugin';
import { pullFixture } from 'cadence/testkit';
import ga4 from './index.ts';
import { exportMapping, summaryMarker } from './export.ts';
import type { Ga4Options } from './options.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const provenance = new Set(['source_name', 'source_plugin', 'source_stream', 'source_file', 'source_line', 'imported_at', 'id']);

const key = (r: Record<string, unknown>) => `${r.date}${String(r.hour ?? '').padStart(2, '0')}${r.channel_original ?? r.channel}${r.source}`;

async function pull(options: Record<string, unknown>, projectDir = fixtures) {
  const r = await pullFixture({ plugin: ga4, options, projectDir });
  await r.cleanup();
  const all = r.rows.web_sessions ?? [];
  const rows = all
    .map((row) => Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && !provenance.has(k))))
    .sort((a, b) => key(a).localeCompare(key(b)));
  const rejects = r.rejects.map(({ line, column, code }) => ({ line: Number(line), column, code }));
  return { outcome: r.result.sources[0]!, rows, all, rejects };
}

function context(options: Record<string, unknown>): SourceContext<Ga4Options> {
  return {
    source: 'test',
    options: ga4.options.parse(options),
    signal: new AbortController().signal,
    log: { debug() {}, info() {}, warn() {}, error() {} },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-09-15T00:00:00Z') },
    projectDir: fixtures,
    timezone: 'UTC',
    tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
  };
}

const errorOf = async (p: Promise<unknown>) => (await p.then(() => ({}), (e: unknown) => e)) as { code?: string; message?: string };

describe('ga4 exports', () => {
  it('options: file or api, not both, not neither', () => {
    expect(ga4.options.safeParse({}).success).toBe(false);
    expect(ga4.options.safeParse({ file: 'a.csv', api: { propertyId: 1, token: 't', startDate: '2026-01-01' } }).success).toBe(false);
    expect(ga4.options.safeParse({ file: 'a.csv', date: '2017-12-31' }).success).toBe(true);
    expect(ga4.options.safeParse({ file: 'a.csv', date: '31/12/2017' }).success).toBe(false);
  });

  it('GA4 traffic acquisition: # lines skipped, channels normalized, Grand total rejected not counted', async () => {
    const { outcome, rows, rejects } = await pull({ file: 'ga4-traffic.csv' });
    expect(outcome).toMatchObject({ status: 'ok', added: 8, rejected: 1 });
    expect(rejects).toEqual([{ line: 18, column: 'Date', code: 'CADENCE_VALUE_NOT_DATE' }]);
    expect(rows.reduce((n, r) => n + Number(r.sessions), 0)).toBe(914);
    expect(rows.map((r) => [r.date, r.channel_original, r.channel, r.is_social])).toEqual([
      ['2026-09-01', 'Direct', 'direct', false],
      ['2026-09-01', 'Organic Search', 'organic_search', false],
      ['2026-09-01', 'Organic Social', 'organic_social', true],
      ['2026-09-01', 'Paid Social', 'paid_social', true],
      ['2026-09-01', 'Unassigned', 'other', false],
      ['2026-09-02', 'Affiliates', 'affiliate', false],
      ['2026-09-02', 'Cross-network', 'other', false],
      ['2026-09-02', 'Email', 'email', false],
    ]);
    expect(rows[3]).toEqual({
      date: '2026-09-01', channel: 'paid_social', channel_original: 'Paid Social', source: 'facebook', medium: 'cpc', campaign: 'autumn_launch',
      sessions: 200, engaged_sessions: 90, users: 190, pageviews: 410, conversions: 12, bounce_rate: 0.55, avg_time_on_page: 31.25, is_social: true,
    });
  });

  it('GA4 date + hour export: date and hour, source and medium columns, landing page, country, device', async () => {
    const { outcome, rows } = await pull({ file: 'ga4-hourly.csv' });
    expect(outcome).toMatchObject({ status: 'ok', added: 3, rejected: 0 });
    expect(rows.map((r) => [r.date, r.hour, r.channel, r.source, r.medium, r.landing_page, r.country, r.device, r.sessions, r.pageviews, r.conversions, r.is_social])).toEqual([
      ['2026-09-14', 0, 'organic_social', 't.co', 'referral', '/blog/trail-shoes', 'Spain', 'mobile', 9, 14, 0, true],
      ['2026-09-14', 9, 'referral', 'news.example', 'referral', '/', 'United States', 'desktop', 21, 40, 1, false],
      ['2026-09-14', 23, 'paid_search', 'google', 'cpc', '/shop/boots', 'Spain', 'desktop', 33, 60, 3, false],
    ]);
  });

  it('Universal Analytics export: "1,701", 32.30%, 00:01:11, Social → organic_social; needs `date`', async () => {
    const { outcome, rows } = await pull({ file: 'ua-channels.csv', date: '2017-12-31' });
    expect(outcome).toMatchObject({ status: 'ok', added: 4, rejected: 0 });
    expect(rows.map((r) => [r.date, r.channel_original, r.channel, r.source, r.medium, r.sessions, r.bounce_rate, r.avg_time_on_page, r.is_social])).toEqual([
      ['2017-12-31', '(Other)', 'other', '(not set)', '(not set)', 4, 1, 0, false],
      ['2017-12-31', 'Organic Search', 'organic_search', 'google', 'organic', 1701, 0.323, 71, false],
      ['2017-12-31', 'Referral', 'referral', 'news.example', 'referral', 97, 0.4021, 185, false],
      ['2017-12-31', 'Social', 'organic_social', 'facebook.com', 'referral', 812, 0.61, 34, true],
    ]);
    const missing = await pullFixture({ plugin: ga4, options: { file: 'ua-channels.csv' }, projectDir: fixtures });
    await missing.cleanup();
    expect(missing.result.sources[0]).toMatchObject({ status: 'failed', error: { code: 'CADENCE_CSV_MISSING_COLUMN' } });
    expect(missing.result.sources[0]!.error!.message).toContain('`date` option');
  });

  it('an export without a date dimension and no `date` option: a coded error saying what to set', async () => {
    const e = await errorOf(ga4.check(context({ file: 'ga4-no-date.csv' })));
    expect(e.code).toBe('CADENCE_CSV_MISSING_COLUMN');
    expect(e.message).toContain('`date` option');
    expect(e.message).toContain('ga4-no-date.csv');
  });

  it('an export without Sessions: a coded error', async () => {
    const e = await errorOf(ga4.check(context({ file: 'ga4-no-sessions.csv' })));
    expect(e.code).toMatch(/^CADENCE_CSV_(MISSING_COLUMN|HEADER_NOT_FOUND)$/);
    expect(e.message).toContain('ga4-no-sessions.csv');
  });

  it('a truncated export: the complete rows import, the cut row is a coded reject', async () => {
    const { outcome, rows, rejects } = await pull({ file: 'ga4-truncated.csv' });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 1 });
    expect(rows.map((r) => r.sessions)).toEqual([30, 12]);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]!.code).toMatch(/^CADENCE_/);
  });

  it('check: file found with its header line', async () => {
    const r = await ga4.check(context({ file: 'ga4-traffic.csv' }));
    expect(r.ok).toBe(true);
    expect(r.message).toContain('header on line 9');
  });

  it('UA without a date dimension: summary rows (all dimensions empty, or "Grand total") are rejected, not counted', async () => {
    const { outcome, rows, rejects } = await pull({ file: 'ua-with-total.csv', date: '2017-12-31' });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 2 });
    expect(rows.map((r) => [r.source, r.channel, r.sessions])).toEqual([['(direct)', 'direct', 500], ['google', 'organic_search', 1000]]);
    // Line 4 (no dimension at all) has no id; line 5 gets the summary marker as its date.
    expect(rejects.map((r) => [r.line, r.code])).toEqual([[4, 'CADENCE_VALUE_REQUIRED'], [5, 'CADENCE_VALUE_NOT_DATE']]);
  });

  it('the summary marker is the date of a summary row in a dateless export', () => {
    const m = exportMapping(['Page', 'Source', 'Sessions'], '2017-12-31');
    expect(m.date).toMatchObject({ match: ['Page', 'Source'] });
    expect(JSON.stringify(m.date)).toContain(summaryMarker);
  });
});

describe('ga4: multi-table exports (GA4 "Reports snapshot")', () => {
  it('reads only the Sessions table, up to its blank line; the day is the table\'s # End date; check lists the tables skipped', async () => {
    const { outcome, rows, rejects } = await pull({ file: 'ga4-snapshot.csv' });
    expect(outcome).toMatchObject({ status: 'ok', added: 5, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(rows.map((r) => [r.date, r.channel_original, r.channel, r.sessions, r.is_social])).toEqual([
      ['2026-09-07', 'Direct', 'direct', 96, false],
      ['2026-09-07', 'Organic Search', 'organic_search', 152, false],
      ['2026-09-07', 'Organic Social', 'organic_social', 64, true],
      ['2026-09-07', 'Paid Social', 'paid_social', 23, true],
      ['2026-09-07', 'Referral', 'referral', 9, false],
    ]);
    const r = await ga4.check(context({ file: 'ga4-snapshot.csv' }));
    expect(r.message).toContain('read table 4 of 5, "Session default channel group, Sessions" (line 33, 5 rows)');
    expect(r.message).toContain(
      'skipped 4 other tables: "Nth day, Users" (line 9, 7 rows); "Nth day, Total revenue" (line 20, empty); "First user default channel group, New users" (line 26, 2 rows); "Event name, Event count" (line 43, 2 rows)',
    );
  });

  it('the `date` option overrides the # End date', async () => {
    const { rows } = await pull({ file: 'ga4-snapshot.csv', date: '2026-09-30' });
    expect(new Set(rows.map((r) => r.date))).toEqual(new Set(['2026-09-30']));
    expect(rows.reduce((n, r) => n + Number(r.sessions), 0)).toBe(344);
  });

  it('the Sessions table last in the file, after an empty table, without a final line break: every row read', async () => {
    const { outcome, rows } = await pull({ file: 'ga4-snapshot-last.csv' });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 0 });
    expect(rows.map((r) => [r.date, r.channel, r.sessions, r.engaged_sessions])).toEqual([
      ['2026-09-30', 'direct', 310, 201],
      ['2026-09-30', 'organic_social', 122, 80],
    ]);
  });

  it('two tables with Sessions: refused, naming both, until `table` picks one (by position or header line)', async () => {
    const e = await errorOf(ga4.check(context({ file: 'ga4-two-sessions.csv' })));
    expect(e.code).toBe('CADENCE_CSV_TABLE_AMBIGUOUS');
    expect(e.message).toContain('1. "Nth day, Sessions" (line 3, 3 rows); 2. "Session default channel group, Sessions" (line 10, 2 rows)');
    expect(e.message).toContain('`table`');
    const failed = await pullFixture({ plugin: ga4, options: { file: 'ga4-two-sessions.csv' }, projectDir: fixtures });
    await failed.cleanup();
    expect(failed.result.sources[0]).toMatchObject({ status: 'failed', added: 0, error: { code: 'CADENCE_CSV_TABLE_AMBIGUOUS' } });

    // The chart's table: Nth day is days since the # Start date.
    const daily = await pull({ file: 'ga4-two-sessions.csv', table: 1 });
    expect(daily.outcome).toMatchObject({ status: 'ok', added: 3, rejected: 0 });
    expect(daily.rows.map((r) => [r.date, r.sessions])).toEqual([['2026-09-14', 120], ['2026-09-15', 135], ['2026-09-16', 98]]);

    const byChannel = await pull({ file: 'ga4-two-sessions.csv', table: 'session default channel group, sessions' });
    expect(byChannel.rows.map((r) => [r.date, r.channel, r.sessions])).toEqual([['2026-09-16', 'direct', 200], ['2026-09-16', 'organic_social', 153]]);
  });

  it('a `table` that is not there, or has no Sessions: coded errors listing the tables', async () => {
    const missing = await errorOf(ga4.check(context({ file: 'ga4-two-sessions.csv', table: 3 })));
    expect(missing.code).toBe('CADENCE_CSV_HEADER_NOT_FOUND');
    expect(missing.message).toContain('the file holds 2 tables');
    const noSessions = await errorOf(ga4.check(context({ file: 'ga4-snapshot.csv', table: 'Nth day,Users' })));
    expect(noSessions.code).toBe('CADENCE_CSV_HEADER_NOT_FOUND');
    expect(noSessions.message).toContain('lacks Sessions');
    expect(ga4.options.safeParse({ api: { propertyId: 1, token: 't', startDate: '2026-01-01' }, table: 2 }).success).toBe(false);
  });

  it('dates from the # block: End date for a dateless table, Start date + N for Nth day; none given is a coded error', () => {
    const block = ['# Start date: 20230322', '# End date: 20230418'];
    expect(JSON.stringify(exportMapping(['Session default channel group', 'Sessions'], undefined, block).date)).toContain('2023-04-18');
    const nth = exportMapping(['Nth day', 'Sessions'], undefined, block).date as { map: Record<string, string> };
    expect(Object.keys(nth.map)).toHaveLength(28);
    expect([nth.map['0'], nth.map['27']]).toEqual(['2023-03-22', '2023-04-18']);
    expect(() => exportMapping(['Nth day', 'Sessions'], '2023-04-18', ['# End date: 20230418'])).toThrow(/Start date/);
  });
});

const blog = '/work/shared/real-data/ga_ua_blog_analytics_bbva/blog_analytics.csv';
describe.skipIf(!existsSync(blog))('ga4 on the real UA blog export (skipped when /work/shared/real-data is missing)', () => {
  it('17,243 rows, 56,001 sessions, first row exact', async () => {
    const r = await pullFixture({ plugin: ga4, options: { file: 'blog_analytics.csv', date: '2017-12-31' }, projectDir: dirname(blog) });
    await r.cleanup();
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 17243, rejected: 0 });
    const rows = r.rows.web_sessions!;
    expect(rows).toHaveLength(17243);
    expect(rows.reduce((n, x) => n + Number(x.sessions), 0)).toBe(56001);
    // The file's first row (line 2): its id is the date option and every dimension column, Page Title included.
    const first = rows.find((x) => x.id === ['2017-12-31', '/', 'Home - BBVA Data & Analytics', 'google', 'Spain', 'desktop'].join('\u001f'))!;
    expect(first).toMatchObject({
      date: '2017-12-31', landing_page: '/', source: 'google', country: 'Spain', device: 'desktop', channel: 'organic_search', is_social: false,
      sessions: 997, bounce_rate: 0.323, avg_time_on_page: 71, pageviews: 1701, users: 679,
    });
  }, 30_000);
});
