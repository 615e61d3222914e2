/**
 * Writes a file whole or not at all: a temp file next to it, renamed over the target on success.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { asDiskFull } from './store/disk-full.ts';

export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    // Node's write error names no file: a full disk says which one, and how much room is left.
    throw asDiskFull(error, { path: file }) ?? error;
  }
}
