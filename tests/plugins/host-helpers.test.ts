/**
 * Host helpers plugins build on: tracked-name matching, sentiment normalization, request pacing,
 * XLSX → CSV, and a stream that fails for good while the others go on.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CadenceError, createRateLimiter, defineSource, matchTracked, normalizeSentiment, trackedPatterns, xlsxToCsv, type BulkLoad, type TrackedNames } from '../../src/plugins/public.ts';
import { pullFixture } from '../../src/plugins/testkit.ts';

const tracked: TrackedNames = {
  brand: { name: 'Alpenglow', aliases: ['Alpenglow Outdoor'], keywords: [], handles: ['alpenglow'], hashtags: ['alpenglowautumn'] },
  competitors: [{ name: 'Summitra', aliases: [], keywords: [], handles: ['summitra'], hashtags: [] }],
  topics: [{ name: 'ultralight hiking', keywords: ['base weight'] }],
  influencers: [{ name: 'Mara Lind', handles: ['maraontrail'] }],
  publicFaces: [{ name: 'Jonas Weber', handles: ['jonasweber'] }],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-helpers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tracked names', () => {
  it('matches names, aliases, @handles and #hashtags as whole words, brand first', () => {
    expect(matchTracked('Loving my new alpenglow jacket', tracked)).toEqual({ kind: 'brand', name: 'Alpenglow' });
    expect(matchTracked('Summitra vs Alpenglow?', tracked)).toEqual({ kind: 'brand', name: 'Alpenglow' });
    expect(matchTracked('thanks @summitra', tracked)).toEqual({ kind: 'competitor', name: 'Summitra' });
    expect(matchTracked('#alpenglowautumn is here', tracked)).toEqual({ kind: 'brand', name: 'Alpenglow' });
    expect(matchTracked('interview with Jonas Weber', tracked)).toEqual({ kind: 'public_face', name: 'Jonas Weber' });
    expect(matchTracked('new trail by @maraontrail', tracked)).toEqual({ kind: 'influencer', name: 'Mara Lind' });
    expect(matchTracked('my base weight is 4 kg', tracked)).toEqual({ kind: 'topic', name: 'ultralight hiking' });
    expect(matchTracked('Alpenglowing sunsets', tracked)).toBeUndefined();
    expect(trackedPatterns(tracked)[0]!.regex.startsWith('(?i)')).toBe(true);
  });

  it('normalizes vendor sentiment labels and scores', () => {
    expect(['Positive', 'NEG', 'neutral', 'Mixed', 'not rated', '3', '-2', '0', 'furious'].map(normalizeSentiment)).toEqual([
      'positive', 'negative', 'neutral', 'neutral', null, 'positive', 'negative', 'neutral', null,
    ]);
  });
});

describe('rate limiter', () => {
  it('never lets more than max requests into any rolling window', async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = createRateLimiter({ max: 30, windowMs: 600_000, clock: { now: () => new Date(now) }, sleep: async (ms) => { waits.push(ms); now += ms; } });
    const times: number[] = [];
    for (let i = 0; i < 95; i++) {
      await limiter.acquire();
      times.push(now);
      now += 1000; // one request a second
    }
    for (const t of times) expect(times.filter((u) => u > t - 600_000 && u <= t).length).toBeLessThanOrEqual(30);
    expect(waits.length).toBeGreaterThan(0);
  });
});

describe('xlsx', () => {
  it('turns a sheet into CSV, keeping blank rows, dates as wall time, and quoting', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Mentions');
    ws.addRow(['Report:', 'Alpenglow']);
    ws.addRow([]);
    ws.addRow(['Date', 'Url', 'Full Text', 'Reach']);
    ws.addRow([new Date(Date.UTC(2026, 8, 14, 10, 30, 0)), 'https://x.example/1', 'says "hi", twice', 1701]);
    const path = join(dir, 'm.xlsx');
    await wb.xlsx.writeFile(path);
    const rows = await xlsxToCsv(path, join(dir, 'm.csv'));
    expect(rows).toBe(3);
    expect(await readFile(join(dir, 'm.csv'), 'utf8')).toBe('Report:,Alpenglow\n\nDate,Url,Full Text,Reach\n2026-09-14 10:30:00,https://x.example/1,"says ""hi"", twice",1701\n');
  });

  it('refuses a file that is not a workbook with a coded error', async () => {
    const path = join(dir, 'broken.xlsx');
    await (await import('node:fs/promises')).writeFile(path, 'not a zip');
    await expect(xlsxToCsv(path, join(dir, 'b.csv'))).rejects.toMatchObject({ code: 'CADENCE_CSV_ENCODING' });
  });
});

describe('a stream that fails for good', () => {
  it('is reported with plugin and stream while the other streams are imported', async () => {
    const plugin = defineSource({
      name: 'two-streams',
      options: z.object({}),
      streams: { good: { entity: 'mentions' }, bad: { entity: 'mentions' } },
      check: async () => ({ ok: true, message: '' }),
      async *pull() {
        yield { type: 'error' as const, stream: 'bad', error: new CadenceError('CADENCE_FETCH_FAILED', 'GET /mentions answered 401', { hint: 'check API_TOKEN' }) };
        yield { type: 'record' as const, stream: 'good', data: { id: 'g1', published_at: new Date('2026-09-01T00:00:00Z'), platform: 'news' } };
        yield { type: 'checkpoint' as const, stream: 'good', cursor: 'c1' };
      },
    });
    const r = await pullFixture({ plugin, options: {} });
    try {
      const outcome = r.result.sources[0]!;
      expect(outcome.status).toBe('partial');
      expect(outcome.streamErrors!.map((e) => [e.code, e.place.stream, e.place.plugin])).toEqual([['CADENCE_FETCH_FAILED', 'bad', 'two-streams']]);
      expect(r.rows.mentions!.map((m) => m.id)).toEqual(['g1']);
      expect(r.manifest.sources.fixture).toMatchObject({ status: 'partial', cursors: { good: 'c1' } });
    } finally {
      await r.cleanup();
    }
  });
});

/** A plugin that hands the store one comma-separated UTF-8 file (header on line 1) for mentions. */
function bulkOf(name: string, load: Pick<BulkLoad, 'path' | 'displayPath' | 'header' | 'columns'>) {
  return defineSource({
    name,
    options: z.object({}),
    streams: { m: { entity: 'mentions' } },
    check: async () => ({ ok: true, message: '' }),
    async *pull() {
      yield { type: 'bulk' as const, stream: 'm', load: { ...load, delimiter: ',', quote: '"', escape: '"', encoding: 'utf-8' as const, headerLine: 1, timezone: 'UTC', decimal: '.' as const } };
    },
  });
}

