/**
 * Staging one bulk load (a delimited file plus a mapping) into its item table of the staging
 * database, and what a staged item holds: good rows, rejects with their physical lines, rows
 * whose id repeats, and rows that got the same id while their source rows differ (collapse).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BulkLoad } from './bulk-load.ts';
import { CadenceError, type ErrorCode } from '../errors.ts';
import { storedColumns, type EntityDefinition } from '../schema/entity.ts';
import { buildBulkSelect, REJECT_SEP, type ReadFile } from './bulk-sql.ts';
import { physicalLines, scanStructure, supportsStructure, type Structure } from './csv-structure.ts';
import { ident, type Duck } from './duckdb.ts';
import type { RejectRow } from './rejects.ts';
import type { OutOfOrder } from './stream-tally.ts';

/** Row numbers of one item are `item * ITEM_SHIFT + n`, so items keep their order in a union. */
export const ITEM_SHIFT = 2 ** 32;

export const itemTable = (item: number) => ident(`item_${item}`);

/** Rows of one item whose derived id is shared with a different source row. */
export interface Collapse {
  rows: number;
  /** The id shared by the most different rows, and how many. */
  example?: { id: string; rows: number };
}

/** Good rows, rejected rows, and good rows whose id repeats, of one staged item. */
export async function countItem(duck: Duck, item: number): Promise<{ good: number; bad: number; dups: number }> {
  const [row] = await duck.all<{ good: number; bad: number; dups: number }>(
    `SELECT count(*) FILTER (WHERE __reject IS NULL) AS good, count(*) FILTER (WHERE __reject IS NOT NULL) AS bad, count(id) FILTER (WHERE __reject IS NULL) - count(DISTINCT id) FILTER (WHERE __reject IS NULL) AS dups FROM ${itemTable(item)}`,
  );
  return row!;
}

/**
 * Rows that share a derived id with a different source row (those with a `__rowkey`): the number
 * of distinct source rows beyond one per id, i.e. the rows de-duplication would lose.
 */
export async function itemCollapse(duck: Duck, item: number): Promise<Collapse> {
  const t = itemTable(item);
  const where = '__reject IS NULL AND __rowkey IS NOT NULL';
  const [{ n }] = (await duck.all<{ n: number }>(`SELECT coalesce(count(DISTINCT id || chr(31) || __rowkey) - count(DISTINCT id), 0) AS n FROM ${t} WHERE ${where}`)) as [{ n: number }];
  if (!n) return { rows: 0 };
  const [top] = await duck.all<{ id: string; rows: number }>(`SELECT id, count(DISTINCT __rowkey) AS "rows" FROM ${t} WHERE ${where} GROUP BY id ORDER BY "rows" DESC, id LIMIT 1`);
  return { rows: n, ...(top ? { example: { id: top.id, rows: top.rows } } : {}) };
}

/** Good rows of one item whose fields come in the wrong order (the entity's `chronology`). */
export async function itemOutOfOrder(duck: Duck, item: number, entity: EntityDefinition): Promise<OutOfOrder[]> {
  const out: OutOfOrder[] = [];
  for (const { earlier, later } of entity.chronology ?? []) {
    const [e, l] = [ident(earlier), ident(later)];
    const [row] = await duck.all<{ rows: number; of: number; example: string | null }>(
      `SELECT count(*) FILTER (WHERE ${l} < ${e}) AS "rows", count(*) AS "of", min(id) FILTER (WHERE ${l} < ${e}) AS example
       FROM ${itemTable(item)} WHERE __reject IS NULL AND ${e} IS NOT NULL AND ${l} IS NOT NULL`,
    );
    const rows = Number(row?.rows ?? 0);
    if (rows) out.push({ earlier, later, rows, of: Number(row!.of), ...(row!.example ? { example: row!.example } : {}) });
  }
  return out;
}

export interface BulkStaging {
  duck: Duck;
  /** Creates the item's table from a SELECT of the stored columns, __ord, __reject, __raw and __rowkey. */
  writeStaged(entity: EntityDefinition, item: number, select: string): Promise<void>;
}

export interface BulkStaged {
  good: number;
  rejects: Omit<RejectRow, 'source'>[];
  collapse: Collapse;
  /** What the read found and did about the file's structure (mixed line endings, broken rows), for the log. */
  notes: string[];
}

