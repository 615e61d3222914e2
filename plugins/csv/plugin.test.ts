/**
 * The csv plugin end to end: check and pull on the fixture exports, and every bulk load read back
 * with DuckDB the way the store is expected to read it (see `readLikeTheStore`).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulkLoad, PullItem, SourceContext } from 'cadence/plugin';
import { pullFixture } from 'cadence/testkit';
import csv from './index.ts';
import type { CsvOptions } from './options.ts';

const fixtures = join(import.meta.dirname, '../../tests/plugins/delimited/fixtures');
const realData = '/work/shared/real-data';

function context(options: Record<string, unknown>, projectDir = fixtures): SourceContext<CsvOptions> & { logged: string[] } {
  const logged: string[] = [];
  const log = (level: string) => (message: string) => void logged.push(`${level}: ${message}`);
  return {
    source: 'test',
    options: csv.options.parse(options),
    signal: new AbortController().signal,
    log: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    projectDir,
    timezone: 'Europe/Madrid',
    tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
    logged,
  };
}

const sql = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Reads a bulk load as the store should: header row `headerLine` (skip = headerLine - 1), our names. */
async function readLikeTheStore(load: BulkLoad, names = true): Promise<{ columns: string[]; rows: string[][] }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const result = await connection.runAndReadAll(
      `SELECT * FROM read_csv(${sql(load.path)}, encoding=${sql(load.encoding)}, header=true, skip=${load.headerLine - 1}, ` +
        `${names ? `names=[${load.header.map(sql).join(', ')}], ` : ''}all_varchar=true, delim=${sql(load.delimiter)}, quote=${sql(load.quote)}, escape=${sql(load.escape)})`,
    );
    return { columns: result.columnNames(), rows: result.getRows().map((r) => r.map((v) => (v === null ? '' : String(v)))) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Pulls, reading each bulk load with DuckDB while it is current (temp copies go away afterwards). */
async function pullAndRead(ctx: SourceContext<CsvOptions>) {
  const items: PullItem[] = [];
  const read: { columns: string[]; rows: string[][] }[] = [];
  for await (const item of csv.pull(ctx)) {
    items.push(item);
    if (item.type === 'bulk') {
      expect(existsSync(item.load.path)).toBe(true);
      read.push(await readLikeTheStore(item.load));
    }
  }
  const loads = items.flatMap((i) => (i.type === 'bulk' ? [i.load] : []));
  return { items, loads, read };
}

const errorCode = async (p: Promise<unknown>) => ((await p.then(() => ({}), (e: unknown) => e)) as { code?: string }).code;
const drain = async (ctx: SourceContext<CsvOptions>) => {
  for await (const _ of csv.pull(ctx));
};

const brandwatch = {
  file: 'brandwatch/mentions.csv',
  entity: 'mentions',
  columns: {
    published_at: { column: 'Date', format: '%Y-%m-%d %H:%M:%S.%g' },
    platform: 'Page Type',
    url: 'Url',
    title: 'title',
    sentiment: 'Sentiment',
    author_handle: 'Author',
    author_followers: 'Twitter Followers',
  },
};

describe('csv plugin', () => {
  it('declares one stream, named after the entity unless given', () => {
    expect(typeof csv.streams === 'function' && csv.streams(csv.options.parse(brandwatch))).toEqual({
      mentions: { entity: 'mentions', description: 'Rows of brandwatch/mentions.csv' },
    });
    expect(typeof csv.streams === 'function' && Object.keys(csv.streams(csv.options.parse({ ...brandwatch, stream: 'bw' })))).toEqual(['bw']);
  });

  it('Brandwatch: header after six metadata lines, file handed over as is', async () => {
    const ctx = context(brandwatch);
    expect(await csv.check(ctx)).toEqual({
      ok: true,
      message: 'brandwatch/mentions.csv: UTF-8, comma-separated, header on line 7, 11 columns',
      streams: { mentions: "whole file (each pull replaces this source's earlier rows)" },
    });
    const { items, loads, read } = await pullAndRead(ctx);
    expect(items.map((i) => i.type)).toEqual(['bulk', 'progress']);
    const { columns, ...rest } = loads[0]!;
    expect(rest).toEqual({
      path: join(fixtures, 'brandwatch/mentions.csv'),
      displayPath: 'brandwatch/mentions.csv',
      delimiter: ',',
      quote: '"',
      escape: '"',
      encoding: 'utf-8',
      headerLine: 7,
      header: ['Query Id', 'Query Name', 'Date', 'Title', 'Url', 'Domain', 'Sentiment', 'Page Type', 'Author', 'Twitter Followers', 'Impressions'],
      timezone: 'Europe/Madrid',
      decimal: '.',
    });
    expect(columns['title']).toEqual({ column: 'Title' });
    expect(columns['published_at']).toEqual({ column: 'Date', format: ['%Y-%m-%d %H:%M:%S.%g'] });
    expect(read[0]!.columns).toEqual(loads[0]!.header);
    expect(read[0]!.rows.map((r) => r[3])).toEqual(['Love my new Acme boots 😀', 'Two lines\r\nof text', 'Acme, again']);
    expect(ctx.logged.some((l) => l.startsWith('warn:'))).toBe(false);
  });

  it('GA4: header after # comment lines', async () => {
    const ctx = context({
      file: 'ga4/traffic.csv',
      entity: 'web_sessions',
      columns: {
        date: { column: 'Date', format: '%Y%m%d' },
        channel: { column: 'Session primary channel group (Default Channel Group)', map: { 'organic social': 'organic_social', direct: 'direct', 'organic search': 'organic_search' } },
        sessions: 'Sessions',
        engaged_sessions: 'Engaged sessions',
        is_social: { value: false },
      },
    });
    expect((await csv.check(ctx)).message).toBe('ga4/traffic.csv: UTF-8, comma-separated, header on line 9, 6 columns');
    const { loads, read } = await pullAndRead(ctx);
    expect(loads[0]!.headerLine).toBe(9);
    expect(read[0]!.rows).toEqual([
      ['Organic Social', '20240301', '120', '80', '0.6666666667', '450'],
      ['Direct', '20240301', '300', '210', '0.7', '1200'],
      ['Organic Search', '20240302', '95', '60', '0.6315789474', '301'],
    ]);
  });

  it('Meltwater: UTF-16LE with tabs and a junk line is copied to UTF-8, then the copy is deleted', async () => {
    const ctx = context({
      file: 'meltwater/export.csv',
      entity: 'mentions',
      columns: { published_at: { column: 'Date', format: '%d-%b-%Y %I:%M%p' }, platform: 'Source', text: 'Hit Sentence', reach: 'Reach', url: 'URL' },
    });
    expect((await csv.check(ctx)).message).toBe('meltwater/export.csv: UTF-16LE with BOM, tab-separated, header on line 2, 9 columns');
    const { loads, read } = await pullAndRead(ctx);
    const load = loads[0]!;
    expect(load.path).not.toBe(join(fixtures, 'meltwater/export.csv'));
    expect(load).toMatchObject({ displayPath: 'meltwater/export.csv', encoding: 'utf-8', delimiter: '\t', headerLine: 2 });
    expect(read[0]!.rows.map((r) => r[3])).toEqual(['Acme opens… 🎉', 'So slow today @acme 😤']);
    expect(existsSync(load.path)).toBe(false);
    expect(ctx.logged.some((l) => l.includes('copying to UTF-8'))).toBe(true);
  });

  it.each([
    ['windows-1252/posts.csv', 1, ['01.03.2024', 'Café “Crème” – l’été', '12,50 €', 'facebook']],
    ['encoding/windows-1252.csv', 1, ['2024-03-01', 'Café crème', '€12']],
    ['encoding/utf-16be-bom.csv', 1, ['2024-03-01', 'Café 😀 crème', '€12']],
    ['encoding/utf-16le.csv', 1, ['2024-03-01', 'Café 😀 crème', '€12']],
    ['encoding/shift-jis.csv', 1, ['2024/01/01', '新年あけましておめでとうございます', '12']],
    ['encoding/utf-8-bom.csv', 1, ['2024-03-01', 'Café crème', '€12']],
    ['delimiters/excel-sep-line.csv', 2, ['2024-03-01', 'Hello, world', '12', '3']],
    ['quoted-preamble/report.csv', 4, ['2024-03-30', 'instagram', '10']],
  ])('%s reads back right with DuckDB (header line %i)', async (file, headerLine, firstRow) => {
    const ctx = context({ file, entity: 'posts', columns: { platform: { value: 'facebook' }, published_at: { value: '2024-03-01T00:00:00Z' } } });
    const { loads, read } = await pullAndRead(ctx);
    expect(loads[0]!.headerLine).toBe(headerLine);
    expect(read[0]!.rows[0]).toEqual(firstRow);
  });

  it('blanks metadata lines DuckDB would miscount, keeping line numbers', async () => {
    const ctx = context({ file: 'quoted-preamble/report.csv', entity: 'posts', columns: { published_at: 'date', platform: 'platform', likes: 'likes' } });
    const { loads, read } = await pullAndRead(ctx);
    expect(loads[0]!.headerLine).toBe(4);
    expect(read[0]!.rows).toEqual([['2024-03-30', 'instagram', '10'], ['2024-03-31', 'tik\ntok', '4']]);
  });

  it('DuckDB drops a UTF-8 BOM from the first header name by itself', async () => {
    const ctx = context({ file: 'encoding/utf-8-bom.csv', entity: 'posts', columns: { published_at: 'date', platform: { value: 'x' } } });
    for await (const item of csv.pull(ctx)) {
      if (item.type !== 'bulk') continue;
      expect(item.load.path).toBe(join(fixtures, 'encoding/utf-8-bom.csv'));
      expect((await readLikeTheStore(item.load, false)).columns).toEqual(['date', 'text', 'amount']);
    }
  });

  it('tells Windows-1252 from UTF-8 past an ASCII sample', async () => {
    const ctx = context({ file: 'encoding/ascii-then-1252.csv', entity: 'posts', columns: { platform: 'city', published_at: { value: '2024-01-01T00:00:00Z' } } });
    const { read } = await pullAndRead(ctx);
    expect(read[0]!.rows.at(-1)).toEqual(['José', 'Málaga']);
    expect(read[0]!.rows).toHaveLength(8001);
  });

  it('reads every file a * pattern matches, in name order, with byte progress', async () => {
    const ctx = context({ file: 'glob/exports/posts-*.csv', entity: 'posts', columns: { published_at: 'date', platform: 'platform', likes: 'likes' } });
    expect((await csv.check(ctx)).message).toMatch(/^2 files match glob\/exports\/posts-\*\.csv — glob\/exports\/posts-2024-01\.csv: UTF-8/);
    const { items, read } = await pullAndRead(ctx);
    expect(items.map((i) => (i.type === 'bulk' ? i.load.displayPath : `${i.type} ${i.type === 'progress' ? `${i.done}/${i.total}` : ''}`))).toEqual([
      'glob/exports/posts-2024-01.csv',
      'progress 42/84',
      'glob/exports/posts-2024-02.csv',
      'progress 84/84',
    ]);
    expect(read.map((r) => r.rows)).toEqual([[['2024-01-15', 'facebook', '5']], [['2024-02-15', 'facebook', '9']]]);
  });

  describe('errors', () => {
    const posts = { entity: 'posts', columns: { published_at: 'date', platform: { value: 'x' } } };

    it.each([
      ['empty/empty.csv', 'CADENCE_CSV_EMPTY'],
      ['empty/blank-lines.csv', 'CADENCE_CSV_EMPTY'],
      ['empty/bom-only.csv', 'CADENCE_CSV_EMPTY'],
      ['missing.csv', 'CADENCE_FILE_NOT_FOUND'],
      ['glob/exports/*.xlsx', 'CADENCE_FILE_NOT_FOUND'],
      ['encoding/workbook.csv', 'CADENCE_CSV_ENCODING'],
    ])('%s → %s, from check and from pull', async (file, code) => {
      expect(await errorCode(csv.check(context({ ...posts, file })))).toBe(code);
      expect(await errorCode(drain(context({ ...posts, file })))).toBe(code);
    });

    it('a missing column names the file and the header line', async () => {
      const ctx = context({ file: 'ga4/traffic.csv', entity: 'web_sessions', columns: { date: 'Date', channel: { value: 'other' }, sessions: 'Sesions', is_social: { value: false } } });
      const error = (await drain(ctx).catch((e: unknown) => e)) as { code: string; place: object; details: object };
      expect(error.code).toBe('CADENCE_CSV_MISSING_COLUMN');
      expect(error.place).toEqual({ file: 'ga4/traffic.csv', line: 9 });
      expect(error.details).toMatchObject({ suggestions: ['Sessions'] });
    });

    it('a bad mapping fails before any file is read', async () => {
      expect(await errorCode(drain(context({ file: 'missing.csv', entity: 'posts', columns: { published: 'date' } })))).toBe('CADENCE_CSV_MAPPING_INVALID');
      expect(await errorCode(csv.check(context({ file: 'missing.csv', entity: 'posts', columns: { published_at: 'date' } })))).toBe('CADENCE_CSV_MAPPING_INVALID');
    });

    it('deletes the temporary copy when the consumer stops early', async () => {
      const ctx = context({ file: 'windows-1252/posts.csv', entity: 'posts', columns: { published_at: 'Datum', platform: 'Netzwerk' } });
      let path = '';
      for await (const item of csv.pull(ctx)) {
        if (item.type === 'bulk') {
          path = item.load.path;
          break;
        }
      }
      expect(path).not.toBe('');
      expect(existsSync(path)).toBe(false);
    });

    it('stops when the signal is aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const ctx = { ...context({ file: 'ga4/traffic.csv', ...posts }), signal: controller.signal };
      await expect(drain(ctx)).rejects.toThrow();
    });
  });
});

