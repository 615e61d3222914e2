/**
 * What a writer does first, under the lock: clean up after a writer that died and bring the folder
 * to the versioned layout (layout.ts).
 *
 * - `data/.tmp/` (staging of a pull that stopped) is removed;
 * - a folder of the legacy layout is converted (convert.ts), and a conversion that stopped half-way
 *   is finished; a link a copy rewrote is put back;
 * - version folders other than the current one (superseded, or built by a pull that stopped before
 *   its switch) are removed, and so are the top-level links of names the current version lacks;
 * - pins of readers that no longer run (pin.ts) are removed.
 *
 * Runs under the lock only: a pull waiting for the lock writes nothing, so it never races this.
 */
import { lstat, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CadenceError } from '../errors.ts';
import type { Logger } from '../log/types.ts';
import { entityNames } from '../schema/entities.ts';
import { convertLegacy, finishConversion, type ConvertPhase } from './convert.ts';
import { CURRENT, currentVersion, REJECTS, TMP, topNames } from './layout.ts';
import { MANIFEST, readManifestIn } from './manifest.ts';
import { removeDeadPins } from './pin.ts';
import { removeStaleLinks, removeSuperseded, type PhaseHook } from './publish.ts';
import { storeIo } from './store-io.ts';

const DATA_FILE = /^\d{4}-\d{2}\.[0-9a-f]{8}\.parquet$/;
const REJECT_FILE = /^[a-z0-9][a-z0-9_-]*\.[0-9a-f]{8}\.csv$/;

export interface RecoverResult {
  /** What was removed, relative to the data folder. */
  removed: string[];
  /** Whether a legacy folder was converted (or a conversion finished). */
  converted: boolean;
}

export async function recoverDataFolder(dataDir: string, log?: Logger, onPhase?: PhaseHook<ConvertPhase>): Promise<RecoverResult> {
  const removed: string[] = [];
  const tmp = join(dataDir, TMP);
  const leftovers = await readdir(tmp).catch(() => [] as string[]);
  if (leftovers.length) log?.info(`cleaning up ${leftovers.length} unfinished pull(s) in ${tmp}`);
  await storeIo('clearing the staging folder', tmp, () => rm(tmp, { recursive: true, force: true, maxRetries: 3 }));
  const scratch = join(tmp, `recover-${process.pid}`);
  await storeIo('making the staging folder', scratch, () => mkdir(scratch, { recursive: true }));
  let converted = false;
  let ref = await currentVersion(dataDir);
  if (ref.layout === 'versioned' && ref.generation === null) {
    // `current` is a real folder: a copy that followed the links. The top-level names hold the same
    // content, so the folder is read as legacy and converted again.
    await storeIo('moving a copied `current` folder aside', ref.root, () => rename(ref.root, join(scratch, 'copied-current')));
    ref = await currentVersion(dataDir);
  }
  if (ref.layout === 'legacy') {
    removed.push(...(await removeSuperseded(dataDir, null, [MANIFEST, ...entityNames, REJECTS])));
    await convertLegacy(dataDir, scratch, log, onPhase);
    converted = true;
    ref = await currentVersion(dataDir);
  }
  if (ref.layout === 'versioned') {
    const manifest = await readManifestIn(ref.root);
    if (!manifest) {
      throw new CadenceError('CADENCE_STORE_CORRUPT', `${join(dataDir, CURRENT)} points to ${ref.root}, which has no ${MANIFEST}`, { place: { file: join(dataDir, CURRENT) } });
    }
    if ((await finishConversion(dataDir, scratch, manifest, onPhase)).length) converted = true;
    removed.push(...(await removeSuperseded(dataDir, ref.generation, topNames(manifest))));
  } else {
    // Empty: whatever a first pull that stopped before its switch left.
    removed.push(...(await removeSuperseded(dataDir, null, [])));
    removed.push(...(await removeStaleLinks(dataDir, [])));
    removed.push(...(await removeStrayFiles(dataDir)));
  }
  removed.push(...(await removeDeadPins(dataDir)).map((n) => `.readers/${n}`));
  await storeIo('clearing the staging folder', tmp, () => rm(tmp, { recursive: true, force: true, maxRetries: 3 }));
  return { removed, converted };
}

/** In a folder without a manifest: Cadence-named files in real entity folders (a pull of an older Cadence that stopped). */
async function removeStrayFiles(dataDir: string): Promise<string[]> {
  const removed: string[] = [];
  const folders: [string, RegExp][] = [...entityNames.map((e) => [e, DATA_FILE] as [string, RegExp]), [REJECTS, REJECT_FILE]];
  for (const [folder, pattern] of folders) {
    const dir = join(dataDir, folder);
    if (!(await lstat(dir).catch(() => undefined))?.isDirectory()) continue;
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (!pattern.test(name)) continue;
      await storeIo('removing an uncommitted file', join(dir, name), () => rm(join(dir, name), { force: true }));
      removed.push(`${folder}/${name}`);
    }
    await rmdir(dir).catch(() => undefined);
  }
  return removed;
}
