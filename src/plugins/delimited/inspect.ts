/**
 * Inspects one export: encoding, delimiter, header row and the mapping resolved against it; and
 * turns the result into the BulkLoad the store reads with DuckDB.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { open, readFile } from 'node:fs/promises';
import { CadenceError } from '../../core/errors.ts';
import type { BulkLoad, ColumnSpec } from '../api.ts';
import { confirmAsciiSample, decodeSample, describeEncoding, detectEncoding, mostlyUtf8, type DetectedEncoding } from './encoding.ts';
import type { InputFile } from './files.ts';
import { referencedColumns, resolveMapping } from './mapping.ts';
import { fieldMappings, type FieldMapping } from './options.ts';
import { detectDelimiter, sniff, type SniffResult } from './sniff.ts';
import { describeTable, findTables, pickTable, type StackedTable } from './tables.ts';
import type { DelimitedFileSpec, MappedFile, MappingOf } from './spec.ts';

/** Bytes read from the start of a file to detect its encoding and find its header. */
export const sampleBytes = 64 * 1024;

export interface Inspection {
  file: InputFile;
  encoding: DetectedEncoding;
  sniff: SniffResult;
  /** Field → column spec with exact header names. */
  columns: Record<string, ColumnSpec>;
  warnings: string[];
  /** A stacked file (spec.stacked): the table read, and the others, skipped. */
  tables?: { read: StackedTable; skipped: StackedTable[] };
}

export interface InspectOptions {
  signal?: AbortSignal;
  /**
   * Read past the sample when it is all ASCII, to tell UTF-8 from Windows-1252 by the first
   * non-ASCII bytes (a full read in the worst case; `check` skips it).
   */
  thorough: boolean;
}

/** What inspecting a file needs of the spec. */
export type InspectSpec = Pick<DelimitedFileSpec, 'entity' | 'columns' | 'encoding' | 'delimiter' | 'headerRow' | 'headerHint' | 'columnNames' | 'skipAfterHeader' | 'stacked'>;

/**
 * Inspects `file`: encoding, then the header (the row holding all `headerHint` names when given,
 * else the one holding most mapped columns, else found by shape), then the mapping (a function
 * mapping is called with the exact header) resolved against it. Errors are CadenceErrors placed
 * at the file.
 */
export async function inspectFile(file: InputFile, spec: InspectSpec, how: InspectOptions): Promise<Inspection> {
  try {
    if (file.size === 0) throw new CadenceError('CADENCE_CSV_EMPTY', `${file.displayPath} is empty (0 bytes).`);
    const head = await readHead(file.path);
    let encoding = detectEncoding(head, spec.encoding ?? 'auto');
    if (encoding.asciiOnly && how.thorough && file.size > head.length) {
      encoding = { ...encoding, asciiOnly: false, encoding: await confirmAsciiSample(file.path, head.length, how.signal) };
    }
    let text = decodeSample(head, encoding.encoding);
    let complete = file.size <= head.length;
    let delimiter = spec.delimiter;
    let tables: Inspection['tables'];
    if (spec.stacked) {
      // Its tables may lie anywhere in the file: read all of it.
      if (!complete) {
        const bytes = await readFile(file.path, how.signal ? { signal: how.signal } : {});
        if (encoding.asciiOnly) encoding = { ...encoding, asciiOnly: false, encoding: isAscii(bytes) || isUtf8(bytes) || mostlyUtf8(bytes) ? 'utf-8' : 'windows-1252' };
        text = decodeSample(bytes, encoding.encoding);
        complete = true;
      }
      delimiter ??= detectDelimiter(text.slice(0, sampleBytes), spec.headerHint ?? []);
      const all = findTables(text, delimiter);
      const read = pickTable(all, spec.headerHint ?? [], spec.stacked.table);
      tables = { read, skipped: all.filter((t) => t !== read) };
    }
    const headerRow = tables ? tables.read.headerLine : spec.headerRow;
    const sniffed = sniff(text, {
      ...(delimiter !== undefined ? { delimiter } : {}),
      ...(headerRow !== undefined ? { headerRow } : {}),
      ...(spec.headerHint?.length ? { headerHint: spec.headerHint } : {}),
      ...(spec.columnNames?.length ? { columnNames: spec.columnNames } : {}),
      ...(spec.skipAfterHeader ? { skipAfterHeader: spec.skipAfterHeader } : {}),
      wanted: typeof spec.columns === 'function' ? [] : referencedColumns(spec.columns),
      complete,
    });
    const namesLine = sniffed.namesLine ?? sniffed.headerLine;
    const preamble = tables ? [...tables.read.preamble] : text.split(/\r\n|\n|\r/, Math.max(0, namesLine - 1)).filter((l) => l.trim() !== '');
    const mapping = mappingFor(spec.columns, sniffed.header, { path: file.displayPath, headerLine: namesLine, skipped: (sniffed.skipped ?? []).map((row) => ({ ...row })), preamble });
    const { columns, warnings } = resolveMapping(spec.entity, mapping, sniffed.header, { file: file.displayPath, headerLine: namesLine });
    return { file, encoding, sniff: sniffed, columns, warnings, ...(tables ? { tables } : {}) };
  } catch (e) {
    if (e instanceof CadenceError) throw e.withPlace({ file: file.displayPath });
    throw e;
  }
}

