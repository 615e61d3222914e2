/**
 * Two real owned-channel exports, pulled as a user would: `cadence pull` (the real launcher, in a
 * child process) in a fresh project whose config names the first-party plugins, then `cadence
 * check` on the same project. Every expected figure is worked out here from the raw file with
 * csv-parse, luxon and plain counting — never read back from the importer:
 * - rOpenSci's analytics.twitter.com "Tweets" export → posts (twitter-analytics): 31 tweets,
 *   19-digit ids, "2633.0" counts, the 18 `promoted …` columns all "-" (nothing stored from them),
 *   multi-line texts with `&amp;`;
 * - Visualization Studio VIC's Facebook Page Insights "Post data" export → posts
 *   (facebook-insights): BOM, a row of metric descriptions under the header (neither stored nor
 *   rejected), metrics written twice under one name (total count and unique people), `Posted` in
 *   Pacific time, empty cells for "not given".
 * Files from ../shared/real-data (see its README); each test is skipped, saying so, when the
 * folder is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { openReader } from '../../src/core/store/reader.ts';
import { readRejects } from '../../src/plugins/read-rejects.ts';
import { runCli } from '../cli/run-cli.ts';
import { makeProject } from '../plugins/project.ts';

const realDataDir = resolve(import.meta.dirname, '../../../shared/real-data');
const skip = existsSync(realDataDir) ? '' : ` — SKIPPED: ${realDataDir} is absent`;

const TWEETS = 'twitter_analytics_export/tweet_activity_metrics_rOpenSci_20190101_20190201_en.csv';
const FACEBOOK = 'facebook_insights_post_level/Facebook Insights Data Export (Post Level) - Visualization Studio VIC - 2014-08-24 - 2015-02-19.csv';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A project with the export copied under exports/ and one source reading it. */
async function project(file: string, source: string): Promise<{ dir: string; name: string }> {
  const name = file.split('/').pop()!;
  const config = `import { defineConfig } from 'cadence/config';
export default defineConfig({ brand: { name: 'Brand' }, timezone: 'Europe/Stockholm', sources: { ${source} } });
`;
  const dir = await makeProject({ 'cadence.config.ts': config });
  dirs.push(dir);
  await mkdir(join(dir, 'exports'), { recursive: true });
  await copyFile(join(realDataDir, file), join(dir, 'exports', name));
  return { dir, name };
}

/** Stored posts by id, and the rejects, of a project's data folder. */
async function stored(dir: string) {
  const dataDir = join(dir, 'data');
  const reader = await openReader(dataDir);
  try {
    const posts = await reader.query<Record<string, unknown>>('SELECT * FROM posts ORDER BY id');
    return { posts: new Map(posts.map((p) => [p['id'] as string, p])), rejects: await readRejects(dataDir, reader.manifest), manifest: reader.manifest };
  } finally {
    await reader.close();
  }
}

/** HTML references as the exports write them, decoded once (&amp; last). */
const unescape = (s: string) =>
  s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&apos;', "'").replaceAll('&amp;', '&');