/** A row DuckDB itself could not parse (its rejects table). */
interface DuckReject {
  line: number;
  byte_position: number | null;
  column_name: string | null;
  error_type: string;
  error_message: string;
  csv_line: string;
}

/**
 * Loads a delimited file with DuckDB, casting and checking by the entity schema. The file's
 * structure is read first (csv-structure.ts): broken rows become rejects with their line, and
 * DuckDB reads a clean copy when the file needs one. Every record of the file ends as a staged
 * row or a reject.
 */
export async function stageBulkLoad(
  st: BulkStaging,
  args: { entity: EntityDefinition; item: number; stream: string; load: BulkLoad; provenance: { source: string; plugin: string; stream: string; importedAt: Date } },
): Promise<BulkStaged> {
  const { load } = args;
  if (!supportsStructure(load)) return stageRead(st, args, undefined);
  const dir = await mkdtemp(join(tmpdir(), 'cadence-rows-'));
  const scan = (canonical: boolean) =>
    scanStructure({
      path: load.path,
      delimiter: load.delimiter,
      quote: load.quote,
      escape: load.escape,
      encoding: load.encoding === 'latin-1' ? 'latin-1' : 'utf-8',
      headerLine: load.headerLine,
      header: load.header,
      copyPath: join(dir, canonical ? 'rows-plain.csv' : 'rows.csv'),
      canonical,
    }).catch((e: unknown) => {
      throw e instanceof CadenceError ? e.withPlace({ file: load.displayPath }) : e;
    });
  try {
    try {
      return await stageRead(st, args, await scan(false));
    } catch (e) {
      // DuckDB's CSV parser refused a row this pass reads as well-formed (its quoting rules have
      // corners of their own): read again from a copy with every row re-quoted plainly.
      if (!isCsvParseError(e)) throw e;
      try {
        return await stageRead(st, args, await scan(true));
      } catch (again) {
        if (!isCsvParseError(again)) throw again;
        throw new CadenceError('CADENCE_CSV_MALFORMED_ROW', 'The file could not be read as CSV, even with its broken rows set aside and every row re-quoted.', {
          place: { file: load.displayPath },
          hint: 'Export the file again; if it opens in a spreadsheet, save it from there as CSV (UTF-8).',
          details: { reader: (again as Error).message.split('\n')[0] },
        });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Whether an error is DuckDB's CSV reader failing on the file's text (not memory, disk or SQL). */
const isCsvParseError = (e: unknown) => !(e instanceof CadenceError) && e instanceof Error && /CSV/.test(e.message) && /Invalid Input Error|Conversion Error|Error when sniffing/.test(e.message);

async function stageRead(
  st: BulkStaging,
  args: { entity: EntityDefinition; item: number; stream: string; load: BulkLoad; provenance: { source: string; plugin: string; stream: string; importedAt: Date } },
  structure: Structure | undefined,
): Promise<BulkStaged> {
  const { duck } = st;
  const { entity, item, stream, load, provenance: prov } = args;
  const rejTable = `csv_rejects_${item}`;
  const cols = storedColumns(entity).map((c) => ident(c.name)).join(', ');
  const base = item * ITEM_SHIFT;
  const file: ReadFile = structure ? { path: structure.path, headerLine: structure.copied ? 0 : load.headerLine, ...(structure.newLine ? { newLine: structure.newLine } : {}) } : load;
  await duck.run(`DROP TABLE IF EXISTS ${ident(rejTable)}`);
  await duck.run(`DROP TABLE IF EXISTS ${ident(rejTable + '_scan')}`);
  const stage = (select: string) => st.writeStaged(entity, item, `SELECT ${cols}, ${base} + __rid AS __ord, __reject, __raw, __rowkey FROM (${select})`);
  // Fast path: a parallel pass without row numbers. Row numbers are needed only for reject
  // lines and for "last one wins" among repeated ids; an item with either is staged again
  // with them (a sequential pass).
  let { select } = await buildBulkSelect(duck, entity, load, prov, { rejectsTable: rejTable, withOrdinal: false, file });
  let good = 0;
  let bad = 0;
  let dups = 0;
  let sequential = false;
  try {
    await stage(select);
    ({ good, bad, dups } = await countItem(duck, item));
  } catch (e) {
    // The parallel pass needs more memory than the sequential one; if DuckDB runs short, go
    // sequential rather than fail.
    if (!/out of memory/i.test((e as Error).message)) throw e;
    sequential = true;
  }
  if (sequential || bad > 0 || dups > 0) {
    await duck.run(`DROP TABLE IF EXISTS ${ident(rejTable)}`);
    await duck.run(`DROP TABLE IF EXISTS ${ident(rejTable + '_scan')}`);
    ({ select } = await buildBulkSelect(duck, entity, load, prov, { rejectsTable: rejTable, withOrdinal: true, file }));
    await stage(select);
    ({ good, bad, dups } = await countItem(duck, item));
  }
  const collapse = dups > 0 && !load.columns.id ? await itemCollapse(duck, item) : { rows: 0 };
  // Rows DuckDB could not parse itself: none when the structure pass read the file first (it
  // hands DuckDB only well-formed rows), but never dropped silently if DuckDB disagrees.
  const structural = await duck
    .all<DuckReject>(`SELECT line, byte_position, column_name, error_type, error_message, csv_line FROM ${ident(rejTable)} ORDER BY line`)
    .catch(() => [] as DuckReject[]);
  const malformed = [...new Map(structural.map((s) => [Number(s.line), s])).values()];
  const lines = await linesOf(load, file, structure, malformed);
  const castRejects =
    bad > 0
      ? await duck.all<{ rid: number; rej: string; raw: string }>(
          `SELECT __ord - ${base} AS rid, __reject AS rej, __raw AS raw FROM ${itemTable(item)} WHERE __reject IS NOT NULL ORDER BY rid`,
        )
      : [];
  const rejects: Omit<RejectRow, 'source'>[] = [];
  for (const r of structure?.rejects ?? []) {
    rejects.push({ stream, file: load.displayPath, line: r.line, column: r.column, code: 'CADENCE_CSV_MALFORMED_ROW', reason: r.reason, value: '', raw: r.raw });
  }
  malformed.forEach((s, i) => {
    const cellIndex = /^__c(\d+)$/.exec(s.column_name ?? '')?.[1];
    const column = cellIndex !== undefined ? (load.header[Number(cellIndex)] ?? '') : (s.column_name ?? '');
    const message = s.error_message.split('\n')[0]!.replace(/__c(\d+)/g, (_, n: string) => `"${load.header[Number(n)] ?? n}"`);
    rejects.push({ stream, file: load.displayPath, line: lines.malformed[i]!, column, code: 'CADENCE_CSV_MALFORMED_ROW', reason: `${s.error_type.toLowerCase().replaceAll('_', ' ')}: ${message}`, value: '', raw: s.csv_line.replace(/^\r?\n/, '') });
  });
  for (const r of castRejects) {
    const [code, field, column, value, reason] = r.rej.split(REJECT_SEP) as [ErrorCode, string, string, string, string];
    rejects.push({ stream, file: load.displayPath, line: lines.ofRid(Number(r.rid)), column, code, reason: `${field}: ${value ? `"${value}" ` : ''}${reason}`, value, raw: r.raw });
  }
  rejects.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { good, rejects, collapse, notes: structure?.notes ?? [] };
}

/**
 * Physical lines of the rows DuckDB rejected itself and of the rows it read (by row number among
 * them). With the structure pass, exact: its map of good records, past the rows DuckDB rejected.
 * Without it (a load it cannot read), DuckDB's own numbering: header line plus record number.
 */
async function linesOf(load: BulkLoad, file: ReadFile, structure: Structure | undefined, malformed: DuckReject[]): Promise<{ malformed: number[]; ofRid: (rid: number) => number }> {
  if (!structure) {
    const k = malformed.map((s) => Number(s.line) - load.headerLine);
    return {
      malformed: malformed.map((s) => Number(s.line)),
      ofRid: (rid) => {
        let r = rid;
        for (const m of k) if (m <= r) r++;
        return load.headerLine + r;
      },
    };
  }
  const physical = await physicalLines(file.path, malformed.map((s) => Number(s.byte_position ?? 0)));
  const lines = physical.map((l) => structure.originalLine(l));
  // Good records DuckDB skipped: its row numbers run past them.
  const skipped = lines.map((l) => structure.ridAt(l)).filter((r): r is number => r !== undefined).sort((a, b) => a - b);
  return {
    malformed: lines,
    ofRid: (rid) => {
      let r = rid;
      for (const m of skipped) if (m <= r) r++;
      return structure.lineOf(r);
    },
  };
}
