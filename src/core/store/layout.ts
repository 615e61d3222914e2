/**
 * The data folder's layout: every commit is a complete version folder, and one symlink says which
 * version is the committed one.
 *
 *     data/
 *       current -> versions/12            the commit point: renamed over in one step
 *       versions/12/manifest.json         the version's manifest (file paths relative to this folder)
 *       versions/12/mentions/month=2026-09/part-3fa1c2d9.parquet
 *       versions/12/rejects/posts.5d41402a.csv
 *       manifest.json -> current/manifest.json     the names a user (or another engine) reads:
 *       mentions -> current/mentions               each leads through `current`, so a path or a
 *       rejects -> current/rejects                 glob lists exactly one committed version
 *       .readers/  .tmp/  .lock                    pinned readers, a writer's staging, the lock
 *
 * Data files sit in Hive-style month folders (`<entity>/month=YYYY-MM/part-<sha8>.parquet`), so
 * any engine that reads Hive partitions (DuckDB's `hive_partitioning`, ClickHouse's
 * `use_hive_partitioning`, Spark, Trino) reads an entity folder (every `part-*.parquet` under it) with a `month` column and
 * skips the months a query does not ask for. Versions written before held the files flat
 * (`mentions/2026-09.3fa1c2d9.parquet`); they are read as they are, and the next commit moves
 * every file to its month folder (`hiveLayout`: the same bytes hard-linked under the new name in
 * the new version, listed by its manifest) — one atomic commit, like any other.
 *
 * A folder written by an older Cadence (a real manifest.json and real entity folders: the
 * "legacy" layout) is still read as it is; the next writer converts it (convert.ts).
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { lstat, readlink, rename, symlink } from 'node:fs/promises';
import { CadenceError } from '../errors.ts';
import { entityNames } from '../schema/entities.ts';
import { fsyncPath } from './files.ts';
import { MANIFEST, type Manifest } from './manifest.ts';
import { errnoOf, storeIo, storeIoError } from './store-io.ts';

export const CURRENT = 'current';
export const VERSIONS = 'versions';
export const READERS = '.readers';
export const TMP = '.tmp';
export const REJECTS = 'rejects';

export type Layout = 'versioned' | 'legacy' | 'empty';

/** The committed version: the folder its manifest and files are in. */
export interface VersionRef {
  layout: Layout;
  /** Absolute folder the manifest's file paths are relative to (the data folder itself when legacy or empty). */
  root: string;
  /** The version folder's number (versioned layout only). */
  generation: number | null;
}

export const versionDir = (dataDir: string, generation: number): string => join(dataDir, VERSIONS, String(generation));

/** What `data/<name>` points to: the same name inside the current version. */
export const linkTarget = (name: string): string => `${CURRENT}/${name}`;

/** Names at the top of a data folder that Cadence owns and links into the current version. */
export const isLinkedName = (name: string): boolean => name === MANIFEST || name === REJECTS || (entityNames as readonly string[]).includes(name);

/** The top-level names a version needs: manifest.json and the first folder of every file it lists. */
export function topNames(manifest: Manifest): string[] {
  const names = new Set<string>([MANIFEST]);
  for (const e of Object.values(manifest.entities)) for (const f of e.files) names.add(f.path.split('/')[0]!);
  for (const r of Object.values(manifest.rejects)) names.add(r.path.split('/')[0]!);
  return [...names].sort();
}

/** Where a data file of an entity's month lives in a version: `mentions/month=2026-09/part-3fa1c2d9.parquet`. */
export const dataFilePath = (entity: string, month: string, sha256: string): string => `${entity}/month=${month}/part-${sha256.slice(0, 8)}.parquet`;

/** A data file's name in a version: Hive-style (`month=YYYY-MM/part-<sha8>.parquet`), or flat as versions before it (`YYYY-MM.<sha8>.parquet`). */
export const DATA_FILE_NAME = /^(?:month=\d{4}-\d{2}\/part-[0-9a-f]{8}|\d{4}-\d{2}\.[0-9a-f]{8})\.parquet$/;

