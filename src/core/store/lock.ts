/**
 * One writer at a time per data folder: `data/.lock` holds the writer's pid, host, start and a
 * random token. A lock whose process is gone (same host) is stale and is taken over; a live one
 * makes the second writer wait (`--wait`) or stop with CADENCE_STORE_LOCKED.
 *
 * - *Made whole.* The lock is written to a file of the process's own (`.lock.<pid>.<random>.new`,
 *   at the top of the data folder, never under .tmp/, which the holder clears) and hard-linked to
 *   `.lock`: link() fails when a lock exists, and a process killed at any instant leaves either no
 *   lock or a complete one.
 * - *Taken over by exactly one.* Several waiters may find the same stale lock. A waiter that wants
 *   to remove it first announces so (`.lock.takeover.<pid>.<random>`), then lists the folder: if
 *   another live process has announced too, it withdraws and tries again after a random pause;
 *   alone, it reads the lock again and removes it only if it is still the very lock it judged
 *   (same inode, same bytes). Two takers that announce at once each see the other (each lists
 *   after announcing), so at most one is ever alone; and while it is, nothing else can change the
 *   lock (its owner is dead; a new lock can only appear once it is gone). An announcement of a
 *   process that died counts for nothing. The lock is never removed by "it looked stale a moment
 *   ago"; after removing it, the taker competes for the free lock like everyone else.
 * - *Waiters write nothing* into the data folder but their own attempt file, only when the lock is
 *   free, and a claim when it is stale; recovery and staging start once the lock is held.
 * - Every file-system error is coded (CADENCE_STORE_IO), never a raw ENOENT or EEXIST.
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, readdir, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CadenceError } from '../errors.ts';
import type { Logger } from '../log/types.ts';
import { alive } from './layout.ts';
import { errnoOf, storeIo, storeIoError } from './store-io.ts';

export interface LockOptions {
  /** Seconds to wait for another writer; 0 (default) stops at once with CADENCE_STORE_LOCKED. */
  waitSeconds?: number;
  log?: Logger;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
  /** Test hook: called when a lock was judged stale, before taking it over (tests hold a slow taker there). */
  beforeTakeover?: () => Promise<void>;
}

export interface Lock {
  /** Whether `.lock` is still this lock (a writer checks it right before its commit point). */
  held(): Promise<boolean>;
  release(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
  command: string;
  token?: string;
}

/** A lock as found: its inode and bytes identify it, whatever happens to the name. */
interface Seen {
  ino: number;
  text: string;
  info: LockInfo | undefined;
  mtimeMs: number;
}

export const LOCK = '.lock';
/** Prefix of a takeover announcement: `.lock.takeover.<pid>.<random>`. */
const TAKEOVER = `${LOCK}.takeover.`;
/** An unreadable lock (written in two steps by an older Cadence) is stale after this long. */
const UNREADABLE_GRACE_MS = 10_000;

const ignore = (...codes: string[]) => (e: unknown) => {
  if (!codes.includes(errnoOf(e) ?? '')) throw e;
};

/** Reads the lock at `path` (the name may change under us: the inode and the bytes are read from one open file). */
async function inspect(path: string): Promise<Seen | undefined> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return undefined;
    throw storeIoError(e, 'reading the lock', path);
  }
  try {
    const st = await fh.stat();
    const text = await fh.readFile('utf8');
    let info: LockInfo | undefined;
    try {
      const parsed = JSON.parse(text) as LockInfo;
      info = typeof parsed?.pid === 'number' && typeof parsed?.host === 'string' ? parsed : undefined;
    } catch {
      info = undefined;
    }
    return { ino: st.ino, text, info, mtimeMs: st.mtimeMs };
  } catch (e) {
    throw storeIoError(e, 'reading the lock', path);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

const isStale = (seen: Seen): boolean => (seen.info ? seen.info.host === hostname() && !alive(seen.info.pid) : Date.now() - seen.mtimeMs > UNREADABLE_GRACE_MS);

const sameLock = (a: Seen | undefined, b: Seen) => !!a && a.ino === b.ino && a.text === b.text;

export async function acquireLock(dataDir: string, options: LockOptions = {}): Promise<Lock> {
  await storeIo('making the data folder', dataDir, () => mkdir(dataDir, { recursive: true }));
  const path = join(dataDir, LOCK);
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const deadline = Date.now() + (options.waitSeconds ?? 0) * 1000;
  const rand = () => randomBytes(6).toString('hex');
  const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command: process.argv.slice(1).join(' '), token: rand() };
  const text = JSON.stringify(info);
  let announced = false;

  /** Creates the lock if there is none; its inode when it is ours. */
  const tryCreate = async (): Promise<number | undefined> => {
    const attempt = join(dataDir, `${LOCK}.${process.pid}.${rand()}.new`);
    try {
      const fh = await open(attempt, 'wx');
      let ino: number;
      try {
        await fh.writeFile(text);
        await fh.sync();
        ino = (await fh.stat()).ino;
      } finally {
        await fh.close();
      }
      try {
        await link(attempt, path);
        return ino;
      } catch (e) {
        if (errnoOf(e) === 'EEXIST') return undefined;
        throw e;
      }
    } catch (e) {
      throw storeIoError(e, 'taking the lock', path);
    } finally {
      await unlink(attempt).catch(() => undefined);
    }
  };

  for (;;) {
    let seen = await inspect(path);
    if (!seen) {
      const ino = await tryCreate();
      if (ino !== undefined) {
        await sweep(dataDir);
        return lockOf(path, ino, text);
      }
      seen = await inspect(path);
      if (!seen) continue;
    }
    if (isStale(seen)) {
      const why = seen.info ? `of process ${seen.info.pid} (started ${seen.info.since}), which no longer runs` : `left unreadable ${Math.round((Date.now() - seen.mtimeMs) / 1000)} s ago`;
      await options.beforeTakeover?.();
      if (await takeOver(dataDir, path, seen)) options.log?.warn(`took over a stale lock ${why}`);
      // Backed off for another taker: a short random pause, so two takers do not meet again.
      else await new Promise((r) => setTimeout(r, 2 + randomBytes(1)[0]! / 10));
      continue;
    }
    if (Date.now() >= deadline || options.signal?.aborted) {
      const h = seen.info;
      const who = h ? `process ${h.pid} on ${h.host} since ${h.since} (${h.command})` : 'another process';
      throw new CadenceError('CADENCE_STORE_LOCKED', `${dataDir} is being written by ${who}`, { place: { file: path } });
    }
    if (!announced) {
      options.log?.info(`waiting for process ${seen.info?.pid ?? '?'} to finish writing ${dataDir}…`);
      announced = true;
    }
    await sleep(250);
  }
}

