/**
 * File-system errors of the data folder as coded errors. The lock, the recovery, the version
 * switch and the readers' pins call the file system many times, and another process may change
 * the folder between two calls; whatever they do not handle themselves (a race they retry, a file
 * already gone) reaches the user as CADENCE_STORE_IO (or CADENCE_DISK_FULL when the disk is full),
 * naming what was being done and where — never as a raw ENOENT, EEXIST or ENOTEMPTY.
 */
import { CadenceError, isCadenceError } from '../errors.ts';
import { asDiskFull } from './disk-full.ts';

/** The errno code of a file-system error, if it is one. */
export const errnoOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** A coded error for a failed file-system call on `path` while `doing` something. */
export function storeIoError(e: unknown, doing: string, path: string): CadenceError {
  if (isCadenceError(e)) return e;
  const code = errnoOf(e);
  const reason = e instanceof Error ? e.message : String(e);
  const full = asDiskFull(e, { path, doing });
  if (full) return full;
  return new CadenceError('CADENCE_STORE_IO', `${doing} failed: ${reason}`, { place: { file: path }, cause: e, details: { errno: code } });
}

/** Runs `fn`, turning a file-system error into a coded one. */
export async function storeIo<T>(doing: string, path: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw storeIoError(e, doing, path);
  }
}

/** Runs `fn`; the listed errno codes give `fallback` instead of an error (e.g. ENOENT: already gone). */
export async function tolerate<T>(codes: readonly string[], fallback: T, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (codes.includes(errnoOf(e) ?? '')) return fallback;
    throw e;
  }
}