describe('a file without a header row (`columnNames`)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cadence-csv-headerless-'));
    // Sentiment140's layout: polarity, id, date, query, user, text; every field quoted, no header.
    // Lines 1–2: a cell with a line break; line 3: a date no format reads; line 4: a quoted query.
    await writeFile(
      join(dir, 'headerless.csv'),
      [
        '"4","3","Mon May 11 03:17:40 UTC 2009","kindle2","reader1","two\nlines"',
        '"0","4","someday","kindle2","reader2","bad date"',
        '"2","5","Mon May 11 03:20:00 UTC 2009","""twitter api""","reader3","quoted query"',
        '"4","6","Mon May 11 03:21:00 UTC 2009","twitter api","reader4","plain query"',
        '',
      ].join('\n'),
    );
    await writeFile(join(dir, 'with-header.csv'), 'polarity,id,date,query,user,text\n4,3,Mon May 11 03:17:40 UTC 2009,kindle2,reader1,hello\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const names = ['polarity', 'id', 'date', 'query', 'user', 'text'];
  const columns = {
    id: 'id',
    published_at: 'date',
    platform: { value: 'twitter' },
    author_handle: 'user',
    text: 'text',
    sentiment: { column: 'polarity', map: { '0': 'negative', '2': 'neutral', '4': 'positive' } },
    query: { column: 'query', pattern: '^"?(.*?)"?$' },
  };
  const options = (extra: Record<string, unknown> = {}) => ({ file: 'headerless.csv', entity: 'mentions', columnNames: names, columns, ...extra });

  it('reads the first line as data, names the columns, and numbers reject lines as the file does', async () => {
    expect((await csv.check(context(options(), dir))).message).toBe('headerless.csv: UTF-8, comma-separated, no header row (columnNames), 6 columns');
    const r = await pullFixture({ plugin: csv, projectDir: dir, options: options() });
    try {
      expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 3, rejected: 1 });
      expect(r.rejects.map((x) => [x.line, x.column, x.code])).toEqual([['3', 'date', 'CADENCE_VALUE_NOT_DATE']]);
      expect(r.rows.mentions!.map((m) => [m.id, m.published_at, m.author_handle, m.sentiment, m.query, m.text])).toEqual([
        ['3', '2009-05-11T03:17:40.000Z', 'reader1', 'positive', 'kindle2', 'two\nlines'],
        ['5', '2009-05-11T03:20:00.000Z', 'reader3', 'neutral', 'twitter api', 'quoted query'],
        ['6', '2009-05-11T03:21:00.000Z', 'reader4', 'positive', 'twitter api', 'plain query'],
      ]);
    } finally {
      await r.cleanup();
    }
  });

  it('an Excel `sep=;` line before headerless data is skipped, not read as a row', async () => {
    await writeFile(join(dir, 'sep.csv'), 'sep=;\n1;2026-01-01 10:00;first\n2;2026-01-02 10:00;second\n');
    const r = await pullFixture({ plugin: csv, projectDir: dir, options: { file: 'sep.csv', entity: 'mentions', columnNames: ['n', 'date', 'text'], columns: { id: 'n', published_at: 'date', text: 'text', platform: { value: 'forum' } } } });
    try {
      expect(r.rejects).toEqual([]);
      expect(r.rows.mentions!.map((m) => [m.id, m.text])).toEqual([
        ['1', 'first'],
        ['2', 'second'],
      ]);
    } finally {
      await r.cleanup();
    }
  });

  it('refuses names that do not fit the rows, a file that has a header after all, and headerRow with it', async () => {
    const fails = async (o: Record<string, unknown>) => {
      const e = (await csv.check(context(o, dir)).then(
        () => undefined,
        (x: unknown) => x,
      )) as { code: string; message: string; hint?: string } | undefined;
      expect(e?.code).toBe('CADENCE_CSV_MAPPING_INVALID');
      return e!;
    };
    const short = await fails(options({ columnNames: names.slice(0, 5), columns: { ...columns, text: { value: null } } }));
    expect(short.message).toContain('`columnNames` names 5 columns, but the rows of the file have 6 cells (line 1)');
    const header = await fails(options({ file: 'with-header.csv' }));
    expect(header.message).toContain('Line 1 holds the names given in `columnNames`');
    expect(header.hint).toContain('Remove `columnNames`');
    await fails(options({ headerRow: 1 }));
  });

  it('a template with a pattern keeps a value only where the pattern matches (the close date of closed deals)', async () => {
    await writeFile(join(dir, 'deals.csv'), 'Id,Created,Closed,Close\nd1,2026-02-01,TRUE,2026-02-10\nd2,2026-02-02,FALSE,2026-03-31\nd3,2026-02-03,true,\n');
    const r = await pullFixture({
      plugin: csv,
      projectDir: dir,
      options: {
        file: 'deals.csv',
        entity: 'deals',
        columns: { id: 'Id', created_at: 'Created', status: { value: 'open' }, is_social: { value: false }, closed_at: { template: '{Closed} {Close}', pattern: '(?i)^true (\\S.*)$' } },
      },
    });
    try {
      expect(r.rejects).toEqual([]);
      expect(r.rows.deals!.map((d) => [d.id, d.closed_at])).toEqual([
        ['d1', '2026-02-10T00:00:00.000Z'],
        ['d2', null],
        ['d3', null],
      ]);
    } finally {
      await r.cleanup();
    }
  });
});

