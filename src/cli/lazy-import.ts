/**
 * Imports the module behind a command only when the command runs, so `--help` and `init` stay fast
 * and a missing module becomes a clear CADENCE_COMMAND_UNAVAILABLE instead of a stack trace.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CadenceError } from '../core/errors.ts';

/** Folder of the Cadence package (holds package.json, src/, templates/). */
export const cadenceRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The function `exportName` of the module at `url`.
 * @param command the command name, for the message ("pull")
 */
export async function importFunction<F extends (...args: never[]) => unknown>(url: URL, exportName: string, command: string): Promise<F> {
  const file = fileURLToPath(url);
  const shown = path.relative(cadenceRoot, file);
  let module: Record<string, unknown>;
  try {
    module = (await import(url.href)) as Record<string, unknown>;
  } catch (error) {
    if (isMissing(error, file)) {
      throw new CadenceError('CADENCE_COMMAND_UNAVAILABLE', `\`cadence ${command}\` needs ${shown}, which is not in this copy of Cadence.`, { cause: error });
    }
    throw error;
  }
  const fn = module[exportName];
  if (typeof fn !== 'function') {
    throw new CadenceError('CADENCE_COMMAND_UNAVAILABLE', `\`cadence ${command}\` needs ${exportName}() from ${shown}, which does not export it.`);
  }
  return fn as F;
}

/** Is this "module not found" about `file` itself (not about something it imports)? */
function isMissing(error: unknown, file: string): boolean {
  const code = (error as { code?: string } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  const message = error instanceof Error ? error.message : '';
  const missing = /Cannot find (?:module|package) '([^']+)'/.exec(message)?.[1];
  if (!missing) return false;
  const target = missing.startsWith('file:') ? fileURLToPath(missing) : missing;
  return target === file || target === file.replace(/\.ts$/, '');
}
