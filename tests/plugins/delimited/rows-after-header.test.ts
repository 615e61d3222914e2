/**
 * Three things the delimited-file engine offers vendor plugins, checked through the real host:
 * - `skipAfterHeader`: rows right after the header that are not data (Facebook Insights writes a
 *   row of metric descriptions there) are skipped — not stored, not rejected, not counted — and
 *   the lines of later rejects stay the file's; a file without such a row loses nothing; it works
 *   when the file is copied to UTF-8 first (UTF-16);
 * - a function mapping is told the file's path, its header line and the skipped rows;
 * - `pattern` on a list field keeps every match (every #hashtag of a text), and `unescape: 'html'`
 *   decodes the `&amp;`-style references exports leave in text.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineSource, type SourceContext } from '../../../src/plugins/api.ts';
import { checkDelimitedFiles, readDelimitedFiles, withMappingProof, type DelimitedFileSpec, type FieldMapping, type MappedFile, type ProofRequest } from '../../../src/plugins/delimited/index.ts';
import { sniff } from '../../../src/plugins/delimited/sniff.ts';
import { pullFixture } from '../../../src/plugins/testkit.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function project(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cadence-rows-after-header-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

/** "Lifetime: …" under each metric, nothing under the id: Facebook's description row. */
const isDescription = (row: Record<string, string>) => row['Post ID'] === '' && Object.values(row).some((v) => v.startsWith('Lifetime:'));

const text = [
  'Post ID,Posted,Reach,Reach',
  ',,Lifetime: people reached. (Unique Users),Lifetime: times shown. (Total Count)',
  '1_10,2015-02-19 23:45,371,1116',
  '1_11,2015-02-18 10:00,many,90',
  '1_12,2015-02-17 09:30,12,30',
].join('\n');

describe('sniff with skipAfterHeader', () => {
  it('skips the rows the test calls not data, gives them by header name, and points DuckDB past them', () => {
    const s = sniff(text, { complete: true, skipAfterHeader: isDescription });
    expect(s).toMatchObject({ headerLine: 2, namesLine: 1, header: ['Post ID', 'Posted', 'Reach', 'Reach_2'], sampleRows: 3, preambleIsRows: true });
    expect(s.skipped).toEqual([{ 'Post ID': '', Posted: '', Reach: 'Lifetime: people reached. (Unique Users)', Reach_2: 'Lifetime: times shown. (Total Count)' }]);
  });

  it('skips nothing when the first row after the header is data', () => {
    const s = sniff(text.split('\n').filter((_, i) => i !== 1).join('\n'), { complete: true, skipAfterHeader: isDescription });
    expect(s).toMatchObject({ headerLine: 1, namesLine: 1, skipped: [], sampleRows: 3 });
  });

  it('a test that skips every row of a partial sample is CADENCE_CSV_HEADER_NOT_FOUND', () => {
    expect(() => sniff(`${text}\n`, { complete: false, skipAfterHeader: () => true })).toThrow(expect.objectContaining({ code: 'CADENCE_CSV_HEADER_NOT_FOUND' }));
  });
});

function context(projectDir: string, options: { file: string }): SourceContext<{ file: string }> {
  const quiet = () => {};
  return {
    source: 'test',
    options,
    signal: new AbortController().signal,
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    fetch: () => Promise.reject(new Error('no network in tests')),
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    projectDir,
    timezone: 'UTC',
    tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: () => undefined,
  };
}

/** A plugin reading `file` into posts through `columns`, with the spec's `extra` settings. */
function plugin(extra: Partial<DelimitedFileSpec>, columns: (header: string[], file: MappedFile) => Record<string, FieldMapping>) {
  return defineSource({
    name: 'described',
    options: z.object({ file: z.string() }),
    streams: { posts: { entity: 'posts' } },
    check: (ctx) => checkDelimitedFiles(ctx, { file: ctx.options.file, entity: 'posts', columns, ...extra }),
    pull: (ctx) => readDelimitedFiles(ctx, { file: ctx.options.file, entity: 'posts', columns, ...extra }),
  });
}

