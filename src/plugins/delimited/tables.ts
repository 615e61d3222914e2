/**
 * Files that hold several tables one under another, as GA4's "Reports snapshot" export does:
 * each table is a header line and its rows, ended by a blank line; between tables stand blank
 * lines and `#` comment lines (`# Start date: 20230322`, a card title, …). The engine reads one
 * of them (see DelimitedFileSpec.stacked) and says which others it skipped.
 */
import { CadenceError } from '../../core/errors.ts';
import { parseSample, type SampleRecord } from './records.ts';
import { fold } from './sniff.ts';

/** One table of a stacked file. */
export interface StackedTable {
  /** 1-based position among the file's tables. */
  position: number;
  /** 1-based line of its header. */
  headerLine: number;
  /** Header cells, trimmed. */
  header: string[];
  /** The non-blank lines between the previous table (or the file's start) and the header: its `#` block. */
  preamble: string[];
  /** Data rows (none for an empty table: a header followed by a blank line). */
  rows: number;
  /** Last line of the table: of its last row, or its header when it has none. */
  lastLine: number;
  /**
   * Whether a blank line ends it. A table that is not ended runs to the end of the file (the last
   * table, or a file cut off inside it): everything after its header is read, so a cut-off row
   * is still rejected rather than dropped.
   */
  ended: boolean;
}

const isBlankLine = (r: SampleRecord) => r.cells.length === 1 && r.cells[0]!.trim() === '';
const isComment = (r: SampleRecord) => r.cells[0]!.trimStart().startsWith('#');

/**
 * The tables of `text` (a whole decoded file, without BOM). Outside a table, a `#` line is part of
 * the next table's block and the first other non-blank line is a header; inside one, every line up
 * to the first blank line is a row — a `#` line there too, so that a table is never cut short
 * silently (a stray line is rejected where it stands instead).
 */
export function findTables(text: string, delimiter: string): StackedTable[] {
  const lines = text.split(/\r\n|\n|\r/);
  const lineText = (r: SampleRecord) => lines.slice(r.startLine - 1, r.endLine).join('\n');
  const tables: StackedTable[] = [];
  let block: string[] = [];
  let current: StackedTable | undefined;
  for (const record of parseSample(text, delimiter)) {
    if (current) {
      if (isBlankLine(record)) {
        current.ended = true;
        current = undefined;
      } else {
        current.rows++;
        current.lastLine = record.endLine;
      }
      continue;
    }
    if (isBlankLine(record)) continue;
    if (isComment(record)) {
      block.push(lineText(record));
      continue;
    }
    current = { position: tables.length + 1, headerLine: record.startLine, header: record.cells.map((c) => c.trim()), preamble: block, rows: 0, lastLine: record.endLine, ended: false };
    tables.push(current);
    block = [];
  }
  return tables;
}

/** `"Session default channel group, Sessions" (line 106, 4 rows)`. */
export function describeTable(t: StackedTable): string {
  return `"${t.header.join(', ')}" (line ${t.headerLine}, ${t.rows === 0 ? 'empty' : `${t.rows.toLocaleString('en')} row${t.rows === 1 ? '' : 's'}`})`;
}

const holds = (t: StackedTable, names: string[]) => names.every((n) => t.header.some((h) => fold(h) === fold(n)));

/** A header line as the `table` option gives it: cells separated by commas, compared trimmed and case-insensitively. */
const sameHeader = (t: StackedTable, line: string) => t.header.map(fold).join(',') === line.split(',').map(fold).join(',');

const listed = (tables: StackedTable[]) => tables.map((t) => `${t.position}. ${describeTable(t)}`).join('; ');

const howToPick =
  "Pick one with the source's `table` option: its position in the file (e.g. `table: 2`) or its header line as written (e.g. `table: \"Date,Sessions\"`). `cadence check` lists the file's tables.";

/**
 * The table to read: the one `pick` names (1-based position or header line), else the one whose
 * header holds every `hint` name. Throws CADENCE_CSV_HEADER_NOT_FOUND when there is none and
 * CADENCE_CSV_TABLE_AMBIGUOUS when several tables hold the names and none is picked, naming them.
 */
export function pickTable(tables: StackedTable[], hint: string[], pick?: number | string): StackedTable {
  const names = hint.map((h) => h.trim()).filter((h) => h !== '');
  if (tables.length === 0) {
    throw new CadenceError('CADENCE_CSV_HEADER_NOT_FOUND', 'The file holds no table: only blank and `#` comment lines.', { hint: 'Check that the file is the export this source expects.' });
  }
  if (pick !== undefined) {
    const chosen = typeof pick === 'number' ? tables[pick - 1] : tables.find((t) => sameHeader(t, pick));
    if (!chosen) {
      const what = typeof pick === 'number' ? `\`table\` is ${pick}, but the file holds ${tables.length} table${tables.length === 1 ? '' : 's'}` : `No table of the file has the header \`${pick}\` (\`table\`)`;
      throw new CadenceError('CADENCE_CSV_HEADER_NOT_FOUND', `${what}: ${listed(tables)}.`, { hint: howToPick, details: { tables: tables.map((t) => t.header.join(',')) } });
    }
    const lacking = names.filter((n) => !holds(chosen, [n]));
    if (lacking.length) {
      throw new CadenceError('CADENCE_CSV_HEADER_NOT_FOUND', `The table \`table\` picks, ${chosen.position}. ${describeTable(chosen)}, lacks ${lacking.join(', ')}.`, {
        hint: `Pick a table that holds ${names.join(', ')}: ${listed(tables.filter((t) => holds(t, names))) || 'the file has none'}.`,
      });
    }
    return chosen;
  }
  const candidates = tables.filter((t) => holds(t, names));
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    throw new CadenceError('CADENCE_CSV_HEADER_NOT_FOUND', `None of the file's ${tables.length} table${tables.length === 1 ? '' : 's'} holds ${names.join(', ')}: ${listed(tables)}.`, {
      hint: `Export a report that includes ${names.join(', ')}.`,
      details: { tables: tables.map((t) => t.header.join(',')) },
    });
  }
  throw new CadenceError('CADENCE_CSV_TABLE_AMBIGUOUS', `${candidates.length} tables of the file hold ${names.join(', ')}: ${listed(candidates)}. Cadence will not guess which one to read.`, {
    hint: howToPick,
    details: { tables: candidates.map((t) => ({ position: t.position, line: t.headerLine, header: t.header.join(',') })) },
  });
}
