/** Reads the rejects files a manifest lists, as plain rows (for tests and `cadence check`). */
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import type { Manifest } from '../core/store/manifest.ts';

export async function readRejects(dataDir: string, manifest: Manifest): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for (const entry of Object.values(manifest.rejects).sort((a, b) => a.path.localeCompare(b.path))) {
    const text = await readFile(join(dataDir, entry.path), 'utf8');
    out.push(...(parse(text, { columns: true, skip_empty_lines: true, relax_quotes: false }) as Record<string, string>[]));
  }
  return out;
}
