/**
 * The brandwatch source on exports, through the real host (validation, rejects, commit): the CSV
 * and XLSX as users download them, an older layout, and broken files.
 */
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullFixture } from 'cadence/testkit';
import brandwatch from './index.ts';
import { contextOf, trackedConfig } from './test-helpers.ts';

const projectDir = join(import.meta.dirname, 'fixtures');
const config = trackedConfig as never;

async function pull(options: Record<string, unknown>) {
  const run = await pullFixture({ plugin: brandwatch, options, projectDir, config });
  await run.cleanup();
  return run;
}

/** Rows without what differs by file (provenance). */
const content = (rows: Record<string, unknown>[] = []) => rows.map(({ source_file, source_line, imported_at, ...rest }) => rest);

const tempCopies = async () => (await readdir(tmpdir())).filter((n) => n.startsWith('cadence-brandwatch-'));

describe('brandwatch export (CSV)', () => {
  it('reads the table below the report summary into mentions', async () => {
    const run = await pull({ file: 'exports/brandwatch*.csv' });
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 7, rejected: 1 });
    const rows = run.rows.mentions!;
    // 9 data rows: one rejected (Reach "n/a"), one the same mention found by a second query.
    expect(rows.map((r) => r.id)).toEqual(['240301091500001', '240301100200002', '240301183000003', '240302080000004', '240302124500005', '240302162000006', '240303114000008']);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('240301091500001')).toMatchObject({
      published_at: '2024-03-01T09:15:00.000Z',
      platform: 'twitter',
      source_type: 'social',
      url: 'https://twitter.com/ann_hikes/status/1763500000000000001',
      domain: 'twitter.com',
      author_handle: 'ann_hikes',
      author_name: 'Ann Hikes',
      author_followers: 1200,
      title: null,
      text: 'Love my new @acme boots 😀 #AcmeBoots #Hiking',
      language: 'en',
      country: 'United Kingdom',
      sentiment: 'positive',
      sentiment_original: 'positive',
      reach: 1200,
      reach_kind: 'estimated',
      impressions: 3400,
      engagement: 57,
      likes: 50,
      comments: 3,
      shares: 4,
      query: 'Acme',
      matched_kind: 'brand',
      matched_name: 'Acme',
      hashtags: ['acmeboots', 'hiking'],
      links: ['https://acme.example/boots'],
      thread_id: '1763500000000000001',
      source_plugin: 'brandwatch',
      source_stream: 'mentions',
      source_file: 'exports/brandwatch-mentions.csv',
    });
    // A quoted line break inside Full Text; thousands separators in Reach.
    expect(byId.get('240301100200002')).toMatchObject({ text: 'The outdoor brand opened on Briggate on Friday.\nQueues formed before nine.', reach: 1_250_000, platform: 'news', source_type: 'news', impressions: null });
    // "@bob" becomes the handle bob; a competitor's name in the text.
    expect(byId.get('240301183000003')).toMatchObject({ author_handle: 'bob', matched_kind: 'competitor', matched_name: 'Globex', sentiment: 'negative' });
    // Found by both queries: one row, the last one (Globex's query); the brand wins over the competitor it also names.
    expect(byId.get('240302080000004')).toMatchObject({ query: 'Globex', matched_kind: 'brand', matched_name: 'Acme', platform: 'reddit', source_type: 'forum' });
    // Per-network counters of another network.
    expect(byId.get('240302124500005')).toMatchObject({ platform: 'facebook', likes: 120, comments: 8, shares: 5 });
    // Nothing tracked in the text: the query name tells which name it is about.
    expect(byId.get('240302162000006')).toMatchObject({ matched_kind: 'brand', matched_name: 'Acme', author_followers: 5400, hashtags: ['peakdistrict'] });
    // "Not Rated" is no sentiment, and is kept as Brandwatch wrote it; a topic's keyword.
    expect(byId.get('240303114000008')).toMatchObject({ sentiment: null, sentiment_original: 'Not Rated', matched_kind: 'topic', matched_name: 'Trail running' });
    expect(run.rejects).toEqual([
      expect.objectContaining({ file: 'exports/brandwatch-mentions.csv', line: '15', column: 'Reach', code: 'CADENCE_VALUE_NOT_NUMBER', value: 'n/a' }),
    ]);
  });

  it('reads dates as wall time of the export’s time zone', async () => {
    const run = await pull({ file: 'exports/brandwatch-mentions.csv', timezone: 'America/New_York' });
    expect(run.rows.mentions!.find((r) => r.id === '240301091500001')!.published_at).toBe('2024-03-01T14:15:00.000Z');
  });

  it('maps only the columns an older layout has (Snippet, no Resource Id)', async () => {
    const run = await pull({ file: 'older-layout/brandwatch-2019.csv' });
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 3, rejected: 0 });
    const first = run.rows.mentions!.find((r) => r.url === 'https://twitter.com/ann_hikes/status/1763500000000000001')!;
    expect(first).toMatchObject({ id: first.url, text: 'Love my new @acme boots 😀 #AcmeBoots #Hiking', author_name: 'ann_hikes', author_followers: 1200, reach: 1200, matched_name: 'Acme', language: null, likes: null });
  });

  it('pulling the same export again adds nothing', async () => {
    const first = await pullFixture({ plugin: brandwatch, options: { file: 'exports/brandwatch-mentions.csv' }, projectDir, config });
    const again = await pullFixture({ plugin: brandwatch, options: { file: 'exports/brandwatch-mentions.csv' }, projectDir, config, dataDir: first.dataDir });
    expect(again.result.sources[0]).toMatchObject({ added: 0, updated: 0, unchanged: 7 });
    await first.cleanup();
  });
});

