/**
 * Inspects one export: encoding, delimiter, header row and the mapping resolved against it; and
 * turns the result into the BulkLoad the store reads with DuckDB.
 */
import { open } from 'node:fs/promises';
import { CadenceError } from '../../core/errors.ts';
import type { BulkLoad, ColumnSpec } from '../api.ts';
import { confirmAsciiSample, decodeSample, describeEncoding, detectEncoding, type DetectedEncoding } from './encoding.ts';
import type { InputFile } from './files.ts';
import { referencedColumns, resolveMapping } from './mapping.ts';
import { fieldMappings, type FieldMapping } from './options.ts';
import { sniff, type SniffResult } from './sniff.ts';
import type { DelimitedFileSpec, MappingOf } from './spec.ts';

/** Bytes read from the start of a file to detect its encoding and find its header. */
export const sampleBytes = 64 * 1024;

export interface Inspection {
  file: InputFile;
  encoding: DetectedEncoding;
  sniff: SniffResult;
  /** Field → column spec with exact header names. */
  columns: Record<string, ColumnSpec>;
  warnings: string[];
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
export type InspectSpec = Pick<DelimitedFileSpec, 'entity' | 'columns' | 'encoding' | 'delimiter' | 'headerRow' | 'headerHint'>;

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
    const sniffed = sniff(decodeSample(head, encoding.encoding), {
      ...(spec.delimiter !== undefined ? { delimiter: spec.delimiter } : {}),
      ...(spec.headerRow !== undefined ? { headerRow: spec.headerRow } : {}),
      ...(spec.headerHint?.length ? { headerHint: spec.headerHint } : {}),
      wanted: typeof spec.columns === 'function' ? [] : referencedColumns(spec.columns),
      complete: file.size <= head.length,
    });
    const mapping = mappingFor(spec.columns, sniffed.header);
    const { columns, warnings } = resolveMapping(spec.entity, mapping, sniffed.header, { file: file.displayPath, headerLine: sniffed.headerLine });
    return { file, encoding, sniff: sniffed, columns, warnings };
  } catch (e) {
    if (e instanceof CadenceError) throw e.withPlace({ file: file.displayPath });
    throw e;
  }
}

/** The mapping for a file with this header: as given, or what the function returns (validated). */
function mappingFor(columns: MappingOf, header: string[]): Record<string, FieldMapping> {
  if (typeof columns !== 'function') return columns;
  const result = fieldMappings.safeParse(columns([...header]));
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
  return i.encoding.encoding !== 'utf-8' || !i.sniff.preambleIsRows;
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

/** "exports/Live.csv: UTF-8 with BOM, comma-separated, header on line 1, 16 columns". */
export function describeInspection(i: Inspection): string {
  const delimiter = delimiterNames[i.sniff.delimiter] ?? `"${i.sniff.delimiter}"`;
  const columns = i.sniff.header.length;
  return `${i.file.displayPath}: ${describeEncoding(i.encoding)}, ${delimiter}-separated, header on line ${i.sniff.headerLine}, ${columns} column${columns === 1 ? '' : 's'}`;
}
