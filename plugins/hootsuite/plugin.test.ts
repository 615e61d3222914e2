/**
 * The hootsuite plugin end to end through the real host (pullFixture): header-name mapping of two
 * post layouts and a profile metrics export, overrides for an export the dictionary does not
 * know, what `check` reports, and the broken files users meet. Fixtures: fixtures/make-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import type { SourceContext } from 'cadence/plugin';
import { pullFixture } from 'cadence/testkit';
import hootsuite from './index.ts';
import { resolveHeader } from './mapping.ts';
import type { HootsuiteOptions } from './options.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const provenance = new Set(['source_name', 'source_plugin', 'source_stream', 'source_file', 'source_line', 'imported_at']);
const POSTS = 'posts/post-performance.csv';
const PROFILES = 'profiles/profile-metrics.csv';
const SPANISH = 'posts-spanish/publicaciones.csv';

/** Pulls; returns the outcome, stored rows per entity (provenance and empty fields left out) and rejects. */
async function pull(options: Record<string, unknown>) {
  const r = await pullFixture({ plugin: hootsuite, options, projectDir: fixtures });
  await r.cleanup();
  const rows = (entity: string) =>
    (r.rows[entity] ?? []).map((row) => Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && !provenance.has(k))));
  const rejects = r.rejects.map(({ file, line, column, code, stream }) => ({ stream, file, line, column, code }));
  return { outcome: r.result.sources[0]!, posts: rows('posts'), snapshots: rows('account_snapshots'), rejects };
}

function context(options: Record<string, unknown>): SourceContext<HootsuiteOptions> {
  return {
    source: 'test',
    options: hootsuite.options.parse(options),
    signal: new AbortController().signal,
    log: { debug() {}, info() {}, warn() {}, error() {} },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    projectDir: fixtures,
    timezone: 'UTC',
    tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
  };
}

const errorOf = async (p: Promise<unknown>) => (await p.then(() => ({}), (e: unknown) => e)) as { code?: string; message?: string; hint?: string };

const spanishOverrides = {
  published_at: 'Fecha',
  platform: { column: 'Red social', map: { instagram: 'instagram', facebook: 'facebook' } },
  account_name: 'Perfil',
  account_id: 'Perfil',
  text: 'Mensaje',
  impressions: 'Impresiones',
  engagements: 'Interacciones',
};