describe('readDelimitedFiles with skipAfterHeader', () => {
  const told: { header: string[]; file: MappedFile }[] = [];
  const columns = (header: string[], file: MappedFile): Record<string, FieldMapping> => {
    told.push({ header, file });
    // Of the two "Reach" columns, the one the description row calls a total count.
    const total = header.find((h) => /\(Total Count\)/.test(file.skipped[0]?.[h] ?? '')) ?? 'Reach';
    return { id: 'Post ID', published_at: 'Posted', platform: { value: 'facebook' }, impressions: total };
  };
  const described = plugin({ skipAfterHeader: isDescription }, columns);
  // The total count of 1_11 is not a number: a reject on line 4 of the file.
  const data = text.replace('1_11,2015-02-18 10:00,many,90', '1_11,2015-02-18 10:00,90,many');

  async function pullRows(files: Record<string, string | Buffer>) {
    const dir = await project(files);
    const r = await pullFixture({ plugin: described, options: { file: Object.keys(files)[0]! }, projectDir: dir });
    try {
      return {
        outcome: r.result.sources[0]!,
        rows: (r.rows['posts'] ?? []).map((p) => [p['id'], p['impressions']]),
        rejects: r.rejects.map(({ line, column, code }) => ({ line, column, code })),
      };
    } finally {
      await r.cleanup();
    }
  }

  it('stores the data rows only; a reject keeps its line in the file; the mapping is told path, header line and skipped rows', async () => {
    told.length = 0;
    const { outcome, rows, rejects } = await pullRows({ 'export.csv': data });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 1 });
    expect(rows).toEqual([
      ['1_10', 1116],
      ['1_12', 30],
    ]);
    expect(rejects).toEqual([{ line: '4', column: 'Reach_2', code: 'CADENCE_VALUE_NOT_NUMBER' }]);
    expect(told.at(-1)).toMatchObject({
      header: ['Post ID', 'Posted', 'Reach', 'Reach_2'],
      file: { path: 'export.csv', headerLine: 1, skipped: [{ 'Post ID': '', Posted: '', Reach: 'Lifetime: people reached. (Unique Users)', Reach_2: 'Lifetime: times shown. (Total Count)' }] },
    });
  });

  it('the same through a UTF-8 copy (a UTF-16 file with report lines above the header)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Posts report\n"Page:","Acme\nOutdoor"\n\n${data}`, 'utf16le')]);
    const { outcome, rows, rejects } = await pullRows({ 'export-utf16.csv': utf16 });
    expect(outcome).toMatchObject({ status: 'ok', added: 2, rejected: 1 });
    expect(rows).toEqual([
      ['1_10', 1116],
      ['1_12', 30],
    ]);
    expect(rejects).toEqual([{ line: '8', column: 'Reach_2', code: 'CADENCE_VALUE_NOT_NUMBER' }]);
    // `cadence check`'s proof reads the same rows from its own UTF-8 copy of the first lines.
    const dir = await project({ 'proof-utf16.csv': utf16 });
    const request: ProofRequest = { rows: 1000, proofs: [] };
    await withMappingProof(request, () => described.check(context(dir, { file: 'proof-utf16.csv' })));
    expect(request.proofs).toMatchObject([{ sampled: 3, imported: 2, rejects: [{ code: 'CADENCE_VALUE_NOT_NUMBER', column: 'Reach_2', count: 1, example: 'many' }] }]);
  });

  it('a file without the description row loses no row; check says what it skipped', async () => {
    told.length = 0;
    const { outcome, rows } = await pullRows({ 'no-description.csv': data.split('\n').filter((_, i) => i !== 1).join('\n') });
    // Without the description row nothing says which "Reach" is the total: the first is read.
    expect(outcome).toMatchObject({ status: 'ok', added: 3, rejected: 0 });
    expect(rows).toEqual([
      ['1_10', 371],
      ['1_11', 90],
      ['1_12', 12],
    ]);
    expect(told.at(-1)!.file.skipped).toEqual([]);
    const dir = await project({ 'export.csv': data });
    const checked = await described.check(context(dir, { file: 'export.csv' }));
    expect(checked.message).toBe('export.csv: UTF-8, comma-separated, header on line 1 (1 row after it skipped: not data), 4 columns');
  });
});

describe('list fields from a pattern, and HTML references decoded', () => {
  const tagged = plugin({}, () => ({
    id: 'id',
    published_at: 'date',
    platform: { value: 'x' },
    text: { column: 'text', unescape: 'html' },
    url: { column: 'link', unescape: 'html' },
    hashtags: { column: 'text', unescape: 'html', pattern: '(?:^|[^\\w&/])#(\\w+)' },
  }));

  it('keeps every match of the pattern (lower-cased hashtags, repeats kept), [] for a text without one, nothing for no text', async () => {
    const file = [
      'id,date,text,link',
      '1,2026-03-01,"Q&amp;A with #Acme and #R2D2 &lt;3 #acme, see https://acme.test/a#faq",https://acme.test/?a=1&amp;b=2',
      '2,2026-03-02,No tags here &amp;&amp; none &quot;quoted&quot; &#39;single&#39;,',
      '3,2026-03-03,,',
      '4,2026-03-04,&amp;lt; stays one level: &amp;amp;,',
    ].join('\n');
    const dir = await project({ 'tags.csv': file });
    const r = await pullFixture({ plugin: tagged, options: { file: 'tags.csv' }, projectDir: dir });
    try {
      expect(r.rejects).toEqual([]);
      expect(r.rows['posts']!.map((p) => [p['id'], p['text'], p['url'], p['hashtags']])).toEqual([
        ['1', 'Q&A with #Acme and #R2D2 <3 #acme, see https://acme.test/a#faq', 'https://acme.test/?a=1&b=2', ['acme', 'r2d2', 'acme']],
        ['2', 'No tags here && none "quoted" \'single\'', null, []],
        ['3', null, null, null],
        ['4', '&lt; stays one level: &amp;', null, []],
      ]);
    } finally {
      await r.cleanup();
    }
  });
});
