/**
 * The writer's side of the version switch (layout.ts). A commit builds its version folder whole
 * under the writer's staging folder (data/.tmp/<pull>/): the files it wrote are moved in, every
 * file it did not change is hard-linked from the current version (content-addressed names, so no
 * copy), and the manifest is written last. The complete folder is renamed to
 * `data/versions/<generation>`, the top-level names a new entity needs are linked (pointing into
 * `current`, they show nothing until the switch), and then `current` is switched by one rename:
 * that rename is the commit point. Before it, every reader and every glob sees the old version;
 * after it, the new one — there is no instant with both, or with an uncommitted file.
 *
 * After the switch, superseded versions are removed at once: readers never read a version folder
 * in place but pin their own links to its files (pin.ts), so nothing they read goes away.
 */
import { copyFile, link, lstat, mkdir, readdir, readlink, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CadenceError } from '../errors.ts';
import { fsyncPath } from './files.ts';
import { isLinkedName, linkTarget, listedPaths, placeLink, switchCurrent, topNames, versionDir, VERSIONS, type VersionRef } from './layout.ts';
import { MANIFEST, stableJson, type Manifest } from './manifest.ts';
import { errnoOf, storeIo, storeIoError } from './store-io.ts';

/**
 * Steps of a commit, in order (tests crash the process at each): new files written under the
 * staging folder; the first file placed in the new version folder; the version folder complete
 * under data/versions/ (not yet current); `current` switched (the commit point); the first
 * superseded version being removed; staging cleared.
 */
export type CommitPhase = 'merged' | 'moving' | 'moved' | 'committed' | 'cleaning' | 'cleaned';

export type PhaseHook<P extends string = CommitPhase> = (phase: P) => void | Promise<void>;

export interface PublishInput {
  dataDir: string;
  /** The writer's own folder under data/.tmp/. */
  scratch: string;
  /** The version the new one follows: its unchanged files are linked from there. */
  from: VersionRef;
  next: Manifest;
  /** Files this commit wrote: path in the version → where it was written under `scratch`. */
  written: ReadonlyMap<string, string>;
  /** Unchanged files listed under a new path (layout.ts `hiveLayout`): new path → their path in `from`. */
  movedFrom?: ReadonlyMap<string, string>;
  onPhase?: PhaseHook;
  /** Called right before the commit point; throwing there leaves the folder as it was. */
  beforeCommit?: () => Promise<void>;
}

/**
 * Places `from` at `to` as a hard link (a copy where links are impossible). False when `from` is
 * missing — damage of the version it comes from, carried over as it is (the verification names it).
 */
export async function linkOrCopy(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ENOENT') return false;
    if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK'].includes(code ?? '')) throw storeIoError(e, 'linking a file into the new version', to);
  }
  await storeIo('copying a file into the new version', to, () => copyFile(from, to));
  return true;
}

/** Builds the next version folder from `from` plus the written files (nothing visible yet). */
export async function buildVersion(stage: string, from: VersionRef, next: Manifest, written: ReadonlyMap<string, string>, onPhase?: PhaseHook, manifestText = stableJson(next), movedFrom: ReadonlyMap<string, string> = new Map()): Promise<void> {
  await storeIo('clearing a staged version', stage, () => rm(stage, { recursive: true, force: true }));
  const made = new Set<string>();
  let first = true;
  for (const path of listedPaths(next)) {
    const to = join(stage, path);
    const parent = dirname(to);
    if (!made.has(parent)) {
      await storeIo('making a folder of the new version', parent, () => mkdir(parent, { recursive: true }));
      made.add(parent);
    }
    const fresh = written.get(path);
    if (fresh) {
      await storeIo('moving a new file into the new version', to, () => rename(fresh, to));
      // On the disk before the version can become current (a power cut after the switch keeps it whole).
      await fsyncPath(to).catch(() => undefined);
    } else await linkOrCopy(join(from.root, movedFrom.get(path) ?? path), to);
    if (first) {
      first = false;
      await onPhase?.('moving');
    }
  }
  await storeIo('making the new version folder', stage, () => mkdir(stage, { recursive: true }));
  const manifestPath = join(stage, MANIFEST);
  await storeIo('writing the manifest of the new version', manifestPath, async () => {
    await writeFile(manifestPath, manifestText);
    await fsyncPath(manifestPath);
  });
  for (const dir of [...made, stage]) await fsyncPath(dir).catch(() => undefined);
}

