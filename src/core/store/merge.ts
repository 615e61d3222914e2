/**
 * Merging staged rows into an entity's month files. De-duplication is by id: within the staged
 * rows the last one wins (file order); against stored rows, a row whose content did not change
 * is kept exactly as stored (so re-pulling the same input changes nothing), and a changed row
 * replaces the stored one but keeps its first imported_at.
 *
 * With `replace`, stored rows of that source (and of those streams) whose id the staged rows do
 * not carry again are removed: a snapshot stream's new pull replaces its earlier rows, and
 * `cadence forget` removes a source's rows (nothing staged). Rows of other sources and streams
 * are never touched.
 */
import { dataFilePath } from './layout.ts';
import { join } from 'node:path';
import { mkdir, stat } from 'node:fs/promises';
import type { EntityDefinition } from '../schema/entity.ts';
import { entityFields, storedColumns } from '../schema/entity.ts';
import { SqlValues } from './sql-values.ts';
import { ident, literal, type Duck } from './duckdb.ts';
import { sha256File } from './files.ts';
import { parquetSelect } from './parquet-select.ts';
import type { FileEntry } from './manifest.ts';

export interface MergeInput {
  duck: Duck;
  entity: EntityDefinition;
  /** SQL source of the staged rows (stored columns, __ord, __reject, __raw, __month), or null when none. */
  staged: string | null;
  dataDir: string;
  outDir: string;
  existing: FileEntry[];
  /**
   * Removes this source's stored rows (of these streams; all its streams when absent) that the
   * staged rows do not carry again. `months` limits the files searched (where the source has rows).
   */
  replace?: { source: string; streams?: readonly string[]; months?: readonly string[] };
}

export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
  /** New files written under outDir, with their manifest entries. */
  files: { tmpPath: string; entry: FileEntry }[];
  /** Paths (relative to the data folder) of files the new ones replace. */
  removed: string[];
  /** Staged rows dropped because a later row had the same id. */
  duplicates: number;
  /** Stored rows removed by `replace`. */
  removedRows: number;
}

/** UTC month of the partition field. */
export const monthSql = (entity: EntityDefinition) => `strftime(${ident(entity.partitionBy)}, '%Y-%m')`;

