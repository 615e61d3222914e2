/**
 * The fuzz corpus: damaged and hostile variants of three valid exports, made deterministically
 * from a seed (no file is committed; the test writes them to a temporary folder).
 *
 * Bases, each a table of rows with unique ids, serialised the way its vendor writes it:
 * - `csv`: a plain UTF-8 export for the csv plugin (LF, cells quoted only when needed, ISO dates);
 * - `brandwatch`: Brandwatch's layout (report summary above the table, every cell quoted), rows
 *   made from the plugin's fixture export;
 * - `meltwater`: Meltwater's (UTF-16 LE with BOM, tab-separated, CR LF), rows made from the
 *   plugin's fixture export.
 *
 * Variants: truncations, byte flips, mixed line endings (and a CR LF header over LF rows), lone
 * CRs inside unquoted cells, NUL bytes, impossible dates and offsets, odd numbers, SQL fragments
 * and quotes — each with what the test can expect of it: the exact outcome of every row when the
 * damage is deterministic, or, for random damage, which rows it left untouched (byte ranges).
 * `hugeRow` and `hugeField` make the 100,000-cell row and the 20 MB field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { Rng } from '../../src/demo/random.ts';

const repo = join(import.meta.dirname, '../..');

export type BaseName = 'csv' | 'brandwatch' | 'meltwater';

/** A valid export as a table, and how the plugin that reads it is configured. */
export interface Base {
  name: BaseName;
  plugin: 'csv' | 'brandwatch' | 'meltwater';
  entity: 'mentions' | 'posts';
  encoding: 'utf-8' | 'utf-16le';
  delimiter: string;
  eol: '\n' | '\r\n';
  /** Quote every cell (Brandwatch) or only cells that need it. */
  quoteAll: boolean;
  preamble: string[][];
  header: string[];
  rows: string[][];
  /** Column holding the stored id (unique per row), a date, a free text and a count. */
  columns: { id: string; date: string; text: string; count: string };
  /** The count column's field. */
  countField: string;
  /** The date as the base writes it, for a day (1-based within the base's month) and minute. */
  dateOf: (day: number, minute: number) => string;
  /** Plugin options for a file path (relative to the project). */
  options: (file: string) => Record<string, unknown>;
  config?: Record<string, unknown>;
}

/** What the test can expect of one row of a variant. */
export type RowFate =
  /** Imported, with these fields stored as given. */
  | { kind: 'import'; fields?: Record<string, unknown> }
  /** Rejected with this code (on the row's line). */
  | { kind: 'reject'; code: string };

export interface FuzzCase {
  name: string;
  base: Base;
  /** File name (in the project folder). */
  file: string;
  bytes: Buffer;
  /**
   * Deterministic damage: the fate of every data row (by its id), and how many records the file
   * holds (good or bad) — the pull must account for each.
   */
  fates?: Map<string, RowFate>;
  /** Physical line of each row (by id) in the file, for deterministic cases. */
  lines?: Map<string, number>;
  /**
   * Random damage: the ids of rows whose bytes were not touched (they must import unchanged, or
   * be named by a reject), and how many rows were touched.
   */
  untouched?: Set<string>;
  touched?: number;
  /** Rows gone with the cut of a truncation (not in the file at all). */
  cutAway?: number;
}

// ---------------------------------------------------------------------------------------------
// Bases
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The csv plugin's base: mentions with an id, an ISO date-time with offset, a text and two counts. */
function csvBase(rows: number, rng: Rng): Base {
  const words = 'trail boots tent summit rain jacket love broken zipper great fast storm camp review'.split(' ');
  const header = ['Mention ID', 'Published', 'Network', 'Text', 'Likes', 'Reach'];
  const dateOf = (day: number, minute: number) => `2026-03-${pad(day)}T${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}:00+01:00`;
  const table = Array.from({ length: rows }, (_, i) => {
    const text = Array.from({ length: 4 + rng.between(0, 8) }, () => rng.pick(words)).join(' ');
    return [`m${100000 + i}`, dateOf(1 + (i % 28), i % 1440), rng.pick(['twitter', 'news', 'forum']), i % 7 === 0 ? `${text}, really` : text, String(rng.between(0, 900)), String(rng.between(0, 90000))];
  });
  return {
    name: 'csv',
    plugin: 'csv',
    entity: 'mentions',
    encoding: 'utf-8',
    delimiter: ',',
    eol: '\n',
    quoteAll: false,
    preamble: [],
    header,
    rows: table,
    columns: { id: 'Mention ID', date: 'Published', text: 'Text', count: 'Likes' },
    countField: 'likes',
    dateOf,
    options: (file) => ({
      file,
      entity: 'mentions',
      columns: { id: 'Mention ID', published_at: 'Published', platform: 'Network', text: 'Text', likes: 'Likes', reach: 'Reach' },
    }),
  };
}

