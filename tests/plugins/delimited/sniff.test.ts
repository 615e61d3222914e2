import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSample, detectEncoding } from '../../../src/plugins/delimited/encoding.ts';
import { headerNames } from '../../../src/plugins/delimited/header-names.ts';
import { countLineBreaks, parseSample } from '../../../src/plugins/delimited/records.ts';
import { detectDelimiter, sniff, type SniffOptions } from '../../../src/plugins/delimited/sniff.ts';

/** Sniffs a fixture file as the plugin does (decoded, whole file). */
const sniffFixture = (name: string, options: Partial<SniffOptions> = {}) => {
  const bytes = readFileSync(join(import.meta.dirname, 'fixtures', name));
  return sniff(decodeSample(bytes, detectEncoding(bytes).encoding), { complete: true, ...options });
};
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('delimiter detection', () => {
  it.each([
    ['delimiters/comma.csv', ','],
    ['delimiters/semicolon.csv', ';'],
    ['delimiters/tab.tsv', '\t'],
    ['delimiters/pipe.txt', '|'],
    ['windows-1252/posts.csv', ';'],
    ['meltwater/export.csv', '\t'],
  ])('%s is separated by %j', (file, delimiter) => {
    const s = sniffFixture(file);
    expect(s.delimiter).toBe(delimiter);
    expect(s.headerLine).toBe(file.startsWith('meltwater') ? 2 : 1);
  });

  it('follows Excel’s sep= line, which is not the header', () => {
    const s = sniffFixture('delimiters/excel-sep-line.csv');
    expect(s).toMatchObject({ delimiter: ';', headerLine: 2, header: ['Date', 'Post', 'Likes', 'Shares'] });
  });

  it('prefers the delimiter under which the mapped names are cells', () => {
    // One column per line either way; only the mapping tells.
    expect(detectDelimiter('Date;Likes\n', ['Likes'])).toBe(';');
    expect(detectDelimiter('a;b,c\n', [])).toBe(',');
  });

  it('takes a given delimiter', () => {
    expect(sniffFixture('delimiters/comma.csv', { delimiter: ';' }).header).toEqual(['Date,Post,Likes,Shares']);
  });
});