/** Renames a complete staged version into data/versions/<generation> (a leftover of that number is replaced). */
export async function placeVersion(dataDir: string, stage: string, generation: number): Promise<void> {
  const target = versionDir(dataDir, generation);
  await storeIo('making the versions folder', join(dataDir, VERSIONS), () => mkdir(join(dataDir, VERSIONS), { recursive: true }));
  await storeIo('removing an uncommitted version', target, () => rm(target, { recursive: true, force: true }));
  await storeIo('placing the new version', target, () => rename(stage, target));
  await fsyncPath(join(dataDir, VERSIONS)).catch(() => undefined);
}

/** Builds the next version and makes it the current one (the commit point is the last step). */
export async function publishVersion(input: PublishInput): Promise<void> {
  const { dataDir, scratch, from, next, written, onPhase } = input;
  const generation = next.generation;
  if (from.generation !== null && from.generation >= generation) {
    throw new CadenceError('CADENCE_STORE_CORRUPT', `the current version is ${from.generation} but its manifest says generation ${generation - 1}`, { place: { file: join(from.root, MANIFEST) } });
  }
  const stage = join(scratch, `version-${generation}`);
  await input.beforeCommit?.();
  await buildVersion(stage, from, next, written, onPhase, stableJson(next), input.movedFrom);
  await placeVersion(dataDir, stage, generation);
  await onPhase?.('moved');
  try {
    await input.beforeCommit?.();
  } catch (e) {
    // Not committed: the version folder goes, so the folder is exactly as it was.
    await rm(versionDir(dataDir, generation), { recursive: true, force: true }).catch(() => undefined);
    throw e;
  }
  for (const name of topNames(next)) await placeLink(dataDir, name, linkTarget(name), scratch);
  await switchCurrent(dataDir, generation, scratch);
  await onPhase?.('committed');
}

/**
 * Removes every version folder but `keep` (all of them when null), and top-level links of names
 * the current version no longer has (a forgotten entity). Returns what it removed.
 */
export async function removeSuperseded(dataDir: string, keep: number | null, names: readonly string[], onPhase?: PhaseHook): Promise<string[]> {
  const folder = join(dataDir, VERSIONS);
  const removed: string[] = [];
  let first = true;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (keep !== null && name === String(keep)) continue;
    const version = join(folder, name);
    // Entry by entry, so a stop half-way leaves a partial folder that nothing reads and the next writer removes.
    for (const entry of await readdir(version).catch(() => [] as string[])) {
      await storeIo('removing a superseded version', version, () => rm(join(version, entry), { recursive: true, force: true, maxRetries: 3 }));
      if (first) {
        first = false;
        await onPhase?.('cleaning');
      }
    }
    await storeIo('removing a superseded version', version, () => rm(version, { recursive: true, force: true, maxRetries: 3 }));
    removed.push(`${VERSIONS}/${name}`);
  }
  removed.push(...(await removeStaleLinks(dataDir, names)));
  return removed;
}

/** Removes Cadence's top-level links into `current` whose name is not among `names`. */
export async function removeStaleLinks(dataDir: string, names: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dataDir).catch(() => [] as string[])) {
    if (!isLinkedName(name) || names.includes(name)) continue;
    const path = join(dataDir, name);
    const st = await lstat(path).catch(() => undefined);
    if (!st?.isSymbolicLink()) continue;
    const target = await readlink(path).catch(() => '');
    if (target !== linkTarget(name)) continue;
    await storeIo('removing a link the current version does not need', path, () => unlink(path).catch((e: unknown) => (errnoOf(e) === 'ENOENT' ? undefined : Promise.reject(e))));
    removed.push(name);
  }
  return removed;
}