/** Parses a fixture export into its lines of cells. */
function readFixture(path: string, encoding: 'utf-8' | 'utf-16le', delimiter: string): string[][] {
  const text = iconv.decode(readFileSync(join(repo, path)), encoding).replace(/^\ufeff/, '');
  return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
}

/** Brandwatch's layout, rows made from the plugin's fixture rows with new ids, URLs and dates. */
function brandwatchBase(rows: number, rng: Rng): Base {
  const records = readFixture('plugins/brandwatch/fixtures/exports/brandwatch-mentions.csv', 'utf-8', ',');
  const at = records.findIndex((r) => r[0] === 'Query Id');
  const header = records[at]!;
  const samples = records.slice(at + 1).filter((r) => r.length === header.length);
  const col = (name: string) => header.indexOf(name);
  const dateOf = (day: number, minute: number) => `2024-03-${pad(day)} ${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}:00.0`;
  const table = Array.from({ length: rows }, (_, i) => {
    const row = [...rng.pick(samples)];
    row[col('Resource Id')] = String(250000000000000 + i);
    row[col('Url')] = `https://fuzz.example/m/${i}`;
    row[col('Date')] = dateOf(1 + (i % 28), i % 1440);
    row[col('Reach')] = String(rng.between(0, 50000));
    return row;
  });
  return {
    name: 'brandwatch',
    plugin: 'brandwatch',
    entity: 'mentions',
    encoding: 'utf-8',
    delimiter: ',',
    eol: '\n',
    quoteAll: true,
    preamble: records.slice(0, at),
    header,
    rows: table,
    columns: { id: 'Resource Id', date: 'Date', text: 'Full Text', count: 'Reach' },
    countField: 'reach',
    dateOf,
    options: (file) => ({ file }),
    config: {
      brand: { name: 'Acme', handles: ['acme'], hashtags: ['acmeboots'] },
      competitors: [{ name: 'Globex' }],
      topics: [{ name: 'Trail running', keywords: ['trail runners', 'trail shoes'] }],
    },
  };
}

/** Meltwater's layout (UTF-16 LE, tabs, CR LF), rows made from the plugin's fixture rows. */
function meltwaterBase(rows: number, rng: Rng): Base {
  const records = readFixture('plugins/meltwater/fixtures/current/export.csv', 'utf-16le', '\t');
  const header = records[0]!;
  const samples = records.slice(1).filter((r) => r.length === header.length);
  const col = (name: string) => header.indexOf(name);
  const dateOf = (day: number) => `${pad(day)}-Apr-2024`;
  const table = Array.from({ length: rows }, (_, i) => {
    const row = [...rng.pick(samples)];
    row[col('Document ID')] = `fuzz_${100000 + i}`;
    row[col('URL')] = `https://fuzz.example/mw/${i}`;
    row[col('Date')] = dateOf(1 + (i % 28));
    row[col('Time')] = `${pad(1 + (i % 12))}:${pad(i % 60)} ${i % 2 ? 'PM' : 'AM'}`;
    row[col('Reach')] = String(rng.between(0, 9000));
    return row;
  });
  return {
    name: 'meltwater',
    plugin: 'meltwater',
    entity: 'mentions',
    encoding: 'utf-16le',
    delimiter: '\t',
    eol: '\r\n',
    quoteAll: false,
    preamble: [],
    header,
    rows: table,
    columns: { id: 'Document ID', date: 'Date', text: 'Hit Sentence', count: 'Reach' },
    countField: 'reach',
    dateOf: (day) => dateOf(day),
    options: (file) => ({ file }),
  };
}

