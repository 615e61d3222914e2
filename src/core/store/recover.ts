/**
 * Cleaning up after a writer that died: removes data/.tmp/ and every Cadence-named file that the
 * manifest does not list (written before a crash, never committed). Runs under the lock only.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log/types.ts';
import { entityNames } from '../schema/entities.ts';
import { readManifest } from './manifest.ts';

const DATA_FILE = /^\d{4}-\d{2}\.[0-9a-f]{8}\.parquet$/;
const REJECT_FILE = /^[a-z0-9][a-z0-9_-]*\.[0-9a-f]{8}\.csv$/;

export async function recoverDataFolder(dataDir: string, log?: Logger): Promise<{ removed: string[] }> {
  const removed: string[] = [];
  const tmp = join(dataDir, '.tmp');
  const leftovers = await readdir(tmp).catch(() => [] as string[]);
  if (leftovers.length) log?.info(`cleaning up ${leftovers.length} unfinished pull(s) in ${tmp}`);
  await rm(tmp, { recursive: true, force: true });
  const manifest = await readManifest(dataDir);
  const live = new Set([...Object.values(manifest.entities).flatMap((e) => e.files.map((f) => f.path)), ...Object.values(manifest.rejects).map((r) => r.path)]);
  const folders: [string, RegExp][] = [...entityNames.map((e) => [e, DATA_FILE] as [string, RegExp]), ['rejects', REJECT_FILE]];
  for (const [folder, pattern] of folders) {
    const names = await readdir(join(dataDir, folder)).catch(() => [] as string[]);
    for (const name of names) {
      const rel = `${folder}/${name}`;
      if (pattern.test(name) && !live.has(rel)) {
        await rm(join(dataDir, rel), { force: true });
        removed.push(rel);
      }
    }
  }
  return { removed };
}
