/**
 * The youtube-studio plugin through the real host (pullFixture): the Content table → posts with
 * its Total row skipped, and the tables Cadence has no place for (Geography, Totals.csv) refused
 * with a coded error naming the table and the export to take instead. Expected figures are
 * worked out from the fixture files with csv-parse, not read back from the plugin.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { SourceContext } from 'cadence/plugin';
import { pullFixture } from 'cadence/testkit';
import youtube from './index.ts';
import type { YoutubeStudioOptions } from './options.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const contentFile = 'content/Table data.csv';

/** The fixture's rows as csv-parse reads them, the Total row apart. */
function contentRows(): { total: Record<string, string>; videos: Record<string, string>[] } {
  const rows = parse(readFileSync(join(fixtures, contentFile)), { columns: true }) as Record<string, string>[];
  return { total: rows.find((r) => r.Content === 'Total')!, videos: rows.filter((r) => r.Content !== 'Total') };
}

function context(options: Record<string, unknown>, projectDir = fixtures): SourceContext<YoutubeStudioOptions> {
  return {
    source: 'youtube',
    options: youtube.options.parse(options),
    signal: new AbortController().signal,
    log: { debug() {}, info() {}, warn() {}, error() {} },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-10-01T00:00:00Z') },
    projectDir,
    timezone: 'UTC',
    tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
  };
}

const errorOf = async (p: Promise<unknown>) => (await p.then(() => ({}), (e: unknown) => e)) as { code?: string; message?: string };

describe('youtube-studio: the Content table → posts', () => {
  it('options: a file, an optional channel name and time zone', () => {
    expect(youtube.options.safeParse({}).success).toBe(false);
    expect(youtube.options.safeParse({ file: 'Table data.csv', channel: 'Acme Outdoor', timezone: 'Europe/Madrid' }).success).toBe(true);
    expect(youtube.options.safeParse({ file: 'Table data.csv', timezone: 'Madrid' }).success).toBe(false);
  });

  it('one post per video; the Total row is skipped — not stored, not counted, not a reject', async () => {
    const { total, videos } = contentRows();
    const r = await pullFixture({ plugin: youtube, options: { file: contentFile, channel: 'Acme Outdoor', timezone: 'Europe/Madrid' }, projectDir: fixtures });
    await r.cleanup();
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: videos.length, rejected: 0 });
    expect(r.rejects).toEqual([]);
    const posts = r.rows.posts!;
    expect(posts.map((p) => p.id).sort()).toEqual(videos.map((v) => v.Content).sort());
    expect(posts.some((p) => p.id === 'Total')).toBe(false);
    const views = posts.reduce((n, p) => n + Number(p.video_views), 0);
    expect(views).toBe(videos.reduce((n, v) => n + Number(v.Views), 0));
    // The fixture's Total is the sum of its videos: stored once, not twice.
    expect(views).toBe(Number(total.Views));
    expect(posts.reduce((n, p) => n + Number(p.impressions ?? 0), 0)).toBe(Number(total.Impressions));

    const first = posts.find((p) => p.id === 'aB3dEfGh1jK')!;
    expect(first).toMatchObject({
      platform: 'youtube',
      post_type: 'video',
      account_name: 'Acme Outdoor',
      url: 'https://www.youtube.com/watch?v=aB3dEfGh1jK',
      text: 'Trail shoes, tested: 100 km in the Pyrenees',
      video_views: 12210,
      impressions: 160400,
      likes: 801,
      comments: 96,
      shares: 52,
    });
    // "Sep 10, 2026" is a day in the channel's zone: midnight in Madrid (UTC+2 in September).
    expect(new Date(first.published_at as string).toISOString()).toBe('2026-09-09T22:00:00.000Z');
    expect(posts.find((p) => p.id === 'Zx9_Qw8-Er7')!.text).toBe('The "waterproof" test');
    // A video without views: zeros stay zeros.
    expect(posts.find((p) => p.id === 'Uv7Wx8Yz9A0')).toMatchObject({ video_views: 0, impressions: 0, likes: 0 });
  });

  it('check names the table, the skipped Total row and the columns not stored', async () => {
    const r = await youtube.check(context({ file: contentFile }));
    expect(r.ok).toBe(true);
    expect(r.message).toContain('Content table (one row per video) → posts');
    expect(r.message).toContain('the Total row (line 2) is a summary: skipped, not stored or counted');
    expect(r.message).toContain('not stored: Duration, Watch time (hours), Subscribers, Average view duration, Impressions click-through rate (%)');
    expect(r.message).toContain('Lifetime date range');
  });

  it('a Content table without a Total row loses no video', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadence-youtube-'));
    try {
      const lines = readFileSync(join(fixtures, contentFile), 'utf8').split('\n').filter((l) => !l.startsWith('Total,'));
      await writeFile(join(dir, 'no-total.csv'), lines.join('\n'));
      const r = await pullFixture({ plugin: youtube, options: { file: 'no-total.csv' }, projectDir: dir });
      await r.cleanup();
      expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: contentRows().videos.length, rejected: 0 });
      expect((await youtube.check(context({ file: 'no-total.csv' }, dir))).message).toContain('no Total row');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('youtube-studio: tables Cadence has no place for are refused', () => {
  it('Geography: CADENCE_EXPORT_NOT_SUPPORTED naming the table and the Content export, from pull and check', async () => {
    const r = await pullFixture({ plugin: youtube, options: { file: 'geography/Table data.csv' }, projectDir: fixtures });
    await r.cleanup();
    expect(r.result.sources[0]).toMatchObject({ status: 'failed', added: 0, error: { code: 'CADENCE_EXPORT_NOT_SUPPORTED' } });
    expect(r.rows.posts ?? []).toEqual([]);
    const e = await errorOf(youtube.check(context({ file: 'geography/Table data.csv' })));
    expect(e.code).toBe('CADENCE_EXPORT_NOT_SUPPORTED');
    expect(e.message).toContain('"Geography" table — views by country');
    expect(e.message).toContain('Cadence has no place for views by country');
    expect(e.message).toContain('Content tab');
    expect(e.message).toContain('geography/Table data.csv');
  });

  it('Totals.csv (views per day): refused, saying why account_snapshots do not fit', async () => {
    const e = await errorOf(youtube.check(context({ file: 'totals/Totals.csv' })));
    expect(e.code).toBe('CADENCE_EXPORT_NOT_SUPPORTED');
    expect(e.message).toContain('views per day');
    expect(e.message).toContain('Content tab');
  });

  it('a Content table without the publish date: a coded error saying to keep that column', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadence-youtube-'));
    try {
      await writeFile(join(dir, 't.csv'), 'Content,Video title,Views\nTotal,,10\nabc,A video,10\n');
      const e = await errorOf(youtube.check(context({ file: 't.csv' }, dir)));
      expect(e.code).toBe('CADENCE_CSV_MISSING_COLUMN');
      expect(e.message).toContain('Video publish time');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