export async function mergeEntity({ duck, entity, staged, dataDir, outDir, existing, replace }: MergeInput): Promise<MergeResult> {
  // Work tables are named per entity: one commit merges several entities on one connection.
  const changed = ident(`changed_${entity.name}`);
  const newRows = ident(`new_rows_${entity.name}`);
  const oldRows = ident(`old_rows_${entity.name}`);
  const gone = ident(`gone_${entity.name}`);
  const cols = storedColumns(entity).map((c) => ident(c.name));
  const colList = cols.join(', ');
  const content = entityFields(entity).map((f) => f.name).filter((n) => n !== 'id');
  const month = monthSql(entity);
  const none = { added: 0, updated: 0, unchanged: 0, files: [], removed: [], duplicates: 0, removedRows: 0 };
  // 1. Staged rows without rejects, last occurrence of each id wins (the window only when needed).
  const [{ n, ids }] = staged
    ? ((await duck.all<{ n: number; ids: number }>(`SELECT count(*) AS n, count(DISTINCT id) AS ids FROM ${staged} WHERE __reject IS NULL`)) as [{ n: number; ids: number }])
    : [{ n: 0, ids: 0 }];
  const searched = replace?.months ? existing.filter((f) => replace.months!.includes(f.month)) : existing;
  const replacing = !!replace && searched.length > 0;
  if (n === 0 && !replacing) return none;
  const dedupe = n === ids ? '' : 'QUALIFY row_number() OVER (PARTITION BY id ORDER BY __ord DESC) = 1';
  const paths = existing.map((f) => literal(join(dataDir, f.path)));
  if (n === 0) {
    await duck.run(`CREATE OR REPLACE TEMP TABLE ${newRows} (${storedColumns(entity).map((c) => `${ident(c.name)} ${c.type}`).join(', ')}, __month VARCHAR)`);
  } else if (paths.length === 0 && !dedupe) {
    // First rows of this entity, no duplicates: everything is new, read straight from the stage.
    await duck.run(`CREATE OR REPLACE TEMP VIEW ${changed} AS SELECT ${colList}, __month, false AS __existed, CAST(NULL AS VARCHAR) AS __old_month FROM ${staged} WHERE __reject IS NULL`);
  } else {
    await duck.run(`CREATE OR REPLACE TEMP TABLE ${newRows} AS SELECT ${colList}, __month FROM ${staged} WHERE __reject IS NULL ${dedupe}`);
  }
  // 2. Stored versions of the same ids, wherever they live.
  if (paths.length === 0 && dedupe) {
    await duck.run(`CREATE OR REPLACE TEMP TABLE ${changed} AS SELECT *, false AS __existed, CAST(NULL AS VARCHAR) AS __old_month FROM ${newRows}`);
  } else if (paths.length > 0) {
    const stored = await parquetSelect(duck, existing.map((f) => join(dataDir, f.path)), storedColumns(entity));
    await duck.run(`CREATE OR REPLACE TEMP TABLE ${oldRows} AS SELECT *, ${month} AS __month FROM (${stored}) WHERE id IN (SELECT id FROM ${newRows})`);
    const same = content.map((c) => `n.${ident(c)} IS NOT DISTINCT FROM o.${ident(c)}`).join(' AND ') || 'true';
    // 3. Which new rows change something.
    await duck.run(`CREATE OR REPLACE TEMP TABLE ${changed} AS
      SELECT n.* REPLACE (coalesce(o.imported_at, n.imported_at) AS imported_at), o.id IS NOT NULL AS __existed, o.__month AS __old_month
      FROM ${newRows} n LEFT JOIN ${oldRows} o USING (id)
      WHERE o.id IS NULL OR NOT (${same})`);
  }
  // 4. Stored rows of the replaced source and streams that the staged rows do not carry again.
  let removedRows = 0;
  if (replacing) {
    const stored = await parquetSelect(duck, searched.map((f) => join(dataDir, f.path)), storedColumns(entity));
    const streams = replace!.streams ?? [];
    const ofStreams = replace!.streams ? ` AND source_stream IN (${streams.map((_, i) => `$${i + 2}`).join(', ') || 'NULL'})` : '';
    await duck.run(
      `CREATE OR REPLACE TEMP TABLE ${gone} AS SELECT id, ${month} AS __month FROM (${stored}) WHERE source_name = $1${ofStreams} AND id NOT IN (SELECT id FROM ${newRows})`,
      [replace!.source, ...streams],
    );
    removedRows = ((await duck.all<{ n: number }>(`SELECT count(*) AS n FROM ${gone}`)) as [{ n: number }])[0].n;
  }
  const [counts] = (await duck.all<{ added: number; updated: number }>(
    `SELECT count(*) FILTER (WHERE NOT __existed) AS added, count(*) FILTER (WHERE __existed) AS updated FROM ${changed}`,
  )) as [{ added: number; updated: number }];
  const unchanged = ids - counts.added - counts.updated;
  const duplicates = n - ids;
  if (counts.added + counts.updated + removedRows === 0) return { ...none, unchanged, duplicates };
  // 5. Rewrite every month that gains a row, loses an old version of a changed row, or loses a removed row.
  const goneMonths = removedRows ? ` UNION SELECT __month FROM ${gone}` : '';
  const months = (
    await duck.all<{ m: string }>(`SELECT DISTINCT m FROM (SELECT __month AS m FROM ${changed} UNION SELECT __old_month FROM ${changed} WHERE __old_month IS NOT NULL${goneMonths}) ORDER BY m`)
  ).map((r) => r.m);
  const byMonth = new Map(existing.map((f) => [f.month, f]));
  const files: MergeResult['files'] = [];
  const removed: string[] = [];
  await mkdir(join(outDir, entity.name), { recursive: true });
  // Clustered (mentions: by tracked kind and name), then by date and id: a brand's rows fill their own row groups.
  const order = [...(entity.clusterBy ?? []), entity.partitionBy, 'id'].map(ident).join(', ');
  const dropped = `id NOT IN (SELECT id FROM ${changed})${removedRows ? ` AND id NOT IN (SELECT id FROM ${gone})` : ''}`;
  for (const m of months) {
    const old = byMonth.get(m);
    const oldPart = old
      ? `SELECT ${colList} FROM (${await parquetSelect(duck, [join(dataDir, old.path)], storedColumns(entity))}) WHERE ${dropped} UNION ALL `
      : '';
    // The month is text DuckDB made from the data: a bound variable, not SQL text.
    const month = new SqlValues('cad_merge');
    const query = `${oldPart}SELECT ${colList} FROM ${changed} WHERE __month = ${month.text(m)}`;
    await month.bind(duck);
    const tmpPath = join(outDir, entity.name, `${m}.parquet`);
    if (old) removed.push(old.path);
    await duck.run(`COPY (SELECT * FROM (${query}) ORDER BY ${order}) TO ${literal(tmpPath)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 16384)`);
    const [{ rows, first, last }] = (await duck.all<{ rows: number; first: string | null; last: string | null }>(
      `SELECT count(*) AS rows, strftime(min(${ident(entity.partitionBy)}), '%Y-%m-%d') AS first, strftime(max(${ident(entity.partitionBy)}), '%Y-%m-%d') AS last FROM read_parquet(${literal(tmpPath)}, hive_partitioning = false)`,
    )) as [{ rows: number; first: string | null; last: string | null }];
    if (rows === 0) continue;
    const sha256 = await sha256File(tmpPath);
    const bytes = (await stat(tmpPath)).size;
    files.push({ tmpPath, entry: { path: dataFilePath(entity.name, m, sha256), month: m, rows, bytes, sha256, first, last } });
  }
  return { added: counts.added, updated: counts.updated, unchanged, files, removed, duplicates, removedRows };
}
