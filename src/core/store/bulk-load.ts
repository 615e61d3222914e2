/**
 * A bulk load: a delimited file plus a column mapping, handed to the store to load with DuckDB
 * directly (the fast path for large exports). Defined by the store, which holds it to the same
 * rules as records; plugins get the types through `cadence/plugin`.
 */

/** How a cell of a bulk file becomes a field. */
export type ColumnSpec =
  | {
      /** Header name in the file (matched exactly as the sniffer reported it). */
      column: string;
      /** strptime formats tried in order for dates and timestamps (detected when absent). */
      format?: string[];
      /** Translate raw values (case-insensitive) before casting, e.g. { "pos": "positive" }; the key "*" catches every other non-empty value. */
      map?: Record<string, string | number | boolean | null>;
      /** Keep only the first capture group of this regular expression (of every match, for a list field). */
      pattern?: string;
      /** Decode the HTML character references an export left in the text (&amp; &lt; &gt; &quot; &#39; &apos;), before `pattern`. */
      unescape?: 'html';
      /** For list fields: the separator between items (default: whitespace or comma). */
      split?: string;
      /** Value used when the cell is empty (after map). */
      default?: string | number | boolean;
    }
  | { value: string | number | boolean | null }
  /** Text made of columns; `pattern` keeps the first capture group of it (no match: empty). */
  | { template: string; format?: string[]; pattern?: string }
  | { hash: string[] }
  | { sum: string[] }
  /** The value of the first pattern that matches the text of these columns (see trackedPatterns). */
  | { match: string[]; patterns: { value: string; regex: string }[] };

/**
 * A file for the store to load directly with DuckDB (the fast path for large exports). The store
 * holds it to the same rules as records: typed casts and checks derived from the entity schema,
 * every failing row rejected with its line, column and reason.
 */
export interface BulkLoad {
  /** Absolute path of the delimited text file. */
  path: string;
  /** Path shown in rejects and errors (relative to the project). */
  displayPath: string;
  delimiter: string;
  quote: string;
  escape: string;
  encoding: 'utf-8' | 'utf-16' | 'latin-1';
  /**
   * 1-based line number of the header row (lines before it are skipped); 0 when the file has none
   * and `header` was given. With rows under the header that are not data (a row of column
   * descriptions), the last of them: the data starts on the next row.
   */
  headerLine: number;
  /** Header names in file order. */
  header: string[];
  /** Field → how to read it. Fields not mapped stay empty (and fail if required). */
  columns: Record<string, ColumnSpec>;
  /** IANA zone of timestamps without an offset. */
  timezone: string;
  /** Decimal mark of numbers. */
  decimal: '.' | ',';
}
