/**
 * Read-only access to the data folder: one SQL view per entity over the Parquet files the
 * manifest lists (an entity without data is an empty view with the right columns). The metrics
 * core queries through this; it never sees file paths.
 *
 * A reader reads one committed version from open to close: it pins the version that is current
 * when it opens (pin.ts: its own hard links to that version's files, made without the writer's
 * lock), so a pull that commits meanwhile changes nothing it reads, and the superseded files it
 * holds go away only when it closes. Opening verifies every listed file against
 * the manifest first (verify.ts), so no number is ever computed from a damaged file, and the
 * model cache (keyed by the manifest) is never consulted for a damaged folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityNames, getEntity } from '../schema/entities.ts';
import { storedColumns } from '../schema/entity.ts';
import { openDuck, ident, type Duck } from './duckdb.ts';
import { parquetSelect } from './parquet-select.ts';
import type { Manifest } from './manifest.ts';
import { pinVersion } from './pin.ts';
import { resolveSecrets } from '../config/secrets.ts';
import { isCadenceError } from '../errors.ts';
import { engineConfig, type EngineConfig } from '../schema/config.ts';
import { openClickHouseReader, type ClickHouseDataOptions } from './clickhouse/reader.ts';
import { httpSession, type ClickHouseSession } from './clickhouse/session.ts';
import { duckdbDialect, type Dialect } from './dialect.ts';
import { assertSound } from './verify.ts';

export interface DataReader {
  /** Runs SQL against the entity views; rows come back as plain JSON-able values. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  manifest: Manifest;
  dataDir: string;
  /** The folder the manifest's file paths are relative to while the reader is open (its pin). */
  root: string;
  /** The version read (null: a folder in the legacy layout, or empty). */
  generation: number | null;
  /** The SQL dialect of the engine the queries run on (dialect.ts). */
  dialect: Dialect;
  close(): Promise<void>;
}

/**
 * DuckDB's memory for a reader; beyond it, queries spill to a scratch folder. 1 GB keeps a site
 * build of 10,000,000 mentions under 2 GB in all (the models, Astro and the pages take the rest),
 * at about 15% more time for the models than with 2 GB (npm run bench).
 */
export const READER_MEMORY_LIMIT = '1GB';
/** The memory a query gets when it cannot spill and needs more than READER_MEMORY_LIMIT. */
export const READER_MEMORY_FALLBACK = '4GB';

export interface ReaderOptions {
  memoryLimit?: string;
  /** The engine (the config's `engine`); DuckDB when absent. */
  engine?: EngineConfig;
  /** Environment variables, for the engine's password and keys. */
  env?: Record<string, string | undefined>;
  /** A ClickHouse session to run in instead of connecting (the embedded engine, tests). */
  session?: ClickHouseSession;
}

/**
 * Opens the data folder for reading on the configured engine: embedded DuckDB, or ClickHouse
 * (clickhouse/reader.ts) when `engine.kind` is 'clickhouse' or a session is given.
 */
export async function openReader(dataDir: string, options: ReaderOptions = {}): Promise<DataReader> {
  const engine = options.engine?.kind === 'clickhouse' ? options.engine : undefined;
  const data = engine ? clickhouseData(engine, options.env ?? {}) : {};
  if (options.session) return openClickHouseReader(dataDir, options.session, data);
  if (engine) {
    const session = await httpSession({ url: engine.url, database: engine.database, user: engine.user, ...(data.password !== undefined ? { password: data.password } : {}) });
    return openClickHouseReader(dataDir, session, data);
  }
  return openDuckReader(dataDir, options);
}

/** Where and how the server reads the files, with the `{ env }` secrets resolved as every secret of the config is (config/secrets.ts). */
function clickhouseData(engine: Extract<EngineConfig, { kind: 'clickhouse' }>, env: Record<string, string | undefined>): ClickHouseDataOptions & { password?: string } {
  const { password } = resolveSecrets(engineConfig, engine, env, 'engine').options as { password?: string };
  const keys = engine.dataCredentials && (resolveSecrets(engineConfig, engine.dataCredentials, env, 'engine.dataCredentials').options as { accessKeyId: string; secretAccessKey: string });
  return {
    ...(password !== undefined ? { password } : {}),
    ...(engine.dataUrl ? { dataUrl: engine.dataUrl } : {}),
    ...(engine.cluster ? { cluster: engine.cluster } : {}),
    ...(keys ? { credentials: keys } : {}),
  };
}

async function openDuckReader(dataDir: string, options: { memoryLimit?: string } = {}): Promise<DataReader> {
  const pin = await pinVersion(dataDir);
  const { manifest, root } = pin;
  let tempDir: string | undefined;
  let duck: Duck | undefined;
  try {
    // Every entity file is checked (size and sha256) before a view reads it: damage fails here, coded.
    // (Rejects files are not read by reports; the pull that rewrites one checks it.) The pinned
    // files are the ones checked; the error names them by their place in the data folder.
    await assertSound(root, manifest, { rejects: [] }).catch((e: unknown) => {
      throw shownIn(e, root, dataDir);
    });
    // Large queries may spill: into a scratch folder of our own (removed on close), never into the
    // working folder (DuckDB's default `.tmp/`) nor the data folder (a pull's recovery owns data/.tmp).
    tempDir = await mkdtemp(join(tmpdir(), 'cadence-reader-'));
    duck = await openDuck({ memoryLimit: options.memoryLimit ?? READER_MEMORY_LIMIT, tempDir });
    await createEntityViews(duck, root, manifest);
  } catch (error) {
    duck?.close();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
    await pin.release();
    throw error;
  }
  const db = duck;
  let raised = false;
  return {
    manifest,
    dataDir,
    root,
    generation: pin.generation,
    dialect: duckdbDialect,
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      try {
        return await db.all<T>(sql, params);
      } catch (e) {
        // Most work spills to disk past the limit; a few operators cannot (lists and sorts of very
        // long strings). Such a query gets more memory once, for the rest of this reader, rather
        // than failing the build (a failed statement changed nothing, so it runs again whole).
        if (raised || !/Out of Memory Error/.test(String((e as Error)?.message ?? e))) throw e;
        raised = true;
        await db.run(`SET memory_limit = '${READER_MEMORY_FALLBACK}'`);
        return db.all<T>(sql, params);
      }
    },
    async close() {
      db.close();
      await rm(tempDir!, { recursive: true, force: true });
      await pin.release();
    },
  };
}

/** An error naming a pinned file names it in the data folder instead (where the user finds it). */
function shownIn(e: unknown, root: string, dataDir: string): unknown {
  if (!isCadenceError(e) || root === dataDir || !e.place.file?.startsWith(root)) return e;
  e.place = { ...e.place, file: join(dataDir, e.place.file.slice(root.length)) };
  e.message = e.format();
  return e;
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
