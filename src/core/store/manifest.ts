/**
 * manifest.json: the one file that says what a version of the data folder holds — its files
 * (paths relative to the version folder), rows, dates, coverage, and every source's status and
 * cursors. Each version folder has its own (layout.ts); `data/manifest.json` leads to the current
 * one. Files a manifest does not list do not exist for readers.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CadenceError } from '../errors.ts';
import { SCHEMA_VERSION } from '../schema/entities.ts';
import { sha256Text } from './files.ts';

export interface FileEntry {
  /** Path relative to the version folder (and so to the data folder), e.g. "mentions/month=2026-09/part-3fa1c2d9.parquet" (flat, "mentions/2026-09.3fa1c2d9.parquet", in versions before the month folders). */
  path: string;
  /** UTC month of the rows (YYYY-MM). */
  month: string;
  rows: number;
  bytes: number;
  sha256: string;
  /** First and last day (UTC) of the partition field in this file. */
  first: string | null;
  last: string | null;
}

export interface EntityEntry {
  rows: number;
  /** First and last day (UTC) of the entity's partition field, or null when empty. */
  firstDate: string | null;
  lastDate: string | null;
  /** sha256 over the files' checksums: changes whenever any row changes. */
  checksum: string;
  files: FileEntry[];
  /**
   * Per source name, per UTC month (YYYY-MM): stored rows and, per field of the entity, how many
   * of them have a value (non-null). Sums to `rows`. Absent in manifests written before it (and
   * until the next commit fills it in): then coverage is unknown.
   */
  coverage?: Record<string, Record<string, MonthCoverage>>;
}

/** One source's rows in one month of an entity, and how many of them fill each field. */
export interface MonthCoverage {
  rows: number;
  /** Field name → rows with a non-null value. Every field of the entity is listed. */
  fields: Record<string, number>;
}

export interface RejectFileEntry {
  /** Path relative to the version folder (and so to the data folder), e.g. "rejects/posts.5d41402a.csv". */
  path: string;
  rows: number;
  sha256: string;
}

export interface SourceEntry {
  plugin: string;
  /** When the last pull of this source ended (ISO, UTC). */
  lastPull: string | null;
  status: 'ok' | 'partial' | 'failed';
  /** Last committed cursor per stream. */
  cursors: Record<string, unknown>;
  /**
   * Row counts of the last pull: added, updated (content changed), unchanged, rejected, and
   * removed (rows of an earlier pull of a snapshot stream that the new one no longer has).
   */
  last: { added: number; updated: number; unchanged: number; rejected: number; removed?: number };
  /** Error code of the last failure, if the last pull failed (or some streams did). */
  error?: string;
  /** Streams that failed in the last pull (their rows were not imported), when some did. */
  failedStreams?: string[];
}

export interface Manifest {
  schemaVersion: number;
  /** Incremented by every commit. */
  generation: number;
  updatedAt: string | null;
  entities: Record<string, EntityEntry>;
  sources: Record<string, SourceEntry>;
  /** One rejects file per source. */
  rejects: Record<string, RejectFileEntry>;
}

export const MANIFEST = 'manifest.json';

export function emptyManifest(): Manifest {
  return { schemaVersion: SCHEMA_VERSION, generation: 0, updatedAt: null, entities: {}, sources: {}, rejects: {} };
}

/**
 * Reads the manifest of a folder — the data folder (its `manifest.json` leads into the current
 * version) or a version folder; a missing one is an empty data folder.
 */
export async function readManifest(dataDir: string): Promise<Manifest> {
  return (await readManifestIn(dataDir)) ?? emptyManifest();
}

/** Reads `<dir>/manifest.json`; undefined when there is none. */
export async function readManifestIn(dir: string): Promise<Manifest | undefined> {
  const path = join(dir, MANIFEST);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new CadenceError('CADENCE_STORE_IO', `reading ${path} failed: ${(e as Error).message}`, { place: { file: path }, cause: e });
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch (e) {
    throw new CadenceError('CADENCE_STORE_CORRUPT', `data/manifest.json is not valid JSON: ${(e as Error).message}`, { place: { file: path }, cause: e });
  }
  if (typeof manifest.schemaVersion !== 'number' || typeof manifest.entities !== 'object') {
    throw new CadenceError('CADENCE_STORE_CORRUPT', 'data/manifest.json lacks schemaVersion or entities', { place: { file: path } });
  }
  if (manifest.schemaVersion > SCHEMA_VERSION) {
    throw new CadenceError('CADENCE_STORE_SCHEMA_VERSION', `the data folder has schema version ${manifest.schemaVersion}; this Cadence reads up to ${SCHEMA_VERSION}`, { place: { file: path } });
  }
  manifest.rejects ??= {};
  manifest.sources ??= {};
  return manifest;
}

/** An entity's entry for its files (coverage is added by the commit). */
export function entityEntry(files: FileEntry[]): EntityEntry {
  const rows = files.reduce((n, f) => n + f.rows, 0);
  const firsts = files.map((f) => f.first).filter((x): x is string => !!x).sort();
  const lasts = files.map((f) => f.last).filter((x): x is string => !!x).sort();
  return {
    rows,
    firstDate: firsts[0] ?? null,
    lastDate: lasts[lasts.length - 1] ?? null,
    checksum: sha256Text(files.map((f) => `${f.path}:${f.sha256}`).join('\n')),
    files,
  };
}

/** Stable JSON: keys sorted, so the same state gives the same bytes. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
