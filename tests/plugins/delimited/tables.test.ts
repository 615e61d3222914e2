/**
 * Stacked tables (DelimitedFileSpec.stacked): how a file holding several tables is split, which
 * table is read, and that reading stops at its end — also through the UTF-8 copy of a
 * Windows-1252 file with CR LF line breaks, where the reject lines must stay those of the original.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineSource } from '../../../src/plugins/api.ts';
import { readDelimitedFiles, type DelimitedFileSpec } from '../../../src/plugins/delimited/index.ts';
import { findTables, pickTable } from '../../../src/plugins/delimited/tables.ts';
import { pullFixture } from '../../../src/plugins/testkit.ts';

const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('no error');
};

describe('findTables', () => {
  const text = [
    '# Start date: 20260901', // 1
    'Nth day,Users', // 2
    '0000,4', // 3
    '0001,5', // 4
    '', // 5
    '# Start date: 20260901', // 6
    'Item name,Items purchased', // 7
    '', // 8
    '', // 9
    '# A card title', // 10
    'Page title,Sessions', // 11
    '"Shoes, boots",3', // 12
    '# not a comment: inside a table, a row', // 13
    '"Two', // 14
    'lines",1', // 15
  ].join('\r\n');

  it('splits at blank lines; # lines between tables are the next one\'s block; a # line inside a table is a row', () => {
    const tables = findTables(text, ',');
    expect(tables.map((t) => [t.position, t.headerLine, t.header.join('|'), t.rows, t.lastLine, t.ended])).toEqual([
      [1, 2, 'Nth day|Users', 2, 4, true],
      [2, 7, 'Item name|Items purchased', 0, 7, true],
      [3, 11, 'Page title|Sessions', 3, 15, false],
    ]);
    expect(tables[2]!.preamble).toEqual(['# A card title']);
    expect(tables[1]!.preamble).toEqual(['# Start date: 20260901']);
  });

  it('picks the one table holding the hint, by position or by header line; says what is wrong otherwise', () => {
    const tables = findTables(text, ',');
    expect(pickTable(tables, ['Sessions']).position).toBe(3);
    expect(pickTable(tables, ['Users'], 1).position).toBe(1);
    expect(pickTable(tables, [], ' item name , ITEMS PURCHASED').position).toBe(2);
    expect(errorOf(() => pickTable(tables, ['Revenue'])).code).toBe('CADENCE_CSV_HEADER_NOT_FOUND');
    expect(errorOf(() => pickTable(tables, ['Sessions'], 1)).message).toContain('lacks Sessions');
    const twice = findTables('a,Sessions\n1,2\n\nb,Sessions\n3,4\n', ',');
    const ambiguous = errorOf(() => pickTable(twice, ['Sessions']));
    expect(ambiguous.code).toBe('CADENCE_CSV_TABLE_AMBIGUOUS');
    expect(ambiguous.message).toContain('1. "a, Sessions" (line 1, 1 row); 2. "b, Sessions" (line 4, 1 row)');
    expect(errorOf(() => pickTable(findTables('# only comments\n\n', ','), ['Sessions'])).code).toBe('CADENCE_CSV_HEADER_NOT_FOUND');
  });
});

describe('reading one table of a stacked file through the host', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cadence-stacked-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const spec = (file: string): DelimitedFileSpec => ({
    file,
    entity: 'web_sessions',
    headerHint: ['Sessions'],
    stacked: {},
    columns: (_header, f) => ({
      date: { value: /End date: (\d{4})(\d{2})(\d{2})/.exec(f.preamble.join('\n'))!.slice(1).join('-') },
      channel: { value: 'other' },
      is_social: { value: false },
      landing_page: 'Page',
      sessions: 'Sessions',
    }),
  });
  const plugin = defineSource({
    name: 'stacked',
    options: z.object({ file: z.string() }).strict(),
    streams: { web_sessions: { entity: 'web_sessions' } },
    check: async () => ({ ok: true, message: '' }),
    pull: (ctx) => readDelimitedFiles(ctx, spec(ctx.options.file)),
  });

  it('Windows-1252 with CR LF: only the table read is loaded, and a reject keeps its line in the original', async () => {
    const lines = [
      '# End date: 20260930', // 1
      'Page,Users', // 2
      '/a,1', // 3
      '', // 4
      '# End date: 20260930', // 5
      'Page,Sessions', // 6
      '/café,10', // 7
      '/menü,lots', // 8
      '/€,5', // 9
      '', // 10
      '# End date: 20260930', // 11
      'Page,Views', // 12
      '/b,99', // 13
    ];
    await writeFile(join(dir, 'cp1252.csv'), iconv.encode(lines.join('\r\n') + '\r\n', 'windows-1252'));
    const r = await pullFixture({ plugin, options: { file: 'cp1252.csv' }, projectDir: dir });
    try {
      expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 2, rejected: 1 });
      expect(r.rows.web_sessions!.map((x) => [x.date, x.landing_page, x.sessions]).sort()).toEqual([
        ['2026-09-30', '/café', 10],
        ['2026-09-30', '/€', 5],
      ]);
      expect(r.rejects.map((x) => [Number(x.line), x.column, x.code])).toEqual([[8, 'Sessions', 'CADENCE_VALUE_NOT_NUMBER']]);
    } finally {
      await r.cleanup();
    }
  });
});
