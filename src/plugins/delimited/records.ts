/**
 * Splits the decoded sample at the start of a file into CSV records with their physical line
 * numbers, using csv-parse (lenient: ragged rows and stray quotes are fine in a sample).
 */
import { parse, type InfoRecord, type Options } from 'csv-parse/sync';

/** One CSV record of the sample. */
export interface SampleRecord {
  /** Cells as parsed (untrimmed). */
  cells: string[];
  /** 1-based physical line where the record starts. */
  startLine: number;
  /** 1-based physical line where it ends (differs when a quoted cell holds line breaks). */
  endLine: number;
}

/**
 * Parses `text` into records. Parsing stops quietly at the first error (a quoted cell cut off at
 * the end of the sample is the usual one): the records before it are returned.
 */
export function parseSample(text: string, delimiter: string, quote = '"'): SampleRecord[] {
  return parseRecords(text, delimiter, quote, false).records;
}

/**
 * Whether `text` is exactly one strictly well-formed CSV row per line (quotes balanced, no
 * quoted line breaks): then DuckDB's `skip`, which counts rows, skips exactly its lines.
 */
export function isOneRowPerLine(text: string, delimiter: string, quote = '"'): boolean {
  const { records, failed } = parseRecords(text, delimiter, quote, true);
  return !failed && records.every((r, i) => r.startLine === i + 1 && r.endLine === i + 1);
}

function parseRecords(text: string, delimiter: string, quote: string, strict: boolean): { records: SampleRecord[]; failed: boolean } {
  const bytes = Buffer.from(text, 'utf8');
  const records: SampleRecord[] = [];
  let previousEnd = 0;
  let previousEndLine = 0;
  try {
    const options: Options = {
      delimiter,
      quote,
      escape: quote,
      relax_column_count: true,
      relax_quotes: !strict,
      skip_empty_lines: false,
      on_record: (record: string[], context: InfoRecord) => {
        // Lines are counted on the bytes: csv-parse's own `lines` counts CR LF twice inside quotes.
        const startLine = previousEndLine + 1;
        const endLine = startLine + countLineBreaks(bytes, previousEnd, context.bytes, true);
        records.push({ cells: record, startLine, endLine });
        previousEnd = context.bytes;
        previousEndLine = endLine;
        return null;
      },
    };
    parse(bytes, options);
  } catch {
    // keep what was parsed before the error
    return { records, failed: true };
  }
  return { records, failed: false };
}

/**
 * Counts line breaks (CR LF, LF and CR each count once) in bytes[from, to). With `exceptLast`,
 * a break that ends the range is not counted (it ends the record rather than splitting it).
 */
export function countLineBreaks(bytes: Uint8Array, from: number, to: number, exceptLast = false): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) n++;
  }
  if (exceptLast && to > from && (bytes[to - 1] === 0x0a || bytes[to - 1] === 0x0d)) n--;
  return n;
}
