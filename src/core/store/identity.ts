/**
 * The id of a row that comes without one. Decides, the same way for records and bulk loads:
 *
 * - When every field of the entity's natural key has a value, the id is that key
 *   (`platform|account_id|date`, …): the key names the thing, so a later export of the same
 *   account and day updates it.
 * - Otherwise (a key field is not mapped, or empty in this row) the id is a hash of the whole
 *   source row: the md5 of a file row's cells (every column, mapped or not), or of a record's
 *   data as the plugin yielded it. Rows that differ anywhere never share an id; a row repeated
 *   exactly (the same line twice) is one row.
 *
 * The same hash is the row's `rowKey`, which tells apart the source rows that got one id. Rows
 * that share a natural key while their source rows differ are counted per file (records: per
 * stream and commit) and, past a small share, fail the stream with CADENCE_ID_COLLAPSE (see
 * stream-verdict.ts).
 */
import { createHash } from 'node:crypto';
import type { ColumnInfo, EntityDefinition } from '../schema/entity.ts';
import { keyPartSql } from './cast-sql.ts';

/** Canonical text of a value inside a derived id (the bulk path's keyPartSql gives the same). */
export function keyPart(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

const present = (v: unknown) => v !== null && v !== undefined && v !== '';

/** The id of a record given without one: `input` is the record with empty strings made null, `data` as yielded. */
export function derivedId(entity: EntityDefinition, input: Record<string, unknown>, data: Record<string, unknown>): string {
  if (entity.naturalKey.every((k) => present(input[k]))) return entity.naturalKey.map((k) => keyPart(input[k])).join('|');
  return recordRowKey(data);
}

/** What makes a source row itself: a hash of its data as yielded, keys sorted. */
export function recordRowKey(data: Record<string, unknown>): string {
  const text = JSON.stringify(Object.keys(data).sort().map((k) => [k, data[k] instanceof Date ? (data[k] as Date).toISOString() : data[k]]));
  return createHash('md5').update(text).digest('hex');
}

/**
 * SQL of the derived id of a bulk row, from its typed columns (`typedOf(field)` names them) and
 * `rowKey`, the column holding rowKeySql of its cells.
 */
export function derivedIdSql(entity: EntityDefinition, fields: readonly ColumnInfo[], typedOf: (field: string) => string, rowKey: string): string {
  const info = (name: string) => fields.find((f) => f.name === name)!;
  const complete = entity.naturalKey.map((k) => `${typedOf(k)} IS NOT NULL`).join(' AND ');
  const natural = `concat_ws('|', ${entity.naturalKey.map((k) => keyPartSql(info(k), typedOf(k))).join(', ')})`;
  return `CASE WHEN ${complete} THEN ${natural} ELSE ${rowKey} END`;
}

/** SQL of a bulk row's cells (every column of the file) as one key: md5 of the cells joined by U+001F. */
export function rowKeySql(cells: readonly string[]): string {
  return `md5(concat_ws(chr(31), ${cells.map((c) => `coalesce(${c}, '')`).join(', ')}))`;
}
