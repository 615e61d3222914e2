/**
 * What DuckDB's read_csv does with encodings, BOMs, `skip` and header names: the facts the
 * delimited-file engine's choices rest on (see src/plugins/delimited/encoding.ts and copy.ts). If
 * a DuckDB upgrade changes one, this fails and says which choice to revisit.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-duckdb-facts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(content: string | Buffer, options: string): Promise<{ columns: string[]; rows: unknown[][] } | { error: string }> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(path, content);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const r = await connection.runAndReadAll(`SELECT * FROM read_csv('${path}', all_varchar=true, delim=',', quote='"', escape='"', ${options})`);
    return { columns: r.columnNames(), rows: r.getRows() };
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0]! };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const utf16le = (s: string, bom = true) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), iconv.encode(s, 'utf-16le')]);

describe('DuckDB read_csv (the delimited-file engine relies on these)', () => {
  it('drops a UTF-8 BOM from the first header name', async () => {
    expect(await read('\ufeffname,b\n1,2\n', 'header=true')).toMatchObject({ columns: ['name', 'b'] });
  });

  it("reads BMP-only UTF-16LE with or without BOM, but fails on any emoji: so we transcode all UTF-16", async () => {
    expect(await read(utf16le('a,b\n1,é€\n'), "encoding='utf-16', header=true")).toMatchObject({ rows: [['1', 'é€']] });
    expect(await read(utf16le('a,b\n1,é€\n', false), "encoding='utf-16', header=true")).toMatchObject({ rows: [['1', 'é€']] });
    expect(await read(utf16le('a,b\n1,x😀y\n'), "encoding='utf-16', header=true")).toMatchObject({ error: expect.stringMatching(/not utf-16 encoded/) });
  });

  it('reads UTF-16BE as garbage without an error', async () => {
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('a,b\n1,2\n', 'utf-16be')]);
    const result = await read(be, "encoding='utf-16', header=true");
    expect('columns' in result && result.columns).not.toEqual(['a', 'b']);
  });

  it("refuses Windows-1252's 0x80–0x9F (€ ’ “ ”) as latin-1: so we transcode Windows-1252", async () => {
    expect(await read(iconv.encode('a,b\n1,€\n', 'windows-1252'), "encoding='latin-1', header=true")).toMatchObject({ error: expect.stringMatching(/not latin-1/) });
    expect(await read(iconv.encode('a,b\n1,é\n', 'latin1'), "encoding='latin-1', header=true")).toMatchObject({ rows: [['1', 'é']] });
  });

  it('counts `skip` in CSV rows, not lines: blank lines are rows, a quoted line break is not a line', async () => {
    expect(await read('meta\n\n\nname,b\n1,2\n', 'header=true, skip=3')).toMatchObject({ columns: ['name', 'b'] });
    expect(await read('"Report","two\nlines"\nname,b\n1,2\n', 'header=true, skip=1')).toMatchObject({ columns: ['name', 'b'] });
    expect(await read('"Report","two\nlines"\nname,b\n1,2\n', 'header=true, skip=2')).toMatchObject({ columns: ['1', '2'] });
  });

  it('trims header names, names empty ones column<i> (0-based) and suffixes repeats _1: so the store must pass names', async () => {
    expect(await read(' Name ,,Name,likes,Likes\n1,2,3,4,5\n', 'header=true')).toMatchObject({ columns: ['Name', 'column1', 'Name_1', 'likes', 'Likes_1'] });
    expect(await read(' Name ,,Name,likes,Likes\n1,2,3,4,5\n', "header=true, names=['Name','column_2','Name_2','likes','Likes_2']")).toMatchObject({
      columns: ['Name', 'column_2', 'Name_2', 'likes', 'Likes_2'],
    });
  });

  it('numbers rejected rows by CSV row (skipped rows and header included), not by physical line', async () => {
    const path = join(dir, 'rejects.csv');
    // Physical lines: 1 meta, 2 header, 3 row, 4–5 quoted two-line row, 6 bad row.
    await writeFile(path, 'meta\nname,b\n1,2\n"two\nlines",4\n3,4,5\n');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`SELECT * FROM read_csv('${path}', all_varchar=true, delim=',', quote='"', escape='"', header=true, skip=1, store_rejects=true)`);
      const rejects = await connection.runAndReadAll('SELECT line, error_type FROM reject_errors');
      expect(rejects.getRows()).toEqual([[5n, 'TOO MANY COLUMNS']]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
