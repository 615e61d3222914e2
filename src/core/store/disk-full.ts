/**
 * A full disk as CADENCE_DISK_FULL: where the write failed, how much room is left there, and —
 * when a pull knows it — roughly how much the pull needed. A full disk is nobody's bug, so it
 * must not read as a plugin failure ("report it to the plugin author").
 *
 * Recognised anywhere in an error's cause chain: Node's ENOSPC and EDQUOT (errno), DuckDB's
 * `IO Error: Could not write file "…": No space left on device` (and "Disk quota exceeded"), and
 * a CADENCE_DISK_FULL already made by a lower layer (which is enriched, not wrapped again).
 */
import { statfsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { CadenceError, isCadenceError, type Place } from '../errors.ts';

const messagePattern = /no space left on device|disk quota exceeded|\bENOSPC\b|\bEDQUOT\b/i;

/** The errors of a cause chain, outermost first (bounded: a cycle cannot hang). */
function chain(error: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = error, i = 0; e !== undefined && e !== null && i < 8; e = (e as { cause?: unknown }).cause, i++) out.push(e);
  return out;
}

/** Is this error, or one it was caused by, the disk (or the user's quota) being full? */
export function isDiskFull(error: unknown): boolean {
  return chain(error).some((e) => {
    // A coded error says so by its code (its text may quote a file's contents); its cause is looked at next.
    if (isCadenceError(e)) return e.code === 'CADENCE_DISK_FULL';
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') return true;
    return e instanceof Error && messagePattern.test(e.message);
  });
}

/** The path the failed write named: Node's `path`/`dest`, DuckDB's quoted file, a lower layer's place. */
export function pathOfDiskFull(error: unknown): string | undefined {
  for (const e of chain(error)) {
    if (isCadenceError(e)) {
      const p = e.details.path ?? e.place.file;
      if (typeof p === 'string' && p) return p;
    }
    const n = e as NodeJS.ErrnoException & { dest?: string };
    if (typeof n.dest === 'string' && n.dest) return n.dest;
    if (typeof n.path === 'string' && n.path) return n.path;
    const quoted = e instanceof Error ? /(?:write|create|open|extend) file "([^"]+)"/i.exec(e.message) : null;
    if (quoted) return quoted[1];
  }
  return undefined;
}

/** Bytes free for this user on the disk that holds `path` (its nearest existing folder), if known. */
export function freeBytes(path: string): number | undefined {
  for (let p = path, i = 0; i < 64; p = dirname(p), i++) {
    try {
      const s = statfsSync(p);
      return Number(s.bavail) * Number(s.bsize);
    } catch {
      if (dirname(p) === p) return undefined;
    }
  }
  return undefined;
}

/** "1.4 GiB", "312 KiB", "0 bytes". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

export interface DiskFullContext {
  /** The path being written, when the error does not say (Node's write errors name none). */
  path?: string;
  /** What was being done: "staging rows", "committing source posts". */
  doing?: string;
  /** Roughly how many bytes the operation needed (a pull: what it had staged). */
  neededBytes?: number;
  /** How `neededBytes` was measured, as the start of a sentence (e.g. "The pull had staged"). */
  neededWhat?: string;
  /** Paths are shown relative to this folder (the project) when inside it. */
  relativeTo?: string;
  place?: Place;
}

/**
 * The error as CADENCE_DISK_FULL with the place and the room left, or undefined when it is not a
 * full disk. A CADENCE_DISK_FULL from a lower layer keeps its path and gains what it lacked.
 */
export function asDiskFull(error: unknown, context: DiskFullContext = {}): CadenceError | undefined {
  if (!isDiskFull(error)) return undefined;
  // Already said in full by a lower layer, and nothing to add: keep it as it is.
  if (isCadenceError(error) && error.code === 'CADENCE_DISK_FULL' && error.details.freeBytes !== undefined && context.neededBytes === undefined && context.doing === undefined) return error;
  const inner = chain(error).find((e): e is CadenceError => isCadenceError(e) && e.code === 'CADENCE_DISK_FULL');
  const known = inner?.details as { path?: string; freeBytes?: number; neededBytes?: number; doing?: string } | undefined;
  const path = pathOfDiskFull(error) ?? context.path;
  const free = path ? freeBytes(path) : known?.freeBytes;
  const needed = context.neededBytes ?? known?.neededBytes;
  // The lower layer knows best what it was doing ("staging rows"); the caller knows the larger task.
  const doing = known?.doing ?? context.doing;
  const shown = path && context.relativeTo ? showPath(path, context.relativeTo) : path;
  const room = free !== undefined ? ` ${formatBytes(free)} ${free === 0 ? 'is' : 'are'} free on that disk now.` : '';
  // Staging took `needed`, and the commit writes about as much again into the data folder.
  const need = needed !== undefined && needed > 0 ? ` ${context.neededWhat ?? 'It had written'} about ${formatBytes(needed)} when the disk filled, and committing writes about as much again: it needs roughly ${formatBytes(needed * 2)} free to finish.` : '';
  const detail = `The disk is full: writing ${shown ?? 'a file'} failed${doing ? ` while ${doing}` : ''} (no space left on the device).${room}${need}`;
  return new CadenceError('CADENCE_DISK_FULL', detail, {
    place: { ...(inner?.place ?? {}), ...(context.place ?? {}), ...(shown ? { file: shown } : {}) },
    cause: error,
    details: { ...(path ? { path } : {}), ...(doing ? { doing } : {}), ...(free !== undefined ? { freeBytes: free } : {}), ...(needed !== undefined ? { neededBytes: needed } : {}) },
  });
}

function showPath(path: string, base: string): string {
  const r = relative(base, path);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : path;
}

/** Bytes of the files under a folder (0 when it does not exist): how much a pull had staged. */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    total += await stat(join(e.parentPath, e.name)).then((s) => s.size, () => 0);
  }
  return total;
}
