/**
 * Export mode end to end: the fixture exports (make-fixtures.ts) pulled through the real host,
 * and the malformed variants, each failing with its code from `check` and from `pull`.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullFixture } from 'cadence/testkit';
import talkwalker from './index.ts';
import { documents, trackedConfig } from './fixtures/documents.ts';
import { toCsv } from './fixtures/export-layout.ts';
import { context, errorCode, fixturesDir } from './test-helpers.ts';

const config = trackedConfig as never;
const pull = (name: string, options: Record<string, unknown> = {}) => pullFixture({ plugin: talkwalker, options, projectDir: fixturesDir(name), config, source: 'tw' });
const byUrl = (rows: Record<string, unknown>[]) => Object.fromEntries(rows.map((r) => [r.url as string, r]));
/** The pull's error first, so that a failure shows its cause. */
const outcome = (r: Awaited<ReturnType<typeof pull>>) => {
  expect(r.result.sources[0]!.error?.message).toBeUndefined();
  return r.result.sources[0];
};

describe('talkwalker export', () => {
  it('reads every monthly export: rows, rejects and values per source type', async () => {
    const r = await pull('export');
    try {
      expect(outcome(r)).toMatchObject({ status: 'ok', added: 8, rejected: 2 });
      const rows = byUrl(r.rows.mentions!);
      expect(Object.keys(rows)).toHaveLength(8);

      // News: reach is page views; ISO date in the first file.
      expect(rows['https://www.dailynews.example/business/acme-opens-plant-12345.html']).toMatchObject({
        id: 'https://www.dailynews.example/business/acme-opens-plant-12345.html|2026-03-02T08:15:00.000Z',
        published_at: '2026-03-02T08:15:00.000Z',
        platform: 'news',
        source_type: 'news',
        domain: 'dailynews.example',
        title: 'Acme opens a recycling plant in Leeds',
        author_name: 'Ian Gallagher',
        country: 'United Kingdom',
        language: 'en',
        sentiment: 'neutral',
        sentiment_original: '0',
        reach: 41651376,
        reach_kind: 'page_views',
        engagement: 812,
        matched_kind: 'brand',
        matched_name: 'Acme',
        source_file: 'exports/talkwalker-2026-03-01.csv',
      });
      // X/Twitter: reach is the author's followers; the handle loses its @; milliseconds kept.
      expect(rows['https://twitter.com/jdoe/status/1764000000000000001']).toMatchObject({
        published_at: '2026-03-03T12:00:00.250Z',
        platform: 'twitter',
        source_type: 'social',
        author_handle: 'jdoe',
        author_followers: 1200,
        sentiment: 'negative',
        sentiment_original: '-3',
        reach: 1200,
        reach_kind: 'followers',
        comments: 2,
        matched_kind: 'brand',
      });
      // Facebook: reach is the page's fans.
      expect(rows['https://www.facebook.com/acmeofficial/posts/998877']).toMatchObject({ platform: 'facebook', reach_kind: 'fans', sentiment: 'positive', reach: 85000 });
      // A post on x.com whose source type names no network.
      expect(rows['https://x.com/outdoorsdaily/status/1765000000000000002']).toMatchObject({ platform: 'twitter', reach_kind: 'followers', matched_kind: null });
      // Other networks: an estimate.
      expect(rows['https://www.instagram.com/p/Cx1yZ2aBcDe/']).toMatchObject({ platform: 'instagram', source_type: 'social', reach_kind: 'estimated' });
      // Blogs count page views too (Talkwalker's definition); a topic keyword matched.
      expect(rows['https://greenliving.example/2026/03/why-recycling-matters']).toMatchObject({ platform: 'blog', reach_kind: 'page_views', matched_kind: 'topic', matched_name: 'Recycling' });
      // No reach, no reach kind; a competitor named.
      expect(rows['https://forum.hikers.example/t/globex-boots-sizing/4411']).toMatchObject({ platform: 'forum', reach: null, reach_kind: null, matched_kind: 'competitor', matched_name: 'Globex' });
      // Epoch milliseconds in the second file; a sentiment label kept as given.
      expect(rows['https://www.lemonde.example/economie/article/2026/03/09/acme-rachete-un-concurrent.html']).toMatchObject({
        published_at: '2026-03-09T16:20:00.000Z',
        platform: 'news',
        sentiment: 'positive',
        sentiment_original: 'POSITIVE',
        author_name: 'Élodie Martin',
        source_file: 'exports/talkwalker-2026-03-05.csv',
      });

      expect(r.rejects.map((x) => [x.file, x.line, x.column, x.code])).toEqual([
        ['exports/talkwalker-2026-03-05.csv', '6', 'published', 'CADENCE_VALUE_NOT_DATE'],
        ['exports/talkwalker-2026-03-05.csv', '7', 'reach', 'CADENCE_VALUE_NOT_NUMBER'],
      ]);
    } finally {
      await r.cleanup();
    }
  });

  it('sums likes and shares over the networks’ columns', async () => {
    const r = await pull('export');
    try {
      outcome(r);
      const rows = byUrl(r.rows.mentions!);
      expect(rows['https://www.facebook.com/acmeofficial/posts/998877']).toMatchObject({ likes: 1900, shares: 210, comments: 100 });
      expect(rows['https://twitter.com/jdoe/status/1764000000000000001']).toMatchObject({ likes: 24, shares: 11 });
      expect(rows['https://forum.hikers.example/t/globex-boots-sizing/4411']).toMatchObject({ likes: null, shares: null });
    } finally {
      await r.cleanup();
    }
  });

  it('reads a Windows-1252 export', async () => {
    const r = await pull('windows-1252');
    try {
      outcome(r);
      expect(r.rows.mentions!.map((m) => [m.title, m.author_name])).toEqual([['Acme rachète un concurrent français', 'Élodie Martin']]);
    } finally {
      await r.cleanup();
    }
  });

  it('reads dates without an offset in the `timezone` option', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talkwalker-tz-'));
    try {
      await mkdir(join(dir, 'exports'));
      await writeFile(join(dir, 'exports/talkwalker.csv'), toCsv(documents.slice(0, 1), { published: () => '2026-03-02 09:15:00' }));
      const r = await pullFixture({ plugin: talkwalker, options: { timezone: 'Europe/Paris' }, projectDir: dir, config, source: 'tw' });
      expect(r.rows.mentions!.map((m) => m.published_at)).toEqual(['2026-03-02T08:15:00.000Z']);
      await r.cleanup();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('check describes the files', async () => {
    const ctx = context({}, { projectDir: fixturesDir('export') });
    const result = await talkwalker.check(ctx);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^2 files match exports\/talkwalker\*\.csv — exports\/talkwalker-2026-03-01\.csv: UTF-8 with BOM, comma-separated, header on line 1, 50 columns/);
    expect(result.streams).toEqual({ mentions: expect.stringMatching(/^whole files/) });
  });

  it.each([
    ['missing-column', {}, 'CADENCE_CSV_MISSING_COLUMN'],
    ['xlsx', {}, 'CADENCE_CSV_ENCODING'],
    ['windows-1252', { encoding: 'utf-8' }, 'CADENCE_CSV_ENCODING'],
    ['empty', {}, 'CADENCE_CSV_EMPTY'],
    ['export', { file: 'exports/brandwatch*.csv' }, 'CADENCE_FILE_NOT_FOUND'],
  ])('%s %j → %s, from check and from pull', async (name, options, code) => {
    expect(await errorCode(talkwalker.check(context(options, { projectDir: fixturesDir(name) })))).toBe(code);
    const r = await pull(name, options);
    try {
      expect(r.result.sources[0]).toMatchObject({ status: 'failed', error: { code } });
      expect(r.rows.mentions).toBeUndefined();
    } finally {
      await r.cleanup();
    }
  });

  it('a truncated export keeps its whole rows and rejects the cut one', async () => {
    const r = await pull('truncated');
    try {
      outcome(r);
      expect(r.rows.mentions!.map((m) => m.platform).sort()).toEqual(['news', 'twitter']);
      expect(r.rejects.map((x) => [x.line, x.code])).toEqual([['4', 'CADENCE_CSV_MALFORMED_ROW']]);
    } finally {
      await r.cleanup();
    }
  });

  it('refuses both an export and the API', () => {
    const parsed = talkwalker.options.safeParse({ file: 'a.csv', api: { token: 't0k3n-abc', projectId: 'p', startDate: '2026-01-01' } });
    expect(parsed.success).toBe(false);
  });
});