/**
 * Removes the stale lock `seen`, as the one process that may (see the module comment): announce,
 * look for other live announcements (back off if there is one), re-read the lock, and remove it
 * only if it is still exactly `seen`. True when it removed it; false when it backed off or the lock
 * changed (the caller judges again).
 */
async function takeOver(dataDir: string, path: string, seen: Seen): Promise<boolean> {
  const mine = `${TAKEOVER}${process.pid}.${randomBytes(4).toString('hex')}`;
  const announced = join(dataDir, mine);
  await storeIo('announcing a lock takeover', announced, async () => (await open(announced, 'wx')).close());
  try {
    const names = await storeIo('listing the data folder', dataDir, () => readdir(dataDir));
    // Another process is taking over (or about to): it goes first. Announcements of dead processes do not count.
    if (names.some((n) => n !== mine && n.startsWith(TAKEOVER) && alive(Number(n.slice(TAKEOVER.length).split('.')[0])))) return false;
    // Alone: the lock cannot change under us now (only a takeover removes a lock whose owner is dead).
    if (!sameLock(await inspect(path), seen)) return false;
    await unlink(path).catch(ignore('ENOENT'));
    return true;
  } catch (e) {
    throw storeIoError(e, 'taking over a stale lock', path);
  } finally {
    await unlink(announced).catch(() => undefined);
  }
}

/** After taking the lock: removes attempt files of processes that no longer run, and old claims. */
async function sweep(dataDir: string): Promise<void> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^\.lock\.(?:takeover\.)?(\d+)\.[0-9a-f]+(?:\.new)?$/.exec(name);
    if (m && !alive(Number(m[1]))) await unlink(join(dataDir, name)).catch(() => undefined);
  }
}

function lockOf(path: string, ino: number, text: string): Lock {
  // Ours: the same inode and our bytes (a token of our own), so a reused inode number never passes.
  const held = async () => {
    const now = await inspect(path).catch(() => undefined);
    return now?.ino === ino && now.text === text;
  };
  return {
    held,
    async release() {
      // Only our own lock is removed.
      if (!(await lstat(path).catch(() => undefined))) return;
      if (await held()) await unlink(path).catch(ignore('ENOENT'));
    },
  };
}
