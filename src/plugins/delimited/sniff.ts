/**
 * Sniffs the table in the sample at the start of an export: its delimiter and its header row,
 * which may follow metadata lines (Brandwatch's report summary, GA4's `#` comments, a title line,
 * Excel's `sep=;`).
 */
import { CadenceError } from '../../core/errors.ts';
import { headerNames } from './header-names.ts';
import { isOneRowPerLine, parseSample, type SampleRecord } from './records.ts';

/** Delimiters tried, in order of preference on a tie. */
export const delimiters = [',', ';', '\t', '|'] as const;

export interface SniffOptions {
  /** Given delimiter (not detected). */
  delimiter?: string;
  /** Given 1-based line of the header (not detected). */
  headerRow?: number;
  /** Column names the mapping refers to; the header is the row holding most of them. */
  wanted?: string[];
  /**
   * Column names that identify the header: it is the row holding all of them (trimmed,
   * case-insensitive). Takes precedence over `wanted`.
   */
  headerHint?: string[];
  /** Column names of a file without a header row: its first row (after an Excel `sep=` line) is data. */
  columnNames?: string[];
  /** Whether the sample is the whole file (else its last, possibly cut, line is dropped). */
  complete: boolean;
  /**
   * Rows right after the header that are not data (column descriptions, units): each row, given
   * as its cells by header name, for which this returns true is skipped, up to the first row for
   * which it returns false. A test rather than a count, so a file without such a row loses none.
   */
  skipAfterHeader?: (row: Record<string, string>) => boolean;
}

export interface SniffResult {
  delimiter: string;
  quote: '"';
  escape: '"';
  /** 1-based physical line of the header row; 0 when the file has none (`columnNames`; 1 when an Excel `sep=` line stands before the data). */
  headerLine: number;
  /** Header names in file order: trimmed, empty ones `column_<n>`, repeats suffixed `_2`. */
  header: string[];
  /** True when the names are the given `columnNames`, not a row of the file. */
  namesGiven?: boolean;
  /**
   * With rows skipped after the header (`skipAfterHeader`): `headerLine` is the last of them —
   * the row DuckDB reads as its header and numbers data lines from — and this is the line of the
   * header row itself (the column names). Absent: `headerLine`.
   */
  namesLine?: number;
  /** The rows skipped after the header (`skipAfterHeader`), cells by header name, in file order; absent: none. */
  skipped?: Record<string, string>[];
  /**
   * Whether each line before the header is exactly one well-formed CSV row, so that skipping
   * `headerLine - 1` rows skips exactly the lines before the header.
   */
  preambleIsRows: boolean;
  /** Records in the sample after the header (a lower bound of the file's rows). */
  sampleRows: number;
}

/** Finds the delimiter and the header of the table in `text` (the decoded sample, without BOM). */
export function sniff(text: string, options: SniffOptions): SniffResult {
  const sample = options.complete ? text : dropLastLine(text);
  if (sample.trim() === '') {
    throw new CadenceError('CADENCE_CSV_EMPTY', 'The file holds no text (or only blank lines).');
  }
  const excel = /^sep=(.)\r?\n/i.exec(sample)?.[1];
  const delimiter = options.delimiter ?? excel ?? detectDelimiter(sample, options.columnNames ? [] : [...(options.headerHint ?? []), ...(options.wanted ?? [])]);
  const records = parseSample(sample, delimiter);
  if (options.columnNames) return headerless(records, options, delimiter, excel ? 1 : 0);
  const headerIndex = findHeader(records, options, excel ? 1 : 0);
  const headerRecord = records[headerIndex]!;
  const header = headerNames(headerRecord.cells);
  const skipped = options.skipAfterHeader ? skipAfterHeader(records, headerIndex, header, options.skipAfterHeader, options.complete) : [];
  const lastSkipped = records[headerIndex + skipped.length]!;
  return {
    delimiter,
    quote: '"',
    escape: '"',
    headerLine: lastSkipped.startLine,
    namesLine: headerRecord.startLine,
    header,
    skipped,
    preambleIsRows: isOneRowPerLine(linesBefore(sample, lastSkipped.startLine), delimiter),
    sampleRows: records.length - headerIndex - 1 - skipped.length,
  };
}

/**
 * The rows right after the header that `test` says are not data, cells by header name. Throws
 * CADENCE_CSV_HEADER_NOT_FOUND when it skips every row of a sample that is not the whole file
 * (the data would start past what was read).
 */
