/**
 * What a plugin tells the delimited-file engine: which files, which entity, how fields are read.
 */
import type { EntityName } from '../../core/schema/entities.ts';
import type { EncodingOption, FieldMapping } from './options.ts';

/** What a function mapping is told about a file besides its header. */
export interface MappedFile {
  /** The file as shown to the user (relative to the project): its name may say the account or period. */
  path: string;
  /** 1-based line of the header row. */
  headerLine: number;
  /** The rows skipped after the header (`skipAfterHeader`), cells by header name: e.g. what each column means. */
  skipped: Record<string, string>[];
  /**
   * The non-blank lines above the header — e.g. GA4's `#` block (`# Start date: 20230322`,
   * `# End date: 20230418`); in a stacked file, only those between the previous table and this one.
   */
  preamble: string[];
}

/** Field → mapping, or a function of a file's header (exact names, as reported) giving it. */
export type MappingOf = Record<string, FieldMapping> | ((header: string[], file: MappedFile) => Record<string, FieldMapping>);

export interface DelimitedFileSpec {
  /** Path (relative to ctx.projectDir) or a pattern with * ? in the file name. */
  file: string;
  entity: EntityName;
  /** Stream the bulk loads are yielded on (default: the entity). */
  stream?: string;
  /**
   * Field mapping, or a function of the file's header (exact header names) returning it — for
   * vendors whose layouts differ (e.g. an older layout). A function is called once per file,
   * with the header and what else is known of the file (MappedFile).
   */
  columns: MappingOf;
  /** Default 'auto'. */
  encoding?: EncodingOption;
  /** Detected (, ; tab |) when absent. */
  delimiter?: string;
  /** 1-based line of the header; detected when absent. */
  headerRow?: number;
  /** Column names, in file order, of a file without a header row (its first line is data). */
  columnNames?: string[];
  /** Default '.'. */
  decimal?: '.' | ',';
  /** IANA zone of timestamps without an offset (default: ctx.timezone). */
  timezone?: string;
  /**
   * Column names that identify the header row (trimmed, case-insensitive): the header is the row
   * holding all of them. Mostly for a function mapping, whose columns are unknown before the
   * header is; without it such a header is found by shape (a row of names heading the table).
   */
  headerHint?: string[];
  /**
   * Rows right after the header that are not data — a row of column descriptions, as Facebook
   * Insights exports write one: each row (its cells by header name) for which this returns true
   * is skipped — not read, not counted, not rejected — up to the first row for which it returns
   * false. A test of the row rather than a count, so a copy saved without that row loses no data.
   * A function mapping gets the skipped rows (MappedFile.skipped).
   */
  skipAfterHeader?: (row: Record<string, string>) => boolean;
  /**
   * The file may hold several tables one under another, as GA4's "Reports snapshot" export does:
   * each a header and its rows up to a blank line, with blank and `#` comment lines between them
   * (tables.ts). The whole file is read to find them; the one read is the table `table` picks
   * (its 1-based position, or its header line as written, e.g. "Date,Sessions"), else the one
   * table whose header holds every `headerHint` name — several such tables are
   * CADENCE_CSV_TABLE_AMBIGUOUS, none CADENCE_CSV_HEADER_NOT_FOUND. Reading stops at its end; check
   * names the tables skipped. Plugins expose the pick as an option named `table`. Overrides `headerRow`.
   */
  stacked?: { table?: number | string };
}
