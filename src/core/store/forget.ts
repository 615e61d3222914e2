/**
 * Forgetting a source (`cadence forget`): removes every stored row whose `source_name` is that
 * source, its rejects file and its manifest entry (status, cursors), in one commit with the same
 * guarantees as a pull (lock, staging under .tmp, manifest rename). Rows of other sources are
 * never touched. What it decides: a source the data folder knows nothing of is an input error,
 * and `dryRun` counts without writing.
 */
import { join } from 'node:path';
import { CadenceError } from '../errors.ts';
import type { Logger } from '../log/types.ts';
import { entityNames, getEntity } from '../schema/entities.ts';
import { storedColumns } from '../schema/entity.ts';
import { openDuck } from './duckdb.ts';
import { acquireLock } from './lock.ts';
import { readManifest, type Manifest } from './manifest.ts';
import { parquetSelect } from './parquet-select.ts';
import { recoverDataFolder } from './recover.ts';
import { commitOnce } from './transaction.ts';
import { assertSound } from './verify.ts';

export interface ForgetOptions {
  dataDir: string;
  source: string;
  now: Date;
  log?: Logger;
  /** Seconds to wait for another writer of the data folder. */
  wait?: number;
  signal?: AbortSignal;
  /** Count what would be removed, change nothing. */
  dryRun?: boolean;
}

export interface ForgetResult {
  source: string;
  /** Rows of the source per entity (removed, or that would be). */
  rows: Record<string, number>;
  /** The rejects file that was (or would be) removed, relative to the data folder. */
  rejectsFile?: string;
  /** Whether the manifest had a status and cursors for the source. */
  hadCursors: boolean;
  dryRun: boolean;
}

/** Sources the data folder knows: pulled ones, those with rejects, and those with rows by the coverage. */
export function knownSources(manifest: Manifest): string[] {
  const names = new Set([...Object.keys(manifest.sources), ...Object.keys(manifest.rejects)]);
  for (const e of Object.values(manifest.entities)) for (const s of Object.keys(e.coverage ?? {})) names.add(s);
  return [...names].sort();
}

/** Stored rows of `source` per entity, counted from the files (source names are parameters). */
async function countRows(dataDir: string, manifest: Manifest, source: string): Promise<Record<string, number>> {
  const duck = await openDuck();
  try {
    const out: Record<string, number> = {};
    for (const name of entityNames) {
      const files = manifest.entities[name]?.files ?? [];
      if (!files.length) continue;
      const select = await parquetSelect(duck, files.map((f) => join(dataDir, f.path)), storedColumns(getEntity(name)!));
      const [row] = await duck.all<{ n: number }>(`SELECT count(*) AS n FROM (${select}) WHERE source_name = $1`, [source]);
      if (row && row.n > 0) out[name] = row.n;
    }
    return out;
  } finally {
    duck.close();
  }
}

export async function forgetSource(opts: ForgetOptions): Promise<ForgetResult> {
  const lock = await acquireLock(opts.dataDir, { waitSeconds: opts.wait ?? 0, ...(opts.log ? { log: opts.log } : {}), ...(opts.signal ? { signal: opts.signal } : {}) });
  try {
    await recoverDataFolder(opts.dataDir, opts.log);
    const manifest = await readManifest(opts.dataDir);
    // Counting reads every entity file: a damaged one fails here (`forget --damaged` drops it).
    await assertSound(opts.dataDir, manifest, { rejects: [] });
    const rows = await countRows(opts.dataDir, manifest, opts.source);
    const rejectsFile = manifest.rejects[opts.source]?.path;
    const hadCursors = !!manifest.sources[opts.source];
    if (!Object.keys(rows).length && !rejectsFile && !hadCursors) {
      const known = knownSources(manifest);
      throw new CadenceError('CADENCE_SOURCE_UNKNOWN', `the data folder holds no rows, rejects or cursors of a source "${opts.source}"; sources in it: ${known.join(', ') || '(none)'}`);
    }
    const result: ForgetResult = { source: opts.source, rows, ...(rejectsFile ? { rejectsFile } : {}), hadCursors, dryRun: !!opts.dryRun };
    if (opts.dryRun) return result;
    await commitOnce({ dataDir: opts.dataDir, source: opts.source, plugin: manifest.sources[opts.source]?.plugin ?? '', now: opts.now }, { cursors: {}, status: 'ok', final: true, forget: true });
    return result;
  } finally {
    await lock.release();
  }
}
