import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { blankLeadingLines, writeUtf8Copy, writeUtf8Head } from '../../../src/plugins/delimited/copy.ts';
import { displayPath, resolveInputFiles } from '../../../src/plugins/delimited/files.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const rejection = async (p: Promise<unknown>) => ((await p.then(() => ({}), (e: unknown) => e)) as { code?: string }).code;

describe('resolveInputFiles', () => {
  it('resolves one file against the project folder', async () => {
    const [file, ...rest] = await resolveInputFiles(fixtures, 'ga4/traffic.csv');
    expect(rest).toEqual([]);
    expect(file).toMatchObject({ path: join(fixtures, 'ga4/traffic.csv'), displayPath: 'ga4/traffic.csv' });
    expect(file!.size).toBeGreaterThan(0);
  });

  it('expands * in the file name, sorted, without hidden files', async () => {
    const files = await resolveInputFiles(fixtures, 'glob/exports/posts-*.csv');
    expect(files.map((f) => f.displayPath)).toEqual(['glob/exports/posts-2024-01.csv', 'glob/exports/posts-2024-02.csv']);
    expect((await resolveInputFiles(fixtures, 'glob/exports/*')).map((f) => f.displayPath)).toEqual([
      'glob/exports/notes.txt', 'glob/exports/posts-2024-01.csv', 'glob/exports/posts-2024-02.csv',
    ]);
    expect(await resolveInputFiles(fixtures, 'glob/exports/.*.csv')).toHaveLength(1);
  });

  it('CADENCE_FILE_NOT_FOUND for a missing file, folder or empty match', async () => {
    expect(await rejection(resolveInputFiles(fixtures, 'nope.csv'))).toBe('CADENCE_FILE_NOT_FOUND');
    expect(await rejection(resolveInputFiles(fixtures, 'ga4'))).toBe('CADENCE_FILE_NOT_FOUND');
    expect(await rejection(resolveInputFiles(fixtures, 'nope/*.csv'))).toBe('CADENCE_FILE_NOT_FOUND');
    expect(await rejection(resolveInputFiles(fixtures, 'glob/exports/*.xlsx'))).toBe('CADENCE_FILE_NOT_FOUND');
  });

  it('allows wildcards only in the file name', async () => {
    expect(await rejection(resolveInputFiles(fixtures, '*/traffic.csv'))).toBe('CADENCE_PLUGIN_OPTIONS_INVALID');
  });

  it('displayPath is relative with forward slashes', () => {
    expect(displayPath('/p', '/p/exports/a.csv')).toBe('exports/a.csv');
    expect(displayPath('/p', '/elsewhere/a.csv')).toBe('../elsewhere/a.csv');
  });
});

describe('copy', () => {
  it('blankLeadingLines empties lines but keeps every line break, across chunks', async () => {
    const chunks = ['"Report","We', 'ekly\r', '\nsummary"\r\nGen', 'erated\rdate,x\r\n1,2\n'];
    const out = await text(Readable.from(chunks).pipe(blankLeadingLines(3)));
    expect(out).toBe('\r\n\r\n\rdate,x\r\n1,2\n');
  });

  it('writeUtf8Copy transcodes UTF-16BE (with emoji) to UTF-8 without BOM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadence-csv-test-'));
    try {
      const target = join(dir, 'out.csv');
      await writeUtf8Copy(join(fixtures, 'encoding/utf-16be-bom.csv'), target, { encoding: 'utf-16be', blankLines: 0 });
      expect(await readFile(target, 'utf8')).toBe('date,text,amount\n2024-03-01,Café 😀 crème,€12\n2024-03-02,“Zoë’s” pick,3\n');
      // Characters split between read chunks survive; the first line is blanked.
      const body = 'é😀,'.repeat(100_001);
      for (const encoding of ['utf-16le', 'windows-1252'] as const) {
        const big = join(dir, `big-${encoding}.csv`);
        const content = encoding === 'utf-16le' ? `meta\n${body}\n` : `meta\n${body.replaceAll('😀', '€')}\n`;
        await writeFile(big, iconv.encode(content, encoding));
        await writeUtf8Copy(big, target, { encoding, blankLines: 1 });
        expect(await readFile(target, 'utf8')).toBe(content.replace('meta', ''));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writeUtf8Head copies only the first lines (CR LF kept whole), blanks the preamble, and stops reading', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadence-csv-test-'));
    try {
      const source = join(dir, 'in.csv');
      const target = join(dir, 'out.csv');
      const rows = Array.from({ length: 200_000 }, (_, i) => `${i},é`);
      await writeFile(source, iconv.encode(`meta line\r\nid,x\r\n${rows.join('\r\n')}\r\n`, 'utf-16le'));
      await writeUtf8Head(source, target, { encoding: 'utf-16le', blankLines: 1, maxLines: 4 });
      expect(await readFile(target, 'utf8')).toBe('\r\nid,x\r\n0,é\r\n1,é\r\n');
      // A file shorter than the limit is copied whole.
      await writeFile(source, 'id,x\n1,a\n2,b');
      await writeUtf8Head(source, target, { encoding: 'utf-8', blankLines: 0, maxLines: 10 });
      expect(await readFile(target, 'utf8')).toBe('id,x\n1,a\n2,b');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
