/**
 * File helpers of the data folder: content hashes, flushing a file or folder to disk (a version's
 * manifest before it is placed, the folder after `current` is switched), and atomic writes.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { asDiskFull } from './disk-full.ts';

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function sha256Text(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function fsyncPath(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes text to `tmpPath`, flushes it to disk, then renames it over `path` (a full disk: CADENCE_DISK_FULL naming the file). */
export async function writeFileAtomic(path: string, text: string, tmpPath = `${path}.tmp-${process.pid}`): Promise<void> {
  try {
    await mkdir(dirname(tmpPath), { recursive: true });
    await writeFile(tmpPath, text);
    await fsyncPath(tmpPath);
    await rename(tmpPath, path);
  } catch (e) {
    throw asDiskFull(e, { path: tmpPath }) ?? e;
  }
  await fsyncPath(dirname(path)).catch(() => undefined);
}
