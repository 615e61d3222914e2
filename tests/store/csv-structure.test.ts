/**
 * The structure pass a bulk file goes through before DuckDB reads it (src/core/store/csv-structure.ts):
 * line endings, broken rows as rejects with their lines, stray quotes read around, the clean
 * copy — the same whatever the size of the chunks it reads (every byte at a chunk's edge once).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulkLoad } from '../../src/core/store/bulk-load.ts';
import { readCsvSql } from '../../src/core/store/bulk-sql.ts';
import { physicalLines, scanStructure, supportsStructure, type Structure } from '../../src/core/store/csv-structure.ts';
import { openDuck } from '../../src/core/store/duckdb.ts';
import { SqlValues } from '../../src/core/store/sql-values.ts';
import { Rng } from '../../src/demo/random.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-structure-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let n = 0;
async function scan(content: string | Buffer, o: { headerLine?: number; width?: number; chunkBytes?: number; maxRecordBytes?: number; maxRecords?: number } = {}) {
  const path = join(dir, `f${++n}.csv`);
  await writeFile(path, content);
  const s = await scanStructure({
    path,
    delimiter: ',',
    quote: '"',
    escape: '"',
    encoding: 'utf-8',
    headerLine: o.headerLine ?? 1,
    header: Array.from({ length: o.width ?? 3 }, (_, i) => `h${i}`),
    copyPath: join(dir, `f${n}.copy.csv`),
    ...(o.chunkBytes ? { chunkBytes: o.chunkBytes } : {}),
    ...(o.maxRecordBytes ? { maxRecordBytes: o.maxRecordBytes } : {}),
    ...(o.maxRecords ? { maxRecords: o.maxRecords } : {}),
  });
  return { ...summary(s), copy: s.copied ? await readFile(s.path, 'utf8') : undefined };
}

const summary = (s: Structure) => ({
  copied: s.copied,
  records: s.records,
  good: s.good,
  lines: Array.from({ length: s.good }, (_, i) => s.lineOf(i + 1)),
  rejects: s.rejects.map((r) => ({ line: r.line, column: r.column, reason: r.reason, raw: r.raw })),
});

const cases: [string, string | Buffer, { lines: number[]; rejects?: [number, string, RegExp][]; copy?: string; headerLine?: number }][] = [
  ['a clean LF file: read as it is', 'a,b,c\n1,2,3\n4,5,6\n', { lines: [2, 3] }],
  ['CR LF throughout, a quoted CR LF inside a cell', 'a,b,c\r\n1,2,3\r\n4,"5\r\nx",6\r\n7,8,9', { lines: [2, 3, 5] }],
  ['CR only (old Mac)', 'a,b,c\r1,2,3\r4,5,6\r', { lines: [2, 3] }],
  ['mixed line endings: a copy with LF', 'a,b,c\r\n1,2,3\n4,5,6\r7,8,9\r\n', { lines: [2, 3, 4], copy: '1,2,3\n4,5,6\n7,8,9\n' }],
  ['a CR LF header over LF rows', 'a,b,c\r\n1,2,3\n4,5,6\n', { lines: [2, 3], copy: '1,2,3\n4,5,6\n' }],
  ['a lone CR inside an unquoted cell: the row read whole, the CR quoted in the copy', 'a,b,c\n1,x\ry,3\n4,5,6\n', { lines: [2, 4], copy: '1,"x\ry",3\n4,5,6\n' }],
  ['a lone CR inside the last cell: two pieces, the short one rejected', 'a,b,c\n1,2,3\r4\n5,6,7\n', { lines: [2, 4], rejects: [[3, '', /too few cells: 1 cell where the header has 3/]] }],
  ['too many and too few cells', 'a,b,c\n1,2,3,4\n4,5,6\n7,8\n', { lines: [3], rejects: [[2, '', /too many cells: 4 cells/], [4, '', /too few cells: 2 cells/]], copy: '4,5,6\n' }],
  ['a stray opening quote: only its line rejected, the rows after it read', 'a,b,c\n1,"2,3\n4,5,6\n7,8,9\n', { lines: [3, 4], rejects: [[2, 'h1', /does not close where a cell ends \(read on, it would make this row and the next 2 lines one broken row\)/]] }],
  ['a file cut off inside a quoted cell: one reject', 'a,b,c\n1,2,3\n4,"5 hello\nworld', { lines: [2], rejects: [[3, 'h1', /never closed: the file ends inside it \(2 lines read as one cell\)/]] }],
  ['text after a closing quote', 'a,b,c\n1,"2"x,3\n4,5,6\n', { lines: [3], rejects: [[2, 'h1', /text follows the closing quote/]] }],
  ['blank lines are not rows, and keep the line numbers', 'a,b,c\n\n1,2,3\n\n\r\n4,5,6\n', { lines: [3, 6], copy: '1,2,3\n4,5,6\n' }],
  ['report lines above the header are skipped by line', '#x\n#y,"\n\na,b,c\n1,2,3\n', { lines: [5], headerLine: 4 }],
  ['bytes that are not UTF-8', Buffer.concat([Buffer.from('a,b,c\n1,x'), Buffer.from([0xff]), Buffer.from(',3\n4,é,6\n')]), { lines: [3], rejects: [[2, '', /not UTF-8 text/]] }],
  ['a byte-order mark and no header row', '\ufeff1,2,3\n4,5,6\n', { lines: [1, 2], headerLine: 0 }],
  ['NUL bytes and quotes in cells are data', 'a,b,c\n1,"x\u0000""y""",3\n', { lines: [2] }],
  ['a short piece ended by a lone CR, then a whole row: not joined', 'a,b,c\nx\r1,2,3\n', { lines: [3], rejects: [[2, '', /too few cells/]] }],
  ['a lone CR after a closing quote ends the row', 'a,b,c\n1,2,"3"\r4\n5,6,7\n', { lines: [2, 4], rejects: [[3, '', /too few cells/]] }],
  ['one space before an opening quote, spaces after a closing one (as DuckDB reads them)', 'a,b,c\n1, "2,x" ,3\n', { lines: [2] }],
];

describe('scanStructure', () => {
  it.each(cases)('%s', async (_, content, want) => {
    const headerLine = want.headerLine ?? 1;
    const s = await scan(content, { headerLine });
    expect(s.lines).toEqual(want.lines);
    expect(s.rejects).toHaveLength(want.rejects?.length ?? 0);
    (want.rejects ?? []).forEach(([line, column, reason], i) => expect(s.rejects[i]).toMatchObject({ line, column, reason: expect.stringMatching(reason) }));
    expect(s.records).toBe(want.lines.length + (want.rejects?.length ?? 0));
    if (want.copy !== undefined) expect(s.copy).toBe(want.copy);
    if (!want.rejects && want.copy === undefined) expect(s.copied).toBe(false);
    // The same with every byte at the edge of a chunk.
    for (const chunkBytes of [1, 2, 3, 5, 8]) expect(await scan(content, { headerLine, chunkBytes })).toEqual(s);
  });

  it('a row longer than the limit is scanned to its end, held only in part, and rejected', async () => {
    const s = await scan(`a,b,c\n1,"${'x'.repeat(5000)}\n${'y'.repeat(5000)}",3\n4,5,6\n`, { maxRecordBytes: 4096, chunkBytes: 1000 });
    expect(s.lines).toEqual([4]);
    expect(s.rejects).toEqual([expect.objectContaining({ line: 2, reason: 'the row is 0.0 MiB long, over the 0.0 MiB a row may take' })]);
    expect(s.rejects[0]!.raw.length).toBeLessThan(4200);
    expect(s.rejects[0]!.raw).toMatch(/… \(10,007 bytes in all\)$/);
  });

  it('a row of 100,000 extra cells is one reject, found in well under a second', async () => {
    const row = '1,2,3' + ',x'.repeat(100_000);
    const started = performance.now();
    const s = await scan(`a,b,c\n4,5,6\n${row}\n7,8,9\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(s.rejects).toEqual([expect.objectContaining({ line: 3, reason: 'too many cells: 100,003 cells where the header has 3' })]);
    expect(s.lines).toEqual([2, 4]);
  });

  it('stops after `maxRecords` records (cadence check proves a sample)', async () => {
    const s = await scan('a,b,c\n1,2,3\n4,5\n6,7,8\n9,9,9\n', { maxRecords: 2 });
    expect(s).toMatchObject({ records: 2, good: 1, lines: [2] });
    expect(s.rejects.map((r) => r.line)).toEqual([3]);
  });

  it('reads single-byte separators in UTF-8 or Latin-1 only', () => {
    expect(supportsStructure({ delimiter: ',', quote: '"', escape: '"', encoding: 'utf-8' })).toBe(true);
    expect(supportsStructure({ delimiter: '::', quote: '"', escape: '"', encoding: 'utf-8' })).toBe(false);
    expect(supportsStructure({ delimiter: ',', quote: '"', escape: '"', encoding: 'utf-16' })).toBe(false);
  });
});

describe('DuckDB reads exactly the rows the structure pass hands it', () => {
  it('on 600 random files of quotes, delimiters, spaces and mixed line breaks: no more, no fewer, no parser error', async () => {
    const rng = new Rng(15);
    const alphabets = [
      ['a', 'b', ' ', '"', '"', ',', ',', '\n', '\r\n', 'x', '""', '\t'],
      ['a', ' ', '"', ',', '\r', '\n', '\r\n', '  ', '""'],
    ];
    const duck = await openDuck();
    try {
      for (let k = 0; k < 600; k++) {
        const lines = ['h0,h1,h2'];
        for (let r = 0; r < 6; r++) lines.push(Array.from({ length: rng.between(3, 14) }, () => rng.pick(alphabets[k % 2]!)).join(''));
        const path = join(dir, `random-${k}.csv`);
        await writeFile(path, lines.join('\n') + '\n');
        // Every third file through the plain re-quoted copy (the store's fallback).
        const s = await scanStructure({ path, delimiter: ',', quote: '"', escape: '"', encoding: 'utf-8', headerLine: 1, header: ['h0', 'h1', 'h2'], copyPath: `${path}.copy`, canonical: k % 3 === 2 });
        const load = { path, delimiter: ',', quote: '"', escape: '"', encoding: 'utf-8', header: ['h0', 'h1', 'h2'], headerLine: 1 } as BulkLoad;
        const v = new SqlValues('t');
        const sql = `SELECT count(*) AS n FROM ${readCsvSql(load, v, `rj${k}`, { path: s.path, headerLine: s.copied ? 0 : 1, ...(s.newLine ? { newLine: s.newLine } : {}) })}`;
        await v.bind(duck);
        const [{ n }] = (await duck.all<{ n: number }>(sql)) as [{ n: number }];
        const [{ bad }] = (await duck.all<{ bad: number }>(`SELECT count(*) AS bad FROM rj${k}`)) as [{ bad: number }];
        expect({ file: lines.join('\n'), n: Number(n), bad: Number(bad) }).toEqual({ file: lines.join('\n'), n: s.good, bad: 0 });
      }
    } finally {
      duck.close();
    }
  }, 60_000);
});

describe('physicalLines', () => {
  it('gives the line of the record at each byte offset, an offset on a line break counting from the next line', async () => {
    const path = join(dir, 'lines.csv');
    await writeFile(path, 'a\r\nb\nc\rd\n');
    expect(await physicalLines(path, [0, 3, 5, 7, 2, 6])).toEqual([1, 2, 3, 4, 2, 4]);
  });
});
