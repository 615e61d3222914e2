/**
 * `cadence check --data`: the whole data folder against its manifest — every entity file and
 * every rejects file (size and sha256, verify.ts), what each damaged Parquet file reads as (so a
 * month copied over another says so), and the files the manifest does not list (left by a pull
 * that stopped; the next writer removes them). It takes no lock and changes nothing: like a build,
 * it pins the committed version while it reads (pin.ts), so a pull that commits meanwhile does not
 * make a file look missing.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { getEntity } from '../schema/entities.ts';
import { ident, openDuck, type Duck } from './duckdb.ts';
import { currentVersion } from './layout.ts';
import type { Manifest } from './manifest.ts';
import { pinVersion } from './pin.ts';
import type { CadenceError } from '../errors.ts';
import { damageError, heldBy, unlistedFiles, verifyFiles, whatIsWrong, type DamagedFile } from './verify.ts';

export interface DamagedWithDiagnosis extends DamagedFile {
  /** What the file holds by the manifest ("mentions 2026-01, 2,000 row(s) from listening"). */
  held: string;
  /** What is wrong with it. */
  wrong: string;
  /** What the file on disk reads as, for an entity file still there ("it reads as a Parquet file of 1,812 row(s), …"). */
  diagnosis?: string;
  /** What to do about it. */
  fix: string;
}

export interface DataCheck {
  /** The manifest's generation (0: nothing committed yet). */
  generation: number;
  files: number;
  rows: number;
  bytes: number;
  damaged: DamagedWithDiagnosis[];
  /** CADENCE_DATA_DAMAGED naming every damaged file, when there is one. */
  error?: CadenceError;
  /** Cadence-named files under the entity and rejects folders that the manifest does not list. */
  unlisted: string[];
  /** data/.tmp holds something: a pull is running, or one stopped without cleaning up. */
  staging: boolean;
}

export async function checkDataFolder(dataDir: string): Promise<DataCheck> {
  const pin = await pinVersion(dataDir);
  try {
    return await checkVersion(dataDir, pin.root, pin.manifest, pin.generation);
  } finally {
    await pin.release();
  }
}

/** Checks one pinned version (`root`: where its files are read; `dataDir`: how they are shown). */
async function checkVersion(dataDir: string, root: string, manifest: Manifest, generation: number | null): Promise<DataCheck> {
  const result = await verifyFiles(root, manifest);
  const damaged: DamagedWithDiagnosis[] = result.damaged.map((d) => ({ ...d, held: heldBy(d), wrong: whatIsWrong(d), fix: fixFor(d) }));
  const readable = damaged.filter((d) => d.damage !== 'missing' && d.month !== null);
  if (readable.length) {
    const duck = await openDuck({ memoryLimit: '256MB', threads: 1 });
    try {
      // DuckDB's messages name the file where it was read (a reader's pin): shown by its data folder path.
      for (const d of readable) d.diagnosis = (await diagnose(duck, join(root, d.path), d)).replaceAll(join(root, d.path), join(dataDir, d.path));
    } finally {
      duck.close();
    }
  }
  return {
    generation: manifest.generation,
    files: result.files,
    rows: result.rows,
    bytes: result.bytes,
    damaged,
    ...(damaged.length ? { error: damageError(dataDir, result.damaged) } : {}),
    unlisted: await unlistedOf(dataDir, manifest, generation),
    staging: (await readdir(join(dataDir, '.tmp')).catch(() => [])).length > 0,
  };
}

/** What a damaged entity file reads as: its rows and days, or DuckDB's reason it does not read. */
async function diagnose(duck: Duck, path: string, d: DamagedFile): Promise<string> {
  const field = getEntity(d.entity)?.partitionBy;
  if (!field) return '';
  try {
    const [r] = await duck.all<{ n: number; first: string | null; last: string | null }>(
      `SELECT count(*) AS n, strftime(min(${ident(field)}), '%Y-%m-%d') AS first, strftime(max(${ident(field)}), '%Y-%m-%d') AS last FROM read_parquet($1, hive_partitioning = false)`,
      [path],
    );
    const n = r?.n ?? 0;
    const span = r?.first ? `, ${field} ${r.first} to ${r.last}` : '';
    const otherMonth = r?.first && !r.first.startsWith(d.month!) ? `: rows of another month than ${d.month} — probably another month's file copied over it` : '';
    const same = !otherMonth && n === d.rows ? ': the same number of rows, so values inside it changed' : '';
    return `it reads as a Parquet file of ${n.toLocaleString('en')} row(s)${span} (the manifest lists ${d.rows.toLocaleString('en')})${otherMonth}${same}`;
  } catch (e) {
    const reason = (e as Error).message.split('\n')[0]!.slice(0, 200);
    return `it does not read as Parquet (${reason})`;
  }
}

/** The fix of one damaged file: its backup, or dropping it and pulling the sources of its month. */
function fixFor(d: DamagedFile): string {
  const pull = `npx cadence pull${d.sources.length ? ` ${d.sources.join(' ')}` : ''}`;
  return `copy ${d.path} back from a backup of the data folder (same name, same content); or run \`npx cadence forget --damaged\`, then \`${pull}\` to import ${d.month ? `${d.entity} ${d.month}` : 'its rejects'} again`;
}

/** Unlisted files of the version checked, when it is still the current one (a newer one has its own). */
async function unlistedOf(dataDir: string, manifest: Manifest, generation: number | null): Promise<string[]> {
  const ref = await currentVersion(dataDir);
  return ref.generation === generation ? unlistedFiles(ref.root, manifest) : [];
}
