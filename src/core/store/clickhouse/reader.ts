/**
 * The data reader on ClickHouse: the same entity views as the DuckDB reader (reader.ts), made in
 * a ClickHouse session as temporary views over the committed version's Parquet files, read where
 * they live:
 *
 * - a server on this machine (or the embedded engine) reads the reader's pinned files by path
 *   (`file()`); `dataUrl` names the data folder as the server sees it when that is another path;
 * - a cluster reads a copy of `data/current/` in object storage (`dataUrl: 'https://…'` or
 *   `'s3://…'`) with `s3()`, or across its nodes with `s3Cluster()` when `cluster` is given.
 *
 * Only the reduced results of each query come back. Rows are returned in the DuckDB reader's
 * shapes (64-bit integers as numbers, DATE as "YYYY-MM-DD", timestamps as ISO strings in UTC), so
 * the metrics core cannot tell the engines apart.
 */
import { join, relative } from 'node:path';
import { entityNames, getEntity } from '../../schema/entities.ts';
import { storedColumns } from '../../schema/entity.ts';
import { clickhouseDialect } from '../dialect.ts';
import { pinVersion } from '../pin.ts';
import type { DataReader } from '../reader.ts';
import { assertSound } from '../verify.ts';
import type { ClickHouseSession, ResultColumn } from './session.ts';

export interface ClickHouseDataOptions {
  /** Where the server reads the data folder (see above); default: this machine's path. */
  dataUrl?: string;
  /** Cluster name, for `s3Cluster` over an object-storage dataUrl. */
  cluster?: string;
  /** Object-storage keys (values, already read from the environment). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** ClickHouse column type of a stored (DuckDB) column type. */
export function clickhouseType(duckType: string): string {
  switch (duckType) {
    case 'VARCHAR':
      return 'Nullable(String)';
    case 'BIGINT':
      return 'Nullable(Int64)';
    case 'DOUBLE':
      return 'Nullable(Float64)';
    case 'BOOLEAN':
      return 'Nullable(Bool)';
    case 'DATE':
      return 'Nullable(Date32)';
    case 'TIMESTAMPTZ':
      return "Nullable(DateTime64(6, 'UTC'))";
    case 'VARCHAR[]':
      return 'Array(Nullable(String))';
    default:
      throw new Error(`no ClickHouse type for ${duckType}`);
  }
}

const lit = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const isRemote = (url: string) => /^(https?|s3):\/\//i.test(url);

/** The table function reading `files` (paths relative to the version root) with `structure`. */
export function tableFunction(files: readonly string[], structure: string, root: string, dataDir: string, o: ClickHouseDataOptions): string {
  // ClickHouse expands {a,b,c} in a path to each of the files; a comma or brace in a name cannot occur (names are made by layout.ts).
  const glob = (paths: string[]) => (paths.length === 1 ? paths[0]! : `${commonPrefix(paths)}{${paths.map((p) => p.slice(commonPrefix(paths).length)).join(',')}}`);
  if (o.dataUrl && isRemote(o.dataUrl)) {
    const base = o.dataUrl.replace(/\/+$/, '').replace(/^s3:\/\/([^/]+)/i, 'https://$1.s3.amazonaws.com');
    const url = glob(files.map((f) => `${base}/${f}`));
    const keys = o.credentials ? `, ${lit(o.credentials.accessKeyId)}, ${lit(o.credentials.secretAccessKey)}` : '';
    return o.cluster ? `s3Cluster(${lit(o.cluster)}, ${lit(url)}${keys}, 'Parquet', ${lit(structure)})` : `s3(${lit(url)}${keys}, 'Parquet', ${lit(structure)})`;
  }
  const serverRoot = o.dataUrl ? join(o.dataUrl, relative(dataDir, root)) : root;
  return `file(${lit(glob(files.map((f) => join(serverRoot, f))))}, 'Parquet', ${lit(structure)})`;
}

function commonPrefix(paths: string[]): string {
  let p = paths[0]!;
  for (const x of paths) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p.slice(0, p.lastIndexOf('/') + 1);
}

/** Opens a reader whose queries run in `session` (closed with the reader). */
export async function openClickHouseReader(dataDir: string, session: ClickHouseSession, o: ClickHouseDataOptions = {}): Promise<DataReader> {
  const pin = await pinVersion(dataDir);
  const { manifest, root } = pin;
  try {
    await assertSound(root, manifest, { rejects: [] });
    for (const name of entityNames) {
      const columns = storedColumns(getEntity(name)!);
      const files = manifest.entities[name]?.files ?? [];
      const structure = columns.map((c) => `\`${c.name}\` ${clickhouseType(c.type)}`).join(', ');
      const select = files.length
        ? `SELECT ${columns.map((c) => `\`${c.name}\``).join(', ')} FROM ${tableFunction(files.map((f) => f.path), structure, root, dataDir, o)}`
        : `SELECT ${columns.map((c) => `CAST(${c.type.endsWith('[]') ? '[]' : 'NULL'}, ${lit(clickhouseType(c.type))}) AS \`${c.name}\``).join(', ')} WHERE false`;
      await session.command(`CREATE TEMPORARY VIEW \`${name}\` AS ${select}`);
    }
  } catch (error) {
    await session.close().catch(() => undefined);
    await pin.release();
    throw error;
  }
  return {
    manifest,
    dataDir,
    root,
    generation: pin.generation,
    dialect: clickhouseDialect,
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      const named = Object.fromEntries((params ?? []).map((v, i) => [`p${i}`, String(v)]));
      if (/^\s*(CREATE|DROP)\b/i.test(sql)) {
        await session.command(sql);
        return [];
      }
      const { meta, data } = await session.select(sql, named);
      return plainRows(meta, data) as T[];
    },
    async close() {
      await session.close().catch(() => undefined);
      await pin.release();
    },
  };
}

/** Rows in the DuckDB reader's shapes: timestamps as ISO strings (UTC), 64-bit integers as numbers. */
export function plainRows(meta: readonly ResultColumn[], data: Record<string, unknown>[]): Record<string, unknown>[] {
  const convert = meta.map((c) => converter(c.type));
  if (convert.every((f) => f === null)) return data;
  return data.map((row) => {
    const out: Record<string, unknown> = { ...row };
    meta.forEach((c, i) => {
      const f = convert[i];
      if (f) out[c.name] = f(row[c.name]);
    });
    return out;
  });
}

function converter(type: string): ((v: unknown) => unknown) | null {
  const inner = type.replace(/^(LowCardinality|Nullable)\((.*)\)$/, '$2').replace(/^(LowCardinality|Nullable)\((.*)\)$/, '$2');
  if (/^DateTime/.test(inner)) return (v) => (typeof v === 'string' ? new Date(`${v.replace(' ', 'T')}Z`).toISOString() : v);
  if (/^U?Int(64|128|256)$/.test(inner)) return (v) => (v === null || typeof v === 'number' ? v : Number(v));
  if (/^Array\(/.test(inner)) {
    const item = converter(inner.slice(6, -1));
    return item ? (v) => (Array.isArray(v) ? v.map(item) : v) : null;
  }
  return null;
}