describe('hootsuite plugin', () => {
  it('declares a stream per configured export; needs at least one', () => {
    const streams = (o: Record<string, unknown>) => (typeof hootsuite.streams === 'function' ? hootsuite.streams(hootsuite.options.parse(o)) : hootsuite.streams);
    expect(streams({ posts: { file: POSTS }, profiles: { file: PROFILES } })).toEqual({
      posts: { entity: 'posts', description: `Hootsuite posts export ${POSTS}` },
      account_snapshots: { entity: 'account_snapshots', description: `Hootsuite profile metrics export ${PROFILES}` },
    });
    expect(hootsuite.options.safeParse({}).success).toBe(false);
    expect(hootsuite.options.safeParse({ posts: { file: POSTS, columns: { text: 42 } } }).success).toBe(false);
  });

  it('check lists which field comes from which header, and the columns it does not read', async () => {
    const { message, ok } = await hootsuite.check(context({ posts: { file: POSTS }, profiles: { file: PROFILES } }));
    expect(ok).toBe(true);
    expect(message.split('\n')).toEqual([
      `posts: ${POSTS}: UTF-8 with BOM, comma-separated, header on line 4, 17 columns — id ← "Post ID", published_at ← "Date (GMT)" (UTC), ` +
        'platform ← "Social Network", account_id ← "Social Profile", account_name ← "Social Profile", post_type ← "Post Type", url ← "Post URL", ' +
        'text ← "Post Message", impressions ← "Impressions", reach ← "Reach", engagements ← "Engagement", reactions ← "Reactions", ' +
        'comments ← "Comments", shares ← "Shares", saves ← "Saves", clicks ← "Link Clicks", video_views ← "Video Views"; not read: Engagement Rate',
      `profiles: ${PROFILES}: UTF-8 with BOM, comma-separated, header on line 1, 10 columns — date ← "Date", platform ← "Social Network", ` +
        'account_id ← "Social Profile", account_name ← "Social Profile", followers ← "Followers", net_follower_growth ← "Net New Followers", ' +
        'new_followers ← "New Followers", impressions ← "Impressions", engagements ← "Engagement", profile_visits ← "Profile Visits", ' +
        'posts_published ← "Posts Published"',
    ]);
  });

  it('posts: report lines skipped, "Date (GMT)" read as UTC whatever the time zone, networks normalized, "1,234" read', async () => {
    const { outcome, posts, rejects } = await pull({ posts: { file: POSTS }, timezone: 'Europe/Berlin' });
    expect(outcome).toMatchObject({ status: 'ok', added: 4, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(posts.map((p) => [p['id'], p['published_at'], p['platform'], p['account_name'], p['post_type'], p['impressions']])).toEqual([
      ['106000000000003_330000000000003', '2026-03-03T17:45:00.000Z', 'facebook', 'Acme Outdoor', 'video', 88004],
      ['180210000000000001', '2026-03-01T14:05:00.000Z', 'instagram', 'acme.outdoor', 'carousel', 10240],
      ['1900000000000000002', '2026-03-02T08:30:00.000Z', 'x', 'acme', 'status', 2950],
      ['urn:li:activity:7100000000000000004', '2026-03-04T09:00:00.000Z', 'linkedin', 'Acme Inc.', 'link', 6010],
    ]);
    expect(posts[0]).toEqual({
      id: '106000000000003_330000000000003',
      published_at: '2026-03-03T17:45:00.000Z',
      platform: 'facebook',
      account_id: 'Acme Outdoor',
      account_name: 'Acme Outdoor',
      post_type: 'video',
      url: 'https://www.facebook.com/acme/videos/33',
      text: 'Watch: how we test our tents\nin the wind tunnel',
      impressions: 88004,
      reach: 70120,
      engagements: 3402,
      reactions: 2900,
      comments: 301,
      shares: 201,
      clicks: 0,
      video_views: 41300,
    });
  });

  it('another layout (Post Date, Network, Profile, Retweets…): local dates in the export time zone, id derived', async () => {
    const { outcome, posts } = await pull({ posts: { file: 'posts-alt/posts.csv' }, timezone: 'America/Toronto' });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 0 });
    expect(posts[1]).toEqual({
      id: 'x|https://x.com/acme/status/1900000000000000010|2026-03-05T19:05:00.000Z',
      published_at: '2026-03-05T19:05:00.000Z',
      platform: 'x',
      account_id: 'acme',
      account_name: 'acme',
      url: 'https://x.com/acme/status/1900000000000000010',
      text: 'Giveaway ends Friday!',
      impressions: 4100,
      likes: 88,
      comments: 14,
      shares: 25,
      clicks: 19,
    });
    expect(posts[0]).toMatchObject({ published_at: '2026-03-06T15:15:00.000Z', platform: 'tiktok', likes: 4400 });
  });

  it('profile metrics → account_snapshots: one per profile and day, negative net growth', async () => {
    const { outcome, snapshots } = await pull({ profiles: { file: PROFILES } });
    expect(outcome).toMatchObject({ status: 'ok', added: 4, rejected: 0 });
    expect(snapshots[0]).toEqual({
      id: 'facebook|Acme Outdoor|2026-03-01',
      date: '2026-03-01',
      platform: 'facebook',
      account_id: 'Acme Outdoor',
      account_name: 'Acme Outdoor',
      followers: 120601,
      net_follower_growth: -4,
      new_followers: 9,
      impressions: 40100,
      engagements: 1200,
      profile_visits: 301,
      posts_published: 0,
    });
    expect(snapshots.map((s) => s['id'])).toEqual([
      'facebook|Acme Outdoor|2026-03-01',
      'facebook|Acme Outdoor|2026-03-02',
      'instagram|acme.outdoor|2026-03-01',
      'instagram|acme.outdoor|2026-03-02',
    ]);
  });

  it('an export the dictionary does not know: a coded error telling to add overrides; with them it imports', async () => {
    const failed = await pull({ posts: { file: SPANISH } });
    expect(failed.outcome.status).toBe('failed');
    expect(failed.outcome.error?.code).toBe('CADENCE_CSV_MAPPING_INVALID');
    const error = await errorOf(hootsuite.check(context({ posts: { file: SPANISH } })));
    expect(error.code).toBe('CADENCE_CSV_MAPPING_INVALID');
    expect(error.message).toContain('posts needs published_at, platform');
    expect(error.message).toContain('The header has: Fecha, Red social, Perfil, Mensaje, Impresiones, Interacciones.');
    expect(error.hint).toContain('`posts.columns`');

    expect((await hootsuite.check(context({ posts: { file: SPANISH, columns: spanishOverrides } }))).message).toContain('published_at ← override, platform ← override');
    const { outcome, posts } = await pull({ posts: { file: SPANISH, columns: spanishOverrides }, timezone: 'Europe/Madrid' });
    expect(outcome).toMatchObject({ status: 'ok', added: 2 });
    expect(posts.map((p) => [p['published_at'], p['platform'], p['account_id'], p['impressions'], p['engagements']])).toEqual([
      ['2026-03-08T18:30:00.000Z', 'facebook', 'Acme Outdoor', 12900, 233],
      ['2026-03-07T11:00:00.000Z', 'instagram', 'acme.outdoor', 7300, 410],
    ]);
  });

  it('rejects bad rows with file, line and column; the others import', async () => {
    const { outcome, snapshots, rejects } = await pull({ profiles: { file: 'profiles-bad-rows/profile-metrics.csv' } });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 2 });
    expect(snapshots.map((s) => s['id'])).toEqual(['instagram|acme.outdoor|2026-03-01', 'instagram|acme.outdoor|2026-03-02']);
    expect(rejects).toEqual([
      { stream: 'account_snapshots', file: 'profiles-bad-rows/profile-metrics.csv', line: '3', column: 'Followers', code: 'CADENCE_VALUE_NOT_NUMBER' },
      { stream: 'account_snapshots', file: 'profiles-bad-rows/profile-metrics.csv', line: '5', column: 'Date', code: 'CADENCE_VALUE_NOT_DATE' },
    ]);
  });

  it('a truncated download: the cut row is malformed, the rows before it import', async () => {
    const { outcome, posts, rejects } = await pull({ posts: { file: 'posts-truncated/post-performance.csv' } });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 1 });
    expect(posts.map((p) => p['id'])).toEqual(['180210000000000001', '1900000000000000002']);
    expect(rejects).toMatchObject([{ stream: 'posts', file: 'posts-truncated/post-performance.csv', line: '7', code: 'CADENCE_CSV_MALFORMED_ROW' }]);
  });

  it.each([
    ['an override naming a column the file lacks', { posts: { file: POSTS, columns: { campaign_id: 'Campaign Tag' } } }, 'CADENCE_CSV_MISSING_COLUMN'],
    ['an override naming no posts field', { posts: { file: POSTS, columns: { views: 'Video Views' } } }, 'CADENCE_CSV_MAPPING_INVALID'],
    ['a PDF saved as .csv', { posts: { file: 'binary/post-performance.csv' } }, 'CADENCE_CSV_ENCODING'],
    ['a missing file', { profiles: { file: 'nowhere.csv' } }, 'CADENCE_FILE_NOT_FOUND'],
  ])('%s: the source fails with a coded error, and check says the same', async (_, options, code) => {
    const { outcome, posts, snapshots } = await pull(options);
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.code).toBe(code);
    expect([...posts, ...snapshots]).toEqual([]);
    expect((await errorOf(hootsuite.check(context(options)))).code).toBe(code);
  });
});

describe('resolveHeader', () => {
  it('matches header names trimmed and case-insensitively, most specific name first', () => {
    const { columns, from, unused } = resolveHeader('posts', [' date (gmt) ', 'DATE', 'SOCIAL NETWORK', 'Profile ID', 'Profile', 'Notes']);
    expect(columns['published_at']).toEqual({ template: '{ date (gmt) } +0000', format: expect.arrayContaining(['%Y-%m-%d %H:%M:%S %z']) });
    expect(from).toEqual({ published_at: '" date (gmt) " (UTC)', platform: '"SOCIAL NETWORK"', account_id: '"Profile ID"', account_name: '"Profile"' });
    expect(unused).toEqual(['DATE', 'Notes']);
  });

  it('an override { value: null } removes a field; a required one removed is an error', () => {
    expect(resolveHeader('profiles', ['Date', 'Network', 'Profile', 'Audience'], { followers: { value: null } }).columns).not.toHaveProperty('followers');
    expect(() => resolveHeader('profiles', ['Date', 'Network', 'Profile'], { platform: { value: null } })).toThrow(/account_snapshots needs platform/);
  });
});