/** "2633.0" → 2633; blank → null. */
const count = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));
/** Hashtags as X links them: after a start or a non-word character, at least one letter. */
const hashtags = (text: string) => [...text.matchAll(/(?:^|[^\p{L}\p{N}_&/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu)].map((m) => m[1]!.toLowerCase());
const sum = (values: (number | null)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

describe('real owned-channel exports through cadence pull and check', () => {
  it(`X/Twitter analytics Tweets export → 31 posts, 0 rejects, exact counts, nothing from the promoted columns${skip}`, async () => {
    if (skip) return;
    const records = parse(readFileSync(join(realDataDir, TWEETS)), { columns: true }) as Record<string, string>[];
    // The file, counted plainly.
    expect(records).toHaveLength(31);
    const promoted = Object.keys(records[0]!).filter((k) => k.startsWith('promoted '));
    expect(promoted).toHaveLength(18);
    expect(records.flatMap((r) => promoted.map((k) => r[k])).every((v) => v === '-')).toBe(true);
    const want = new Map(
      records.map((r) => [
        r['Tweet id']!,
        {
          published_at: DateTime.fromFormat(r['time']!, 'yyyy-MM-dd HH:mm ZZZ', { setZone: true }).toUTC().toISO(),
          url: r['Tweet permalink'],
          account: /^https:\/\/twitter\.com\/(\w+)\/status\//.exec(r['Tweet permalink']!)![1],
          text: unescape(r['Tweet text']!).trim(),
          impressions: count(r['impressions']),
          engagements: count(r['engagements']),
          shares: count(r['retweets']),
          comments: count(r['replies']),
          likes: count(r['likes']),
          clicks: count(r['url clicks']),
          hashtags: hashtags(unescape(r['Tweet text']!)),
        },
      ]),
    );

    const { dir } = await project(TWEETS, `tweets: { plugin: 'twitter-analytics', options: { tweets: { file: 'exports/${TWEETS.split('/').pop()}' } } }`);
    const pulled = await runCli(['pull'], { cwd: dir });
    expect(pulled.code, pulled.stderr).toBe(0);
    const { posts, rejects, manifest } = await stored(dir);
    expect(rejects).toEqual([]);
    expect(posts.size).toBe(31);
    expect([...posts.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [id, w] of want) {
      const p = posts.get(id)!;
      expect({
        published_at: new Date(p['published_at'] as string).toISOString(),
        url: p['url'],
        account: p['account_id'],
        text: p['text'],
        impressions: p['impressions'],
        engagements: p['engagements'],
        shares: p['shares'],
        comments: p['comments'],
        likes: p['likes'],
        clicks: p['clicks'],
        hashtags: p['hashtags'],
      }).toEqual(w);
      expect([p['platform'], p['account_name'], p['paid'], p['video_views'], p['reach']]).toEqual(['x', 'rOpenSci', null, null, null]);
    }
    // Headline figures, also checked by hand with Python's csv module.
    expect(sum([...posts.values()].map((p) => p['impressions'] as number))).toBe(sum(records.map((r) => count(r['impressions']))));
    expect(sum(records.map((r) => count(r['impressions'])))).toBe(199_256);
    const announcement = posts.get('1091020490066382850')!;
    expect(announcement).toMatchObject({ id: '1091020490066382850', engagements: 406, impressions: 13849, shares: 16, likes: 60 });
    expect(typeof announcement['id']).toBe('string');
    expect([...posts.values()].filter((p) => String(p['text']).includes('&')).length).toBe(records.filter((r) => r['Tweet text']!.includes('&amp;')).length);
    expect(manifest.entities.posts).toMatchObject({ rows: 31, firstDate: '2019-01-08', lastDate: '2019-01-31' });

    const checked = await runCli(['check'], { cwd: dir });
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toContain('✓ tweets (twitter-analytics)');
    expect(checked.stdout).toContain('✓ posts: 31 of 31 sampled rows import');
  });

  it(`Facebook Page Insights Post data export → 98 posts, 0 rejects, the description row not stored${skip}`, async () => {
    if (skip) return;
    const rows = parse(readFileSync(join(realDataDir, FACEBOOK)), { bom: true, relax_column_count: false }) as string[][];
    const [header, descriptions, ...data] = rows as [string[], string[], ...string[][]];
    // The file, counted plainly: a header, a row of descriptions (no Post ID, "Lifetime: …"), 98 posts.
    expect(descriptions[0]).toBe('');
    expect(descriptions[8]).toMatch(/^Lifetime: /);
    expect(data).toHaveLength(98);
    const at = (name: string) => {
      const i = header.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return i;
    };
    /** Of the columns named `name`, the one its description calls a total count. */
    const total = (name: string) => {
      const i = header.findIndex((h, k) => h === name && descriptions[k]!.endsWith('(Total Count)'));
      expect(header.filter((h) => h === name), name).toHaveLength(2);
      return i;
    };
    const views = [total('Lifetime Organic Video Views'), total('Lifetime Paid Video Views')];
    const want = new Map(
      data.map((r) => {
        const get = (name: string) => r[at(name)]!;
        const viewCells = views.map((i) => r[i]!);
        return [
          get('Post ID'),
          {
            published_at: DateTime.fromFormat(get('Posted'), 'MM/dd/yyyy hh:mm:ss a', { zone: 'America/Los_Angeles', locale: 'en-US' }).toUTC().toISO(),
            account_id: get('Post ID').split('_')[0],
            url: unescape(get('Permalink')),
            post_type: get('Type') === '' ? null : get('Type').toLowerCase(),
            reach: count(get('Lifetime Post Total Reach')),
            impressions: count(get('Lifetime Post Total Impressions')),
            engagements: count(get('Lifetime Engaged Users')),
            likes: count(get('Lifetime Post Stories by action type - like')),
            comments: count(get('Lifetime Post Stories by action type - comment')),
            shares: count(get('Lifetime Post Stories by action type - share')),
            clicks: count(get('Lifetime Post Consumptions by type - link clicks')),
            video_views: viewCells.every((c) => c === '') ? null : sum(viewCells.map(count)),
            paid: get('Lifetime Post Paid Impressions') !== '0',
          },
        ];
      }),
    );

    const { dir, name } = await project(FACEBOOK, `facebook: { plugin: 'facebook-insights', options: { file: 'exports/${FACEBOOK.split('/').pop()}' } }`);
    const pulled = await runCli(['pull'], { cwd: dir });
    expect(pulled.code, pulled.stderr).toBe(0);
    const { posts, rejects, manifest } = await stored(dir);
    expect(rejects).toEqual([]);
    expect(posts.size).toBe(98);
    expect([...posts.keys()].sort()).toEqual([...want.keys()].sort());
    // The description row: no post without an id, none with its texts.
    expect([...posts.values()].some((p) => /^Lifetime: /.test(String(p['text'])) || p['published_at'] === null)).toBe(false);
    for (const [id, w] of want) {
      const p = posts.get(id)!;
      const got = Object.fromEntries(Object.keys(w).map((k) => [k, k === 'published_at' ? new Date(p[k] as string).toISOString() : p[k]]));
      expect(got, id).toEqual(w);
      expect([p['platform'], p['account_name'], p['source_file']]).toEqual(['facebook', 'Visualization Studio VIC', `exports/${name}`]);
    }
    // Headline figures, also checked by hand with Python's csv module.
    const all = [...posts.values()];
    expect(sum(all.map((p) => p['reach'] as number))).toBe(54_482);
    expect(sum(all.map((p) => p['impressions'] as number))).toBe(148_670);
    expect(sum(all.map((p) => p['engagements'] as number))).toBe(5_087);
    expect(all.filter((p) => p['post_type'] === null).map((p) => p['id'])).toEqual(['518995791497187_871657739564322']);
    const counts = (t: string) => all.filter((p) => p['post_type'] === t).length;
    expect([counts('photo'), counts('link'), counts('video'), counts('status')]).toEqual([41, 30, 17, 9]);
    expect(posts.get('518995791497187_922831414446954')).toMatchObject({ reach: 371, impressions: 1116, engagements: 56, likes: 37, comments: 4, shares: 3, clicks: 28 });
    expect(new Date(posts.get('518995791497187_922831414446954')!['published_at'] as string).toISOString()).toBe('2015-02-20T07:45:22.000Z');
    expect(manifest.entities.posts).toMatchObject({ rows: 98 });

    const checked = await runCli(['check'], { cwd: dir });
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toContain('✓ facebook (facebook-insights)');
    expect(checked.stdout).toContain('header on line 1 (1 row after it skipped: not data), 95 columns');
    expect(checked.stdout).toContain('✓ posts: 98 of 98 sampled rows import');
  });
});
