/**
 * The twitter-analytics plugin end to end through the real host (pullFixture): five records of a
 * real "Tweets" export (fixtures/make-fixtures.ts) into posts, the "By day" export into account
 * snapshots, what `check` reports, and the broken files users meet (a column missing, the other
 * export given, a truncated download, a daily file that names no account).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceContext } from 'cadence/plugin';
import { pullFixture } from 'cadence/testkit';
import twitter from './index.ts';
import { handleFromFileName } from './mapping.ts';
import type { TwitterAnalyticsOptions } from './options.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const provenance = new Set(['source_name', 'source_plugin', 'source_stream', 'source_file', 'source_line', 'imported_at']);
const NAME = 'tweet_activity_metrics_rOpenSci_20190101_20190201_en.csv';
const TWEETS = `tweets/${NAME}`;
const DAILY = 'daily/daily_tweet_activity_metrics_acme_20260301_20260401_en.csv';

/** Pulls; returns the outcome, stored rows per entity (provenance and empty fields left out) and rejects. */
async function pull(options: Record<string, unknown>, projectDir = fixtures) {
  const r = await pullFixture({ plugin: twitter, options, projectDir });
  await r.cleanup();
  const rows = (entity: string) =>
    (r.rows[entity] ?? []).map((row) => Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && !provenance.has(k))));
  const rejects = r.rejects.map(({ file, line, column, code, stream }) => ({ stream, file, line, column, code }));
  return { outcome: r.result.sources[0]!, posts: rows('posts'), snapshots: rows('account_snapshots'), rejects, raw: r.rows };
}

