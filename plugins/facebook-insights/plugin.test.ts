/**
 * The facebook-insights plugin end to end through the real host (pullFixture): five posts of a
 * real Page Insights "Post data" export (fixtures/make-fixtures.ts) — BOM, the description row,
 * duplicated column names, Pacific-time dates, an empty Type, empty cells — into posts; what
 * `check` reports; and the broken files users meet.
 */
import { describe, expect, it } from 'vitest';
import type { SourceContext } from 'cadence/plugin';
import { pullFixture } from 'cadence/testkit';
import facebook from './index.ts';
import { isDescriptionRow, pageFromFileName, totalCountColumn } from './mapping.ts';
import type { FacebookInsightsOptions } from './options.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const provenance = new Set(['source_name', 'source_plugin', 'source_stream', 'source_file', 'source_line', 'imported_at']);
const NAME = 'Facebook Insights Data Export (Post Level) - Visualization Studio VIC - 2014-08-24 - 2015-02-19.csv';
const POSTS = `posts/${NAME}`;

async function pull(options: Record<string, unknown>) {
  const r = await pullFixture({ plugin: facebook, options, projectDir: fixtures, config: { timezone: 'Europe/Stockholm' } });
  await r.cleanup();
  const posts = (r.rows['posts'] ?? []).map((row) => Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && !provenance.has(k))));
  const rejects = r.rejects.map(({ file, line, column, code, stream }) => ({ stream, file, line, column, code }));
  return { outcome: r.result.sources[0]!, posts, rejects };
}

function context(options: Record<string, unknown>): SourceContext<FacebookInsightsOptions> {
  return {
    source: 'test',
    options: facebook.options.parse(options),
    signal: new AbortController().signal,
    log: { debug() {}, info() {}, warn() {}, error() {} },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    projectDir: fixtures,
    timezone: 'Europe/Stockholm',
    tracked: { brand: { name: 'VIC', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
  };
}

const errorOf = async (p: Promise<unknown>) => (await p.then(() => ({}), (e: unknown) => e)) as { code?: string; message?: string; hint?: string; place?: Record<string, unknown> };

/** Id, published_at, post_type, reach, impressions, engagements, likes, comments, shares, clicks, video_views, paid. */
const figures = (p: Record<string, unknown>) =>
  ['id', 'published_at', 'post_type', 'reach', 'impressions', 'engagements', 'likes', 'comments', 'shares', 'clicks', 'video_views', 'paid'].map((f) => p[f] ?? null);

// From the fixture's cells (checked by hand against the file with Python's csv module); Posted is Pacific time.
const expected = [
  ['518995791497187_1545250349072040', '2015-02-16T14:07:43.000Z', 'status', 146, 474, 9, 4, 8, null, null, null, false],
  ['518995791497187_871657739564322', '2014-11-24T21:20:55.000Z', null, 141, 458, 27, 6, null, null, null, 0, false],
  ['518995791497187_914230951973667', '2015-02-04T23:09:53.000Z', 'photo', 240, 619, 41, 7, null, 1, null, null, false],
  ['518995791497187_922245971172165', '2015-02-19T11:32:18.000Z', 'video', 1403, 3683, 133, 41, 3, 5, 10, 565, false],
  ['518995791497187_922831414446954', '2015-02-20T07:45:22.000Z', 'link', 371, 1116, 56, 37, 4, 3, 28, 0, false],
];

describe('facebook-insights plugin', () => {
  it('declares the posts stream; Pacific time by default, a time zone must be one', () => {
    expect(typeof facebook.streams === 'function' ? facebook.streams(facebook.options.parse({ file: POSTS })) : facebook.streams).toEqual({
      posts: { entity: 'posts', description: `Facebook Insights post export ${POSTS}` },
    });
    expect(facebook.options.parse({ file: POSTS }).timezone).toBe('America/Los_Angeles');
    expect(facebook.options.safeParse({ file: POSTS, timezone: 'Pacific' }).success).toBe(false);
    expect(facebook.options.safeParse({}).success).toBe(false);
  });

  it('check: the header on line 1, the description row skipped, which field comes from which column', async () => {
    const { ok, message } = await facebook.check(context({ file: POSTS }));
    expect(ok).toBe(true);
    expect(message).toBe(
      `${POSTS}: UTF-8 with BOM, comma-separated, header on line 1 (1 row after it skipped: not data), 95 columns — id ← "Post ID", published_at ← "Posted", ` +
        'platform ← facebook, account_id ← "Post ID" (pattern), account_name ← Visualization Studio VIC, post_type ← "Type", url ← "Permalink", text ← "Post Message", ' +
        'hashtags ← "Post Message" (pattern), reach ← "Lifetime Post Total Reach", impressions ← "Lifetime Post Total Impressions", engagements ← "Lifetime Engaged Users", ' +
        'likes ← "Lifetime Post Stories by action type - like", comments ← "Lifetime Post Stories by action type - comment", shares ← "Lifetime Post Stories by action type - share", ' +
        'clicks ← "Lifetime Post Consumptions by type - link clicks", video_views ← "Lifetime Organic Video Views" + "Lifetime Paid Video Views", paid ← "Lifetime Post Paid Impressions"',
    );
  });

  it('posts: the description row is neither stored nor rejected; empty cells stay empty; Pacific time; entities decoded', async () => {
    const { outcome, posts, rejects } = await pull({ file: POSTS });
    expect(outcome).toMatchObject({ status: 'ok', added: 5, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(posts.map(figures)).toEqual(expected);
    expect(posts.every((p) => p['platform'] === 'facebook' && p['account_id'] === '518995791497187' && p['account_name'] === 'Visualization Studio VIC')).toBe(true);
    const video = posts.find((p) => p['id'] === '518995791497187_922245971172165')!;
    expect(video['url']).toBe('https://www.facebook.com/VisualizationStudio/videos/922245971172165/');
    expect(video['text']).toMatch(/^"The future is too important to be left to men\."\n\nhttps:\/\/www\.kth\.se\//);
    const photo = posts.find((p) => p['id'] === '518995791497187_914230951973667')!;
    expect(photo['url']).toMatch(/^http:\/\/www\.facebook\.com\/media\/set\/\?set=ms\.c\.[^&]+&type=1$/);
    expect(posts.some((p) => /&(amp|quot);/.test(`${p['text']} ${p['url']}`))).toBe(false);
  });

  it('a copy saved without the description row loses no post', async () => {
    const { outcome, posts } = await pull({ file: `posts-no-description/${NAME}` });
    expect(outcome).toMatchObject({ status: 'ok', added: 5, rejected: 0 });
    expect(posts.map(figures)).toEqual(expected);
  });

  it('the time zone and the page name can be given; overrides pick other columns', async () => {
    const { posts } = await pull({
      file: POSTS,
      timezone: 'Europe/Stockholm',
      page: 'VIC Studio',
      columns: { likes: 'Lifetime Talking About This (Post) by action type - like', paid: { value: null } },
    });
    const link = posts.find((p) => p['id'] === '518995791497187_922831414446954')!;
    expect(link).toMatchObject({ published_at: '2015-02-19T22:45:22.000Z', account_name: 'VIC Studio', likes: 31 });
    expect(link).not.toHaveProperty('paid');
  });

  it('a required column missing: the source fails naming it, at the header line, and stores nothing', async () => {
    const options = { file: `posts-missing-column/${NAME}` };
    const error = await errorOf(facebook.check(context(options)));
    expect(error.code).toBe('CADENCE_CSV_MISSING_COLUMN');
    expect(error.message).toContain('needs the column "Posted" (when each post was published)');
    expect(error.place).toMatchObject({ file: `posts-missing-column/${NAME}`, line: 1 });
    const { outcome, posts } = await pull(options);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'CADENCE_CSV_MISSING_COLUMN' } });
    expect(posts).toEqual([]);
  });

  it('a truncated download: the cut row is malformed (at its line, counted past the description row), the posts before it import', async () => {
    const { outcome, posts, rejects } = await pull({ file: `posts-truncated/${NAME}` });
    expect(outcome).toMatchObject({ status: 'ok', added: 4, rejected: 1 });
    expect(posts.map((p) => p['id'])).toEqual(expected.map((e) => e[0]).filter((id) => id !== '518995791497187_871657739564322'));
    expect(rejects).toEqual([{ stream: 'posts', file: `posts-truncated/${NAME}`, line: '17', column: 'Post Message', code: 'CADENCE_CSV_MALFORMED_ROW' }]);
  });

  it('a missing file fails with a coded error', async () => {
    const { outcome } = await pull({ file: 'nowhere.csv' });
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'CADENCE_FILE_NOT_FOUND' } });
  });
});

