/**
 * XLSX exports (Brandwatch and others offer them) become a CSV copy that the delimited-file engine
 * reads like any export: one sheet, streamed row by row with exceljs, so memory stays flat. Dates
 * are written as "YYYY-MM-DD HH:MM:SS" wall time, as the sheet shows them.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { CadenceError } from '../core/errors.ts';
import { asDiskFull, isDiskFull } from '../core/store/disk-full.ts';

export interface XlsxToCsvOptions {
  /** Sheet name or 1-based index (default: the first sheet). */
  sheet?: string | number;
  signal?: AbortSignal;
}

const pad = (n: number) => String(n).padStart(2, '0');

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // exceljs reads Excel's serial dates as UTC instants of the wall time shown in the sheet.
    const d = value;
    const time = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : '';
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}${time}`;
  }
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[]; hyperlink?: string; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.hyperlink) return v.hyperlink;
    if (v.error) return '';
  }
  return String(value);
}

const quote = (s: string) => (/[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Writes the sheet as UTF-8 CSV to `target`; returns the number of rows written. */
export async function xlsxToCsv(source: string, target: string, options: XlsxToCsvOptions = {}): Promise<number> {
  const out = createWriteStream(target);
  // A write error (a full disk) is kept and thrown below as what it is, not as an unreadable workbook.
  let writeError: unknown;
  out.on('error', (e) => void (writeError ??= e));
  let rows = 0;
  let sheetIndex = 0;
  let found = false;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' });
    for await (const worksheet of reader) {
      sheetIndex++;
      const ws = worksheet as unknown as AsyncIterable<{ values: unknown[]; number: number }> & { name?: string };
      const wanted = options.sheet === undefined ? sheetIndex === 1 : typeof options.sheet === 'number' ? options.sheet === sheetIndex : ws.name === options.sheet;
      if (!wanted) {
        for await (const _ of ws) void _; // drain
        continue;
      }
      found = true;
      let last = 0;
      for await (const row of ws) {
        options.signal?.throwIfAborted();
        // Keep blank rows (they are lines of the export, e.g. between metadata and the table).
        for (; last + 1 < row.number; last++) if (!out.write('\n')) await once(out, 'drain');
        last = row.number;
        const values = (row.values as unknown[]).slice(1).map(cellText);
        if (!out.write(values.map(quote).join(',') + '\n')) await once(out, 'drain');
        rows++;
      }
    }
  } catch (e) {
    out.destroy();
    if ((e as Error).name === 'AbortError') throw e;
    if (writeError !== undefined || isDiskFull(e)) throw asDiskFull(writeError ?? e, { path: target, doing: `converting ${source} to CSV` }) ?? writeError ?? e;
    throw new CadenceError('CADENCE_CSV_ENCODING', `${source} could not be read as an XLSX workbook: ${(e as Error).message}`, {
      cause: e,
      hint: 'Export the file again (XLSX or CSV); a file cut off during download is not a valid workbook.',
    });
  }
  out.end();
  if (!out.closed) await once(out, 'close').catch(() => undefined);
  if (writeError !== undefined) throw asDiskFull(writeError, { path: target, doing: `converting ${source} to CSV` }) ?? writeError;
  if (!found) throw new CadenceError('CADENCE_CSV_EMPTY', `${source} has no sheet ${options.sheet ?? 1}`);
  return rows;
}
