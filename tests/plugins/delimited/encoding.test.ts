import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmAsciiSample, decodeSample, describeEncoding, detectEncoding, trimIncompleteUtf8 } from '../../../src/plugins/delimited/encoding.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const head = (name: string) => readFileSync(fixture(name)).subarray(0, 64 * 1024);
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('detectEncoding', () => {
  it.each([
    ['encoding/utf-8.csv', 'utf-8', false],
    ['encoding/utf-8-bom.csv', 'utf-8', true],
    ['encoding/utf-16le-bom.csv', 'utf-16le', true],
    ['encoding/utf-16le.csv', 'utf-16le', false],
    ['encoding/utf-16be-bom.csv', 'utf-16be', true],
    ['encoding/windows-1252.csv', 'windows-1252', false],
    ['windows-1252/posts.csv', 'windows-1252', false],
    ['encoding/shift-jis.csv', 'cp932', false],
    ['meltwater/export.csv', 'utf-16le', true],
  ])('%s is %s (BOM: %s)', (file, encoding, bom) => {
    const d = detectEncoding(head(file));
    expect(d.encoding).toBe(encoding);
    expect(d.bom).toBe(bom);
  });

  it('marks an all-ASCII sample as provisional UTF-8', () => {
    expect(detectEncoding(Buffer.from('a,b\n1,2\n'))).toEqual({ encoding: 'utf-8', bom: false, asciiOnly: true });
  });

  it('does not take a UTF-8 sequence cut at the end of the sample for Windows-1252', () => {
    const cut = Buffer.from('a,b\nCafé,€', 'utf8');
    expect(detectEncoding(cut.subarray(0, cut.length - 1)).encoding).toBe('utf-8');
  });

  it('refuses binary files', () => {
    expect(codeOf(() => detectEncoding(head('encoding/workbook.csv')))).toBe('CADENCE_CSV_ENCODING');
    expect(codeOf(() => detectEncoding(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2])))).toBe('CADENCE_CSV_ENCODING');
    expect(codeOf(() => detectEncoding(Buffer.from('a,b\n1,\u0000\u0001\u0002\n')))).toBe('CADENCE_CSV_ENCODING');
    expect(codeOf(() => detectEncoding(Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])))).toBe('CADENCE_CSV_ENCODING');
  });

  it('reads a few NUL bytes in cells as text (a damaged export), but not a file dense with control bytes', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i},2026-09-01,text ${i}${i % 20 === 3 ? '\u0000' : ''}`).join('\n');
    expect(detectEncoding(Buffer.from(`id,date,text\n${rows}\n`))).toMatchObject({ encoding: 'utf-8' });
    expect(detectEncoding(Buffer.from(`id,date,text\n${rows}\n`), 'utf-8')).toMatchObject({ encoding: 'utf-8' });
    expect(codeOf(() => detectEncoding(Buffer.from('a,b\n' + '1,x\u0000\u0001\u0002\n'.repeat(40))))).toBe('CADENCE_CSV_ENCODING');
  });

  it('keeps UTF-8 with a damaged byte as UTF-8 (the row holding it is rejected), not Windows-1252 for the whole file', () => {
    const text = Buffer.from(Array.from({ length: 20 }, (_, i) => `${i},Café ☕ ${i} 😀`).join('\n'), 'utf8');
    const damaged = Buffer.concat([text.subarray(0, 40), Buffer.from([0xff]), text.subarray(41)]);
    expect(detectEncoding(damaged).encoding).toBe('utf-8');
    // Windows-1252 text almost never makes valid UTF-8 sequences: still Windows-1252.
    expect(detectEncoding(Buffer.from(Array.from({ length: 20 }, (_, i) => `${i},Caf\xe9 cr\xe8me \x80${i}`).join('\n'), 'latin1')).encoding).toBe('windows-1252');
  });

  it('takes the encoding the options force, but a BOM wins', () => {
    expect(detectEncoding(head('encoding/utf-8.csv'), 'windows-1252').encoding).toBe('windows-1252');
    expect(detectEncoding(head('encoding/windows-1252.csv'), 'latin1').encoding).toBe('windows-1252');
    expect(detectEncoding(head('encoding/utf-16le-bom.csv'), 'windows-1252').encoding).toBe('utf-16le');
    expect(codeOf(() => detectEncoding(head('encoding/windows-1252.csv'), 'utf-8'))).toBe('CADENCE_CSV_ENCODING');
  });
});

describe('decodeSample', () => {
  it.each([
    'encoding/utf-8.csv',
    'encoding/utf-8-bom.csv',
    'encoding/windows-1252.csv',
  ])('%s decodes to the same text, without BOM', (file) => {
    const text = decodeSample(head(file), detectEncoding(head(file)).encoding);
    expect(text).toBe('date,text,amount\r\n2024-03-01,Café crème,€12\r\n2024-03-02,“Zoë’s” pick,3\r\n');
  });

  it.each(['encoding/utf-16le-bom.csv', 'encoding/utf-16le.csv', 'encoding/utf-16be-bom.csv'])('%s decodes emoji (surrogate pairs)', (file) => {
    const text = decodeSample(head(file), detectEncoding(head(file)).encoding);
    expect(text).toBe('date,text,amount\n2024-03-01,Café 😀 crème,€12\n2024-03-02,“Zoë’s” pick,3\n');
  });

  it('decodes Shift_JIS', () => {
    expect(decodeSample(head('encoding/shift-jis.csv'), 'cp932').split('\n')[0]).toBe('日付,投稿,いいね');
  });
});

describe('confirmAsciiSample', () => {
  it('finds Windows-1252 bytes after an ASCII sample', async () => {
    const file = fixture('encoding/ascii-then-1252.csv');
    expect(statSync(file).size).toBeGreaterThan(64 * 1024);
    expect(detectEncoding(head('encoding/ascii-then-1252.csv')).asciiOnly).toBe(true);
    expect(await confirmAsciiSample(file, 64 * 1024)).toBe('windows-1252');
  });

  it('keeps UTF-8 when the later bytes are UTF-8, or when there are none', async () => {
    expect(await confirmAsciiSample(fixture('encoding/utf-8.csv'), 0)).toBe('utf-8');
    expect(await confirmAsciiSample(fixture('delimiters/comma.csv'), 0)).toBe('utf-8');
  });
});

describe('helpers', () => {
  it('trimIncompleteUtf8 drops only a cut-off sequence', () => {
    const euro = Buffer.from('a€', 'utf8'); // 61 e2 82 ac
    expect(trimIncompleteUtf8(euro)).toEqual(euro);
    expect(trimIncompleteUtf8(euro.subarray(0, 3))).toEqual(Buffer.from('a'));
    expect(trimIncompleteUtf8(euro.subarray(0, 2))).toEqual(Buffer.from('a'));
  });

  it('describeEncoding names the encoding for messages', () => {
    expect(describeEncoding({ encoding: 'utf-8', bom: true })).toBe('UTF-8 with BOM');
    expect(describeEncoding({ encoding: 'windows-1252', bom: false })).toBe('Windows-1252');
  });
});

describe('a forced encoding that does not fit', () => {
  it('refuses UTF-16 without a byte-order mark declared as utf-8 (NUL bytes)', () => {
    const utf16 = new Uint8Array(Buffer.from('Date,Network\n09-14-2026,Facebook\n', 'utf16le'));
    expect(() => detectEncoding(utf16, 'utf-8')).toThrow(expect.objectContaining({ code: 'CADENCE_CSV_ENCODING' }));
    expect(detectEncoding(utf16, 'utf-16le').encoding).toBe('utf-16le');
  });
});
