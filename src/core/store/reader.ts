/**
 * Read-only access to the data folder: one SQL view per entity over the Parquet files the
 * manifest lists (an entity without data is an empty view with the right columns). The metrics
 * core queries through this; it never sees file paths.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityNames, getEntity } from '../schema/entities.ts';
import { storedColumns } from '../schema/entity.ts';
import { openDuck, ident, type Duck } from './duckdb.ts';
import { parquetSelect } from './parquet-select.ts';
import { readManifest, type Manifest } from './manifest.ts';

export interface DataReader {
  /** Runs SQL against the entity views; rows come back as plain JSON-able values. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  manifest: Manifest;
  dataDir: string;
  close(): Promise<void>;
}

export async function openReader(dataDir: string, options: { memoryLimit?: string } = {}): Promise<DataReader> {
  const manifest = await readManifest(dataDir);
  // Large queries may spill: into a scratch folder of our own (removed on close), never into the
  // working folder (DuckDB's default `.tmp/`) nor the data folder (a pull's recovery owns data/.tmp).
  const tempDir = await mkdtemp(join(tmpdir(), 'cadence-reader-'));
  const duck = await openDuck({ memoryLimit: options.memoryLimit ?? '2GB', tempDir });
  try {
    await createEntityViews(duck, dataDir, manifest);
  } catch (error) {
    duck.close();
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  return {
    manifest,
    dataDir,
    query: (sql, params) => duck.all(sql, params),
    async close() {
      duck.close();
      await rm(tempDir, { recursive: true, force: true });
    },
  };
}

/** Creates one view per entity over its manifest files. */
export async function createEntityViews(duck: Duck, dataDir: string, manifest: Manifest, schema = 'main'): Promise<void> {
  for (const name of entityNames) {
    const entity = getEntity(name)!;
    const files = manifest.entities[name]?.files ?? [];
    const columns = storedColumns(entity);
    const target = `${ident(schema)}.${ident(name)}`;
    if (files.length === 0) {
      const cols = columns.map((c) => `CAST(NULL AS ${c.type}) AS ${ident(c.name)}`).join(', ');
      await duck.run(`CREATE OR REPLACE VIEW ${target} AS SELECT ${cols} WHERE false`);
    } else {
      const select = await parquetSelect(duck, files.map((f) => join(dataDir, f.path)), columns);
      await duck.run(`CREATE OR REPLACE VIEW ${target} AS ${select}`);
    }
  }
}
