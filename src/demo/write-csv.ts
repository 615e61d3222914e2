/**
 * Writes an export file the way vendor tools do: optional byte-order mark, optional metadata
 * lines above the header, RFC 4180 quoting (fields with a comma, quote or line break are quoted,
 * quotes doubled). Files are written to a temporary name and renamed, so a crash never leaves a
 * half-written export behind.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Cell = string | number | null | undefined;

export interface ExportFile {
  /** File name inside the output folder. */
  name: string;
  /** Entity the file is meant for (for the row report). */
  entity: string;
  /** Lines written verbatim before the header (report title, date range, GA4 `#` comments…). */
  preamble?: string[];
  header: string[];
  rows: Cell[][];
  /** Start the file with a UTF-8 byte-order mark, as Excel-minded exporters do. */
  bom?: boolean;
  /** Line ending; exports from Windows-minded tools use CRLF. */
  newline?: '\n' | '\r\n';
}

const needsQuotes = /[",\r\n]|^\s|\s$/;

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const s = typeof cell === 'number' ? String(cell) : cell;
  return needsQuotes.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

export function renderCsv(file: ExportFile): string {
  const nl = file.newline ?? '\n';
  const lines: string[] = [];
  for (const line of file.preamble ?? []) lines.push(line);
  lines.push(csvLine(file.header));
  for (const row of file.rows) {
    if (row.length !== file.header.length) {
      throw new Error(`${file.name}: a row has ${row.length} cells, the header ${file.header.length}`);
    }
    lines.push(csvLine(row));
  }
  return (file.bom ? '\uFEFF' : '') + lines.join(nl) + nl;
}

/** Writes the file atomically and returns its path. */
export async function writeExport(outDir: string, file: ExportFile): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, file.name);
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, renderCsv(file), 'utf8');
  await rename(tmp, path);
  return path;
}