describe('the match column spec', () => {
  it('tags bulk rows with the first tracked name their text matches', async () => {
    const { writeFile } = await import('node:fs/promises');
    const path = join(dir, 'mentions.csv');
    await writeFile(path, 'Url,Date,Text\nu1,2026-09-01 10:00,I love my Alpenglow jacket\nu2,2026-09-01 11:00,thanks @summitra\nu3,2026-09-01 12:00,nothing here\n');
    const patterns = trackedPatterns(tracked);
    const plugin = bulkOf('match-test', { path, displayPath: 'mentions.csv', header: ['Url', 'Date', 'Text'], columns: {
              id: { column: 'Url' }, published_at: { column: 'Date' }, platform: { value: 'twitter' }, text: { column: 'Text' },
              matched_name: { match: ['Text'], patterns: patterns.map((p) => ({ value: p.name, regex: p.regex })) },
              matched_kind: { match: ['Text'], patterns: patterns.map((p) => ({ value: p.kind, regex: p.regex })) },
            } });
    const r = await pullFixture({ plugin, options: {} });
    try {
      expect(r.rows.mentions!.map((m) => [m.id, m.matched_kind, m.matched_name])).toEqual([
        ['u1', 'brand', 'Alpenglow'],
        ['u2', 'competitor', 'Summitra'],
        ['u3', null, null],
      ]);
    } finally {
      await r.cleanup();
    }
  });
});

describe('the sum column spec', () => {
  it('adds numeric columns on the fast pass and the ordinal pass alike', async () => {
    const { writeFile } = await import('node:fs/promises');
    const path = join(dir, 'sum.csv');
    await writeFile(path, 'Url,Date,Twitter Likes,Facebook Likes\nu1,2026-09-01 10:00,"1,200",5\nu2,2026-09-01 11:00,,\nu3,2026-09-01 12:00,x,1\n');
    const plugin = bulkOf('sum-test', { path, displayPath: 'sum.csv', header: ['Url', 'Date', 'Twitter Likes', 'Facebook Likes'], columns: { id: { column: 'Url' }, published_at: { column: 'Date' }, platform: { value: 'twitter' }, likes: { sum: ['Twitter Likes', 'Facebook Likes'] } } });
    const r = await pullFixture({ plugin, options: {} });
    try {
      expect(r.rows.mentions!.map((m) => [m.id, m.likes])).toEqual([['u1', 1205], ['u2', null]]);
      expect(r.rejects.map((x) => [x.line, x.column, x.code])).toEqual([['4', 'Twitter Likes', 'CADENCE_VALUE_NOT_NUMBER']]);
    } finally {
      await r.cleanup();
    }
  });
});