describe('mapping helpers', () => {
  it('isDescriptionRow: no Post ID and a "Lifetime: …" cell', () => {
    expect(isDescriptionRow({ 'Post ID': '', Posted: '', 'Lifetime Post Total Reach': 'Lifetime: The total number of people your Page post was served to. (Unique Users)' })).toBe(true);
    expect(isDescriptionRow({ 'Post ID': '1_2', Posted: '', 'Lifetime Post Total Reach': 'Lifetime: text' })).toBe(false);
    expect(isDescriptionRow({ 'Post ID': '', Posted: '02/19/2015 11:45:22 PM', 'Lifetime Post Total Reach': '371' })).toBe(false);
  });

  it('totalCountColumn: of two columns with one name, the one the description row calls a total count', () => {
    const header = ['Post ID', 'Lifetime Organic Video Views', 'Lifetime Organic Video Views_2'];
    const says = (first: string, second: string) => ({ 'Lifetime Organic Video Views': `Lifetime: views. (${first})`, 'Lifetime Organic Video Views_2': `Lifetime: views. (${second})` });
    expect(totalCountColumn(header, 'Lifetime Organic Video Views', says('Total Count', 'Unique Users'))).toBe('Lifetime Organic Video Views');
    expect(totalCountColumn(header, 'Lifetime Organic Video Views', says('Unique Users', 'Total Count'))).toBe('Lifetime Organic Video Views_2');
    expect(totalCountColumn(header, 'lifetime organic video views', undefined)).toBe('Lifetime Organic Video Views');
    expect(totalCountColumn(header, 'Lifetime Paid Video Views', undefined)).toBeUndefined();
  });

  it('pageFromFileName', () => {
    expect(pageFromFileName(`exports/${NAME}`)).toBe('Visualization Studio VIC');
    expect(pageFromFileName('Facebook Insights Data Export (Post Level) - Acme - Outdoor - 2026-01-01 - 2026-01-31 (1).csv')).toBe('Acme - Outdoor');
    expect(pageFromFileName('posts.csv')).toBeUndefined();
  });
});
