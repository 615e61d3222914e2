/**
 * Report models cached by digest: the same data (the manifest: every file's checksum) and the
 * same config (every key, metric SQL included) give the same models, so `cadence metrics` and
 * `cadence build` reuse them; a pull or a config edit changes the digest and recomputes. The
 * wording counts too: the model holds sentences (findings, reasons, campaign "why"), so the
 * message catalog of the config's language is part of the digest, and an upgrade that rewords a
 * sentence recomputes instead of serving the old one.
 * Entries are JSON files written atomically (scratch file + rename); the newest 50 are kept.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../store/manifest.ts';
import { REPORT_MODEL_VERSION, type ReportModel } from './model.ts';

const KEEP = 50;

export interface DigestInput {
  manifest: Manifest;
  config: unknown;
  periods: readonly string[];
  audiences: readonly string[];
  asOf: string;
  /** The message catalog the models are worded with (functions count by their source text). */
  messages?: unknown;
}

/** A stable digest of everything a model depends on. Functions (metric SQL) count by their source text. */
export function modelDigest(input: DigestInput): string {
  const json = JSON.stringify({ version: REPORT_MODEL_VERSION, ...input }, (_key, value) => (typeof value === 'function' ? `fn:${value.toString()}` : value));
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}

export interface CacheResult {
  models: ReportModel[];
  /** Whether the models came from the cache. */
  hit: boolean;
  digest: string;
}

/** The cached models of `digest`, or `compute()`'s, then stored. A cache that cannot be read or written is skipped, never fatal. */
export async function withModelCache(dir: string | null, digest: string, compute: () => Promise<ReportModel[]>, warn: (m: string) => void = () => {}): Promise<CacheResult> {
  if (dir === null) return { models: await compute(), hit: false, digest };
  const file = join(dir, `${digest}.json`);
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as { version: number; models: ReportModel[] };
    if (cached.version === REPORT_MODEL_VERSION && Array.isArray(cached.models)) return { models: cached.models, hit: true, digest };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`ignoring an unreadable model cache entry ${file}: ${(error as Error).message}`);
  }
  const models = await compute();
  try {
    await mkdir(dir, { recursive: true });
    const scratch = join(dir, `.${digest}.${randomUUID()}.tmp`);
    await writeFile(scratch, JSON.stringify({ version: REPORT_MODEL_VERSION, models }));
    await rename(scratch, file);
    await prune(dir);
  } catch (error) {
    warn(`could not write the model cache in ${dir}: ${(error as Error).message}`);
  }
  return { models, hit: false, digest };
}

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  if (names.length <= KEEP) return;
  const withTime = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(dir, n))).mtimeMs })));
  withTime.sort((a, b) => b.t - a.t || a.n.localeCompare(b.n));
  for (const { n } of withTime.slice(KEEP)) await rm(join(dir, n), { force: true });
}