function skipAfterHeader(records: SampleRecord[], headerIndex: number, header: string[], test: (row: Record<string, string>) => boolean, complete: boolean): Record<string, string>[] {
  const skipped: Record<string, string>[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const row = Object.fromEntries(header.map((name, c) => [name, records[i]!.cells[c] ?? '']));
    if (!test(row)) return skipped;
    skipped.push(row);
  }
  if (!complete && skipped.length > 0) {
    throw new CadenceError(
      'CADENCE_CSV_HEADER_NOT_FOUND',
      `Every row of the first ${records.length} after the header on line ${records[headerIndex]!.startLine} is one to skip (not data), so no data row was found.`,
      { hint: 'Check that the file is the export this source expects.' },
    );
  }
  return skipped;
}

/**
 * A file without a header row, named by `columnNames`: the rows must be as wide as the names, and
 * the first row must not be a header after all (it would be imported as data).
 */
function headerless(records: SampleRecord[], options: SniffOptions, delimiter: string, first: number): SniffResult {
  const names = options.columnNames!;
  if (options.headerRow !== undefined) {
    throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', '`columnNames` says the file has no header row, and `headerRow` says where it is: give one of them.', {
      hint: 'Remove `headerRow` for a file whose first line is data, or `columnNames` for a file with a header.',
    });
  }
  const rows = records.slice(first).filter((r) => !isBlank(r));
  const firstRow = rows[0];
  if (firstRow && hits(firstRow, names) === new Set(names.map(fold)).size) {
    throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', `Line ${firstRow.startLine} holds the names given in \`columnNames\` (${names.join(', ')}): this file has a header row, which would be read as data.`, {
      hint: 'Remove `columnNames`: the header is found by itself.',
      details: { line: firstRow.startLine },
    });
  }
  const { width } = modalWidth(rows);
  if (rows.length && width !== names.length) {
    const example = rows.find((r) => r.cells.length === width)!;
    throw new CadenceError(
      'CADENCE_CSV_MAPPING_INVALID',
      `\`columnNames\` names ${names.length} column${names.length === 1 ? '' : 's'}, but the rows of the file have ${width} cell${width === 1 ? '' : 's'} (line ${example.startLine}).`,
      { hint: `Give one name per column, in file order (${width} names).`, details: { names: names.length, cells: width, line: example.startLine } },
    );
  }
  return { delimiter, quote: '"', escape: '"', headerLine: first, header: headerNames(names), namesGiven: true, preambleIsRows: true, sampleRows: records.length - first };
}

/** Drops the text after the last line break: the sample may end inside a line. */
function dropLastLine(text: string): string {
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return cut < 0 ? text : text.slice(0, cut + 1);
}