describe.skipIf(!existsSync(realData))('real exports', () => {
  it('Live.csv (UTF-8 with BOM): header on line 1, read as is', async () => {
    const ctx = context(
      { file: 'uci_facebook_live_sellers_thailand/Live.csv', entity: 'posts', columns: { id: 'status_id', published_at: { column: 'status_published', format: '%m/%d/%Y %H:%M' }, platform: { value: 'facebook' }, post_type: 'status_type', reactions: 'num_reactions' } },
      realData,
    );
    expect((await csv.check(ctx)).message).toBe('uci_facebook_live_sellers_thailand/Live.csv: UTF-8 with BOM, comma-separated, header on line 1, 16 columns');
    const { loads, read } = await pullAndRead(ctx);
    expect(loads[0]!.path).toBe(join(realData, 'uci_facebook_live_sellers_thailand/Live.csv'));
    expect(loads[0]!.header[0]).toBe('status_id');
    expect(read[0]!.rows).toHaveLength(7050);
    expect(read[0]!.rows[0]!.slice(0, 4)).toEqual(['246675545449582_1649696485147474', 'video', '4/22/2018 6:00', '529']);
  });

  it('blog_analytics.csv (GA Universal Analytics): header on line 1', async () => {
    const ctx = context(
      { file: 'ga_ua_blog_analytics_bbva/blog_analytics.csv', entity: 'web_sessions', columns: { date: { value: '2018-01-01' }, channel: { value: 'other' }, source: 'Source', landing_page: 'Page', country: 'Country', device: 'Device Category', sessions: 'Sessions', bounce_rate: 'Bounce Rate', avg_time_on_page: 'Avg. Time on Page', is_social: { value: false } } },
      realData,
    );
    const { loads, read } = await pullAndRead(ctx);
    expect(loads[0]).toMatchObject({ headerLine: 1, delimiter: ',', header: ['Page', 'Page Title', 'Source', 'Country', 'Device Category', 'Sessions', 'Avg. Time on Page', 'Bounce Rate', 'Page Views', 'Unique Page Views', 'Users'] });
    expect(read[0]!.rows).toHaveLength(17243);
  });
});