const FLAT = /^([a-z_]+)\/(\d{4}-\d{2})\.([0-9a-f]{8})\.parquet$/;

/**
 * The manifest with every data file at its Hive-style path (see the module comment), and for
 * each moved file the path it has in the version the new one follows (so the commit links the
 * same bytes under the new name). A manifest already in that layout comes back as it is.
 */
export function hiveLayout(manifest: Manifest): { manifest: Manifest; movedFrom: Map<string, string> } {
  const movedFrom = new Map<string, string>();
  const entities = Object.fromEntries(
    Object.entries(manifest.entities).map(([name, e]) => [
      name,
      {
        ...e,
        files: e.files.map((f) => {
          const m = FLAT.exec(f.path);
          if (!m) return f;
          const path = `${m[1]}/month=${m[2]}/part-${m[3]}.parquet`;
          movedFrom.set(path, f.path);
          return { ...f, path };
        }),
      },
    ]),
  );
  return { manifest: movedFrom.size ? { ...manifest, entities } : manifest, movedFrom };
}

/** Every path a manifest lists, relative to its version folder. */
export function listedPaths(manifest: Manifest): string[] {
  return [...Object.values(manifest.entities).flatMap((e) => e.files.map((f) => f.path)), ...Object.values(manifest.rejects).map((r) => r.path)];
}

/**
 * Where the committed version is. `current` is read as text and mapped to this folder's own
 * `versions/<n>` (a copy made with a tool that rewrote the link as an absolute path still reads
 * its own files); a `current` that is a real folder (a copy that followed the links) is read as it is.
 */
export async function currentVersion(dataDir: string): Promise<VersionRef> {
  const link = join(dataDir, CURRENT);
  let target: string | undefined;
  try {
    target = await readlink(link);
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'EINVAL') return { layout: 'versioned', root: link, generation: null }; // a real folder
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw storeIoError(e, 'reading the link', link);
  }
  if (target !== undefined) {
    const m = /(?:^|[\\/])versions[\\/](\d+)[\\/]?$/.exec(target);
    if (!m) throw new CadenceError('CADENCE_STORE_CORRUPT', `${link} points to "${target}", not to a version folder under ${join(dataDir, VERSIONS)}`, { place: { file: link } });
    const generation = Number(m[1]);
    return { layout: 'versioned', root: versionDir(dataDir, generation), generation };
  }
  const manifest = await lstat(join(dataDir, MANIFEST)).catch(() => undefined);
  return { layout: manifest?.isFile() ? 'legacy' : 'empty', root: dataDir, generation: null };
}

/**
 * Makes `data/<name>` a symlink to `target` in one step: the link is made under `scratchDir`
 * (inside the data folder) and renamed over the name, so a reader finds the old entry or the new
 * one, never none. A name that already points there is left alone.
 */
export async function placeLink(dir: string, name: string, target: string, scratchDir: string): Promise<boolean> {
  const path = join(dir, name);
  const existing = await readlink(path).catch(() => undefined);
  if (existing === target) return false;
  const scratch = join(scratchDir, `link-${name}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  await storeIo('making a link', scratch, () => symlink(target, scratch, name === MANIFEST ? 'file' : 'dir'));
  await storeIo('putting a link in place', path, () => rename(scratch, path));
  return true;
}

/** The commit point: `current` is switched to `versions/<generation>` by one rename, then flushed. */
export async function switchCurrent(dataDir: string, generation: number, scratchDir: string): Promise<void> {
  await placeLink(dataDir, CURRENT, `${VERSIONS}/${generation}`, scratchDir);
  await fsyncPath(dataDir).catch(() => undefined);
}

/** Whether a process of this host with this pid runs (a pid of another host cannot be checked). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoOf(e) === 'EPERM';
  }
}

/** This host's name as it may appear in a file name. */
export const hostTag = (): string => hostname().replace(/[^A-Za-z0-9.-]/g, '_');
