/**
 * What lands in the data folder: typed values, de-duplication by id, updates, and rejects with
 * file, line, column, code and reason — for bulk files and for records.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineSource, type BulkLoad } from '../../src/plugins/public.ts';
import { pullFixture } from '../../src/plugins/testkit.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-rows-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bulkPlugin = (load: Omit<BulkLoad, 'path'> & { path: string }) =>
  defineSource({
    name: 'bulk-test',
    options: z.object({}),
    streams: { s: { entity: 'web_sessions' } },
    check: async () => ({ ok: true, message: '' }),
    async *pull() {
      yield { type: 'bulk' as const, stream: 's', load };
    },
  });

const header = ['Date', 'Channel', 'Source', 'Sessions', 'Bounce Rate', 'Avg. Time on Page', 'Note'];
const baseLoad = (path: string): BulkLoad => ({
  path,
  displayPath: 'exports/sessions.csv',
  delimiter: ',',
  quote: '"',
  escape: '"',
  encoding: 'utf-8',
  headerLine: 3,
  header,
  timezone: 'Europe/Berlin',
  decimal: '.',
  columns: {
    date: { column: 'Date' },
    channel: { column: 'Channel', map: { 'organic social': 'organic_social', 'paid social': 'paid_social' } },
    source: { column: 'Source' },
    sessions: { column: 'Sessions' },
    bounce_rate: { column: 'Bounce Rate' },
    avg_time_on_page: { column: 'Avg. Time on Page' },
    is_social: { column: 'Channel', map: { 'organic social': true, 'paid social': true, direct: false, email: false } },
  },
});

describe('bulk loads', () => {
  it('types values, rejects bad rows with their exact line, and keeps the rest', async () => {
    const path = join(dir, 'sessions.csv');
    await writeFile(
      path,
      [
        '# Report: sessions', // line 1
        '# Range: September', // line 2
        header.join(','), // line 3 header
        '2026-09-14,Organic Social,facebook.com,"1,701",32.30%,00:01:11,ok', // 4
        '2026-09-14,Direct,(direct),780,87.18%,00:00:47,"a note', // 5 – quoted line break
        'over two lines"', // 6
        '2026-09-15,Organic Social,instagram.com,lots,10%,00:00:10,bad number', // 7
        '2026-09-32,Email,newsletter,10,10%,00:00:10,bad date', // 8
        '2026-09-16,Carrier pigeon,coop,10,10%,00:00:10,bad channel', // 9
        '2026-09-16,Email,newsletter,10,10%,00:00:10,too,many,cells', // 10 – malformed
        '2026-09-17,Paid Social,facebook.com,5,150%,00:00:10,ratio above 1', // 11
        '2026-09-17,Paid Social,facebook.com,,1%,00:00:10,missing sessions', // 12
        '2026-09-18,Email,newsletter,12,5%,1:02:03,last', // 13
        // Three more good rows: half the rows are good, so the stream imports (more than half rejected fails it).
        '2026-09-19,Email,newsletter,13,5%,00:00:10,extra 1', // 14
        '2026-09-20,Email,newsletter,14,5%,00:00:10,extra 2', // 15
        '2026-09-21,Email,newsletter,15,5%,00:00:10,extra 3', // 16
      ].join('\n') + '\n',
    );
    const r = await pullFixture({ plugin: bulkPlugin(baseLoad(path)), options: {} });
    try {
      expect(r.result.sources[0]!.error?.message).toBeUndefined();
      const rows = r.rows.web_sessions!;
      expect(rows.map((x) => x.date).sort()).toEqual(['2026-09-14', '2026-09-14', '2026-09-18', '2026-09-19', '2026-09-20', '2026-09-21']);
      const first = rows.find((x) => x.source === 'facebook.com')!;
      expect(first).toMatchObject({ channel: 'organic_social', sessions: 1701, bounce_rate: 0.323, avg_time_on_page: 71, is_social: true, source_file: 'exports/sessions.csv' });
      expect(rows.find((x) => x.date === '2026-09-18')!.avg_time_on_page).toBe(3723);
      const rejects = r.rejects.map((x) => [x.line, x.column, x.code]);
      expect(rejects).toEqual([
        ['7', 'Sessions', 'CADENCE_VALUE_NOT_NUMBER'],
        ['8', 'Date', 'CADENCE_VALUE_NOT_DATE'],
        ['9', 'Channel', 'CADENCE_VALUE_NOT_ALLOWED'],
        ['10', expect.any(String), 'CADENCE_CSV_MALFORMED_ROW'],
        ['11', 'Bounce Rate', 'CADENCE_VALUE_INVALID'],
        ['12', 'Sessions', 'CADENCE_VALUE_REQUIRED'],
      ]);
      expect(r.rejects.every((x) => x.file === 'exports/sessions.csv')).toBe(true);
      expect(r.rejects[0]!.reason).toContain('"lots"');
      expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 6, rejected: 6 });
    } finally {
      await r.cleanup();
    }
  });

  it('without an id, a row whose natural key is incomplete gets a hash of the whole row; exact repeats are one row; re-pulling adds nothing', async () => {
    const path = join(dir, 'dupes.csv');
    const lines = ['x', 'y', header.join(',')];
    lines.push('2026-09-14,Direct,(direct),1,1%,0,first');
    lines.push('2026-09-14,Direct,(direct),1,1%,0,first'); // the same row twice → one row
    lines.push('2026-09-14,Direct,(direct),2,1%,0,second'); // same dimensions, other numbers → a row of its own
    lines.push('2026-09-15,Direct,(direct),3,1%,0,third');
    await writeFile(path, lines.join('\n') + '\n');
    const plugin = bulkPlugin(baseLoad(path));
    const r1 = await pullFixture({ plugin, options: {} });
    try {
      expect(r1.result.sources[0]).toMatchObject({ status: 'ok', added: 3 });
      const rows = r1.rows.web_sessions!;
      // web_sessions' natural key (date, hour, channel, source, medium, …) is not complete here.
      expect(rows.every((x) => /^[0-9a-f]{32}$/.test(String(x.id)))).toBe(true);
      expect(rows.map((x) => x.sessions).sort()).toEqual([1, 2, 3]);
      const again = await pullFixture({ plugin, options: {}, dataDir: r1.dataDir, clock: { now: () => new Date('2026-02-01T00:00:00Z') } });
      expect(again.result.sources[0]).toMatchObject({ added: 0, updated: 0, unchanged: 3, removed: 0 });
      expect(again.manifest.entities).toEqual(r1.manifest.entities);
    } finally {
      await r1.cleanup();
    }
  });

  it('without an id, a complete natural key is the id, and the last row of a key wins', async () => {
    const path = join(dir, 'snapshots.csv');
    await writeFile(path, ['Network,Profile,Day,Followers', 'facebook,Acme,2026-09-14,100', 'facebook,Acme,2026-09-14,101', 'instagram,acme,2026-09-14,50'].join('\n') + '\n');
    const plugin = defineSource({
      name: 'bulk-test',
      options: z.object({}),
      streams: { s: { entity: 'account_snapshots' } },
      check: async () => ({ ok: true, message: '' }),
      async *pull() {
        yield {
          type: 'bulk' as const,
          stream: 's',
          load: { ...baseLoad(path), headerLine: 1, header: ['Network', 'Profile', 'Day', 'Followers'], columns: { platform: { column: 'Network' }, account_id: { column: 'Profile' }, date: { column: 'Day' }, followers: { column: 'Followers' } } },
        };
      },
    });
    const r = await pullFixture({ plugin, options: {} });
    try {
      expect(r.rows.account_snapshots!.map((x) => [x.id, x.followers])).toEqual([
        ['facebook|Acme|2026-09-14', 101],
        ['instagram|acme|2026-09-14', 50],
      ]);
    } finally {
      await r.cleanup();
    }
  });
});

describe('records', () => {
  const recordPlugin = (records: Record<string, unknown>[]) =>
    defineSource({
      name: 'records-test',
      options: z.object({}),
      streams: { m: { entity: 'mentions' } },
      check: async () => ({ ok: true, message: '' }),
      async *pull() {
        for (const [i, data] of records.entries()) yield { type: 'record' as const, stream: 'm', data, place: { file: 'api', line: i + 1 } };
        yield { type: 'checkpoint' as const, stream: 'm', cursor: 'next-page-token' };
      },
    });

  it('validates against the entity schema, rejects with codes, saves the cursor', async () => {
    const r = await pullFixture({
      plugin: recordPlugin([
        { id: 'a', published_at: new Date('2026-09-14T08:00:00Z'), platform: 'twitter', sentiment: 'negative', reach: 10 },
        { id: 'b', published_at: new Date('2026-09-14T09:00:00Z'), platform: 'news', sentiment: 'furious' },
        { id: 'c', platform: 'news' },
        { id: 'd', published_at: new Date('2026-09-14T09:00:00Z'), platform: 'news', reach: -5 },
        // Half the records are good, so the stream imports (more than half rejected fails it).
        { id: 'e', published_at: new Date('2026-09-15T08:00:00Z'), platform: 'news' },
        { id: 'f', published_at: new Date('2026-09-16T08:00:00Z'), platform: 'news' },
      ]),
      options: {},
    });
    try {
      expect(r.result.sources[0]!.error?.message).toBeUndefined();
      expect(r.rows.mentions!.map((x) => x.id)).toEqual(['a', 'e', 'f']);
      expect(r.rows.mentions![0]).toMatchObject({ published_at: '2026-09-14T08:00:00.000Z', sentiment: 'negative', reach: 10, source_line: 1 });
      expect(r.rejects.map((x) => [x.line, x.column, x.code])).toEqual([
        ['2', 'sentiment', 'CADENCE_VALUE_NOT_ALLOWED'],
        ['3', 'published_at', 'CADENCE_VALUE_REQUIRED'],
        ['4', 'reach', 'CADENCE_VALUE_INVALID'],
      ]);
      expect(r.manifest.sources.fixture!.cursors).toEqual({ m: 'next-page-token' });
    } finally {
      await r.cleanup();
    }
  });

  it('a changed row replaces the stored one and keeps its first imported_at; moving month leaves no copy behind', async () => {
    const r1 = await pullFixture({ plugin: recordPlugin([{ id: 'a', published_at: new Date('2026-08-31T23:00:00Z'), platform: 'x', text: 'v1' }]), options: {} });
    try {
      const r2 = await pullFixture({
        plugin: recordPlugin([{ id: 'a', published_at: new Date('2026-09-01T01:00:00Z'), platform: 'x', text: 'v2' }]),
        options: {},
        dataDir: r1.dataDir,
        clock: { now: () => new Date('2026-03-01T00:00:00Z') },
      });
      expect(r2.result.sources[0]).toMatchObject({ added: 0, updated: 1 });
      expect(r2.rows.mentions).toHaveLength(1);
      expect(r2.rows.mentions![0]).toMatchObject({ text: 'v2', imported_at: '2026-01-01T00:00:00.000Z' });
      expect(r2.manifest.entities.mentions!.files.map((f) => f.month)).toEqual(['2026-09']);
    } finally {
      await r1.cleanup();
    }
  });
});
