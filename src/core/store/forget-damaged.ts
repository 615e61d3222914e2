/**
 * `cadence forget --damaged`: the way back to a sound data folder when no backup holds the
 * damaged files. Under the lock, every listed file is verified; the damaged ones are taken out of
 * the manifest in one commit (with every row they held: a damaged file is never read, so nothing
 * of it can be kept) and the cursors of the sources that wrote them are reset, so the next
 * `cadence pull` of those sources starts from their beginning and imports the missing months
 * again (from the exports; from an API as far back as it keeps). Rows of other months and other
 * files are never touched.
 */
import type { Logger } from '../log/types.ts';
import { acquireLock } from './lock.ts';
import { readManifest } from './manifest.ts';
import { recoverDataFolder } from './recover.ts';
import { commitOnce } from './transaction.ts';
import { describeDamage, sourcesOf, verifyFiles, type DamagedFile } from './verify.ts';

export interface ForgetDamagedOptions {
  dataDir: string;
  now: Date;
  log?: Logger;
  /** Seconds to wait for another writer of the data folder. */
  wait?: number;
  signal?: AbortSignal;
  /** Say what would be dropped, change nothing. */
  dryRun?: boolean;
}

export interface ForgetDamagedResult {
  /** Files checked (every file the manifest lists). */
  files: number;
  /** The damaged files dropped (or that would be). */
  damaged: DamagedFile[];
  /** One line per damaged file: what it held and what is wrong with it. */
  described: string[];
  /** Sources whose cursors were (or would be) reset: pull them again. */
  resetCursorsOf: string[];
  dryRun: boolean;
}

export async function forgetDamaged(opts: ForgetDamagedOptions): Promise<ForgetDamagedResult> {
  const lock = await acquireLock(opts.dataDir, { waitSeconds: opts.wait ?? 0, ...(opts.log ? { log: opts.log } : {}), ...(opts.signal ? { signal: opts.signal } : {}) });
  try {
    await recoverDataFolder(opts.dataDir, opts.log);
    const manifest = await readManifest(opts.dataDir);
    const { files, damaged } = await verifyFiles(opts.dataDir, manifest);
    // A month without coverage (a manifest from before it) names no source: then every source is pulled again.
    const unknown = damaged.some((d) => d.sources.length === 0);
    const resetCursorsOf = unknown ? Object.keys(manifest.sources).sort() : sourcesOf(damaged).filter((s) => manifest.sources[s]);
    const result: ForgetDamagedResult = { files, damaged, described: damaged.map(describeDamage), resetCursorsOf, dryRun: !!opts.dryRun };
    if (opts.dryRun || damaged.length === 0) return result;
    await commitOnce({ dataDir: opts.dataDir, source: '', plugin: '', now: opts.now }, { cursors: {}, status: 'ok', final: true, drop: { files: damaged.map((d) => d.path), resetCursorsOf } });
    return result;
  } finally {
    await lock.release();
  }
}