function context(options: Record<string, unknown>, projectDir = fixtures): SourceContext<TwitterAnalyticsOptions> {
  return {
    source: 'test',
    options: twitter.options.parse(options),
    signal: new AbortController().signal,
    log: { debug() {}, info() {}, warn() {}, error() {} },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    projectDir,
    timezone: 'UTC',
    tracked: { brand: { name: 'rOpenSci', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
  };
}

const errorOf = async (p: Promise<unknown>) => (await p.then(() => ({}), (e: unknown) => e)) as { code?: string; message?: string; hint?: string; place?: Record<string, unknown> };

describe('twitter-analytics plugin', () => {
  it('declares a stream per configured export; needs at least one; account is a handle', () => {
    const streams = (o: Record<string, unknown>) => (typeof twitter.streams === 'function' ? twitter.streams(twitter.options.parse(o)) : twitter.streams);
    expect(streams({ tweets: { file: TWEETS }, daily: { file: DAILY } })).toEqual({
      posts: { entity: 'posts', description: `X/Twitter analytics Tweets export ${TWEETS}` },
      account_snapshots: { entity: 'account_snapshots', description: `X/Twitter analytics By day export ${DAILY}` },
    });
    expect(twitter.options.safeParse({}).success).toBe(false);
    expect(twitter.options.safeParse({ tweets: { file: TWEETS }, account: 'not a handle' }).success).toBe(false);
    expect(twitter.options.safeParse({ tweets: { file: TWEETS }, account: '@rOpenSci' }).success).toBe(true);
  });

  it('check says which field comes from which column', async () => {
    const { ok, message } = await twitter.check(context({ tweets: { file: TWEETS }, daily: { file: DAILY } }));
    expect(ok).toBe(true);
    expect(message.split('\n')).toEqual([
      `tweets: ${TWEETS}: UTF-8, comma-separated, header on line 1, 40 columns — platform ← x, id ← "Tweet id", published_at ← "time", url ← "Tweet permalink", ` +
        'text ← "Tweet text", hashtags ← "Tweet text" (pattern), account_id ← "Tweet permalink" (pattern), account_name ← "Tweet permalink" (pattern), ' +
        'impressions ← "impressions", engagements ← "engagements", shares ← "retweets", comments ← "replies", likes ← "likes", clicks ← "url clicks"',
      `daily: ${DAILY}: UTF-8, comma-separated, header on line 1, 38 columns — platform ← x, date ← "Date", account_id ← acme, account_name ← acme, ` +
        'posts_published ← "Tweets published", impressions ← "impressions", engagements ← "engagements"',
    ]);
  });

  it('tweets → posts: 19-digit ids kept as text, "2633.0" counts, UTC times, handle from the permalink, hashtags from the text', async () => {
    const { outcome, posts, rejects } = await pull({ tweets: { file: TWEETS } });
    expect(outcome).toMatchObject({ status: 'ok', added: 5, rejected: 0 });
    expect(rejects).toEqual([]);
    const first = posts.find((p) => p['id'] === '1091117122825084928')!;
    expect(first).toEqual({
      id: '1091117122825084928',
      published_at: '2019-01-31T23:32:00.000Z',
      platform: 'x',
      account_id: 'rOpenSci',
      account_name: 'rOpenSci',
      url: 'https://twitter.com/rOpenSci/status/1091117122825084928',
      text: expect.stringMatching(/^2 rOpenSci peer reviewed packages in Nov 2018 Top 40 New Packages by @RStudioJoe 🎉\n\n#restez to query GenBank locally/),
      impressions: 2633,
      engagements: 41,
      shares: 5,
      comments: 0,
      likes: 7,
      clicks: 16,
      hashtags: ['restez', 'phylocomr', 'rstats'],
    });
    expect(posts.map((p) => [p['id'], p['published_at'], p['impressions'], p['engagements'], p['shares'], p['comments'], p['likes'], p['clicks'], p['hashtags']])).toEqual([
      ['1082693002743566341', '2019-01-08T17:38:00.000Z', 3941, 28, 4, 1, 6, 5, ['ozunconf18', 'rstats', 'ozunconf18']],
      ['1088828847620083713', '2019-01-25T16:00:00.000Z', 3870, 31, 5, 0, 3, 13, ['rstats']],
      ['1091020490066382850', '2019-01-31T17:08:00.000Z', 13849, 406, 16, 2, 60, 52, ['rstats']],
      ['1091022197269815296', '2019-01-31T17:15:00.000Z', 2845, 36, 3, 0, 6, 7, []],
      ['1091117122825084928', '2019-01-31T23:32:00.000Z', 2633, 41, 5, 0, 7, 16, ['restez', 'phylocomr', 'rstats']],
    ]);
    // `&amp;` decoded; doubled quotes read as one; nothing promoted, rated or viewed is stored.
    expect(posts.find((p) => p['id'] === '1088828847620083713')!['text']).toContain("Want to keep up with @rOpenSci's work & learn");
    expect(posts.some((p) => String(p['text']).includes('&amp;'))).toBe(false);
    expect(posts.find((p) => p['id'] === '1091022197269815296')!['text']).toMatch(/^@melvidoni @gbwanderson @melvidoni: "Being an editor here/);
    for (const p of posts) for (const f of ['paid', 'video_views', 'reach', 'reactions', 'post_type']) expect(p).not.toHaveProperty(f);
  });

  it('`account` names the account; overrides read more columns or drop one', async () => {
    const { posts } = await pull({ tweets: { file: TWEETS, columns: { video_views: 'media views', hashtags: { value: null } } }, account: '@ropensci' });
    expect(posts.map((p) => [p['account_id'], p['account_name'], p['video_views']])).toEqual([
      ['ropensci', 'ropensci', 6],
      ['ropensci', 'ropensci', 0],
      ['ropensci', 'ropensci', 156],
      ['ropensci', 'ropensci', 0],
      ['ropensci', 'ropensci', 0],
    ]);
    expect(posts.every((p) => !('hashtags' in p))).toBe(true);
  });

  it('By day → account_snapshots: one per day, the account from the file name', async () => {
    const { outcome, snapshots, rejects } = await pull({ daily: { file: DAILY } });
    expect(outcome).toMatchObject({ status: 'ok', added: 3, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(snapshots).toEqual([
      { id: 'x|acme|2026-03-01', date: '2026-03-01', platform: 'x', account_id: 'acme', account_name: 'acme', posts_published: 3, impressions: 4210, engagements: 96 },
      { id: 'x|acme|2026-03-02', date: '2026-03-02', platform: 'x', account_id: 'acme', account_name: 'acme', posts_published: 0, impressions: 1875, engagements: 22 },
      { id: 'x|acme|2026-03-03', date: '2026-03-03', platform: 'x', account_id: 'acme', account_name: 'acme', posts_published: 5, impressions: 9902, engagements: 341 },
    ]);
  });

  it('one export given as the other: CADENCE_CSV_MISSING_COLUMN saying which option it belongs under', async () => {
    const daily = await errorOf(twitter.check(context({ tweets: { file: DAILY } })));
    expect(daily.code).toBe('CADENCE_CSV_MISSING_COLUMN');
    expect(daily.message).toContain('needs the column "Tweet id" (the tweet’s id) and the column "time" (when the tweet was published)');
    expect(daily.message).toContain('This file is the By day ("daily tweet activity") export.');
    expect(daily.hint).toBe(`Give this file as \`daily: { file: '${DAILY}' }\` in the source options (it becomes account_snapshots).`);
    const tweets = await errorOf(twitter.check(context({ daily: { file: TWEETS } })));
    expect(tweets.code).toBe('CADENCE_CSV_MISSING_COLUMN');
    expect(tweets.hint).toContain('`tweets: {');
    const { outcome, posts } = await pull({ tweets: { file: DAILY } });
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.code).toBe('CADENCE_CSV_MISSING_COLUMN');
    expect(posts).toEqual([]);
  });

  it('a required column missing: the source fails naming it, at the header line, and stores nothing', async () => {
    const options = { tweets: { file: `tweets-missing-column/${NAME}` } };
    const error = await errorOf(twitter.check(context(options)));
    expect(error.code).toBe('CADENCE_CSV_MISSING_COLUMN');
    expect(error.message).toContain('needs the column "time" (when the tweet was published)');
    expect(error.place).toMatchObject({ file: `tweets-missing-column/${NAME}`, line: 1 });
    expect(error.hint).toContain('map published_at to a column of this file under `tweets.columns`');
    const { outcome, posts } = await pull(options);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'CADENCE_CSV_MISSING_COLUMN' } });
    expect(posts).toEqual([]);
    // With the field mapped some other way, the file imports.
    const mapped = await pull({ tweets: { ...options.tweets, columns: { published_at: { value: '2019-02-01T00:00:00Z' } } } });
    expect(mapped.outcome).toMatchObject({ status: 'ok', added: 5, rejected: 0 });
    expect(mapped.posts.every((p) => p['published_at'] === '2019-02-01T00:00:00.000Z')).toBe(true);
  });

  it('a truncated download: the cut row is malformed, the rows before it import', async () => {
    const { outcome, posts, rejects } = await pull({ tweets: { file: `tweets-truncated/${NAME}` } });
    expect(outcome).toMatchObject({ status: 'ok', added: 4, rejected: 1 });
    expect(posts.map((p) => p['id'])).toEqual(['1088828847620083713', '1091020490066382850', '1091022197269815296', '1091117122825084928']);
    expect(rejects).toMatchObject([{ stream: 'posts', file: `tweets-truncated/${NAME}`, code: 'CADENCE_CSV_MALFORMED_ROW' }]);
  });

  it('a daily export whose name says no account needs `account`', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadence-twitter-'));
    try {
      await copyFile(join(fixtures, DAILY), join(dir, 'by-day.csv'));
      const error = await errorOf(twitter.check(context({ daily: { file: 'by-day.csv' } }, dir)));
      expect(error.code).toBe('CADENCE_CSV_MAPPING_INVALID');
      expect(error.hint).toContain("`account: '<handle>'`");
      const { snapshots } = await pull({ daily: { file: 'by-day.csv' }, account: 'acme' }, dir);
      expect(snapshots.map((s) => s['id'])).toEqual(['x|acme|2026-03-01', 'x|acme|2026-03-02', 'x|acme|2026-03-03']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('handleFromFileName', () => {
  it.each([
    ['tweet_activity_metrics_rOpenSci_20190101_20190201_en.csv', 'rOpenSci'],
    ['exports/daily_tweet_activity_metrics_LisaDeBruine_20210101_20210201_en.csv', 'LisaDeBruine'],
    ['tweet_activity_metrics_acme_uk_20260101_20260201_en.csv', 'acme_uk'],
    ['tweet_activity_metrics_acme_20260101_20260201.csv', 'acme'],
    ['tweets.csv', undefined],
  ])('%s → %s', (file, handle) => {
    expect(handleFromFileName(file)).toBe(handle);
  });
});
