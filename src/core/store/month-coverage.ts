/**
 * Field coverage of the manifest (EntityEntry.coverage), computed at commit from the month files
 * themselves: one aggregate query per written month file (rows and non-null count of every field,
 * per source). Months a commit did not rewrite keep their coverage from the manifest before; an
 * entity whose coverage is missing or does not match its files (a manifest from before coverage)
 * is counted again from every file, so coverage always sums to the entity's rows.
 */
import { join } from 'node:path';
import { entityFields, storedColumns, type EntityDefinition } from '../schema/entity.ts';
import { ident, type Duck } from './duckdb.ts';
import type { EntityEntry, FileEntry, MonthCoverage } from './manifest.ts';
import { parquetSelect } from './parquet-select.ts';

export type Coverage = NonNullable<EntityEntry['coverage']>;

/** Coverage of one month file, per source name. */
export async function fileCoverage(duck: Duck, entity: EntityDefinition, path: string): Promise<Record<string, MonthCoverage>> {
  const fields = entityFields(entity).map((f) => f.name);
  const select = await parquetSelect(duck, [path], storedColumns(entity));
  const counts = fields.map((f, i) => `count(${ident(f)}) AS ${ident(`f${i}`)}`).join(', ');
  const rows = await duck.all<Record<string, number | string>>(
    `SELECT coalesce(source_name, '') AS source_name, count(*) AS "rows", ${counts} FROM (${select}) GROUP BY ALL ORDER BY source_name`,
  );
  const out: Record<string, MonthCoverage> = {};
  for (const r of rows) {
    out[String(r.source_name)] = { rows: Number(r.rows), fields: Object.fromEntries(fields.map((f, i) => [f, Number(r[`f${i}`])])) };
  }
  return out;
}

/**
 * The entity's coverage after a commit: taken from `previous` for a month whose file did not
 * change and whose previous coverage adds up to its rows; counted from the file otherwise
 * (`rewritten`: month → path of the month's new, not yet moved, file).
 */
export async function entityCoverage(
  duck: Duck,
  entity: EntityDefinition,
  files: readonly FileEntry[],
  previous: Coverage | undefined,
  rewritten: ReadonlyMap<string, string>,
  dataDir: string,
): Promise<Coverage> {
  const reuse = previous ?? {};
  const out: Coverage = {};
  for (const file of files) {
    const fresh = rewritten.get(file.month);
    let byMonth: Record<string, MonthCoverage> | null = null;
    if (!fresh) {
      const kept = Object.entries(reuse).filter(([, months]) => months[file.month]);
      if (kept.length && kept.reduce((n, [, months]) => n + months[file.month]!.rows, 0) === file.rows) {
        byMonth = Object.fromEntries(kept.map(([source, months]) => [source, months[file.month]!]));
      }
    }
    byMonth ??= await fileCoverage(duck, entity, fresh ?? join(dataDir, file.path));
    for (const [source, c] of Object.entries(byMonth)) (out[source] ??= {})[file.month] = c;
  }
  return out;
}