/** The mapping for a file with this header: as given, or what the function returns (validated). */
function mappingFor(columns: MappingOf, header: string[], file: MappedFile): Record<string, FieldMapping> {
  if (typeof columns !== 'function') return columns;
  const result = fieldMappings.safeParse(columns([...header], file));
  if (!result.success) {
    const problem = result.error.issues[0]!;
    throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', `The mapping made for this file's header is invalid at ${problem.path.map(String).join('.') || '(root)'}: ${problem.message}.`, {
      details: { header },
    });
  }
  return result.data;
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(sampleBytes);
    const { bytesRead } = await handle.read(buffer, 0, sampleBytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Whether DuckDB must be given a UTF-8 copy instead of the file: it is not UTF-8, or the lines
 * before its header are not one CSV row each (DuckDB's `skip` counts rows).
 */
export function needsCopy(i: Inspection): boolean {
  return i.encoding.encoding !== 'utf-8' || !i.sniff.preambleIsRows || tableEnd(i) !== undefined;
}

/** The last line to read, when the table read ends before the file does (a stacked file); else undefined. */
export function tableEnd(i: Inspection): number | undefined {
  return i.tables?.read.ended ? i.tables.read.lastLine : undefined;
}

/** The BulkLoad for an inspected file; `path` is the file DuckDB reads (the original or its copy). */
export function bulkLoad(i: Inspection, path: string, spec: Pick<DelimitedFileSpec, 'timezone' | 'decimal'>, projectTimezone: string): BulkLoad {
  return {
    path,
    displayPath: i.file.displayPath,
    delimiter: i.sniff.delimiter,
    quote: i.sniff.quote,
    escape: i.sniff.escape,
    encoding: 'utf-8',
    headerLine: i.sniff.headerLine,
    header: [...i.sniff.header],
    columns: i.columns,
    timezone: spec.timezone ?? projectTimezone,
    decimal: spec.decimal ?? '.',
  };
}

const delimiterNames: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** "exports/Live.csv: UTF-8 with BOM, comma-separated, header on line 1, 16 columns" (or "no header row (columnNames)"). */
export function describeInspection(i: Inspection): string {
  const delimiter = delimiterNames[i.sniff.delimiter] ?? `"${i.sniff.delimiter}"`;
  const columns = i.sniff.header.length;
  const skipped = i.sniff.skipped?.length ?? 0;
  const header = i.sniff.namesGiven
    ? 'no header row (columnNames)'
    : `header on line ${i.sniff.namesLine ?? i.sniff.headerLine}${skipped ? ` (${skipped} row${skipped === 1 ? '' : 's'} after it skipped: not data)` : ''}`;
  const described = `${i.file.displayPath}: ${describeEncoding(i.encoding)}, ${delimiter}-separated, ${header}, ${columns} column${columns === 1 ? '' : 's'}`;
  if (!i.tables?.skipped.length) return described;
  const { read, skipped: others } = i.tables;
  const list = others.length ? `; skipped ${others.length} other table${others.length === 1 ? '' : 's'}: ${others.map(describeTable).join('; ')}` : '';
  return `${described}; read table ${read.position} of ${others.length + 1}, ${describeTable(read)}${list}`;
}