/** Delimiter whose rows hold most mapped names, then whose rows are most regular. */
export function detectDelimiter(sample: string, wanted: string[]): string {
  let best: { delimiter: string; score: number[] } | undefined;
  for (const delimiter of delimiters) {
    const records = parseSample(sample, delimiter);
    const wantedHits = wanted.length ? records.reduce((most, r) => Math.max(most, hits(r, wanted)), 0) : 0;
    const { width, rows } = modalWidth(records);
    const score = [wantedHits, width > 1 ? rows : 0, width];
    if (!best || compare(score, best.score) > 0) best = { delimiter, score };
  }
  return best!.delimiter;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The most common cell count among non-blank records, and how many records have it. */
function modalWidth(records: SampleRecord[]): { width: number; rows: number } {
  const counts = new Map<number, number>();
  for (const r of records) if (!isBlank(r)) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let width = 0;
  let rows = 0;
  for (const [w, n] of counts) if (n > rows || (n === rows && w > width)) [width, rows] = [w, n];
  return { width, rows };
}

function findHeader(records: SampleRecord[], options: SniffOptions, first: number): number {
  if (options.headerRow !== undefined) {
    const i = records.findIndex((r) => r.startLine === options.headerRow);
    if (i < 0) {
      throw new CadenceError('CADENCE_CSV_HEADER_NOT_FOUND', `No row starts on line ${options.headerRow} (\`headerRow\`) within the first ${records.length ? records[records.length - 1]!.endLine : 0} lines.`, {
        hint: 'Set `headerRow` to the line of the header as a text editor numbers it, or remove it to detect the header.',
      });
    }
    return i;
  }
  const candidates = records.map((_, i) => i).filter((i) => i >= first && !isBlank(records[i]!));
  if (options.headerHint?.length) return hintedHeader(records, candidates, options.headerHint);
  const wanted = options.wanted ?? [];
  const structural = widest(records, candidates.filter((i) => looksLikeHeader(records[i]!)));
  if (wanted.length) {
    // A data cell can equal a mapped name ("link" in a post-type column): rows that look like a
    // header win over rows that do not; a row of data only when no row looks like a header.
    const named = structural === undefined ? candidates : candidates.filter((i) => looksLikeHeader(records[i]!));
    const most = named.reduce((m, i) => Math.max(m, hits(records[i]!, wanted)), 0);
    if (most > 0) {
      return widest(records, named.filter((i) => hits(records[i]!, wanted) === most))!;
    }
  }
  if (structural !== undefined) return structural;
  throw new CadenceError(
    'CADENCE_CSV_HEADER_NOT_FOUND',
    wanted.length
      ? `No row of the first ${records.length} holds any of the mapped columns (${wanted.slice(0, 5).join(', ')}${wanted.length > 5 ? ', …' : ''}), and no row looks like a header.`
      : `No row of the first ${records.length} looks like a header (a row of names as wide as the rows below it).`,
  );
}

/** The widest candidate holding every hint name; throws naming what the closest row lacks. */
function hintedHeader(records: SampleRecord[], candidates: number[], hint: string[]): number {
  const names = [...new Map(hint.map((h) => [fold(h), h.trim()])).values()];
  const found = widest(records, candidates.filter((i) => hits(records[i]!, names) === names.length));
  if (found !== undefined) return found;
  const closest = candidates.reduce<number | undefined>((best, i) => (best === undefined || hits(records[i]!, names) > hits(records[best]!, names) ? i : best), undefined);
  const lacking = closest === undefined ? names : names.filter((n) => !records[closest]!.cells.some((c) => fold(c) === fold(n)));
  throw new CadenceError(
    'CADENCE_CSV_HEADER_NOT_FOUND',
    `No row of the first ${records.length} holds all the columns that identify the header (${names.join(', ')})` +
      (closest !== undefined && lacking.length < names.length ? `; the closest, on line ${records[closest]!.startLine}, lacks ${lacking.join(', ')}.` : '.'),
    { details: { headerHint: names, ...(closest !== undefined ? { closestLine: records[closest]!.startLine, lacking } : {}) } },
  );
}

/** How many of the wanted names are cells of the record (trimmed, case-insensitive). */
function hits(record: SampleRecord, wanted: string[]): number {
  const cells = new Set(record.cells.map(fold));
  return new Set(wanted.map(fold).filter((w) => cells.has(w))).size;
}

/**
 * The candidate that heads the biggest table: most cells in it and in the rows after it as wide
 * as it. Metadata lines are narrow (one or two cells) and few; the first of equals wins.
 */
function widest(records: SampleRecord[], candidates: number[]): number | undefined {
  let best: number | undefined;
  let bestCells = 0;
  for (const i of candidates) {
    const width = records[i]!.cells.length;
    let rows = 1;
    for (let j = i + 1; j < records.length; j++) if (records[j]!.cells.length === width) rows++;
    if (width * rows > bestCells) [best, bestCells] = [i, width * rows];
  }
  return best;
}

/** Names, not values: at least half the cells filled, none a number, date or time. */
function looksLikeHeader(record: SampleRecord): boolean {
  const filled = record.cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length * 2 >= record.cells.length && !filled.some(isValueLike);
}

const numberLike = /^[-+(]?[$€£¥]?\s?(\d[\d\s.,'’]*|\.\d+)(e[-+]?\d+)?\s?%?\)?$/i;
const dateLike = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T].*)?$/;
const timeLike = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[ap]m)?$/i;

function isValueLike(cell: string): boolean {
  return numberLike.test(cell) || dateLike.test(cell) || timeLike.test(cell) || /^(true|false)$/i.test(cell);
}

function isBlank(r: SampleRecord): boolean {
  return r.cells.every((c) => c.trim() === '');
}

/** The text of the first `line - 1` lines (with their line breaks). */
function linesBefore(text: string, line: number): string {
  const breaks = /\r\n|\n|\r/g;
  for (let n = 1; n < line; n++) if (!breaks.exec(text)) return text;
  return text.slice(0, breaks.lastIndex);
}

/** Trimmed and lower-cased: how column names are compared. */
export function fold(name: string): string {
  return name.trim().toLowerCase();
}
