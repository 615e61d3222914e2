/**
 * A reader pins the version it reads, so a pull that commits meanwhile never pulls a file from
 * under it. Pinning takes no lock: the reader resolves `current` once, reads that version's
 * manifest and hard-links every file it lists (and the manifest) into a folder of its own,
 * `data/.readers/<pid>@<host>.<random>/`. A hard link holds the file's content whatever happens to
 * the version folder, so a writer may remove a superseded version at once; the content lives on
 * until the last reader holding it lets go, and the disk space comes back then.
 *
 * Race-free by construction: if the version is removed while the reader links, some link fails
 * (the file is gone) and the reader starts again on the new `current`; if every link succeeded,
 * the reader holds a complete version. A file missing from the version that is still current is
 * damage, not a race: it is left out, and the verification (verify.ts) names it.
 *
 * The pin folder is removed when the reader closes, and when its process exits. A reader killed
 * with -9 leaves its folder behind: the next writer removes pins whose process no longer runs on
 * this host (and pins of other hosts after a day), so nothing is held for ever. Where hard links
 * cannot be made (a read-only folder, a file system without them), the reader reads the version
 * in place, unpinned, as Cadence did before.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { link, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CadenceError } from '../errors.ts';
import { alive, currentVersion, hostTag, listedPaths, READERS, type VersionRef } from './layout.ts';
import { emptyManifest, MANIFEST, readManifestIn, type Manifest } from './manifest.ts';
import { errnoOf, storeIo, storeIoError } from './store-io.ts';

export interface PinnedVersion {
  /** Folder the manifest's file paths are relative to, valid until release. */
  root: string;
  manifest: Manifest;
  /** The version's number (null: a folder in the legacy layout, or empty). */
  generation: number | null;
  /** False when the files are read in place (nothing to pin, or links impossible here). */
  pinned: boolean;
  release(): Promise<void>;
}

/** Pins (or removed after) this long when their host cannot be asked whether the process runs. */
const FOREIGN_PIN_MS = 24 * 3600_000;
const ATTEMPTS = 50;

/** Reads the manifest of a version; undefined when that version is gone (removed since `current` was read). */
async function manifestOf(ref: VersionRef): Promise<Manifest | undefined> {
  if (ref.layout === 'versioned') return readManifestIn(ref.root);
  return (await readManifestIn(ref.root)) ?? emptyManifest();
}

const sameVersion = (a: VersionRef, b: VersionRef) => a.layout === b.layout && a.generation === b.generation && a.root === b.root;

/** Pins the committed version of `dataDir` for reading. */
export async function pinVersion(dataDir: string): Promise<PinnedVersion> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const ref = await currentVersion(dataDir);
    const manifest = await manifestOf(ref);
    if (!manifest) continue; // the version went away between reading `current` and its manifest
    const paths = listedPaths(manifest);
    const inPlace: PinnedVersion = { root: ref.root, manifest, generation: ref.generation, pinned: false, release: async () => undefined };
    if (ref.layout === 'empty' || paths.length === 0) return inPlace;
    const dir = join(dataDir, READERS, `${process.pid}@${hostTag()}.${randomBytes(4).toString('hex')}`);
    try {
      await mkdir(dir, { recursive: true });
    } catch (e) {
      if (['EACCES', 'EPERM', 'EROFS'].includes(errnoOf(e) ?? '')) return inPlace;
      throw storeIoError(e, 'making a reader pin folder', dir);
    }
    const outcome = await linkAll(dataDir, ref, dir, [MANIFEST, ...paths]).catch(async (e: unknown) => {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
      throw e;
    });
    if (outcome === 'pinned') return held(dir, manifest, ref);
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    if (outcome === 'unsupported') return inPlace;
  }
  throw new CadenceError('CADENCE_STORE_IO', `the committed version of ${dataDir} changed ${ATTEMPTS} times while a reader tried to open it`, { place: { file: dataDir } });
}

/** Links every path of the version into the pin folder. */
async function linkAll(dataDir: string, ref: VersionRef, dir: string, paths: string[]): Promise<'pinned' | 'moved' | 'unsupported'> {
  const made = new Set<string>([dir]);
  for (const path of paths) {
    const to = join(dir, path);
    const parent = dirname(to);
    if (!made.has(parent)) {
      await storeIo('making a reader pin folder', parent, () => mkdir(parent, { recursive: true }));
      made.add(parent);
    }
    try {
      await link(join(ref.root, path), to);
    } catch (e) {
      const code = errnoOf(e);
      if (code === 'ENOENT') {
        // Gone because the version was superseded and removed: start again. Missing from the current version: damage, reported by the verification.
        if (!sameVersion(await currentVersion(dataDir), ref)) return 'moved';
        if (path === MANIFEST) return 'moved';
        continue;
      }
      if (['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EACCES', 'EROFS'].includes(code ?? '')) return 'unsupported';
      throw storeIoError(e, 'pinning a file for a reader', join(ref.root, path));
    }
  }
  return 'pinned';
}

/** A held pin: released on close, or when the process exits without closing it. */
function held(dir: string, manifest: Manifest, ref: VersionRef): PinnedVersion {
  const onExit = () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      /* the next writer removes it */
    }
  };
  // Many readers open at once in one process: past the listener limit, the next writer cleans up instead.
  const watching = process.listenerCount('exit') < process.getMaxListeners() - 1;
  if (watching) process.once('exit', onExit);
  let released = false;
  return {
    root: dir,
    manifest,
    generation: ref.generation,
    pinned: true,
    async release() {
      if (released) return;
      released = true;
      if (watching) process.off('exit', onExit);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/**
 * Removes the pins of readers that no longer run (killed, crashed): those of this host whose
 * process is gone, and those of other hosts older than a day. Returns their names.
 */
export async function removeDeadPins(dataDir: string): Promise<string[]> {
  const folder = join(dataDir, READERS);
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  const host = hostTag();
  for (const name of names) {
    const m = /^(\d+)@(.+)\.[0-9a-f]+$/.exec(name);
    let dead: boolean;
    if (m && m[2] === host) dead = !alive(Number(m[1]));
    else {
      const st = await stat(join(folder, name)).catch(() => undefined);
      dead = !!st && Date.now() - st.mtimeMs > FOREIGN_PIN_MS;
    }
    if (!dead) continue;
    await storeIo('removing the pin of a reader that no longer runs', join(folder, name), () => rm(join(folder, name), { recursive: true, force: true }));
    removed.push(name);
  }
  return removed;
}
