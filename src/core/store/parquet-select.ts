/**
 * Reading Parquet files written by an earlier version of an entity's schema: a field added since
 * (always optional) reads as NULL of its type, so adding a field never needs a migration.
 */
import { ident, literal, type Duck } from './duckdb.ts';

export interface StoredColumn {
  name: string;
  type: string;
}

/** `SELECT <columns> FROM read_parquet([...])`, with columns the files lack as typed NULLs. */
export async function parquetSelect(duck: Duck, paths: string[], columns: StoredColumn[]): Promise<string> {
  // hive_partitioning off: the files are named by the manifest, and a `month=…` folder adds no column.
  const source = `read_parquet([${paths.map(literal).join(', ')}], union_by_name = true, hive_partitioning = false)`;
  const present = new Set((await duck.all<{ column_name: string }>(`DESCRIBE SELECT * FROM ${source}`)).map((c) => c.column_name));
  const list = columns.map((c) => (present.has(c.name) ? ident(c.name) : `CAST(NULL AS ${c.type}) AS ${ident(c.name)}`)).join(', ');
  return `SELECT ${list} FROM ${source}`;
}