export function makeBase(name: BaseName, rows: number, seed: number): Base {
  const rng = new Rng(seed);
  if (name === 'csv') return csvBase(rows, rng);
  if (name === 'brandwatch') return brandwatchBase(rows, rng);
  return meltwaterBase(rows, rng);
}

// ---------------------------------------------------------------------------------------------
// Serialising, with the byte range of every row
// ---------------------------------------------------------------------------------------------

interface Serialised {
  bytes: Buffer;
  /** Byte range [start, end) of each data row (its line break excluded). */
  ranges: [number, number][];
  /** Byte offset where the data rows start. */
  dataStart: number;
  /** Physical line of each data row. */
  lines: number[];
}

function quoteCell(base: Base, cell: string): string {
  const needs = base.quoteAll || cell.includes(base.delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
  return needs ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const encode = (base: Base, text: string) => (base.encoding === 'utf-16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf8'));

/**
 * Writes a table: `eolOf(i)` gives the line break after data row i (header and preamble use
 * `headEol`); `raw(i)`, when given, replaces the serialised text of row i.
 */
export function serialise(base: Base, rows: string[][], how: { headEol?: string; eolOf?: (i: number) => string; raw?: (i: number) => string | undefined } = {}): Serialised {
  const headEol = how.headEol ?? base.eol;
  const parts: Buffer[] = [];
  let offset = 0;
  let line = 1;
  const push = (b: Buffer) => {
    parts.push(b);
    offset += b.length;
  };
  const breaks = (s: string) => (s.match(/\r\n|\n|\r/g) ?? []).length;
  if (base.encoding === 'utf-16le') push(Buffer.from([0xff, 0xfe]));
  for (const cells of [...base.preamble, base.header]) {
    const text = cells.map((c) => quoteCell(base, c)).join(base.delimiter) + headEol;
    push(encode(base, text));
    line += breaks(text);
  }
  const dataStart = offset;
  const ranges: [number, number][] = [];
  const lines: number[] = [];
  rows.forEach((cells, i) => {
    const text = how.raw?.(i) ?? cells.map((c) => quoteCell(base, c)).join(base.delimiter);
    const start = offset;
    push(encode(base, text));
    ranges.push([start, offset]);
    lines.push(line);
    const eol = how.eolOf?.(i) ?? base.eol;
    push(encode(base, eol));
    line += breaks(text) + breaks(eol);
  });
  return { bytes: Buffer.concat(parts), ranges, dataStart, lines };
}

// ---------------------------------------------------------------------------------------------
// Variants
// ---------------------------------------------------------------------------------------------

const idOf = (base: Base, row: string[]) => row[base.header.indexOf(base.columns.id)]!;
const setCell = (base: Base, row: string[], column: string, value: string) => {
  const copy = [...row];
  copy[base.header.indexOf(column)] = value;
  return copy;
};

/** Every row imports. */
const allImport = (base: Base, rows: string[][]) => new Map(rows.map((r) => [idOf(base, r), { kind: 'import' } as RowFate]));
const linesOf = (base: Base, rows: string[][], s: Serialised) => new Map(rows.map((r, i) => [idOf(base, r), s.lines[i]!]));

function deterministic(name: string, base: Base, rows: string[][], s: Serialised, fates: Map<string, RowFate>): FuzzCase {
  return { name: `${base.name}: ${name}`, base, file: `${base.name}-${name.replace(/[^a-z0-9]+/gi, '-')}.csv`, bytes: s.bytes, fates, lines: linesOf(base, rows, s) };
}

/** The rows of a base with every k-th row (from `from`) replaced by `f(row)`; returns the changed ids. */
function every(base: Base, k: number, from: number, f: (row: string[], n: number) => string[]): { rows: string[][]; changed: string[] } {
  const changed: string[] = [];
  let n = 0;
  const rows = base.rows.map((r, i) => {
    if (i < from || (i - from) % k !== 0) return r;
    changed.push(idOf(base, r));
    return f(r, n++);
  });
  return { rows, changed };
}

/** The base as its vendor writes it: every row imports. */
export function cleanExport(base: Base): FuzzCase {
  return deterministic('clean', base, base.rows, serialise(base, base.rows), allImport(base, base.rows));
}

/** Line breaks rotating CR LF, LF and lone CR after every row; the header ends CR LF. */
export function mixedEndings(base: Base): FuzzCase {
  const s = serialise(base, base.rows, { headEol: '\r\n', eolOf: (i) => ['\r\n', '\n', '\r'][i % 3]! });
  return deterministic('mixed line endings', base, base.rows, s, allImport(base, base.rows));
}

/** A CR LF header (and report lines) over LF rows — or, for a CR LF base, an LF header over CR LF rows. */
export function headerEndings(base: Base): FuzzCase {
  const crlf = base.eol === '\r\n';
  const s = serialise(base, base.rows, { headEol: crlf ? '\n' : '\r\n', eolOf: () => (crlf ? '\r\n' : '\n') });
  return deterministic(crlf ? 'LF header over CRLF rows' : 'CRLF header over LF rows', base, base.rows, s, allImport(base, base.rows));
}

/**
 * A lone CR inside a cell: for a base whose text cells are unquoted, a CR in the middle of the
 * text (the row is read whole, the CR kept); for one that quotes every cell, a CR inside quotes.
 */
export function loneCr(base: Base): FuzzCase {
  const text = base.header.indexOf(base.columns.text);
  const fates = allImport(base, base.rows);
  const { rows, changed } = every(base, 97, 5, (r) => {
    // Unquoted cells hold no delimiter: keep the text's words only.
    const cell = (r[text] || 'plain words').replaceAll(base.delimiter, ' ').replaceAll('"', ' ');
    const at = Math.max(1, Math.floor(cell.length / 2));
    return setCell(base, r, base.columns.text, `${cell.slice(0, at)}\r${cell.slice(at)}`);
  });
  for (const id of changed) {
    const row = rows.find((r) => idOf(base, r) === id)!;
    fates.set(id, { kind: 'import', fields: { text: row[text] } });
  }
  // Unquoted: the serialiser quotes a cell with a CR, so write the row by hand without quotes.
  const s = serialise(base, rows, {
    raw: (i) => (changed.includes(idOf(base, rows[i]!)) && !base.quoteAll ? rows[i]!.map((c) => (c.includes('\r') ? c : quoteCell(base, c))).join(base.delimiter) : undefined),
  });
  return deterministic('lone CR in a cell', base, rows, s, fates);
}

/** NUL bytes: in a text cell (imported as text), in a date cell (rejected), and one early in the file. */
export function nulBytes(base: Base): FuzzCase {
  const fates = allImport(base, base.rows);
  const textRows = every(base, 50, 1, (r) => setCell(base, r, base.columns.text, `nul\u0000inside ${r[base.header.indexOf(base.columns.text)]}`));
  for (const id of textRows.changed) {
    const row = textRows.rows.find((r) => idOf(base, r) === id)!;
    fates.set(id, { kind: 'import', fields: { text: row[base.header.indexOf(base.columns.text)] } });
  }
  const rows = textRows.rows.map((r, i) => (i % 50 === 26 ? setCell(base, r, base.columns.date, `20\u000024-0\u00001-01`) : r));
  rows.forEach((r, i) => i % 50 === 26 && fates.set(idOf(base, r), { kind: 'reject', code: 'CADENCE_VALUE_NOT_DATE' }));
  return deterministic('NUL bytes', base, rows, serialise(base, rows), fates);
}

/** Dates that cannot be: an offset of +99:00, February 30, hour 25 — each a reject with its reason; +14:00 still reads. */
export function impossibleDates(base: Base): FuzzCase {
  const fates = allImport(base, base.rows);
  const bad =
    base.name === 'csv'
      ? ['2026-06-15T10:00:00+99:00', '2026-02-30T10:00:00+01:00', '2026-03-01T25:00:00+01:00', '2026-03-01T10:00:00+05:60', '2026-03-01 10:00 +9900']
      : base.name === 'brandwatch'
        ? ['2024-02-30 10:00:00.0', '2024-03-01 25:00:00.0', '2024-03-01 10:61:00.0']
        : ['30-Feb-2024', '31-Apr-2024', '00-Apr-2024'];
  const { rows, changed } = every(base, 37, 3, (r, n) => setCell(base, r, base.columns.date, bad[n % bad.length]!));
  for (const id of changed) fates.set(id, { kind: 'reject', code: 'CADENCE_VALUE_NOT_DATE' });
  let out = rows;
  if (base.name === 'csv') {
    // The farthest real offsets still read.
    out = rows.map((r, i) => (i === 2 ? setCell(base, r, base.columns.date, '2026-03-02T10:00:00+14:00') : i === 4 ? setCell(base, r, base.columns.date, '2026-03-02T10:00:00-12:00') : r));
    fates.set(idOf(base, out[2]!), { kind: 'import', fields: { published_at: '2026-03-01T20:00:00.000Z' } });
    fates.set(idOf(base, out[4]!), { kind: 'import', fields: { published_at: '2026-03-02T22:00:00.000Z' } });
  }
  return deterministic('impossible dates and offsets', base, out, serialise(base, out), fates);
}

/** Numbers as exports mangle them, each with the count it must be stored as, or a reject. */
export const oddNumbers: { value: string; stored?: number }[] = [
  { value: '1,234', stored: 1234 },
  { value: '1 234', stored: 1234 },
  { value: '-0', stored: 0 },
  { value: '1.234,5' },
  { value: '12,34' },
  { value: '1,2,3' },
  { value: '1e309' },
  { value: 'NaN' },
  { value: 'inf' },
  { value: '١٢٣' },
  { value: '0x10' },
  { value: '12.5' },
];

export function oddNumberCase(base: Base): FuzzCase {
  const fates = allImport(base, base.rows);
  const { rows, changed } = every(base, 23, 2, (r, n) => setCell(base, r, base.columns.count, oddNumbers[n % oddNumbers.length]!.value));
  changed.forEach((id, n) => {
    const odd = oddNumbers[n % oddNumbers.length]!;
    fates.set(id, odd.stored === undefined ? { kind: 'reject', code: 'CADENCE_VALUE_NOT_NUMBER' } : { kind: 'import', fields: { [base.countField]: odd.stored } });
  });
  return deterministic('odd numbers', base, rows, serialise(base, rows), fates);
}

/** Text that would break SQL if it were pasted into it: stored byte for byte. */
export const hostileTexts = [
  "'); DROP TABLE mentions; --",
  'Robert"); DROP TABLE x;--',
  "O'Brien's \"boots\"",
  "it''s '' quoted",
  '\\\' backslash quote \\',
  "getvariable('x') || $1 ? :name",
  '/* comment */ SELECT 1;',
  'semi;colon,comma\ttab',
];

export function sqlFragments(base: Base): FuzzCase {
  const fates = allImport(base, base.rows);
  const { rows, changed } = every(base, 19, 0, (r, n) => setCell(base, r, base.columns.text, hostileTexts[n % hostileTexts.length]!));
  changed.forEach((id, n) => fates.set(id, { kind: 'import', fields: { text: hostileTexts[n % hostileTexts.length] } }));
  return deterministic('SQL fragments and quotes', base, rows, serialise(base, rows), fates);
}

/** The file cut off at a random byte inside the data: the rows before the cut import, the cut one is rejected or imports. */
export function truncation(base: Base, seed: number): FuzzCase {
  const rng = new Rng(seed);
  const s = serialise(base, base.rows);
  const first = Math.floor(base.rows.length * 0.3);
  const row = rng.between(first, base.rows.length - 1);
  const [start, end] = s.ranges[row]!;
  let cut = start + 1 + rng.between(0, Math.max(0, end - start - 2));
  if (base.encoding === 'utf-16le') cut -= (cut - s.dataStart) % 2;
  const untouched = new Set(base.rows.slice(0, row).map((r) => idOf(base, r)));
  return { name: `${base.name}: truncated (seed ${seed})`, base, file: `${base.name}-truncated-${seed}.csv`, bytes: s.bytes.subarray(0, cut), untouched, touched: 1, cutAway: base.rows.length - row - 1 };
}

/** A few random bytes of the data replaced by random bytes (quotes, line breaks, delimiters and high bytes among them). */
export function byteFlips(base: Base, seed: number, flips: number): FuzzCase {
  const rng = new Rng(seed);
  const s = serialise(base, base.rows);
  const bytes = Buffer.from(s.bytes);
  const special = [0x22, 0x0a, 0x0d, base.delimiter.charCodeAt(0), 0x00, 0xff, 0xc3, 0x80, 0x27];
  const hit = new Set<number>();
  for (let k = 0; k < flips; k++) {
    const at = rng.between(s.dataStart, bytes.length - 1);
    bytes[at] = rng.next() < 0.7 ? rng.pick(special) : rng.between(0, 255);
    const row = s.ranges.findIndex(([a, b]) => at >= a && at <= b);
    if (row >= 0) hit.add(row);
  }
  // A flip of a line break (the byte at a row's end) touches the rows on both sides.
  for (const row of [...hit]) if (row + 1 < base.rows.length) hit.add(row + 1);
  const untouched = new Set(base.rows.filter((_, i) => !hit.has(i)).map((r) => idOf(base, r)));
  return { name: `${base.name}: ${flips} byte flips (seed ${seed})`, base, file: `${base.name}-flips-${seed}.csv`, bytes, untouched, touched: hit.size };
}

/** One row of `cells` extra cells in an otherwise valid csv base (0.74 MiB for 100,000). */
export function hugeRow(base: Base, cells: number): FuzzCase {
  const fates = allImport(base, base.rows);
  const at = Math.floor(base.rows.length / 2);
  const row = base.rows[at]!;
  fates.set(idOf(base, row), { kind: 'reject', code: 'CADENCE_CSV_MALFORMED_ROW' });
  const s = serialise(base, base.rows, { raw: (i) => (i === at ? row.map((c) => quoteCell(base, c)).join(base.delimiter) + ',x1234'.repeat(cells) : undefined) });
  return deterministic(`a row of ${cells} extra cells`, base, base.rows, s, fates);
}

/** One text cell of `bytes` bytes (quoted, no line break in it): longer than a row may be, so a reject. */
export function hugeField(base: Base, bytes: number): FuzzCase {
  const fates = allImport(base, base.rows);
  const at = Math.floor(base.rows.length / 3);
  const rows = base.rows.map((r, i) => (i === at ? setCell(base, r, base.columns.text, 'long, '.repeat(Math.ceil(bytes / 6)).slice(0, bytes)) : r));
  fates.set(idOf(base, rows[at]!), { kind: 'reject', code: 'CADENCE_CSV_MALFORMED_ROW' });
  return deterministic(`a ${Math.round(bytes / 2 ** 20)} MB field`, base, rows, serialise(base, rows), fates);
}

/** The corpus of in-process cases: every variant of every base, random damage with fixed seeds. */
export function corpus(seed = 15, sizes: Record<BaseName, number> = { csv: 2000, brandwatch: 600, meltwater: 300 }): FuzzCase[] {
  const cases: FuzzCase[] = [];
  (['csv', 'brandwatch', 'meltwater'] as const).forEach((name, b) => {
    const base = makeBase(name, sizes[name], seed + b);
    cases.push(mixedEndings(base), headerEndings(base), loneCr(base), nulBytes(base), impossibleDates(base), oddNumberCase(base), sqlFragments(base));
    for (let k = 0; k < 2; k++) cases.push(truncation(base, seed * 100 + b * 10 + k));
    for (let k = 0; k < 3; k++) cases.push(byteFlips(base, seed * 1000 + b * 10 + k, 2 + 3 * k));
  });
  return cases;
}
