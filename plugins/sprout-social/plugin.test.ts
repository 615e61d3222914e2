/**
 * The sprout-social plugin end to end through the real host (pullFixture): both reports, the
 * store's typing of Sprout's numbers and dates, and the broken files users meet.
 * Fixtures: fixtures/make-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import type { SourceContext } from 'cadence/plugin';
import { pullFixture } from 'cadence/testkit';
import sprout from './index.ts';
import { postsMapping, profilesMapping } from './mapping.ts';
import type { SproutOptions } from './options.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const provenance = new Set(['source_name', 'source_plugin', 'source_stream', 'source_file', 'source_line', 'imported_at']);
const POSTS = 'posts/post-performance.csv';
const PROFILES = 'profiles/profile-performance.csv';

/** Pulls; returns the outcome, stored rows per entity (provenance and empty fields left out) and rejects. */
async function pull(options: Record<string, unknown>) {
  const r = await pullFixture({ plugin: sprout, options, projectDir: fixtures });
  await r.cleanup();
  const rows = (entity: string) =>
    (r.rows[entity] ?? []).map((row) => Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && !provenance.has(k))));
  const rejects = r.rejects.map(({ file, line, column, code, stream }) => ({ stream, file, line, column, code }));
  return { outcome: r.result.sources[0]!, posts: rows('posts'), snapshots: rows('account_snapshots'), rejects };
}

