/**
 * One writer at a time per data folder: `data/.lock` holds the writer's pid. A lock whose process
 * is gone is stale and is taken over; a live one makes the second pull wait or stop clearly.
 */
import { link, open, readFile, rm, mkdir, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CadenceError } from '../errors.ts';
import type { Logger } from '../log/types.ts';

export interface LockOptions {
  /** Seconds to wait for another writer; 0 (default) stops at once with CADENCE_STORE_LOCKED. */
  waitSeconds?: number;
  log?: Logger;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
}

export interface Lock {
  release(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
  command: string;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export async function acquireLock(dataDir: string, options: LockOptions = {}): Promise<Lock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, '.lock');
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const deadline = Date.now() + (options.waitSeconds ?? 0) * 1000;
  let announced = false;
  for (;;) {
    // The lock appears with its content in one step: written to a scratch file (under .tmp/, which
    // the next writer clears), then hard-linked into place — link() fails if a lock exists. A
    // process killed at any instant leaves either no lock or a complete one.
    const scratch = join(dataDir, '.tmp', `lock-${process.pid}-${Date.now()}`);
    await mkdir(join(dataDir, '.tmp'), { recursive: true });
    const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command: process.argv.slice(1).join(' ') };
    try {
      const fh = await open(scratch, 'w');
      await fh.writeFile(JSON.stringify(info));
      await fh.sync();
      await fh.close();
      await link(scratch, path);
      await rm(scratch, { force: true });
      return {
        async release() {
          await rm(path, { force: true });
        },
      };
    } catch (e) {
      await rm(scratch, { force: true });
      // ENOENT: the lock holder's recovery cleared .tmp/ under our feet; try again.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder: LockInfo | undefined;
    try {
      holder = JSON.parse(await readFile(path, 'utf8')) as LockInfo;
    } catch {
      holder = undefined; // damaged (an older Cadence wrote locks in two steps): stale after a grace period
      const age = await stat(path).then((st) => Date.now() - st.mtimeMs, () => 0);
      if (age > 10_000) {
        options.log?.warn(`removing an unreadable lock file left ${Math.round(age / 1000)} s ago`);
        await rm(path, { force: true });
        continue;
      }
    }
    if (holder && holder.host === hostname() && !alive(holder.pid)) {
      options.log?.warn(`removing a stale lock of process ${holder.pid} (started ${holder.since}), which no longer runs`);
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline || options.signal?.aborted) {
      const who = holder ? `process ${holder.pid} on ${holder.host} since ${holder.since} (${holder.command})` : 'another process';
      throw new CadenceError('CADENCE_STORE_LOCKED', `${dataDir} is being written by ${who}`, { place: { file: path } });
    }
    if (!announced) {
      options.log?.info(`waiting for process ${holder?.pid ?? '?'} to finish writing ${dataDir}…`);
      announced = true;
    }
    await sleep(250);
  }
}
