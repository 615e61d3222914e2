/**
 * One writer at a time per data folder: `data/.lock` holds the writer's pid. A lock whose process
 * is gone is stale and is taken over; a live one makes the second pull wait or stop clearly.
 */
import { open, readFile, rm, mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CadenceError } from '../errors.ts';
import type { Logger } from '../../plugins/api.ts';

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
    try {
      const fh = await open(path, 'wx');
      const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command: process.argv.slice(1).join(' ') };
      await fh.writeFile(JSON.stringify(info));
      await fh.sync();
      await fh.close();
      return {
        async release() {
          await rm(path, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder: LockInfo | undefined;
    try {
      holder = JSON.parse(await readFile(path, 'utf8')) as LockInfo;
    } catch {
      holder = undefined; // being written right now, or damaged: treat as held briefly
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
