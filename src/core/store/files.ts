/**
 * File helpers for atomic writes: write to a temp path, fsync, rename, fsync the folder.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

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

/** Writes text to `tmpPath`, flushes it to disk, then renames it over `path`. */
export async function writeFileAtomic(path: string, text: string, tmpPath = `${path}.tmp-${process.pid}`): Promise<void> {
  await mkdir(dirname(tmpPath), { recursive: true });
  await writeFile(tmpPath, text);
  await fsyncPath(tmpPath);
  await rename(tmpPath, path);
  await fsyncPath(dirname(path)).catch(() => undefined);
}