function context(options: Record<string, unknown>): SourceContext<SproutOptions> {
  return {
    source: 'test',
    options: sprout.options.parse(options),
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

const codeOf = async (p: Promise<unknown>) => ((await p.then(() => ({}), (e: unknown) => e)) as { code?: string }).code;

describe('sprout-social plugin', () => {
  it('declares a stream per configured report; needs at least one', () => {
    const streams = (o: Record<string, unknown>) => (typeof sprout.streams === 'function' ? sprout.streams(sprout.options.parse(o)) : sprout.streams);
    expect(streams({ posts: { file: POSTS }, profiles: { file: PROFILES } })).toEqual({
      posts: { entity: 'posts', description: `Post Performance export ${POSTS}` },
      account_snapshots: { entity: 'account_snapshots', description: `Profile Performance export ${PROFILES}` },
    });
    expect(Object.keys(streams({ profiles: { file: PROFILES } }))).toEqual(['account_snapshots']);
    expect(sprout.options.safeParse({ timezone: 'Europe/Berlin' }).success).toBe(false);
    expect(sprout.options.safeParse({ posts: { file: POSTS, sheet: 1 } }).success).toBe(false);
  });

  it('check: each report found, with its encoding and header', async () => {
    expect(await sprout.check(context({ posts: { file: POSTS }, profiles: { file: PROFILES } }))).toEqual({
      ok: true,
      message: `posts: ${POSTS}: UTF-8 with BOM, comma-separated, header on line 1, 20 columns; profiles: ${PROFILES}: UTF-8 with BOM, comma-separated, header on line 1, 12 columns`,
      streams: { posts: "whole file (each pull replaces this source's earlier rows)", account_snapshots: "whole file (each pull replaces this source's earlier rows)" },
    });
  });

  it('Post Performance → posts: "1,234", network and profile kept, `MM/DD/YYYY hh:mm am` in the Sprout time zone to UTC', async () => {
    const { outcome, posts, rejects } = await pull({ posts: { file: POSTS }, timezone: 'Europe/Berlin' });
    expect(outcome).toMatchObject({ status: 'ok', added: 5, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(posts.map((p) => [p['id'], p['published_at'], p['platform'], p['account_name'], p['post_type']])).toEqual([
      ['1024000000000002', '2026-01-15T16:45:00.000Z', 'x', 'acme', 'status'],
      ['106000000000003_220000000000003', '2026-03-29T10:30:00.000Z', 'facebook', 'Acme Outdoor', 'video'],
      ['17900000000000001', '2026-01-15T08:00:00.000Z', 'instagram', 'acme.outdoor', 'photo'],
      ['7300000000000000005', '2026-09-14T21:05:00.000Z', 'tiktok', 'acme.outdoor', 'video'],
      ['urn:li:activity:7000000000000000004', '2026-09-14T08:30:00.000Z', 'linkedin', 'Acme Inc.', 'link'],
    ]);
    expect(posts[1]).toEqual({
      id: '106000000000003_220000000000003',
      published_at: '2026-03-29T10:30:00.000Z',
      platform: 'facebook',
      account_id: 'Acme Outdoor',
      account_name: 'Acme Outdoor',
      post_type: 'video',
      url: 'https://www.facebook.com/acme/videos/3',
      text: 'Trail day recap\nfrom Chamonix',
      impressions: 1204310,
      reach: 845112,
      engagements: 24456,
      reactions: 20100,
      comments: 1203,
      shares: 3153,
      clicks: 0,
      video_views: 310554,
      paid: true,
    });
    expect(posts[0]).toMatchObject({ text: 'Our "winter" sale ends tonight, 20% off, all jackets', impressions: 3002, paid: false });
    expect(posts[0]).not.toHaveProperty('reach');
  });

  it('Profile Performance → account_snapshots: one per profile and day, negative growth, id from platform, account and day', async () => {
    const { outcome, snapshots } = await pull({ profiles: { file: PROFILES } });
    expect(outcome).toMatchObject({ status: 'ok', added: 4, rejected: 0 });
    expect(snapshots[0]).toEqual({
      id: 'facebook|Acme Outdoor|2026-09-14',
      date: '2026-09-14',
      platform: 'facebook',
      account_id: 'Acme Outdoor',
      account_name: 'Acme Outdoor',
      followers: 120554,
      net_follower_growth: -12,
      new_followers: 8,
      impressions: 51003,
      engagements: 1532,
      profile_visits: 310,
      posts_published: 1,
    });
    expect(snapshots.map((s) => [s['id'], s['followers'], s['net_follower_growth']])).toEqual([
      ['facebook|Acme Outdoor|2026-09-14', 120554, -12],
      ['facebook|Acme Outdoor|2026-09-15', 120560, 6],
      ['instagram|acme.outdoor|2026-09-14', 48210, 35],
      ['instagram|acme.outdoor|2026-09-15', 48190, -20],
    ]);
  });

  it('both reports in one pull; a report’s own timezone wins over the source’s', async () => {
    const { outcome, posts, snapshots } = await pull({ posts: { file: POSTS, timezone: 'America/New_York' }, profiles: { file: PROFILES }, timezone: 'Europe/Berlin' });
    expect(outcome).toMatchObject({ status: 'ok', added: 9 });
    expect(posts.find((p) => p['id'] === '17900000000000001')?.['published_at']).toBe('2026-01-15T14:00:00.000Z');
    expect(snapshots).toHaveLength(4);
  });

  it('reads the profile report re-saved as UTF-16 without a byte-order mark', async () => {
    const { outcome, snapshots } = await pull({ profiles: { file: 'utf16-no-bom/profile-performance.csv' } });
    expect(outcome).toMatchObject({ status: 'ok', added: 4 });
    expect(snapshots[1]).toMatchObject({ id: 'facebook|Acme Outdoor|2026-09-15', followers: 120560 });
  });

  it('rejects bad rows with file, line and column; the others import', async () => {
    const { outcome, snapshots, rejects } = await pull({ profiles: { file: 'profiles-bad-rows/profile-performance.csv' } });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 2 });
    expect(snapshots.map((s) => s['id'])).toEqual(['facebook|Acme Outdoor|2026-09-15', 'instagram|acme.outdoor|2026-09-14']);
    expect(rejects).toEqual([
      { stream: 'account_snapshots', file: 'profiles-bad-rows/profile-performance.csv', line: '3', column: 'Audience', code: 'CADENCE_VALUE_NOT_NUMBER' },
      { stream: 'account_snapshots', file: 'profiles-bad-rows/profile-performance.csv', line: '4', column: 'Date', code: 'CADENCE_VALUE_NOT_DATE' },
    ]);
  });

  it('a download cut inside a quoted cell: that row is malformed, the rows before it import', async () => {
    const { outcome, posts, rejects } = await pull({ posts: { file: 'posts-truncated/post-performance.csv' } });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 1 });
    expect(posts.map((p) => p['id'])).toEqual(['1024000000000002', '17900000000000001']);
    expect(rejects).toMatchObject([{ stream: 'posts', file: 'posts-truncated/post-performance.csv', line: '4', code: 'CADENCE_CSV_MALFORMED_ROW' }]);
  });

  it('applies `columns` overrides over the built-in mapping', async () => {
    const { posts } = await pull({ posts: { file: POSTS, columns: { account_id: { template: '{Network}:{Profile}' }, campaign_id: { value: 'spring' } } } });
    expect(posts[0]).toMatchObject({ account_id: 'X:acme', account_name: 'acme', campaign_id: 'spring' });
  });

  it.each([
    ['posts without the Network column', { posts: { file: 'posts-missing-network/post-performance.csv' } }, 'CADENCE_CSV_MISSING_COLUMN'],
    ['the profile report given as posts', { posts: { file: PROFILES } }, 'CADENCE_CSV_MAPPING_INVALID'],
    ['the post report given as profiles', { profiles: { file: POSTS } }, 'CADENCE_CSV_MAPPING_INVALID'],
    ['an Excel download renamed .csv', { posts: { file: 'workbook/post-performance.csv' } }, 'CADENCE_CSV_ENCODING'],
    ['a missing file', { profiles: { file: 'nowhere.csv' } }, 'CADENCE_FILE_NOT_FOUND'],
  ])('%s: the source fails with a coded error, and check says the same', async (_, options, code) => {
    const { outcome, posts, snapshots } = await pull(options);
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.code).toBe(code);
    expect([...posts, ...snapshots]).toEqual([]);
    expect(await codeOf(sprout.check(context(options)))).toBe(code);
  });
});

describe('sprout mappings', () => {
  it('map optional columns only when the export has them; Boosted wins over paid impressions', () => {
    const m = postsMapping(['Date', 'Network', 'Profile', 'Post', 'Boosted', 'Paid Impressions']);
    expect(m).toEqual({
      published_at: { column: 'Date', format: expect.arrayContaining(['%m/%d/%Y %I:%M %p']) },
      platform: { column: 'Network', map: expect.objectContaining({ twitter: 'x' }) },
      account_id: 'Profile',
      account_name: 'Profile',
      text: 'Post',
      paid: 'Boosted',
    });
    expect(Object.keys(profilesMapping(['date', 'network', 'profile', 'followers']))).toEqual(['date', 'platform', 'account_id', 'account_name', 'followers']);
  });
});
