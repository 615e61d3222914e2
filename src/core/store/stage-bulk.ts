/**
 * Staging one bulk load (a delimited file plus a mapping) into its item table of the staging
 * database, and what a staged item holds: good rows, rejects with their physical lines, rows
 * whose id repeats, and rows that got the same id while their source rows differ (collapse).
 */
import type { BulkLoad } from './bulk-load.ts';
import type { ErrorCode } from '../errors.ts';
import { storedColumns, type EntityDefinition } from '../schema/entity.ts';
import { buildBulkSelect, newlineCountSql, REJECT_SEP } from './bulk-sql.ts';
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
}

/** Loads a delimited file with DuckDB, casting and checking by the entity schema. */
export async function stageBulkLoad(
  st: BulkStaging,
  args: { entity: EntityDefinition; item: number; stream: string; load: BulkLoad; provenance: { source: string; plugin: string; stream: string; importedAt: Date } },
): Promise<BulkStaged> {
  const { duck } = st;
  const { entity, item, stream, load, provenance: prov } = args;
  const rejTable = `csv_rejects_${item}`;
  const cols = storedColumns(entity).map((c) => ident(c.name)).join(', ');
  const base = item * ITEM_SHIFT;
  const stage = (select: string) => st.writeStaged(entity, item, `SELECT ${cols}, ${base} + __rid AS __ord, __reject, __raw, __rowkey FROM (${select})`);
  // Fast path: a parallel pass without row numbers. Row numbers are needed only for reject
  // lines and for "last one wins" among repeated ids; an item with either is staged again
  // with them (a sequential pass).
  let { select } = await buildBulkSelect(duck, entity, load, prov, rejTable, false);
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
    ({ select } = await buildBulkSelect(duck, entity, load, prov, rejTable, true));
    await stage(select);
    ({ good, bad, dups } = await countItem(duck, item));
  }
  const collapse = dups > 0 && !load.columns.id ? await itemCollapse(duck, item) : { rows: 0 };
  const structural = await duck
    .all<{ line: number; column_name: string | null; error_type: string; error_message: string; csv_line: string }>(
      `SELECT line, column_name, error_type, error_message, csv_line FROM ${ident(rejTable)} ORDER BY line`,
    )
    .catch(() => []);
  // DuckDB numbers malformed rows by record (header line + record index), one entry per bad
  // cell; good rows have their index among good rows. Both become physical lines with the
  // count of line breaks inside the cells of the rows before them.
  const malformed = [...new Map(structural.map((s) => [Number(s.line), s])).values()];
  const malformedK = malformed.map((s) => Number(s.line) - load.headerLine);
  const castRejects =
    bad > 0
      ? await duck.all<{ rid: number; rej: string; raw: string }>(
          `SELECT __ord - ${base} AS rid, __reject AS rej, __raw AS raw FROM ${itemTable(item)} WHERE __reject IS NOT NULL ORDER BY rid`,
        )
      : [];
  const recordOf = (rid: number) => {
    let k = rid;
    for (const mk of malformedK) if (mk <= k) k++;
    return k;
  };
  const goodBefore = malformedK.map((k, i) => k - 1 - i);
  const wanted = [...new Set([...castRejects.map((r) => r.rid), ...goodBefore.map((g) => g + 1)])];
  const prior = new Map<number, number>();
  if (wanted.length) {
    const rows = await duck.all<{ rid: number; prior: number }>(
      `WITH n AS (${newlineCountSql(load)}), c AS (SELECT rid, coalesce(sum(nl) OVER (ORDER BY rid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS prior FROM n)
       SELECT rid, prior FROM c WHERE rid IN (${wanted.join(', ')}) UNION ALL SELECT max(rid) + 1, coalesce(sum(nl), 0) FROM n`,
    );
    for (const r of rows) prior.set(Number(r.rid), Number(r.prior));
  }
  const priorOf = (rid: number) => prior.get(rid) ?? Math.max(0, ...[...prior.entries()].filter(([k]) => k <= rid).map(([, v]) => v));
  const rejects: Omit<RejectRow, 'source'>[] = [];
  malformed.forEach((s, i) => {
    const line = load.headerLine + malformedK[i]! + priorOf(goodBefore[i]! + 1);
    const cellIndex = /^__c(\d+)$/.exec(s.column_name ?? '')?.[1];
    const column = cellIndex !== undefined ? (load.header[Number(cellIndex)] ?? '') : (s.column_name ?? '');
    const message = s.error_message.split('\n')[0]!.replace(/__c(\d+)/g, (_, i: string) => `"${load.header[Number(i)] ?? i}"`);
    rejects.push({ stream, file: load.displayPath, line, column, code: 'CADENCE_CSV_MALFORMED_ROW', reason: `${s.error_type.toLowerCase().replaceAll('_', ' ')}: ${message}`, value: '', raw: s.csv_line.replace(/^\r?\n/, '') });
  });
  for (const r of castRejects) {
    const line = load.headerLine + recordOf(r.rid) + priorOf(r.rid);
    const [code, field, column, value, reason] = r.rej.split(REJECT_SEP) as [ErrorCode, string, string, string, string];
    rejects.push({ stream, file: load.displayPath, line, column, code, reason: `${field}: ${value ? `"${value}" ` : ''}${reason}`, value, raw: r.raw });
  }
  return { good, rejects, collapse };
}
