/**
 * The input files of a delimited-file source: one path, or a `*` / `?` pattern in the file-name part.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CadenceError } from '../../core/errors.ts';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the project, with forward slashes, for messages and rejects. */
  displayPath: string;
  /** Size in bytes. */
  size: number;
}

const wildcard = /[*?]/;

/**
 * Resolves `pattern` against `projectDir`: the file, or every file whose name matches (sorted by
 * name; names starting with a dot only match a pattern that starts with one). Throws
 * CADENCE_FILE_NOT_FOUND when nothing is there.
 */
export async function resolveInputFiles(projectDir: string, pattern: string): Promise<InputFile[]> {
  const path = resolve(projectDir, pattern);
  const display = (p: string) => displayPath(projectDir, p);
  if (wildcard.test(dirname(pattern))) {
    throw new CadenceError('CADENCE_PLUGIN_OPTIONS_INVALID', `\`file\` "${pattern}" has a wildcard in a folder name; only the file name may hold * or ?.`);
  }
  if (!wildcard.test(basename(path))) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw notFound(`${display(path)} does not exist.`, display(path));
    if (!info.isFile()) throw notFound(`${display(path)} is a folder, not a file.`, display(path), 'To read every CSV in it, end the path with /*.csv.');
    return [{ path, displayPath: display(path), size: info.size }];
  }
  const dir = dirname(path);
  const name = matcher(basename(path));
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) throw notFound(`The folder ${display(dir)} of "${pattern}" does not exist.`, display(dir));
  const files: InputFile[] = [];
  for (const entry of entries.filter((e) => name.test(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = resolve(dir, entry.name);
    const info = await stat(full).catch(() => undefined);
    if (info?.isFile()) files.push({ path: full, displayPath: display(full), size: info.size });
  }
  if (!files.length) throw notFound(`No file matches ${display(path)}.`, display(path));
  return files;
}

function matcher(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${glob.startsWith('.') ? '' : '(?!\\.)'}${body}$`);
}

/** `path` relative to the project with forward slashes (absolute when on another drive). */
export function displayPath(projectDir: string, path: string): string {
  const rel = relative(projectDir, path);
  return (rel === '' || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

function notFound(detail: string, file: string, hint?: string): CadenceError {
  return new CadenceError('CADENCE_FILE_NOT_FOUND', detail, { place: { file }, ...(hint ? { hint } : {}) });
}
