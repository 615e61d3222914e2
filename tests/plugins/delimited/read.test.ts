/**
 * The public helpers `readDelimitedFiles` / `checkDelimitedFiles` as a vendor plugin uses them:
 * one export in two layouts, each after a metadata preamble, read through a mapping that is a
 * function of the header, with `headerHint` naming the columns that identify the header.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BulkLoad, PullItem, SourceContext } from '../../../src/plugins/api.ts';
import { defineSource } from '../../../src/plugins/api.ts';
import {
  checkDelimitedFiles,
  readDelimitedFiles,
  type DelimitedFileSpec,
  type FieldMapping,
} from '../../../src/plugins/delimited/index.ts';
import { pullFixture } from '../../../src/plugins/testkit.ts';
import { z } from 'zod';

const fixtures = join(import.meta.dirname, 'fixtures');

function context(projectDir = fixtures): SourceContext<unknown> & { logged: string[] } {
  const logged: string[] = [];
  const log = (level: string) => (message: string) => void logged.push(`${level}: ${message}`);
  return {
    source: 'test',
    options: {},
    signal: new AbortController().signal,
    log: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    projectDir,
    timezone: 'UTC',
    tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
    logged,
  };
}

const current: Record<string, FieldMapping> = {
  published_at: { column: 'Date (UTC)', format: '%Y-%m-%d %H:%M:%S' },
  title: 'Title',
  url: 'Url',
  sentiment: 'Sentiment',
  engagement: 'Engagement',
  platform: { column: 'Channel', map: { x: 'twitter', '*': 'other' } },
};
const legacy: Record<string, FieldMapping> = {
  published_at: { column: 'Published', format: '%d/%m/%Y %H:%M' },
  title: 'Headline',
  url: 'Url',
  sentiment: { column: 'Tone', map: { positive: 'positive', neutral: 'neutral', negative: 'negative' } },
  likes: 'Likes',
  shares: 'Shares',
  platform: { column: 'Channel', map: { x: 'twitter', news: 'news' } },
};

/** What a vendor plugin writes: pick the layout by the header it was given. */
function layoutSpec(extra: Partial<DelimitedFileSpec> = {}) {
  const headers: string[][] = [];
  const spec: DelimitedFileSpec = {
    file: 'layouts/exports/mentions-*.csv',
    entity: 'mentions',
    columns: (header) => {
      headers.push(header);
      return header.includes('Tone') ? legacy : current;
    },
    headerHint: ['url', ' CHANNEL '],
    ...extra,
  };
  return { spec, headers };
}

async function collect(ctx: SourceContext<unknown>, spec: DelimitedFileSpec): Promise<{ items: PullItem[]; loads: BulkLoad[] }> {
  const items: PullItem[] = [];
  for await (const item of readDelimitedFiles(ctx, spec)) {
    if (item.type === 'bulk') expect(existsSync(item.load.path)).toBe(true);
    items.push(item);
  }
  return { items, loads: items.flatMap((i) => (i.type === 'bulk' ? [i.load] : [])) };
}

const failure = async (p: Promise<unknown>) => (await p.then(() => ({}), (e: unknown) => e)) as { code?: string; place?: object; details?: Record<string, unknown>; message?: string };
const drain = async (ctx: SourceContext<unknown>, spec: DelimitedFileSpec) => {
  for await (const _ of readDelimitedFiles(ctx, spec));
};

