/**
 * Converting a data folder of the legacy layout — a real `manifest.json` and real entity folders,
 * as Cadence wrote them before versions (and as test fixtures still write them) — to the
 * versioned layout (layout.ts). Readers read both layouts; the first writer that takes the lock
 * converts, before it changes anything, and keeps the content exactly:
 *
 * 1. the folder's version is built as `versions/<generation>`: the manifest's bytes and hard links
 *    of the files it lists (nothing a reader sees changes);
 * 2. `current` is made to point to it — the conversion's commit point: Cadence's readers now read
 *    the version, whose content is the same;
 * 3. each top-level name becomes its link into `current`: `manifest.json` by one rename over it; an
 *    entity folder is moved aside and its link put in its place (two renames: a glob that lands
 *    exactly between them finds the folder missing — an error, never other rows);
 * 4. the old folders are removed.
 *
 * A stop before step 2 leaves the old folder as it was (the next writer removes the half-built
 * version and starts again); after it, the next writer finishes steps 3 and 4 (`finishConversion`,
 * run by every recovery, which also puts back a link that is missing or was rewritten by a copy).
 * Files the old manifest does not list (left by a pull that stopped) are not carried over.
 */
import { lstat, mkdir, readdir, readFile, readlink, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log/types.ts';
import { currentVersion, isLinkedName, linkTarget, listedPaths, placeLink, switchCurrent, topNames, type VersionRef } from './layout.ts';
import { MANIFEST, readManifest, type Manifest } from './manifest.ts';
import { buildVersion, placeVersion, type CommitPhase, type PhaseHook } from './publish.ts';
import { storeIo } from './store-io.ts';

/**
 * Steps of a conversion (tests crash the process at each): the version folder placed; `current`
 * made; an old folder moved aside, its link not yet in place; a name linked.
 */
export type ConvertPhase = 'convert-version' | 'convert-current' | 'convert-gap' | 'convert-linked';

/** Every step a writer can be stopped at: a conversion's, then a commit's. */
export type StorePhase = ConvertPhase | CommitPhase;

/** Converts a legacy folder (the caller holds the lock, and `scratch` is its own folder under data/.tmp). */
export async function convertLegacy(dataDir: string, scratch: string, log?: Logger, onPhase?: PhaseHook<ConvertPhase>): Promise<void> {
  const manifestPath = join(dataDir, MANIFEST);
  const manifest = await readManifest(dataDir);
  const text = await storeIo('reading the manifest', manifestPath, () => readFile(manifestPath, 'utf8'));
  const generation = manifest.generation;
  log?.info(`converting ${dataDir} to versioned folders (version ${generation}, ${listedPaths(manifest).length} file(s)); its content stays the same`);
  const stage = join(scratch, `convert-${generation}`);
  await buildVersion(stage, { layout: 'legacy', root: dataDir, generation: null }, manifest, new Map(), undefined, text);
  await placeVersion(dataDir, stage, generation);
  await onPhase?.('convert-version');
  await switchCurrent(dataDir, generation, scratch);
  await onPhase?.('convert-current');
  await finishConversion(dataDir, scratch, manifest, onPhase);
}

/**
 * Makes every top-level name of the data folder that Cadence owns a link into `current`: an old
 * folder or file is replaced (step 3 above), a link rewritten by a copy is put back, a missing one
 * is made. Old folders are removed at the end.
 */
export async function finishConversion(dataDir: string, scratch: string, manifest: Manifest, onPhase?: PhaseHook<ConvertPhase>): Promise<string[]> {
  const converted: string[] = [];
  const aside: string[] = [];
  for (const name of (await storeIo('listing the data folder', dataDir, () => readdir(dataDir))).sort()) {
    if (!isLinkedName(name)) continue;
    const path = join(dataDir, name);
    const st = await lstat(path).catch(() => undefined);
    if (!st) continue;
    if (st.isSymbolicLink()) {
      if ((await readlink(path).catch(() => '')) !== linkTarget(name)) await placeLink(dataDir, name, linkTarget(name), scratch);
      continue;
    }
    if (st.isDirectory()) {
      const away = join(scratch, `legacy-${name}`);
      await storeIo('moving an old folder aside', path, () => rename(path, away));
      aside.push(away);
      await onPhase?.('convert-gap');
    }
    // A file (the old manifest.json) is replaced by the rename itself.
    await placeLink(dataDir, name, linkTarget(name), scratch);
    converted.push(name);
    await onPhase?.('convert-linked');
  }
  for (const name of topNames(manifest)) await placeLink(dataDir, name, linkTarget(name), scratch);
  for (const away of aside) await storeIo('removing an old folder', away, () => rm(away, { recursive: true, force: true, maxRetries: 3 }));
  return converted;
}

/** The current version for a writer: a legacy folder is converted first (`scratch`: a folder of the writer's own under data/.tmp). */
export async function ensureVersioned(dataDir: string, scratch: string, log?: Logger): Promise<VersionRef> {
  const ref = await currentVersion(dataDir);
  if (ref.layout !== 'legacy') return ref;
  await storeIo('making the staging folder', scratch, () => mkdir(scratch, { recursive: true }));
  await convertLegacy(dataDir, scratch, log);
  return currentVersion(dataDir);
}