describe('header detection', () => {
  it('skips Brandwatch’s metadata lines (header on line 7)', () => {
    const s = sniffFixture('brandwatch/mentions.csv');
    expect(s.headerLine).toBe(7);
    expect(s.header.slice(0, 3)).toEqual(['Query Id', 'Query Name', 'Date']);
    expect(s.header).toHaveLength(11);
    expect(s.preambleIsRows).toBe(true);
    expect(s.sampleRows).toBe(3);
  });

  it('finds the Brandwatch header from the mapped names too', () => {
    expect(sniffFixture('brandwatch/mentions.csv', { wanted: ['date', 'URL', 'sentiment'] }).headerLine).toBe(7);
  });

  it('keeps the header row when a data cell equals a mapped name (BuzzFeed fact-check: "link" is a post type)', () => {
    // The mapping names columns this export does not have ("Profile", "Link"): the error must name
    // the real header (line 1), not the first data row holding the word "link".
    const text = [
      'account_id,post_id,Category,Page,Post URL,Date Published,Post Type,Rating,Debate,share_count,reaction_count,comment_count',
      '184096565021911,1035057923259100,mainstream,ABC News Politics,https://www.facebook.com/x/posts/1,2016-09-19,video,no factual content,,,146,15',
      '184096565021911,1035269309904628,mainstream,ABC News Politics,https://www.facebook.com/x/posts/2,2016-09-19,link,mostly true,,1,33,34',
      '',
    ].join('\n');
    const s = sniff(text, { wanted: ['Date', 'Profile', 'Link', 'Message'], complete: true });
    expect(s.headerLine).toBe(1);
    expect(s.header[0]).toBe('account_id');
  });

  it('skips GA4’s # comment lines (header on line 9)', () => {
    const s = sniffFixture('ga4/traffic.csv');
    expect(s.headerLine).toBe(9);
    expect(s.header[0]).toBe('Session primary channel group (Default Channel Group)');
  });

  it('skips a junk line before the header (Meltwater, UTF-16, tabs)', () => {
    const s = sniffFixture('meltwater/export.csv', { wanted: ['Date', 'Hit Sentence', 'Reach'] });
    expect(s).toMatchObject({ headerLine: 2, delimiter: '\t' });
    expect(s.header).toContain('Hit Sentence');
  });

  it('counts physical lines when a metadata value spans lines', () => {
    const s = sniffFixture('quoted-preamble/report.csv');
    expect(s.headerLine).toBe(4);
    expect(s.header).toEqual(['date', 'platform', 'likes']);
    expect(s.preambleIsRows).toBe(false);
  });

  it('flags a preamble line with a stray quote', () => {
    expect(sniff('Report "weekly\nname,b\n1,2\n', { complete: true }).preambleIsRows).toBe(false);
    expect(sniff('"Report:","weekly, all"\nname,b\n1,2\n', { complete: true }).preambleIsRows).toBe(true);
  });

  it('prefers the row that holds the mapped names over a metadata line that names one of them', () => {
    const text = 'Date,2024-03-01\nDate,Likes,Shares\n2024-03-01,1,2\n';
    expect(sniff(text, { complete: true, wanted: ['Date'] }).headerLine).toBe(2);
    expect(sniff(text, { complete: true, wanted: ['date', 'likes'] }).headerLine).toBe(2);
  });

  it('falls back to the shape when no row holds a mapped name (the mapping then reports it)', () => {
    expect(sniff('title\na,b\n1,2\n', { complete: true, wanted: ['nope'] }).headerLine).toBe(2);
  });

  describe('headerHint', () => {
    // A summary table in the preamble is bigger than the export's table: by shape, it would win.
    const text = 'Metric;Mentions;Reach;Engagement\nTotal;3;100;5\nAverage;1;33;2\nMax;2;50;3\n\nDate;Url;Text\n2024-01-01;https://a;hi\n';

    it('picks the row holding every hint name (trimmed, case-insensitive), over a bigger table', () => {
      expect(sniff(text, { complete: true }).headerLine).toBe(1);
      const s = sniff(text, { complete: true, headerHint: [' url', 'DATE'] });
      expect(s).toMatchObject({ headerLine: 6, delimiter: ';', header: ['Date', 'Url', 'Text'], sampleRows: 1 });
    });

    it('wins over the mapped names, and a row holding only some hint names is not the header', () => {
      const partial = 'Url,Date\nDate,Url,Reach\n2024-01-01,https://a,3\n';
      expect(sniff(partial, { complete: true, wanted: ['Url', 'Date'], headerHint: ['url', 'date', 'reach'] }).headerLine).toBe(2);
    });

    it('throws CADENCE_CSV_HEADER_NOT_FOUND naming what the closest row lacks', () => {
      let error: { code?: string; details?: unknown } = {};
      try {
        sniff(text, { complete: true, headerHint: ['Date', 'Url', 'Author'] });
      } catch (e) {
        error = e as typeof error;
      }
      expect(error.code).toBe('CADENCE_CSV_HEADER_NOT_FOUND');
      expect(error.details).toEqual({ headerHint: ['Date', 'Url', 'Author'], closestLine: 6, lacking: ['Author'] });
    });

    it('yields to headerRow', () => {
      expect(sniff(text, { complete: true, headerRow: 1, headerHint: ['Url'] }).headerLine).toBe(1);
    });
  });

  it('honours headerRow', () => {
    expect(sniffFixture('ga4/traffic.csv', { headerRow: 9 }).header[1]).toBe('Date');
    expect(sniffFixture('delimiters/comma.csv', { headerRow: 2 }).header).toEqual(['2024-03-01', 'Hello, world', '12', '3']);
    expect(codeOf(() => sniffFixture('delimiters/comma.csv', { headerRow: 40 }))).toBe('CADENCE_CSV_HEADER_NOT_FOUND');
  });

  it('throws CADENCE_CSV_HEADER_NOT_FOUND when no row looks like a header', () => {
    expect(codeOf(() => sniff('1,2\n3,4\n', { complete: true }))).toBe('CADENCE_CSV_HEADER_NOT_FOUND');
  });

  it('throws CADENCE_CSV_EMPTY for blank text', () => {
    expect(codeOf(() => sniff('', { complete: true }))).toBe('CADENCE_CSV_EMPTY');
    expect(codeOf(() => sniff('\r\n  \r\n', { complete: true }))).toBe('CADENCE_CSV_EMPTY');
  });

  it('ignores the cut-off end of a partial sample, even inside a quoted cell', () => {
    const s = sniff('a,b\n1,2\n3,"unfinished\nsecond line of it', { complete: false });
    expect(s).toMatchObject({ headerLine: 1, header: ['a', 'b'], sampleRows: 1 });
  });

  it('accepts a header-only file', () => {
    expect(sniff('date,platform\n', { complete: true })).toMatchObject({ headerLine: 1, sampleRows: 0 });
  });
});

describe('header names', () => {
  it('trims, names empty cells column_<n> and suffixes repeats (case-insensitive)', () => {
    expect(headerNames([' Name ', '', 'Name', 'likes', 'Likes', 'Likes_2', 'name'])).toEqual([
      'Name', 'column_2', 'Name_2', 'likes', 'Likes_2', 'Likes_2_2', 'name_3',
    ]);
  });

  it('keeps the exact text of names', () => {
    expect(sniff('"Reach (new)","Avg. Time on Page","日付"\n1,2,3\n', { complete: true }).header).toEqual(['Reach (new)', 'Avg. Time on Page', '日付']);
  });
});

describe('records', () => {
  it('numbers physical lines, counting CR LF once, also inside quotes', () => {
    const records = parseSample('a,b\r\n"x\r\ny",1\r\n\r\nc,"d\ne"\n', ',');
    expect(records.map((r) => [r.startLine, r.endLine])).toEqual([[1, 1], [2, 3], [4, 4], [5, 6]]);
    expect(records[1]!.cells).toEqual(['x\r\ny', '1']);
  });

  it('countLineBreaks counts CR LF, LF and CR once each', () => {
    const b = Buffer.from('a\r\nb\nc\rd');
    expect(countLineBreaks(b, 0, b.length)).toBe(3);
    expect(countLineBreaks(b, 0, 3, true)).toBe(0);
  });
});