describe('readDelimitedFiles with a function mapping and a headerHint', () => {
  it('finds each header past its preamble and maps each layout by its own header', async () => {
    const { spec, headers } = layoutSpec();
    const ctx = context();
    const { items, loads } = await collect(ctx, spec);
    expect(items.map((i) => i.type)).toEqual(['bulk', 'progress', 'bulk', 'progress']);
    expect(items.every((i) => !('stream' in i) || i.stream === 'mentions')).toBe(true);
    expect(headers).toEqual([
      ['Published', 'Headline', 'Url', 'Tone', 'Likes', 'Shares', 'Channel'],
      ['Date (UTC)', 'Title', 'Url', 'Sentiment', 'Engagement', 'Channel'],
    ]);
    const [old, now] = loads;
    expect(old).toMatchObject({ displayPath: 'layouts/exports/mentions-2024-01.csv', delimiter: ';', headerLine: 3, timezone: 'UTC', decimal: '.' });
    expect(old!.path).toBe(join(fixtures, 'layouts/exports/mentions-2024-01.csv'));
    expect(old!.columns).toMatchObject({ title: { column: 'Headline' }, likes: { column: 'Likes' }, published_at: { column: 'Published', format: ['%d/%m/%Y %H:%M'] } });
    expect(now).toMatchObject({ displayPath: 'layouts/exports/mentions-2024-03.csv', delimiter: ',', headerLine: 5 });
    expect(now!.columns).toMatchObject({ title: { column: 'Title' }, engagement: { column: 'Engagement' }, platform: { column: 'Channel', map: { x: 'twitter', '*': 'other' } } });
    expect(ctx.logged.filter((l) => l.startsWith('warn:'))).toEqual([]);
  });

  it('check describes every file', async () => {
    const { spec } = layoutSpec({ stream: 'listening' });
    expect(await checkDelimitedFiles(context(), spec)).toEqual({
      ok: true,
      message:
        '2 files match layouts/exports/mentions-*.csv — layouts/exports/mentions-2024-01.csv: UTF-8 with BOM, semicolon-separated, header on line 3, 7 columns; ' +
        'layouts/exports/mentions-2024-03.csv: UTF-8, comma-separated, header on line 5, 6 columns',
      streams: { listening: "whole files (each pull replaces this source's earlier rows)" },
    });
  });

  it('without a headerHint, finds the header by its shape', async () => {
    const { spec } = layoutSpec({ headerHint: undefined });
    const { loads } = await collect(context(), spec);
    expect(loads.map((l) => [l.headerLine, l.delimiter])).toEqual([[3, ';'], [5, ',']]);
  });

  it('a headerHint no row holds is CADENCE_CSV_HEADER_NOT_FOUND, at the file, naming what is lacking', async () => {
    const { spec, headers } = layoutSpec({ headerHint: ['Url', 'Channel', 'Reach'] });
    const error = await failure(drain(context(), spec));
    expect(error.code).toBe('CADENCE_CSV_HEADER_NOT_FOUND');
    expect(error.place).toMatchObject({ file: 'layouts/exports/mentions-2024-01.csv' });
    expect(error.details).toMatchObject({ headerHint: ['Url', 'Channel', 'Reach'], closestLine: 3, lacking: ['Reach'] });
    expect(headers).toEqual([]);
    expect((await failure(checkDelimitedFiles(context(), spec))).code).toBe('CADENCE_CSV_HEADER_NOT_FOUND');
  });

  it('a column the returned mapping names but the header lacks is CADENCE_CSV_MISSING_COLUMN at the header line', async () => {
    const { spec } = layoutSpec({ columns: () => ({ ...current, reach: 'Reach' }) });
    const error = await failure(drain(context(), spec));
    expect(error.code).toBe('CADENCE_CSV_MISSING_COLUMN');
    expect(error.place).toEqual({ file: 'layouts/exports/mentions-2024-01.csv', line: 3 });
  });

  it('a returned mapping that is not a valid mapping is CADENCE_CSV_MAPPING_INVALID', async () => {
    const bad = { ...current, title: { column: 'Title', nope: true } } as unknown as Record<string, FieldMapping>;
    expect((await failure(drain(context(), layoutSpec({ columns: () => bad }).spec))).code).toBe('CADENCE_CSV_MAPPING_INVALID');
    expect((await failure(drain(context(), layoutSpec({ columns: () => ({ ...current, no_such_field: 'Url' }) }).spec))).code).toBe('CADENCE_CSV_MAPPING_INVALID');
  });

  it('a fixed mapping is checked before any file is read', async () => {
    const error = await failure(drain(context(), { file: 'missing.csv', entity: 'mentions', columns: { published: 'Date' } }));
    expect(error.code).toBe('CADENCE_CSV_MAPPING_INVALID');
  });
});

describe('a vendor plugin on the helpers, through the real host', () => {
  const listening = defineSource({
    name: 'listening',
    options: z.object({ file: z.string() }).strict(),
    streams: { mentions: { entity: 'mentions' } },
    check: (ctx) => checkDelimitedFiles(ctx, { ...layoutSpec().spec, file: ctx.options.file }),
    pull: (ctx) => readDelimitedFiles(ctx, { ...layoutSpec().spec, file: ctx.options.file }),
  });

  it('stores the rows of both layouts as mentions', async () => {
    const r = await pullFixture({ plugin: listening, options: { file: 'layouts/exports/mentions-*.csv' }, projectDir: fixtures });
    try {
      expect(r.rejects).toEqual([]);
      const rows = r.rows['mentions']!.map((m) => ({
        published_at: new Date(m['published_at'] as string | Date).toISOString(),
        platform: m['platform'],
        title: m['title'],
        sentiment: m['sentiment'],
        likes: m['likes'],
        engagement: m['engagement'],
      }));
      rows.sort((a, b) => a.published_at.localeCompare(b.published_at));
      expect(rows).toEqual([
        { published_at: '2024-01-15T08:00:00.000Z', platform: 'news', title: 'Winter sale at Acme', sentiment: 'neutral', likes: 12, engagement: null },
        { published_at: '2024-01-16T21:30:00.000Z', platform: 'twitter', title: 'Acme; what a mess', sentiment: 'negative', likes: 1, engagement: null },
        { published_at: '2024-03-01T09:15:00.000Z', platform: 'twitter', title: 'Love my new Acme boots', sentiment: 'positive', likes: null, engagement: 40 },
        { published_at: '2024-03-02T17:40:00.000Z', platform: 'twitter', title: 'Acme, again', sentiment: 'negative', likes: null, engagement: 3 },
      ]);
    } finally {
      await r.cleanup();
    }
  });
});