describe('brandwatch export (XLSX)', () => {
  it('gives the same mentions as the CSV, and leaves no temporary copy', async () => {
    const before = await tempCopies();
    const [csv, xlsx] = [await pull({ file: 'exports/brandwatch-mentions.csv' }), await pull({ file: 'exports/*.xlsx' })];
    expect(xlsx.result.sources[0]).toMatchObject({ status: 'ok', added: 7, rejected: 1 });
    expect(content(xlsx.rows.mentions)).toEqual(content(csv.rows.mentions));
    expect(xlsx.rows.mentions![0]!.source_file).toBe('exports/brandwatch-mentions.xlsx');
    expect(xlsx.rejects).toEqual([expect.objectContaining({ file: 'exports/brandwatch-mentions.xlsx', column: 'Reach', code: 'CADENCE_VALUE_NOT_NUMBER' })]);
    expect(await tempCopies()).toEqual(before);
  });

  it('a workbook cut off during download is a coded error naming the file', async () => {
    const run = await pull({ file: 'malformed/corrupt.xlsx' });
    expect(run.result.sources[0]!.status).toBe('failed');
    expect(run.result.sources[0]!.error).toMatchObject({ code: 'CADENCE_CSV_ENCODING', place: expect.objectContaining({ file: 'malformed/corrupt.xlsx' }) });
    expect(run.result.sources[0]!.error!.message).not.toContain(projectDir);
  });
});

describe('brandwatch export: broken files', () => {
  it('no Date column: the header is not found', async () => {
    const run = await pull({ file: 'malformed/missing-date.csv' });
    const error = run.result.sources[0]!.error!;
    expect(error.code).toBe('CADENCE_CSV_HEADER_NOT_FOUND');
    expect(error.detail).toContain('lacks Date');
    expect(error.hint).toContain('Brandwatch');
  });

  it('a truncated download: the cut row is rejected with its line, the rows before it kept', async () => {
    const run = await pull({ file: 'malformed/truncated.csv' });
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 2, rejected: 1 });
    expect(run.rejects).toEqual([expect.objectContaining({ file: 'malformed/truncated.csv', line: '11', code: 'CADENCE_CSV_MALFORMED_ROW' })]);
  });

  it('UTF-16 without a byte-order mark is recognised and read alike', async () => {
    const [csv, utf16] = [await pull({ file: 'exports/brandwatch-mentions.csv' }), await pull({ file: 'malformed/utf16le-no-bom.csv' })];
    expect(utf16.result.sources[0]).toMatchObject({ status: 'ok', added: 7, rejected: 1 });
    expect(content(utf16.rows.mentions)).toEqual(content(csv.rows.mentions));
  });

  it('a binary file is a coded encoding error', async () => {
    const run = await pull({ file: 'malformed/binary.csv' });
    expect(run.result.sources[0]!.error).toMatchObject({ code: 'CADENCE_CSV_ENCODING', place: expect.objectContaining({ file: 'malformed/binary.csv' }) });
  });

  it('a missing file', async () => {
    const run = await pull({ file: 'exports/nothing-here*.xlsx' });
    expect(run.result.sources[0]!.error!.code).toBe('CADENCE_FILE_NOT_FOUND');
  });
});

describe('brandwatch export: options and check', () => {
  it('takes a file or the API, not both or neither', async () => {
    for (const options of [{}, { file: 'exports/brandwatch-mentions.csv', api: { token: { env: 'T' }, projectId: 1, queryIds: [1], startDate: '2024-01-01' } }, { file: 'exports/mentions.json' }]) {
      await expect(pullFixture({ plugin: brandwatch, options, projectDir, config, env: { T: 'token-value' } })).rejects.toMatchObject({ code: 'CADENCE_PLUGIN_OPTIONS_INVALID' });
    }
  });

  it('check finds the header below the report summary', async () => {
    const result = await brandwatch.check(contextOf({ file: 'exports/brandwatch*.csv' }, { projectDir }));
    expect(result.ok).toBe(true);
    expect(result.message).toContain('exports/brandwatch-mentions.csv');
    expect(result.message).toContain('header on line 7');
    expect(result.message).toContain('UTC');
    expect(result.streams!.mentions).toContain('whole file');
  });

  it('check reads a workbook', async () => {
    const before = await tempCopies();
    const result = await brandwatch.check(contextOf({ file: 'exports/brandwatch-mentions.xlsx', timezone: 'Europe/London' }, { projectDir }));
    expect(result).toMatchObject({ ok: true });
    expect(result.message).toContain('exports/brandwatch-mentions.xlsx (as CSV)');
    expect(result.message).toContain('Europe/London');
    expect(await tempCopies()).toEqual(before);
  });

  it('check fails with the code of what is wrong', async () => {
    await expect(brandwatch.check(contextOf({ file: 'malformed/missing-date.csv' }, { projectDir }))).rejects.toMatchObject({ code: 'CADENCE_CSV_HEADER_NOT_FOUND' });
    await expect(brandwatch.check(contextOf({ file: 'malformed/corrupt.xlsx' }, { projectDir }))).rejects.toMatchObject({ code: 'CADENCE_CSV_ENCODING' });
  });
});
